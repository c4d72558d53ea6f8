// WebRTC "perfect negotiation" (https://w3c.github.io/webrtc-pc/#perfect-negotiation-example) over
// the fair hub's Signal/RoomSignal, with two additions for a hub that does not keep messages:
// - "ready": each side says it is there (on joining and after every reconnection). The impolite
//   side (the employer) answers "ready" by starting a new connection, the polite side (the
//   graduate) answers it with "ready", so whoever comes second, the call starts.
// - generations: every connection the impolite side starts has a new number (the first one random,
//   so a reloaded page never repeats one); the polite side replaces its connection when an offer of
//   another generation arrives, and both sides ignore anything else of another generation. A lost
//   offer or a reloaded page therefore never leaves the two sides negotiating with connections
//   that no longer exist.

/** What travels in Signal(roomId, payload). */
export type Signal =
  | { kind: 'ready' }
  | { kind: 'bye' }
  | { kind: 'description'; gen: number; description: RTCSessionDescriptionInit }
  | { kind: 'candidate'; gen: number; candidate: RTCIceCandidateInit | null };

/** The part of RTCPeerConnection negotiation needs (a fake stands in for it in tests). */
export interface PeerLike {
  readonly signalingState: RTCSignalingState;
  readonly localDescription: RTCSessionDescriptionInit | null;
  setLocalDescription(description?: RTCSessionDescriptionInit): Promise<void>;
  setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void>;
  addIceCandidate(candidate: RTCIceCandidateInit | null): Promise<void>;
  close(): void;
}

export interface NegotiatorOptions<P extends PeerLike> {
  /** The impolite side ignores a colliding offer; the polite side gives way. */
  polite: boolean;
  /** Sends a signal to the other participant; may fail (the hub is reconnecting). */
  send: (signal: Signal) => Promise<void> | void;
  /**
   * Makes the connection of a generation, with local tracks added, and wires its events:
   * negotiationneeded → negotiationNeeded(gen), icecandidate → localCandidate(gen, candidate).
   */
  createPeer: (gen: number) => P;
  /** Told when the current connection is replaced or closed. */
  onPeer?: (peer: P | undefined) => void;
  /** Told when the other side said "bye" (left or chose text chat). */
  onRemoteLeft?: () => void;
  /** Negotiation errors that are not part of the protocol (logged by the caller). */
  onError?: (error: unknown) => void;
  /** The impolite side's first generation (random by default). */
  firstGeneration?: number;
}

export function isSignal(value: unknown): value is Signal {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const kind = (value as { kind?: unknown }).kind;
  const gen = (value as { gen?: unknown }).gen;
  switch (kind) {
    case 'ready':
    case 'bye':
      return true;
    case 'description':
      return typeof gen === 'number' && typeof (value as { description?: unknown }).description === 'object';
    case 'candidate':
      return typeof gen === 'number' && 'candidate' in value;
    default:
      return false;
  }
}

export class Negotiator<P extends PeerLike> {
  private readonly _options: NegotiatorOptions<P>;
  private _peer: P | undefined;
  private _gen = 0;
  private _makingOffer = false;
  private _ignoreOffer = false;
  private _settingRemoteAnswer = false;
  private _incoming: Promise<void> = Promise.resolve();
  private _stopped = false;

  constructor(options: NegotiatorOptions<P>) {
    this._options = options;
  }

  get polite(): boolean {
    return this._options.polite;
  }

  /** The current connection's generation (0 before the first). */
  get generation(): number {
    return this._gen;
  }

  get peer(): P | undefined {
    return this._peer;
  }

  /** This side is in the room with its media ready: tell the other side. Call again after reconnecting. */
  async start(): Promise<void> {
    this._stopped = false;
    await this.send({ kind: 'ready' });
  }

  /** Leaves the call: closes the connection and tells the other side. */
  async stop(): Promise<void> {
    this._stopped = true;
    this.closePeer();
    await this.send({ kind: 'bye' });
  }

  /** A signal from the other participant; handled one after another, in order of arrival. */
  receive(signal: Signal): Promise<void> {
    this._incoming = this._incoming.then(() => this.handle(signal)).catch(error => this._options.onError?.(error));
    return this._incoming;
  }

  /** The connection of generation gen needs (re)negotiating: make and send an offer. */
  async negotiationNeeded(gen: number): Promise<void> {
    const peer = this._peer;
    if (!peer || gen !== this._gen || this._stopped) {
      return;
    }

    try {
      this._makingOffer = true;
      await peer.setLocalDescription();
      if (peer === this._peer && peer.localDescription) {
        await this.send({ kind: 'description', gen, description: toInit(peer.localDescription) });
      }
    } catch (error) {
      this._options.onError?.(error);
    } finally {
      this._makingOffer = false;
    }
  }

  /** A local ICE candidate of generation gen (null: gathering finished). */
  async localCandidate(gen: number, candidate: RTCIceCandidateInit | null): Promise<void> {
    if (gen === this._gen && this._peer && !this._stopped) {
      await this.send({ kind: 'candidate', gen, candidate });
    }
  }

  private async handle(signal: Signal): Promise<void> {
    if (this._stopped) {
      return;
    }

    switch (signal.kind) {
      case 'ready':
        if (this.polite) {
          await this.send({ kind: 'ready' });
        } else {
          this.replacePeer(this._gen === 0 ? this._options.firstGeneration ?? 1 + Math.floor(Math.random() * 1e9) : this._gen + 1);
        }

        return;
      case 'bye':
        this.closePeer();
        this._options.onRemoteLeft?.();
        return;
      case 'description':
        await this.description(signal.gen, signal.description);
        return;
      case 'candidate':
        await this.candidate(signal.gen, signal.candidate);
        return;
    }
  }

  private async description(gen: number, description: RTCSessionDescriptionInit): Promise<void> {
    if (this.polite && description.type === 'offer' && (gen !== this._gen || !this._peer)) {
      this.replacePeer(gen);
    }

    const peer = this._peer;
    if (!peer || gen !== this._gen) {
      return;
    }

    const readyForOffer = !this._makingOffer && (peer.signalingState === 'stable' || this._settingRemoteAnswer);
    const offerCollision = description.type === 'offer' && !readyForOffer;
    this._ignoreOffer = !this.polite && offerCollision;
    if (this._ignoreOffer) {
      return;
    }

    this._settingRemoteAnswer = description.type === 'answer';
    try {
      await peer.setRemoteDescription(description);
    } finally {
      this._settingRemoteAnswer = false;
    }

    if (description.type === 'offer' && peer === this._peer) {
      await peer.setLocalDescription();
      if (peer.localDescription) {
        await this.send({ kind: 'description', gen, description: toInit(peer.localDescription) });
      }
    }
  }

  private async candidate(gen: number, candidate: RTCIceCandidateInit | null): Promise<void> {
    const peer = this._peer;
    if (!peer || gen !== this._gen) {
      return;
    }

    try {
      await peer.addIceCandidate(candidate);
    } catch (error) {
      // Candidates of an offer this side ignored are expected to fail.
      if (!this._ignoreOffer) {
        throw error;
      }
    }
  }

  private replacePeer(gen: number): void {
    this.closePeer();
    this._gen = gen;
    this._makingOffer = false;
    this._ignoreOffer = false;
    this._settingRemoteAnswer = false;
    this._peer = this._options.createPeer(gen);
    this._options.onPeer?.(this._peer);
  }

  private closePeer(): void {
    if (this._peer) {
      this._peer.close();
      this._peer = undefined;
      this._options.onPeer?.(undefined);
    }
  }

  private async send(signal: Signal): Promise<void> {
    try {
      await this._options.send(signal);
    } catch (error) {
      this._options.onError?.(error);
    }
  }
}

/** A plain object for JSON (RTCSessionDescription's own fields are getters). */
function toInit(description: RTCSessionDescriptionInit): RTCSessionDescriptionInit {
  return { type: description.type, sdp: description.sdp ?? '' };
}
