/** The server takes about one chat message every two seconds from each viewer. */
export const chatIntervalMs = 2_000;

/** How long until this viewer may send again (0: now), given when their last message went. */
export function chatWaitMs(lastSentAt: number | undefined, now: number): number {
  return lastSentAt === undefined ? 0 : Math.max(0, lastSentAt + chatIntervalMs - now);
}

/** Why the server refused a chat message, from its words (the hub contract's HubException messages). */
export type ChatRefusal = 'tooFast' | 'muted' | 'banned' | 'notLive' | 'tooLong' | 'empty' | 'other';

export function chatRefusal(serverText: string | undefined): ChatRefusal {
  const text = (serverText ?? '').toLowerCase();
  if (text.includes('too fast') || text.includes('every two seconds')) {
    return 'tooFast';
  }

  if (text.includes('muted')) {
    return 'muted';
  }

  if (text.includes('not allowed')) {
    return 'banned';
  }

  if (text.includes('only while') || text.includes('not live')) {
    return 'notLive';
  }

  if (text.includes('at most') || text.includes('characters')) {
    return 'tooLong';
  }

  if (text.includes('empty') || text.includes('needs some text')) {
    return 'empty';
  }

  return 'other';
}

export interface ChatAnnouncerOptions {
  /** Says a message through the polite live region. */
  say: (message: string) => void;
  /** The words for a batch: how many arrived, and the latest one's sender and text. */
  words: (count: number, latest: { displayName: string; text: string }) => string;
  /** At most one announcement in this time. */
  windowMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Announces a busy chat without flooding a screen reader: the first message after a quiet spell
 * is said at once; messages arriving within the window after an announcement are gathered and
 * said together at its end as one sentence ("4 new messages; the latest from …").
 */
export class ChatAnnouncer {
  private readonly _options: Required<ChatAnnouncerOptions>;
  private _lastSaidAt = Number.NEGATIVE_INFINITY;
  private _pending = 0;
  private _latest: { displayName: string; text: string } | undefined;
  private _timer: unknown;

  constructor(options: ChatAnnouncerOptions) {
    this._options = {
      windowMs: 5_000,
      now: () => Date.now(),
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  /** New messages from others (one's own are not announced). */
  add(messages: readonly { displayName: string; text: string }[]): void {
    if (messages.length === 0) {
      return;
    }

    this._pending += messages.length;
    this._latest = messages[messages.length - 1];
    if (this._timer !== undefined) {
      return;
    }

    const wait = this._lastSaidAt + this._options.windowMs - this._options.now();
    if (wait <= 0) {
      this.flush();
    } else {
      this._timer = this._options.setTimer(() => {
        this._timer = undefined;
        this.flush();
      }, wait);
    }
  }

  flush(): void {
    if (this._pending === 0 || !this._latest) {
      return;
    }

    this._options.say(this._options.words(this._pending, this._latest));
    this._lastSaidAt = this._options.now();
    this._pending = 0;
    this._latest = undefined;
  }

  dispose(): void {
    if (this._timer !== undefined) {
      this._options.clearTimer(this._timer);
      this._timer = undefined;
    }

    this._pending = 0;
  }
}
