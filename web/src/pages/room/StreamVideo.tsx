import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  stream: MediaStream | undefined;
  /** What the video shows, for screen readers ("Your camera", "Li Hua's video"). */
  label: string;
  /** The local preview is muted (no echo); the other participant's video is not. */
  muted?: boolean;
  /** Said on the button when the browser refused to play with sound until a click. */
  playLabel: string;
}

/** A <video> showing a MediaStream; if autoplay with sound is refused, a button starts it. */
export function StreamVideo({ stream, label, muted = false, playLabel }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const element = video.current;
    if (!element) {
      return;
    }

    element.srcObject = stream ?? null;
    setBlocked(false);
    if (stream) {
      element.play().catch(error => {
        if (error instanceof DOMException && error.name === 'NotAllowedError') {
          setBlocked(true);
        }
      });
    }
  }, [stream]);

  const play = () => {
    void video.current?.play().then(() => setBlocked(false)).catch(() => undefined);
  };

  return (
    <>
      <video ref={video} class="video" aria-label={label} autoplay playsInline muted={muted} />
      {blocked ? <button type="button" onClick={play}>{playLabel}</button> : null}
    </>
  );
}
