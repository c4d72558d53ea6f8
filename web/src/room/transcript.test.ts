import { describe, expect, it } from 'vitest';
import { mergeLines } from './transcript';

const line = (fromUserId: string, text: string, sentAt: string) => ({ fromUserId, text, sentAt });

describe('mergeLines', () => {
  it('adds only lines it does not have, in the order they were sent', () => {
    const echoed = [line('g', 'hello', '2026-06-01T09:00:02Z')];
    const transcript = [
      line('e', 'welcome', '2026-06-01T09:00:01Z'),
      line('g', 'hello', '2026-06-01T09:00:02Z'),
      line('e', 'tell me more', '2026-06-01T09:00:05Z'),
    ];

    expect(mergeLines(echoed, transcript).map(l => l.text)).toEqual(['welcome', 'hello', 'tell me more']);
  });

  it('keeps the same words said twice at different times', () => {
    const merged = mergeLines([line('g', 'ok', '2026-06-01T09:00:02Z')], [line('g', 'ok', '2026-06-01T09:00:09Z')]);
    expect(merged).toHaveLength(2);
  });

  it('compares times as instants, whatever their offset', () => {
    const merged = mergeLines([line('e', 'second', '2026-06-01T17:00:05+08:00')], [line('g', 'first', '2026-06-01T09:00:01Z')]);
    expect(merged.map(l => l.text)).toEqual(['first', 'second']);
  });
});
