import { describe, expect, it } from 'vitest';
import { isSignal, Negotiator, type PeerLike, type Signal } from './negotiation';

const tick = () => new Promise<void>(resolve => setTimeout(resolve, 0));

/** RTCPeerConnection's signalling states, in miniature (with the implicit rollback of a colliding offer). */
class FakePeer implements PeerLike {
  signalingState: RTCSignalingState = 'stable';
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  readonly candidates: (RTCIceCandidateInit | null)[] = [];
  closed = false;
  private _count = 0;

  constructor(readonly name: string) {}

  async setLocalDescription(): Promise<void> {
    await tick();
    if (this.signalingState === 'stable') {
      this.localDescription = { type: 'offer', sdp: `${this.name} offer ${++this._count}` };
      this.signalingState = 'have-local-offer';
    } else if (this.signalingState === 'have-remote-offer') {
      this.localDescription = { type: 'answer', sdp: `${this.name} answer ${++this._count}` };
      this.signalingState = 'stable';
    } else {
      throw new Error(`setLocalDescription in ${this.signalingState}`);
    }
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    await tick();
    if (description.type === 'offer' && (this.signalingState === 'stable' || this.signalingState === 'have-local-offer')) {
      this.signalingState = 'have-remote-offer';
    } else if (description.type === 'answer' && this.signalingState === 'have-local-offer') {
      this.signalingState = 'stable';
    } else {
      throw new Error(`setRemoteDescription(${description.type}) in ${this.signalingState}`);
    }

    this.remoteDescription = description;
  }

  async addIceCandidate(candidate: RTCIceCandidateInit | null): Promise<void> {
    await tick();
    if (!this.remoteDescription) {
      throw new Error('addIceCandidate without a remote description');
    }

    this.candidates.push(candidate);
  }

  close(): void {
    this.closed = true;
    this.signalingState = 'closed';
  }
}

/** Two sides joined by a hub that delivers in order, and drops what is sent to a side not in the room. */
class Room {
  readonly sides = new Map<string, Side>();
  private readonly _wire: { to: string; signal: Signal }[] = [];

  join(name: string, polite: boolean, firstGeneration?: number): Side {
    const side = new Side(this, name, polite, firstGeneration);
    this.sides.set(name, side);
    return side;
  }

  leave(name: string): void {
    this.sides.delete(name);
  }

  post(from: string, signal: Signal): void {
    for (const name of this.sides.keys()) {
      if (name !== from) {
        this._wire.push({ to: name, signal });
      }
    }
  }

  /** Delivers until nothing is in flight. */
  async settle(): Promise<void> {
    for (let rounds = 0; rounds < 200; rounds++) {
      await tick();
      const next = this._wire.shift();
      if (!next) {
        await tick();
        if (this._wire.length === 0) {
          return;
        }

        continue;
      }

      await this.sides.get(next.to)?.negotiator.receive(next.signal);
    }

    throw new Error('the signalling did not settle');
  }
}

class Side {
  readonly peers: FakePeer[] = [];
  readonly sent: Signal[] = [];
  readonly errors: unknown[] = [];
  remoteLeft = 0;
  readonly negotiator: Negotiator<FakePeer>;

  constructor(room: Room, readonly name: string, polite: boolean, firstGeneration?: number) {
    this.negotiator = new Negotiator<FakePeer>({
      polite,
      firstGeneration,
      send: signal => {
        this.sent.push(signal);
        room.post(name, signal);
      },
      createPeer: gen => {
        const peer = new FakePeer(`${name}#${gen}`);
        this.peers.push(peer);
        // The impolite side adds its tracks and the browser asks for negotiation; the polite
        // side's tracks ride on the answer to the offer that made its connection.
        if (!polite) {
          setTimeout(() => void this.negotiator.negotiationNeeded(gen), 0);
        }

        return peer;
      },
      onRemoteLeft: () => this.remoteLeft++,
      onError: error => this.errors.push(error),
    });
  }

  get peer(): FakePeer {
    const peer = this.negotiator.peer;
    if (!peer) {
      throw new Error(`${this.name} has no connection`);
    }

    return peer;
  }
}

function expectConnected(employer: Side, graduate: Side) {
  expect(employer.peer.signalingState).toBe('stable');
  expect(graduate.peer.signalingState).toBe('stable');
  expect(employer.peer.remoteDescription).toEqual(graduate.peer.localDescription);
  expect(graduate.peer.remoteDescription).toEqual(employer.peer.localDescription);
  expect(employer.negotiator.generation).toBe(graduate.negotiator.generation);
  expect(employer.errors).toEqual([]);
  expect(graduate.errors).toEqual([]);
}

describe('Negotiator', () => {
  it('starts the call when the graduate joins after the employer, whose first "ready" was lost', async () => {
    const room = new Room();
    const employer = room.join('employer', false, 7);
    await employer.negotiator.start();
    await room.settle();
    expect(employer.negotiator.peer).toBeUndefined();

    const graduate = room.join('graduate', true);
    await graduate.negotiator.start();
    await room.settle();

    expectConnected(employer, graduate);
    expect(employer.negotiator.generation).toBe(7);
    expect(graduate.peer.remoteDescription).toEqual({ type: 'offer', sdp: 'employer#7 offer 1' });
  });

  it('starts the call when the employer joins second: the graduate answers "ready" with "ready"', async () => {
    const room = new Room();
    const graduate = room.join('graduate', true);
    await graduate.negotiator.start();
    await room.settle();

    const employer = room.join('employer', false, 40);
    await employer.negotiator.start();
    await room.settle();

    expectConnected(employer, graduate);
    expect(graduate.sent.map(signal => signal.kind)).toEqual(['ready', 'ready', 'description']);
  });

  it('resolves offers made at the same moment: the polite graduate gives way, the impolite employer ignores', async () => {
    const room = new Room();
    const employer = room.join('employer', false, 1);
    const graduate = room.join('graduate', true);
    await graduate.negotiator.start();
    await room.settle();
    expectConnected(employer, graduate);

    const gen = employer.negotiator.generation;
    await Promise.all([employer.negotiator.negotiationNeeded(gen), graduate.negotiator.negotiationNeeded(gen)]);
    expect(employer.peer.signalingState).toBe('have-local-offer');
    expect(graduate.peer.signalingState).toBe('have-local-offer');
    await room.settle();

    expectConnected(employer, graduate);
    expect(graduate.peer.remoteDescription).toEqual({ type: 'offer', sdp: 'employer#1 offer 2' });
    expect(employer.peers).toHaveLength(1);
    expect(graduate.peers).toHaveLength(1);
  });

  it('starts a new generation when the graduate reloads the page, closing the old connection', async () => {
    const room = new Room();
    const employer = room.join('employer', false, 3);
    const graduate = room.join('graduate', true);
    await graduate.negotiator.start();
    await room.settle();
    const first = employer.peer;

    room.leave('graduate');
    const reloaded = room.join('graduate', true);
    await reloaded.negotiator.start();
    await room.settle();

    expectConnected(employer, reloaded);
    expect(first.closed).toBe(true);
    expect(employer.negotiator.generation).toBe(4);
  });

  it('follows a reloaded employer to its new generation, even a lower number', async () => {
    const room = new Room();
    const employer = room.join('employer', false, 500);
    const graduate = room.join('graduate', true);
    await graduate.negotiator.start();
    await room.settle();
    expectConnected(employer, graduate);
    const old = graduate.peer;

    room.leave('employer');
    const reloaded = room.join('employer', false, 20);
    await reloaded.negotiator.start();
    await room.settle();

    expectConnected(reloaded, graduate);
    expect(old.closed).toBe(true);
    expect(graduate.negotiator.generation).toBe(20);
  });

  it('ignores candidates and answers of another generation', async () => {
    const room = new Room();
    const employer = room.join('employer', false, 9);
    const graduate = room.join('graduate', true);
    await graduate.negotiator.start();
    await room.settle();

    await graduate.negotiator.receive({ kind: 'candidate', gen: 8, candidate: { candidate: 'stale', sdpMid: '0' } });
    await graduate.negotiator.receive({ kind: 'candidate', gen: 9, candidate: { candidate: 'fresh', sdpMid: '0' } });
    await employer.negotiator.receive({ kind: 'description', gen: 8, description: { type: 'answer', sdp: 'stale answer' } });

    expect(graduate.peer.candidates).toEqual([{ candidate: 'fresh', sdpMid: '0' }]);
    expectConnected(employer, graduate);
  });

  it('closes the connection when the other side says bye, and sends nothing after stopping', async () => {
    const room = new Room();
    const employer = room.join('employer', false, 1);
    const graduate = room.join('graduate', true);
    await graduate.negotiator.start();
    await room.settle();
    const peer = employer.peer;

    await graduate.negotiator.stop();
    await room.settle();
    await graduate.negotiator.receive({ kind: 'ready' });

    expect(peer.closed).toBe(true);
    expect(employer.negotiator.peer).toBeUndefined();
    expect(employer.remoteLeft).toBe(1);
    expect(graduate.sent.at(-1)).toEqual({ kind: 'bye' });
  });
});

describe('isSignal', () => {
  it('accepts the four kinds and refuses anything else', () => {
    expect(isSignal({ kind: 'ready' })).toBe(true);
    expect(isSignal({ kind: 'bye' })).toBe(true);
    expect(isSignal({ kind: 'description', gen: 1, description: { type: 'offer', sdp: '' } })).toBe(true);
    expect(isSignal({ kind: 'candidate', gen: 1, candidate: null })).toBe(true);
    expect(isSignal({ kind: 'candidate', candidate: null })).toBe(false);
    expect(isSignal({ kind: 'hello' })).toBe(false);
    expect(isSignal('ready')).toBe(false);
    expect(isSignal(null)).toBe(false);
  });
});
