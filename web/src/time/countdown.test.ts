import { describe, expect, it } from 'vitest';
import { clock, markCrossed, secondsLeft } from './countdown';

describe('secondsLeft', () => {
  const expiresAt = '2026-06-01T09:01:30.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('rounds part of a second up, so the last second still shows 1', () => {
    expect(secondsLeft(expiresAt, at('2026-06-01T09:00:00.000Z'))).toBe(90);
    expect(secondsLeft(expiresAt, at('2026-06-01T09:01:29.001Z'))).toBe(1);
  });

  it('is zero at and after the end, and for a time it cannot read', () => {
    expect(secondsLeft(expiresAt, at('2026-06-01T09:01:30.000Z'))).toBe(0);
    expect(secondsLeft(expiresAt, at('2026-06-01T09:05:00.000Z'))).toBe(0);
    expect(secondsLeft('not a time', at('2026-06-01T09:00:00.000Z'))).toBe(0);
  });

  it('reads the offset of the server time', () => {
    expect(secondsLeft('2026-06-01T17:01:30+08:00', at('2026-06-01T09:01:00.000Z'))).toBe(30);
  });
});

describe('markCrossed', () => {
  it('announces each mark once, as the second count passes it', () => {
    const said: number[] = [];
    let before: number | undefined;
    for (let seconds = 90; seconds >= 0; seconds--) {
      const mark = markCrossed(before, seconds);
      if (mark !== undefined) {
        said.push(mark);
      }

      before = seconds;
    }

    expect(said).toEqual([60, 30, 10]);
  });

  it('says nothing on the first reading, even when it lands on a mark', () => {
    expect(markCrossed(undefined, 60)).toBeUndefined();
  });

  it('says only the latest mark after a sleeping tab skipped several', () => {
    expect(markCrossed(75, 12)).toBe(30);
    expect(markCrossed(75, 9)).toBe(10);
  });

  it('says nothing when time did not move down or has run out', () => {
    expect(markCrossed(30, 30)).toBeUndefined();
    expect(markCrossed(29, 31)).toBeUndefined();
    expect(markCrossed(11, 0)).toBeUndefined();
  });
});

describe('clock', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(clock(90)).toBe('1:30');
    expect(clock(9)).toBe('0:09');
    expect(clock(-3)).toBe('0:00');
  });
});
