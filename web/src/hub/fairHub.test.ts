import { describe, expect, it } from 'vitest';
import { hubRefusal } from './events';
import { FairHub, type HubConnectionLike } from './fairHub';

/** A stand-in for HubConnection whose start succeeds or fails as told, recording invocations. */
class FakeConnection {
  readonly invoked: unknown[][] = [];
  readonly handlers = new Map<string, (payload: unknown) => void>();
  reconnected?: () => void;
  closed?: () => void;

  constructor(private readonly startResult: 'ok' | 'missing') {}

  start = async () => {
    if (this.startResult === 'missing') {
      throw new Error('Failed to complete negotiation with the server: Error: Not Found: Status code \'404\'');
    }
  };

  stop = async () => undefined;
  /** What each server method answers (WatchLive's snapshot). */
  answers = new Map<string, unknown>();
  invoke = async (...args: unknown[]) => {
    this.invoked.push(args);
    return this.answers.get(args[0] as string);
  };

  on = (event: string, handler: (payload: unknown) => void) => {
    this.handlers.set(event, handler);
  };

  onclose = (callback: () => void) => {
    this.closed = callback;
  };

  onreconnecting = () => undefined;
  onreconnected = (callback: () => void) => {
    this.reconnected = callback;
  };
}

function hubWith(...connections: FakeConnection[]) {
  const timers: { callback: () => void; ms: number }[] = [];
  const queue = [...connections];
  const hub = new FairHub({
    connect: () => queue.shift() as unknown as HubConnectionLike,
    retryDelaysMs: [1_000, 5_000],
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => undefined,
  });
  return { hub, timers };
}

describe('FairHub', () => {
  it('is unavailable, without throwing, when the hub does not exist, and retries later', async () => {
    const { hub, timers } = hubWith(new FakeConnection('missing'));
    await hub.start();
    expect(hub.status).toBe('unavailable');
    expect(timers.map(timer => timer.ms)).toEqual([1_000]);
  });

  it('connects on a retry and repeats the subscriptions made while unavailable', async () => {
    const later = new FakeConnection('ok');
    const { hub, timers } = hubWith(new FakeConnection('missing'), later);
    const statuses: string[] = [];
    hub.onStatus(status => statuses.push(status));
    let resyncs = 0;
    hub.onResync(() => resyncs++);

    await hub.start();
    await hub.watchFair('f1');
    timers[0]!.callback();
    await new Promise(resolve => setTimeout(resolve, 0));

    expect(hub.status).toBe('connected');
    expect(later.invoked).toEqual([['WatchFair', 'f1']]);
    expect(resyncs).toBe(1);
    expect(statuses).toEqual(['connecting', 'unavailable', 'reconnecting', 'connected']);
  });

  it('re-joins its groups and asks pages to resync after an automatic reconnect', async () => {
    const connection = new FakeConnection('ok');
    const { hub } = hubWith(connection);
    let resyncs = 0;
    hub.onResync(() => resyncs++);
    await hub.start();
    await hub.watchBooth('b1');
    connection.reconnected!();
    await new Promise(resolve => setTimeout(resolve, 0));

    expect(connection.invoked).toEqual([['WatchBooth', 'b1'], ['WatchBooth', 'b1']]);
    expect(resyncs).toBe(2);
  });

  it('passes server messages to the handlers of that event', async () => {
    const connection = new FakeConnection('ok');
    const { hub } = hubWith(connection);
    const positions: number[] = [];
    hub.on('QueuePosition', event => positions.push(event.position));
    await hub.start();
    connection.handlers.get('QueuePosition')!({ boothId: 'b1', position: 2, etaSeconds: 60, etaText: 'about 1 minute' });
    expect(positions).toEqual([2]);
  });

  it('refuses to send chat while not connected', async () => {
    const { hub } = hubWith(new FakeConnection('missing'));
    await hub.start();
    await expect(hub.chat('r1', 'hello')).rejects.toThrow('The hub is unavailable');
  });

  it('unwatches on the server only when the last page watching stops, and no longer re-joins', async () => {
    const connection = new FakeConnection('ok');
    const { hub } = hubWith(connection);
    await hub.start();
    await hub.watchFair('f1');
    await hub.watchFair('f1');
    await hub.unwatchFair('f1');
    const afterFirstUnwatch = [...connection.invoked];
    await hub.unwatchFair('f1');
    await hub.joinRoom('r1');
    await hub.leaveRoom('r1');
    connection.reconnected!();
    await new Promise(resolve => setTimeout(resolve, 0));

    expect(afterFirstUnwatch).toEqual([['WatchFair', 'f1']]);
    expect(connection.invoked).toEqual([['WatchFair', 'f1'], ['UnwatchFair', 'f1'], ['JoinRoom', 'r1']]);
  });

  it('gives a live session\'s snapshot to the page that watches it, again after reconnecting, and unwatches last', async () => {
    const connection = new FakeConnection('ok');
    connection.answers.set('WatchLive', { sessionId: 's1', status: 'live', viewers: 4, pinnedJobs: [], chat: [], muted: false });
    const { hub } = hubWith(connection);
    await hub.start();
    const first: number[] = [];
    const second: number[] = [];
    const onFirst = (snapshot: { viewers: number }) => first.push(snapshot.viewers);
    await hub.watchLive('s1', onFirst);
    await hub.watchLive('s1', snapshot => second.push(snapshot.viewers));
    connection.answers.set('WatchLive', { sessionId: 's1', status: 'live', viewers: 9, pinnedJobs: [], chat: [], muted: false });
    connection.reconnected!();
    await new Promise(resolve => setTimeout(resolve, 0));
    await hub.unwatchLive('s1', onFirst);

    expect(first).toEqual([4, 9]);
    expect(second).toEqual([4, 9]);
    expect(connection.invoked.filter(call => call[0] === 'UnwatchLive')).toEqual([]);
  });

  it('reads the server\'s reason out of a refused call', () => {
    const error = new Error("An unexpected error occurred invoking 'SendLiveChat' on the server. HubException: Too fast: one message every two seconds.");
    expect(hubRefusal(error)).toBe('Too fast: one message every two seconds.');
    expect(hubRefusal(new Error('The hub is unavailable'))).toBeUndefined();
  });
});
