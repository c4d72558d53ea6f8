import { describe, expect, it } from 'vitest';
import { ChatAnnouncer, chatRefusal, chatWaitMs } from './chatPacing';

describe('chatWaitMs', () => {
  it('lets the first message go and holds the next for two seconds', () => {
    expect(chatWaitMs(undefined, 1_000)).toBe(0);
    expect(chatWaitMs(1_000, 2_500)).toBe(500);
    expect(chatWaitMs(1_000, 3_000)).toBe(0);
  });
});

describe('chatRefusal', () => {
  it.each([
    ['Too fast: one message every two seconds.', 'tooFast'],
    ['You have been muted in this session.', 'muted'],
    ['That message contains a word that is not allowed.', 'banned'],
    ['This message contains a term that is not allowed in this chat.', 'banned'],
    ['Chat is open only while the session is live.', 'notLive'],
    ['A chat message may be at most 300 characters; this one is 301.', 'tooLong'],
    ['A chat message needs some text.', 'empty'],
    ['Something else.', 'other'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(chatRefusal(text)).toBe(kind);
  });
});

describe('ChatAnnouncer', () => {
  function announcer() {
    let now = 0;
    const said: string[] = [];
    const timers: { callback: () => void; at: number }[] = [];
    const chat = new ChatAnnouncer({
      say: text => said.push(text),
      words: (count, latest) => `${count}:${latest.displayName}:${latest.text}`,
      windowMs: 5_000,
      now: () => now,
      setTimer: (callback, ms) => timers.push({ callback, at: now + ms }),
      clearTimer: () => undefined,
    });
    const advance = (ms: number) => {
      now += ms;
      for (const timer of timers.splice(0).filter(t => t.at <= now)) {
        timer.callback();
      }
    };
    return { chat, said, advance, timers };
  }

  it('says the first message at once and gathers the next ones into one sentence at the end of the window', () => {
    const { chat, said, advance } = announcer();
    chat.add([{ displayName: 'Li', text: 'hi' }]);
    expect(said).toEqual(['1:Li:hi']);

    advance(1_000);
    chat.add([{ displayName: 'Wang', text: 'a' }]);
    chat.add([{ displayName: 'Zhao', text: 'b' }, { displayName: 'Sun', text: 'c' }]);
    expect(said).toHaveLength(1);

    advance(4_000);
    expect(said).toEqual(['1:Li:hi', '3:Sun:c']);
  });

  it('says a message after a quiet spell at once again', () => {
    const { chat, said, advance } = announcer();
    chat.add([{ displayName: 'Li', text: 'one' }]);
    advance(6_000);
    chat.add([{ displayName: 'Li', text: 'two' }]);
    expect(said).toEqual(['1:Li:one', '1:Li:two']);
  });

  it('says nothing for an empty batch or after dispose', () => {
    const { chat, said, advance } = announcer();
    chat.add([]);
    chat.add([{ displayName: 'Li', text: 'one' }]);
    chat.add([{ displayName: 'Li', text: 'two' }]);
    chat.dispose();
    advance(10_000);
    expect(said).toEqual(['1:Li:one']);
  });
});
