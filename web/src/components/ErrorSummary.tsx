import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/context';
import type { FieldErrors, FormProblem } from './form';

interface Props {
  /** Field name → its element id, in the order of the form; labels say what each field is. */
  fields: readonly { name: string; id: string; label: string }[];
  errors: FieldErrors;
  errorLang?: string | undefined;
  problem?: FormProblem | undefined;
  /** Changes on every failed submission: the summary takes focus so it is read out. */
  attempt: number;
}

/**
 * The problems with a form, at its top: it takes focus after a failed submission (so screen
 * readers read it) and links to each field in error. Errors for names the form does not show
 * are listed too, so none is lost.
 */
export function ErrorSummary({ fields, errors, errorLang, problem, attempt }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const known = new Set(fields.map(field => field.name));
  const listed = fields.filter(field => errors[field.name]);
  const others = Object.entries(errors).filter(([name]) => !known.has(name));
  const titleId = `${fields[0]?.id ?? 'form'}-problems`;
  const visible = listed.length > 0 || others.length > 0 || problem !== undefined;

  useEffect(() => {
    if (attempt > 0 && visible) {
      box.current?.focus();
    }
  }, [attempt]);

  if (!visible) {
    return null;
  }

  const focusField = (event: MouseEvent, id: string) => {
    const target = document.getElementById(id);
    if (target) {
      event.preventDefault();
      const control = target.matches('fieldset') ? target.querySelector<HTMLElement>('input') ?? target : target;
      control.focus();
      control.scrollIntoView({ block: 'center' });
    }
  };

  return (
    <div class="error-summary" tabIndex={-1} ref={box} aria-labelledby={titleId}>
      <h2 id={titleId}><span aria-hidden="true">⚠ </span>{t('form.problemTitle')}</h2>
      {problem ? (
        <p>
          {problem.message}
          {problem.serverText ? <> <span lang="en">({problem.serverText})</span></> : null}
        </p>
      ) : null}
      {listed.length + others.length > 0 ? (
        <ul>
          {listed.map(field => (
            <li key={field.name}>
              <a href={`#${field.id}`} onClick={event => focusField(event, field.id)}>
                {field.label}: <span lang={errorLang}>{errors[field.name]}</span>
              </a>
            </li>
          ))}
          {others.map(([name, message]) => <li key={name}><span lang={errorLang}>{name}: {message}</span></li>)}
        </ul>
      ) : null}
    </div>
  );
}
