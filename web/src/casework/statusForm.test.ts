import { describe, expect, it } from 'vitest';
import { isIsoDate, parseServiceCount, statusBody, validateStatusForm, type StatusFormValues } from './statusForm';

const blank: StatusFormValues = { status: '', employer: '', date: '', note: '' };

describe('validateStatusForm', () => {
  it('needs a status', () => {
    expect(validateStatusForm(blank)).toEqual({ status: 'required' });
  });

  it('needs an employer and a date for employed', () => {
    expect(validateStatusForm({ ...blank, status: 'employed' })).toEqual({ employer: 'required', date: 'required' });
  });

  it('needs an employer and a date for signed, the employer not blank', () => {
    expect(validateStatusForm({ ...blank, status: 'signed', employer: '  ', date: '2026-07-01' })).toEqual({ employer: 'required' });
  });

  it('refuses a date that is not a real day', () => {
    expect(validateStatusForm({ ...blank, status: 'employed', employer: '华为', date: '2026-02-30' })).toEqual({ date: 'dateFormat' });
  });

  it('accepts employed with an employer and a date', () => {
    expect(validateStatusForm({ ...blank, status: 'employed', employer: '华为', date: '2026-07-01' })).toEqual({});
  });

  it('takes seeking and not-seeking without an employer', () => {
    expect(validateStatusForm({ ...blank, status: 'not-seeking' }, 'seeking')).toEqual({});
  });

  it('needs a note to leave signed or employed', () => {
    expect(validateStatusForm({ ...blank, status: 'seeking' }, 'employed')).toEqual({ note: 'noteNeeded' });
    expect(validateStatusForm({ ...blank, status: 'seeking', note: 'contract ended' }, 'signed')).toEqual({});
  });

  it('does not ask for a note when moving from signed to employed', () => {
    expect(validateStatusForm({ ...blank, status: 'employed', employer: '华为', date: '2026-07-01' }, 'signed')).toEqual({});
  });
});

describe('statusBody', () => {
  it('sends employer and date only for signed and employed', () => {
    expect(statusBody({ status: 'employed', employer: ' 华为 ', date: '2026-07-01', note: '' }))
      .toEqual({ status: 'employed', employer: '华为', date: '2026-07-01' });
    expect(statusBody({ status: 'not-seeking', employer: 'left over', date: '2026-07-01', note: ' further study ' }))
      .toEqual({ status: 'not-seeking', note: 'further study' });
  });
});

describe('isIsoDate and parseServiceCount', () => {
  it('knows leap years', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-7-1')).toBe(false);
  });

  it('takes whole numbers 1 to 100', () => {
    expect(parseServiceCount(' 3 ')).toBe(3);
    expect(parseServiceCount('100')).toBe(100);
    expect(parseServiceCount('0')).toBeUndefined();
    expect(parseServiceCount('101')).toBeUndefined();
    expect(parseServiceCount('1.5')).toBeUndefined();
    expect(parseServiceCount('')).toBeUndefined();
  });
});
