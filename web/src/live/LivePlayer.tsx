import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';
import { choosePlayback, fallbackAfterNativeError, hlsMimeType, type PlaybackEngine } from './playback';

interface Props {
  /** The HLS playlist. */
  src: string;
  /** The video's accessible name (the session's title). */
  label: string;
}

// The light build: no subtitles, alternate audio or DRM, none of which a live job session uses.
type HlsModule = typeof import('hls.js/light');
type HlsInstance = InstanceType<HlsModule['default']>;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Plays a live HLS stream: natively when the browser can, else with hls.js (loaded only when
 * needed). It starts muted (browsers allow that to start by itself) unless the reader prefers
 * reduced motion, in which case it waits for the play button. When the playlist is not there yet
 * (the encoder has only just started) it tries again.
 */
export function LivePlayer({ src, label }: Props) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [engine, setEngine] = useState<PlaybackEngine | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = video.current;
    if (!element) {
      return;
    }

    let disposed = false;
    let hls: HlsInstance | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const autoplay = !reducedMotion();
    const play = () => {
      if (autoplay) {
        element.muted = true;
        void element.play().catch(() => undefined);
      }
    };

    const startHlsJs = async () => {
      const { default: Hls } = await import('hls.js/light');
      if (disposed) {
        return;
      }

      hls?.destroy();
      hls = new Hls({
        liveSyncDurationCount: 3,
        manifestLoadPolicy: {
          default: {
            maxTimeToFirstByteMs: 10_000,
            maxLoadTimeMs: 20_000,
            timeoutRetry: { maxNumRetry: 4, retryDelayMs: 0, maxRetryDelayMs: 0 },
            errorRetry: { maxNumRetry: 10, retryDelayMs: 1_000, maxRetryDelayMs: 4_000 },
          },
        },
      });
      hls.on(Hls.Events.MANIFEST_PARSED, () => {
        setFailed(false);
        play();
      });
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal || disposed) {
          return;
        }

        if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
          hls?.recoverMediaError();
          return;
        }

        setFailed(true);
        clearTimeout(retry);
        retry = setTimeout(() => void startHlsJs(), 5_000);
      });
      hls.loadSource(src);
      hls.attachMedia(element);
      setEngine('hls.js');
    };

    const hlsJsSupported = async () => (await import('hls.js/light')).default.isSupported();
    const chosen = choosePlayback(element.canPlayType(hlsMimeType), typeof MediaSource !== 'undefined');
    if (chosen === 'native') {
      setEngine('native');
      element.src = src;
      element.addEventListener('error', async function onError() {
        element.removeEventListener('error', onError);
        if (disposed) {
          return;
        }

        // Some browsers say "maybe" and then cannot: hls.js takes over when it can.
        element.removeAttribute('src');
        element.load();
        if (fallbackAfterNativeError(await hlsJsSupported()) === 'hls.js') {
          await startHlsJs();
        } else {
          setEngine('none');
        }
      });
      play();
    } else if (chosen === 'hls.js') {
      void startHlsJs();
    } else {
      setEngine('none');
    }

    return () => {
      disposed = true;
      clearTimeout(retry);
      hls?.destroy();
      element.removeAttribute('src');
      element.load();
    };
  }, [src]);

  return (
    <div class="player">
      <video ref={video} class="player__video" controls playsInline aria-label={label} data-engine={engine} />
      {engine === 'none' ? <p>{t('live.player.unsupported')}</p> : null}
      {failed ? <p role="status">{t('live.player.waiting')}</p> : null}
    </div>
  );
}
