import type { OrganiserStatus } from '../api/types';

/** What an organiser fills in to record a case status (POST /api/cases/{id}/status). */
export interface StatusFormValues {
  status: '' | OrganiserStatus;
  employer: string;
  /** YYYY-MM-DD from <input type="date"> */
  date: string;
  note: string;
}

export type StatusFormProblem = 'required' | 'dateFormat' | 'noteNeeded';

/** signed and employed need an employer and a date; the other statuses take neither. */
export function needsEmployment(status: StatusFormValues['status']): boolean {
  return status === 'signed' || status === 'employed';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day in YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!isoDate.test(value)) {
    return false;
  }

  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The browser-side checks of the status form, by field; the server checks again and its Problem
 * Details are shown by the same fields. `current` is the case's status now: leaving signed or
 * employed needs a note (the API answers 409 otherwise).
 */
export function validateStatusForm(values: StatusFormValues, current?: string): Partial<Record<keyof StatusFormValues, StatusFormProblem>> {
  const errors: Partial<Record<keyof StatusFormValues, StatusFormProblem>> = {};
  if (!values.status) {
    errors.status = 'required';
    return errors;
  }

  if (needsEmployment(values.status)) {
    if (!values.employer.trim()) {
      errors.employer = 'required';
    }

    if (!values.date) {
      errors.date = 'required';
    } else if (!isIsoDate(values.date)) {
      errors.date = 'dateFormat';
    }
  }

  const leaving = (current === 'signed' || current === 'employed') && values.status !== current;
  if (leaving && !needsEmployment(values.status) && !values.note.trim()) {
    errors.note = 'noteNeeded';
  }

  return errors;
}

/** The request body: employer and date only for signed and employed, the note when written. */
export function statusBody(values: StatusFormValues): { status: string; note?: string; employer?: string; date?: string } {
  const body: { status: string; note?: string; employer?: string; date?: string } = { status: values.status };
  if (needsEmployment(values.status)) {
    body.employer = values.employer.trim();
    body.date = values.date;
  }

  if (values.note.trim()) {
    body.note = values.note.trim();
  }

  return body;
}

/** A service count from a text field: a whole number 1–100, or undefined. */
export function parseServiceCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    return undefined;
  }

  const count = Number(trimmed);
  return count >= 1 && count <= 100 ? count : undefined;
}
