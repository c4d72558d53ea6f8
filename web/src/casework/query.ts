import { kinds1311, type CaseStatus } from '../api/types';

/** "lacking" filter: short of any "1311" minimum, or of one kind. */
export type LackingFilter = '' | '1311' | (typeof kinds1311)[number];
export const lackingFilters: readonly Exclude<LackingFilter, ''>[] = ['1311', ...kinds1311];

/** The case list's filters as the page holds them; '' means "any". */
export interface CaseFilters {
  status: '' | CaseStatus;
  priority: '' | 'true' | 'false';
  lacking: LackingFilter;
  city: string;
  offset: number;
  limit: number;
}

export const defaultCaseFilters: CaseFilters = { status: '', priority: '', lacking: '', city: '', offset: 0, limit: 20 };

/**
 * The query string of GET /api/cases for the filters: empty filters and default paging left
 * out, the city trimmed, a leading "?" when anything is left.
 */
export function casesQuery(filters: CaseFilters): string {
  const query = new URLSearchParams();
  if (filters.status) {
    query.set('status', filters.status);
  }

  if (filters.priority) {
    query.set('priority', filters.priority);
  }

  if (filters.lacking) {
    query.set('lacking', filters.lacking);
  }

  const city = filters.city.trim();
  if (city) {
    query.set('city', city);
  }

  if (filters.offset > 0) {
    query.set('offset', String(filters.offset));
  }

  query.set('limit', String(filters.limit));
  const text = query.toString();
  return text ? `?${text}` : '';
}

export type FollowUpStatusFilter = 'open' | 'completed' | 'all';

export function followUpsQuery(status: FollowUpStatusFilter, city: string, offset: number, limit: number): string {
  const query = new URLSearchParams({ status });
  if (city.trim()) {
    query.set('city', city.trim());
  }

  if (offset > 0) {
    query.set('offset', String(offset));
  }

  query.set('limit', String(limit));
  return `?${query.toString()}`;
}

/** GET /api/reports/monthly's query: month (YYYY-MM) required, city when given. */
export function monthlyQuery(month: string, city: string): string {
  const query = new URLSearchParams({ month });
  if (city.trim()) {
    query.set('city', city.trim());
  }

  return `?${query.toString()}`;
}

/** Which page of a list is shown: "items 21–40 of 57", and whether there are pages before or after. */
export function pageInfo(total: number, offset: number, limit: number) {
  const first = total === 0 ? 0 : Math.min(offset + 1, total);
  const last = Math.min(offset + limit, total);
  return {
    first,
    last,
    total,
    hasPrevious: offset > 0,
    hasNext: offset + limit < total,
    previousOffset: Math.max(0, offset - limit),
    nextOffset: offset + limit,
  };
}

/** The month before the one of now, as YYYY-MM (the usual monthly report to look at). */
export function previousMonth(now: Date): string {
  const year = now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const month = now.getMonth() === 0 ? 12 : now.getMonth();
  return `${year}-${String(month).padStart(2, '0')}`;
}
