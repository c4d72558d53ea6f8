import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import type { LiveSnapshot } from '../api/types';
import { hubEventNames, type HubEventName, type HubEvents, type HubStatus } from './events';

export const hubUrl = '/hubs/fair';

/** The part of a SignalR HubConnection this module uses (a fake stands in for it in tests). */
export type HubConnectionLike = Pick<HubConnection, 'start' | 'stop' | 'invoke' | 'on' | 'onclose' | 'onreconnecting' | 'onreconnected'>;

export interface FairHubOptions {
  /** Builds the connection; by default the official client with automatic and stateful reconnect. */
  connect?: () => HubConnectionLike;
  /** Delays before trying a hub that could not be reached again, last one repeated. */
  retryDelaysMs?: readonly number[];
  /** Timer seam for tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

type Listener<T> = (value: T) => void;

interface Watch {
  method: string;
  arg: string;
  count: number;
  /** Told what the server answered, each time the watch is (re)made. */
  answers: Set<Listener<unknown>>;
}

export function buildConnection(url: string = hubUrl): HubConnection {
  return new HubConnectionBuilder()
    .withUrl(url)
    .withAutomaticReconnect([0, 2_000, 5_000, 10_000, 20_000, 30_000])
    .withStatefulReconnect({ bufferSize: 100_000 })
    .configureLogging(LogLevel.Warning)
    .build();
}

/**
 * The one connection to the fair hub. It never throws at its callers: while the hub cannot be
 * reached (it may not exist on the server yet) the status is "unavailable" and it tries again
 * after a delay; pages keep working from the HTTP API and re-fetch their state whenever the
 * connection (re)starts (onResync), because messages sent while disconnected are lost.
 * Subscriptions (WatchFair, WatchBooth, JoinRoom) are remembered and repeated on every new
 * connection, since a new connection is in no group.
 */
export class FairHub {
  private readonly _options: Required<FairHubOptions>;
  private readonly _handlers = new Map<HubEventName, Set<Listener<never>>>();
  private readonly _statusListeners = new Set<Listener<HubStatus>>();
  private readonly _resyncListeners = new Set<() => void>();
  private readonly _watches = new Map<string, Watch>();
  private _connection: HubConnectionLike | undefined;
  private _status: HubStatus = 'idle';
  private _failures = 0;
  private _timer: unknown;
  private _stopped = true;

  constructor(options: FairHubOptions = {}) {
    this._options = {
      connect: options.connect ?? (() => buildConnection()),
      retryDelaysMs: options.retryDelaysMs ?? [5_000, 15_000, 30_000, 60_000],
      setTimer: options.setTimer ?? ((callback, ms) => setTimeout(callback, ms)),
      clearTimer: options.clearTimer ?? (handle => clearTimeout(handle as ReturnType<typeof setTimeout>)),
    };
  }

  get status(): HubStatus {
    return this._status;
  }

  /** Listens to status changes; returns the function that stops listening. */
  onStatus(listener: Listener<HubStatus>): () => void {
    this._statusListeners.add(listener);
    return () => this._statusListeners.delete(listener);
  }

  /** Called after every (re)connection: the page should fetch its state again. */
  onResync(listener: () => void): () => void {
    this._resyncListeners.add(listener);
    return () => this._resyncListeners.delete(listener);
  }

  on<K extends HubEventName>(event: K, handler: Listener<HubEvents[K]>): () => void {
    let handlers = this._handlers.get(event);
    if (!handlers) {
      handlers = new Set();
      this._handlers.set(event, handlers);
    }

    handlers.add(handler as Listener<never>);
    return () => handlers.delete(handler as Listener<never>);
  }

  /** Starts (once); resolves when connected or when the hub turned out to be unavailable. */
  async start(): Promise<void> {
    if (!this._stopped) {
      return;
    }

    this._stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this._stopped = true;
    this._watches.clear();
    if (this._timer !== undefined) {
      this._options.clearTimer(this._timer);
      this._timer = undefined;
    }

    const connection = this._connection;
    this._connection = undefined;
    this.setStatus('idle');
    if (connection) {
      await connection.stop().catch(() => undefined);
    }
  }

  watchFair(fairId: string): Promise<void> {
    return this.watch('WatchFair', fairId);
  }

  /** Stops watching a fair (once every page that watched it has stopped). */
  unwatchFair(fairId: string): Promise<void> {
    return this.unwatch('WatchFair', fairId, 'UnwatchFair');
  }

  watchBooth(boothId: string): Promise<void> {
    return this.watch('WatchBooth', boothId);
  }

  unwatchBooth(boothId: string): Promise<void> {
    return this.unwatch('WatchBooth', boothId, 'UnwatchBooth');
  }

  joinRoom(roomId: string): Promise<void> {
    return this.watch('JoinRoom', roomId);
  }

  /** Stops re-joining the room on new connections (the hub has no call to leave a room). */
  leaveRoom(roomId: string): Promise<void> {
    return this.unwatch('JoinRoom', roomId);
  }

  /**
   * Watches a live session (WatchLive): onSnapshot gets the session as it is now (status, viewers,
   * pinned cards, the latest chat, whether this user is muted) at once and after every new
   * connection; the events come through on().
   */
  watchLive(sessionId: string, onSnapshot: Listener<LiveSnapshot>): Promise<void> {
    return this.watch('WatchLive', sessionId, onSnapshot as Listener<unknown>);
  }

  unwatchLive(sessionId: string, onSnapshot?: Listener<LiveSnapshot>): Promise<void> {
    return this.unwatch('WatchLive', sessionId, 'UnwatchLive', onSnapshot as Listener<unknown> | undefined);
  }

  /** Posts to a live session's chat; a refusal rejects with the server's reason (hubRefusal). */
  sendLiveChat(sessionId: string, text: string): Promise<{ messageId: string }> {
    return this.send<{ messageId: string }>('SendLiveChat', sessionId, text);
  }

  deleteLiveChat(sessionId: string, messageId: string): Promise<void> {
    return this.send('DeleteLiveChat', sessionId, messageId);
  }

  muteLiveViewer(sessionId: string, userId: string): Promise<void> {
    return this.send('MuteLiveViewer', sessionId, userId);
  }

  /** Sends a WebRTC signalling payload to the other participant. */
  signal(roomId: string, payload: unknown): Promise<void> {
    return this.send('Signal', roomId, payload);
  }

  chat(roomId: string, text: string): Promise<void> {
    return this.send('Chat', roomId, text);
  }

  private async watch(method: string, arg: string, onAnswer?: Listener<unknown>): Promise<void> {
    const key = `${method}:${arg}`;
    const existing = this._watches.get(key);
    if (existing) {
      existing.count++;
      if (onAnswer) {
        existing.answers.add(onAnswer);
        // The new page needs the current answer too.
        if (this._status === 'connected') {
          await this.invokeWatch({ ...existing, answers: new Set([onAnswer]) });
        }
      }

      return;
    }

    const watch: Watch = { method, arg, count: 1, answers: new Set(onAnswer ? [onAnswer] : []) };
    this._watches.set(key, watch);
    if (this._status === 'connected') {
      await this.invokeWatch(watch);
    }
  }

  private async invokeWatch(watch: Watch): Promise<void> {
    const answer = await this._connection?.invoke<unknown>(watch.method, watch.arg).catch(() => undefined);
    if (answer !== undefined && answer !== null) {
      for (const listener of watch.answers) {
        listener(answer);
      }
    }
  }

  private async unwatch(method: string, arg: string, serverMethod?: string, onAnswer?: Listener<unknown>): Promise<void> {
    const key = `${method}:${arg}`;
    const existing = this._watches.get(key);
    if (onAnswer) {
      existing?.answers.delete(onAnswer);
    }

    if (!existing || --existing.count > 0) {
      return;
    }

    this._watches.delete(key);
    if (serverMethod && this._status === 'connected') {
      await this._connection?.invoke(serverMethod, arg).catch(() => undefined);
    }
  }

  private async send<T = void>(method: string, ...args: unknown[]): Promise<T> {
    if (this._status !== 'connected' || !this._connection) {
      throw new Error(`The hub is ${this._status}`);
    }

    return await this._connection.invoke<T>(method, ...args);
  }

  private async connect(): Promise<void> {
    this._timer = undefined;
    const connection = this._options.connect();
    this._connection = connection;
    for (const event of hubEventNames) {
      connection.on(event, (payload: never) => this.dispatch(event, payload));
    }

    connection.onreconnecting(() => this.setStatus('reconnecting'));
    connection.onreconnected(() => void this.connected());
    connection.onclose(() => {
      if (this._connection === connection && !this._stopped) {
        this.unavailable();
      }
    });

    this.setStatus(this._failures === 0 ? 'connecting' : 'reconnecting');
    try {
      await connection.start();
    } catch {
      if (this._connection === connection && !this._stopped) {
        this.unavailable();
      }

      return;
    }

    if (this._connection === connection && !this._stopped) {
      await this.connected();
    }
  }

  private async connected(): Promise<void> {
    this._failures = 0;
    this.setStatus('connected');
    await Promise.all([...this._watches.values()].map(watch => this.invokeWatch(watch)));
    for (const listener of this._resyncListeners) {
      listener();
    }
  }

  private unavailable(): void {
    this._connection = undefined;
    this.setStatus('unavailable');
    const delays = this._options.retryDelaysMs;
    const delay = delays[Math.min(this._failures, delays.length - 1)] ?? 60_000;
    this._failures++;
    this._timer = this._options.setTimer(() => void this.connect(), delay);
  }

  private dispatch<K extends HubEventName>(event: K, payload: HubEvents[K]): void {
    for (const handler of this._handlers.get(event) ?? []) {
      (handler as Listener<HubEvents[K]>)(payload);
    }
  }

  private setStatus(status: HubStatus): void {
    if (this._status === status) {
      return;
    }

    this._status = status;
    for (const listener of this._statusListeners) {
      listener(status);
    }
  }
}

/** The app's single hub connection, started after sign-in and stopped at sign-out. */
export const fairHub = new FairHub();
