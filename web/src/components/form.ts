import { useState } from 'preact/hooks';
import { ApiError, NetworkError } from '../api/http';
import type { I18n } from '../i18n/context';
import type { MessageKey } from '../i18n/i18n';

export type FieldErrors = Record<string, string>;

/** A message for the whole form; `serverText` is the server's own (English) explanation, if any. */
export interface FormProblem {
  message: string;
  serverText?: string;
}

export interface SubmitOptions {
  /** What a 409 means for this form (e.g. "that email is registered already"). */
  conflict?: MessageKey;
  /** What a 401 means for this form (sign-in: wrong email or password). */
  unauthorized?: MessageKey;
  /** What a 404 means for this form. */
  notFound?: MessageKey;
}

/** The message for a failed call that is not about one field. */
export function problemFor(i18n: I18n, error: unknown, options: SubmitOptions = {}): FormProblem {
  if (error instanceof NetworkError) {
    return { message: i18n.t('error.network') };
  }

  if (!(error instanceof ApiError)) {
    return { message: i18n.t('error.unexpected') };
  }

  const serverText = error.problem.detail ?? undefined;
  switch (error.status) {
    case 400: return { message: i18n.t('error.400'), serverText };
    case 401: return { message: i18n.t(options.unauthorized ?? 'error.401'), serverText };
    case 403: return { message: i18n.t('error.403'), serverText };
    case 404: return { message: i18n.t(options.notFound ?? 'error.404'), serverText };
    case 409: return { message: i18n.t(options.conflict ?? 'error.409'), serverText };
    case 413: return { message: i18n.t('error.413'), serverText };
    case 429: return { message: i18n.t('error.429'), serverText };
    default: return { message: i18n.t('error.unexpected'), serverText };
  }
}

/**
 * A form's values, its field errors (from the browser-side checks or from the server's
 * Problem Details), a form-level problem, and whether it is being sent. `attempt` counts
 * failed submissions so the error summary can take focus each time.
 */
export function useForm<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [fromServer, setFromServer] = useState(false);

  const set = <K extends keyof T>(name: K, value: T[K]) => setValues(current => ({ ...current, [name]: value }));

  /** Runs send unless validate finds errors; shows field errors and form problems. True when sent. */
  const submit = async (i18n: I18n, send: (values: T) => Promise<void>, validate?: (values: T) => FieldErrors, options?: SubmitOptions) => {
    const found = validate?.(values) ?? {};
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFromServer(false);
      setProblem(undefined);
      setAttempt(n => n + 1);
      return false;
    }

    setBusy(true);
    setErrors({});
    setProblem(undefined);
    try {
      await send(values);
      return true;
    } catch (error) {
      const fields = error instanceof ApiError && error.status === 400 ? error.fieldErrors : {};
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        setFromServer(true);
      } else {
        setProblem(problemFor(i18n, error, options));
      }

      setAttempt(n => n + 1);
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Server messages are in English: fields mark them lang="en" so screen readers read them right. */
  const errorLang = fromServer ? 'en' : undefined;
  return { values, setValues, set, errors, setErrors, errorLang, problem, setProblem, busy, attempt, submit };
}

/** Error text for required fields that are empty (after trimming). */
export function requireFields<T extends Record<string, unknown>>(i18n: I18n, values: T, names: readonly (keyof T & string)[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const name of names) {
    const value = values[name];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      errors[name] = i18n.t('form.required');
    }
  }

  return errors;
}
