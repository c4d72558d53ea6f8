import { afterEach, describe, expect, it } from 'vitest';
import { noteServerDate, resetServerClock, serverNow, serverOffsetMs } from './serverClock';

describe('serverClock', () => {
  afterEach(() => resetServerClock());

  it('takes the server as the browser until an answer says otherwise', () => {
    expect(serverOffsetMs()).toBe(0);
    expect(serverNow(1_000)).toBe(1_000);
  });

  it('learns a browser clock two minutes fast from a Date header, at the middle of its second', () => {
    const received = Date.parse('2026-06-01T09:02:00.200Z');
    noteServerDate('Mon, 01 Jun 2026 09:00:00 GMT', received);
    expect(serverOffsetMs()).toBe(-119_700);
    expect(serverNow(received)).toBe(Date.parse('2026-06-01T09:00:00.500Z'));
  });

  it('ignores a missing or unreadable header', () => {
    noteServerDate(null, 5_000);
    noteServerDate('yesterday-ish', 5_000);
    expect(serverOffsetMs()).toBe(0);
  });
});
