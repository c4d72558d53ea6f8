export interface CoalescedAnnouncerOptions {
  /** Says the combined message (the polite live region's announce). */
  say: (message: string) => void;
  /** How long to gather changes before speaking. */
  delayMs?: number;
  /** Timer seam for tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Announces changes to several live values (e.g. the position in each queue) without chatter:
 * a value is spoken only when it differs from the last one spoken (or silently learnt) for its
 * key, changes arriving close together are said as one message in the order their keys first
 * changed, and a key that changes again before speaking keeps only its latest message.
 */
export class CoalescedAnnouncer {
  private readonly _options: Required<CoalescedAnnouncerOptions>;
  private readonly _known = new Map<string, unknown>();
  private readonly _pending = new Map<string, { value: unknown; message: string }>();
  private _timer: unknown;

  constructor(options: CoalescedAnnouncerOptions) {
    this._options = {
      delayMs: 1_500,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  /** Records a value without speaking (what the page showed on loading). */
  know(key: string, value: unknown): void {
    this._known.set(key, value);
    this._pending.delete(key);
  }

  /** A new value for key: spoken soon, together with the others, if it differs from the last one. */
  update(key: string, value: unknown, message: string): void {
    if (Object.is(this._known.get(key), value) && this._known.has(key)) {
      this._pending.delete(key);
      return;
    }

    this._pending.set(key, { value, message });
    if (this._timer === undefined) {
      this._timer = this._options.setTimer(() => this.flush(), this._options.delayMs);
    }
  }

  /** Forgets a key (the graduate left that queue): its next value is news again. */
  forget(key: string): void {
    this._known.delete(key);
    this._pending.delete(key);
  }

  /** Speaks what is pending now. */
  flush(): void {
    if (this._timer !== undefined) {
      this._options.clearTimer(this._timer);
      this._timer = undefined;
    }

    const messages: string[] = [];
    for (const [key, { value, message }] of this._pending) {
      this._known.set(key, value);
      messages.push(message);
    }

    this._pending.clear();
    if (messages.length > 0) {
      this._options.say(messages.join(' '));
    }
  }

  dispose(): void {
    if (this._timer !== undefined) {
      this._options.clearTimer(this._timer);
      this._timer = undefined;
    }

    this._pending.clear();
  }
}
