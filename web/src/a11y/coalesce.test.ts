import { describe, expect, it } from 'vitest';
import { CoalescedAnnouncer } from './coalesce';

function announcer() {
  const said: string[] = [];
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  const subject = new CoalescedAnnouncer({
    say: message => said.push(message),
    delayMs: 1_000,
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: handle => {
      (handle as { cleared: boolean }).cleared = true;
    },
  });
  const fire = () => timers.filter(timer => !timer.cleared).forEach(timer => {
    timer.cleared = true;
    timer.callback();
  });
  return { subject, said, timers, fire };
}

describe('CoalescedAnnouncer', () => {
  it('says nothing for a value it already knows, however often it arrives', () => {
    const { subject, said, timers, fire } = announcer();
    subject.know('booth-a', 2);
    subject.update('booth-a', 2, 'A: position 2, about 4 minutes');
    subject.update('booth-a', 2, 'A: position 2, about 3 minutes');
    fire();
    expect(said).toEqual([]);
    expect(timers).toHaveLength(0);
  });

  it('gathers changes to several keys into one message, in the order they first changed', () => {
    const { subject, said, timers, fire } = announcer();
    subject.know('booth-a', 3);
    subject.know('booth-b', 5);
    subject.update('booth-b', 4, 'B: position 4.');
    subject.update('booth-a', 2, 'A: position 2.');
    expect(said).toEqual([]);
    fire();
    expect(said).toEqual(['B: position 4. A: position 2.']);
    expect(timers.map(timer => timer.ms)).toEqual([1_000]);
  });

  it('keeps only the latest message of a key that changed twice before speaking', () => {
    const { subject, said, fire } = announcer();
    subject.know('booth-a', 3);
    subject.update('booth-a', 2, 'A: position 2.');
    subject.update('booth-a', 1, 'A: position 1.');
    fire();
    expect(said).toEqual(['A: position 1.']);
  });

  it('drops a change that went back to the known value before speaking', () => {
    const { subject, said, fire } = announcer();
    subject.know('booth-a', 3);
    subject.update('booth-a', 2, 'A: position 2.');
    subject.update('booth-a', 3, 'A: position 3.');
    fire();
    expect(said).toEqual([]);
  });

  it('says a later change again once the first has been said', () => {
    const { subject, said, fire } = announcer();
    subject.know('booth-a', 3);
    subject.update('booth-a', 2, 'A: position 2.');
    fire();
    subject.update('booth-a', 2, 'A: position 2.');
    subject.update('booth-a', 1, 'A: position 1.');
    fire();
    expect(said).toEqual(['A: position 2.', 'A: position 1.']);
  });

  it('treats a forgotten key as news and speaks its first value', () => {
    const { subject, said, fire } = announcer();
    subject.know('booth-a', 1);
    subject.forget('booth-a');
    subject.update('booth-a', 1, 'A: position 1.');
    fire();
    expect(said).toEqual(['A: position 1.']);
  });

  it('speaks nothing after it is disposed', () => {
    const { subject, said, timers } = announcer();
    subject.update('booth-a', 1, 'A: position 1.');
    subject.dispose();
    expect(timers[0]!.cleared).toBe(true);
    subject.flush();
    expect(said).toEqual([]);
  });
});
