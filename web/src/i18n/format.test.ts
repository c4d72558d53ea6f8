import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatRelative, fromLocalInput } from './format';

describe('formatDuration', () => {
  it('says minutes in each language', () => {
    expect(formatDuration('en', 12 * 60)).toBe('12 minutes');
    expect(formatDuration('zh-CN', 12 * 60)).toBe('12分钟');
  });

  it('never says less than one minute', () => {
    expect(formatDuration('en', 5)).toBe('1 minute');
  });

  it('says hours past ninety minutes', () => {
    expect(formatDuration('en', 2 * 3600)).toBe('2 hours');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-03-01T09:00:00Z');

  it('says hours ahead in each language', () => {
    expect(formatRelative('en', '2026-03-01T12:00:00Z', now)).toBe('in 3 hours');
    expect(formatRelative('zh-CN', '2026-03-01T12:00:00Z', now)).toBe('3小时后');
  });

  it('says days ago', () => {
    expect(formatRelative('en', '2026-02-27T09:00:00Z', now)).toBe('2 days ago');
  });
});

describe('formatDateTime', () => {
  it('formats in the given language and time zone', () => {
    expect(formatDateTime('en', '2026-03-01T01:30:00Z', 'Asia/Shanghai')).toBe('Mar 1, 2026, 9:30 AM');
    expect(formatDateTime('zh-CN', '2026-03-01T01:30:00Z', 'Asia/Shanghai')).toBe('2026年3月1日 09:30');
  });

  it('returns text that is not a time unchanged', () => {
    expect(formatDateTime('en', 'soon')).toBe('soon');
  });
});

describe('fromLocalInput', () => {
  it('adds seconds and the browser offset to a datetime-local value', () => {
    const iso = fromLocalInput('2026-03-01T09:30');
    expect(iso).toMatch(/^2026-03-01T09:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date('2026-03-01T09:30').getTime());
  });

  it('is undefined for an empty value', () => {
    expect(fromLocalInput('')).toBeUndefined();
  });
});
