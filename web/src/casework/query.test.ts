import { describe, expect, it } from 'vitest';
import { casesQuery, defaultCaseFilters, followUpsQuery, monthlyQuery, pageInfo, previousMonth } from './query';

describe('casesQuery', () => {
  it('leaves out empty filters and the first offset', () => {
    expect(casesQuery(defaultCaseFilters)).toBe('?limit=20');
  });

  it('sends every filter that is set, the city trimmed and encoded', () => {
    expect(casesQuery({ status: 'seeking', priority: 'true', lacking: '1311', city: ' 武汉 ', offset: 40, limit: 20 }))
      .toBe('?status=seeking&priority=true&lacking=1311&city=%E6%AD%A6%E6%B1%89&offset=40&limit=20');
  });

  it('sends priority=false as a filter, not as "any"', () => {
    expect(casesQuery({ ...defaultCaseFilters, priority: 'false' })).toBe('?priority=false&limit=20');
  });

  it('sends one lacking kind', () => {
    expect(casesQuery({ ...defaultCaseFilters, lacking: 'internship' })).toBe('?lacking=internship&limit=20');
  });

  it('leaves out a city of spaces', () => {
    expect(casesQuery({ ...defaultCaseFilters, city: '   ' })).toBe('?limit=20');
  });
});

describe('followUpsQuery and monthlyQuery', () => {
  it('always names the follow-up status', () => {
    expect(followUpsQuery('open', '', 0, 20)).toBe('?status=open&limit=20');
    expect(followUpsQuery('all', 'Chengdu', 20, 20)).toBe('?status=all&city=Chengdu&offset=20&limit=20');
  });

  it('sends the month and the city only when given', () => {
    expect(monthlyQuery('2026-06', '')).toBe('?month=2026-06');
    expect(monthlyQuery('2026-06', 'A&B')).toBe('?month=2026-06&city=A%26B');
  });
});

describe('pageInfo', () => {
  it('numbers the items shown from 1', () => {
    expect(pageInfo(57, 20, 20)).toMatchObject({ first: 21, last: 40, hasPrevious: true, hasNext: true, previousOffset: 0, nextOffset: 40 });
  });

  it('ends at the total on the last page', () => {
    expect(pageInfo(57, 40, 20)).toMatchObject({ first: 41, last: 57, hasNext: false });
  });

  it('shows nothing of nothing', () => {
    expect(pageInfo(0, 0, 20)).toMatchObject({ first: 0, last: 0, hasPrevious: false, hasNext: false });
  });
});

describe('previousMonth', () => {
  it('is the month before', () => {
    expect(previousMonth(new Date(2026, 5, 15))).toBe('2026-05');
  });

  it('goes back a year in January', () => {
    expect(previousMonth(new Date(2026, 0, 3))).toBe('2025-12');
  });
});
