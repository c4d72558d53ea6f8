import type { Lang } from './i18n';

/** A date and time in the reader's language and time zone, e.g. "2026年3月1日 09:00". */
export function formatDateTime(lang: Lang, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }

  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const relativeUnits: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** How far iso is from now, e.g. "3 小时后" or "in 3 hours"; "now" within a second. */
export function formatRelative(lang: Lang, iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of relativeUnits) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.trunc(seconds / size), unit);
    }
  }

  return format.format(0, 'second');
}

/** A duration in whole minutes (at least one), e.g. "12分钟" or "12 minutes"; hours past 90 minutes. */
export function formatDuration(lang: Lang, seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes <= 90) {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  }

  const hours = Math.round(minutes / 30) / 2;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }).format(hours);
}

/** A value for an <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An <input type="datetime-local"> value as ISO 8601 with the browser's offset, as the API wants. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) {
    return undefined;
  }

  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return undefined;
  }

  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  return `${value.length === 16 ? `${value}:00` : value}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** A calendar day (YYYY-MM-DD, no time zone) in the reader's language, e.g. "2026年7月1日". */
export function formatDate(lang: Lang, day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) {
    return day;
  }

  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A month (YYYY-MM) in the reader's language, e.g. "2026年6月" or "June 2026". */
export function formatMonth(lang: Lang, month: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  if (!match) {
    return month;
  }

  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** A file size in kilobytes or megabytes, e.g. "1.2 MB". */
export function formatBytes(lang: Lang, bytes: number): string {
  const megabytes = bytes / 1_048_576;
  if (megabytes >= 1) {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
  }

  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}

/** A percentage as given by the API (e.g. 33.3), e.g. "33.3%". */
export function formatPercent(lang: Lang, percent: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}
