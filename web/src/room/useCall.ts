import { useEffect, useState } from 'preact/hooks';
import { fairHub } from '../hub/fairHub';
import { isSignal, Negotiator } from './negotiation';

/**
 * off: no video (text chat); starting: asking for the camera; camera-failed: getUserMedia refused
 * or found no device; waiting: for the other participant; connecting; connected; interrupted: the
 * connection dropped (it is restarted when the other side is there again).
 */
export type CallState = 'off' | 'starting' | 'camera-failed' | 'waiting' | 'connecting' | 'connected' | 'interrupted';

export interface Call {
  state: CallState;
  local: MediaStream | undefined;
  remote: MediaStream | undefined;
  /** The other participant has no video on (text chat, or left). */
  remoteOff: boolean;
  /** Why the camera failed (the browser's error name), for the words shown. */
  cameraError: string | undefined;
}

interface Options {
  roomId: string;
  myUserId: string;
  /** The graduate is polite, the employer impolite. */
  polite: boolean;
  /** The interview is running (known and not ended): nothing is signalled otherwise. */
  running: boolean;
  /** Video wanted (not text chat only). */
  video: boolean;
  /** From GET /api/rtc/config; undefined while loading. */
  iceServers: RTCIceServer[] | undefined;
}

/**
 * Video and audio with the other participant: the camera and microphone, one RTCPeerConnection
 * at a time negotiated through the hub (negotiation.ts), and the state in a word. When video is
 * off this side still answers the other's "ready" with "bye", so the other side can say that this
 * one uses text chat.
 */
export function useCall({ roomId, myUserId, polite, running, video, iceServers }: Options): Call {
  const enabled = running && video;
  const [state, setState] = useState<CallState>('off');
  const [local, setLocal] = useState<MediaStream | undefined>();
  const [remote, setRemote] = useState<MediaStream | undefined>();
  const [remoteOff, setRemoteOff] = useState(false);
  const [cameraError, setCameraError] = useState<string | undefined>();

  useEffect(() => {
    if (running && video) {
      return undefined;
    }

    setState('off');
    if (!running) {
      return undefined;
    }

    // Text chat only: tell the other side now, and again whenever it says it is ready for video.
    const bye = () => void fairHub.signal(roomId, { kind: 'bye' }).catch(() => undefined);
    bye();
    const offs = [
      fairHub.on('RoomSignal', event => {
        if (event.roomId === roomId && event.fromUserId !== myUserId && isSignal(event.payload) && event.payload.kind === 'ready') {
          bye();
        }
      }),
      fairHub.onResync(bye),
    ];
    return () => offs.forEach(off => off());
  }, [running, video, roomId, myUserId]);

  useEffect(() => {
    if (!enabled || !iceServers) {
      return undefined;
    }

    let cancelled = false;
    let stream: MediaStream | undefined;
    let negotiator: Negotiator<RTCPeerConnection> | undefined;
    const offs: (() => void)[] = [];

    const start = async () => {
      setState('starting');
      setCameraError(undefined);
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
      } catch (error) {
        if (!cancelled) {
          setCameraError(error instanceof Error ? error.name : 'Error');
          setState('camera-failed');
        }

        return;
      }

      if (cancelled) {
        stream.getTracks().forEach(track => track.stop());
        return;
      }

      const media = stream;
      setLocal(media);
      const active = new Negotiator<RTCPeerConnection>({
        polite,
        send: signal => fairHub.signal(roomId, signal),
        createPeer: gen => {
          const peer = new RTCPeerConnection({ iceServers });
          for (const track of media.getTracks()) {
            peer.addTrack(track, media);
          }

          peer.ontrack = event => {
            setRemote(event.streams[0] ?? new MediaStream([event.track]));
          };
          peer.onicecandidate = event => {
            if (event.candidate) {
              void active.localCandidate(gen, event.candidate.toJSON());
            }
          };
          peer.onnegotiationneeded = () => void active.negotiationNeeded(gen);
          peer.onconnectionstatechange = () => {
            if (active.peer !== peer || cancelled) {
              return;
            }

            const connection = peer.connectionState;
            setState(connection === 'connected' ? 'connected' : connection === 'failed' || connection === 'disconnected' ? 'interrupted' : 'connecting');
            if (connection === 'failed') {
              // Ask for a fresh start; the impolite side begins a new generation on "ready".
              void active.start();
            }
          };
          return peer;
        },
        onPeer: peer => {
          if (!cancelled) {
            setRemote(undefined);
            setRemoteOff(false);
            setState(peer ? 'connecting' : 'waiting');
          }
        },
        onRemoteLeft: () => {
          if (!cancelled) {
            setRemoteOff(true);
          }
        },
        onError: error => console.warn('interview call:', error),
      });
      negotiator = active;
      offs.push(fairHub.on('RoomSignal', event => {
        if (event.roomId === roomId && event.fromUserId !== myUserId && isSignal(event.payload)) {
          void active.receive(event.payload);
        }
      }));
      offs.push(fairHub.onResync(() => {
        // Signals sent while the hub was away are lost: say "ready" again unless the call survived.
        if (active.peer?.connectionState !== 'connected') {
          void active.start();
        }
      }));
      setState('waiting');
      await active.start();
    };

    void start();
    return () => {
      cancelled = true;
      offs.forEach(off => off());
      void negotiator?.stop();
      stream?.getTracks().forEach(track => track.stop());
      setLocal(undefined);
      setRemote(undefined);
      setRemoteOff(false);
    };
  }, [enabled, iceServers, roomId, myUserId, polite]);

  return { state, local, remote, remoteOff, cameraError };
}
