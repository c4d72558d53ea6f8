import type { ComponentChildren, JSX } from 'preact';
import { useI18n } from '../i18n/context';

interface FieldBase {
  id: string;
  label: string;
  error?: string | undefined;
  /** lang of the error text when it differs from the page's (the server's English messages). */
  errorLang?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? <p id={`${id}-hint`} class="hint">{hint}</p> : null;
}

/** The error under a field: a word ("错误" / "Error") and a mark, not only colour. */
export function FieldError({ id, error, lang }: { id: string; error?: string | undefined; lang?: string | undefined }) {
  const { t } = useI18n();
  if (!error) {
    return null;
  }

  return (
    <p id={`${id}-error`} class="field-error">
      <span aria-hidden="true">⚠ </span>
      <strong>{t('form.errorPrefix')}</strong> <span lang={lang}>{error}</span>
    </p>
  );
}

function RequiredMark({ required }: { required?: boolean | undefined }) {
  const { t } = useI18n();
  return required ? <span class="required">{t('form.requiredMark')}</span> : null;
}

type InputProps = FieldBase & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onInput' | 'label'> & {
  value: string;
  onValue: (value: string) => void;
};

export function TextField({ id, label, error, errorLang, hint, required, value, onValue, ...input }: InputProps) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}<RequiredMark required={required} /></label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} lang={errorLang} />
      <input
        id={id}
        name={id}
        value={value}
        onInput={event => onValue(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required ? 'true' : undefined}
        {...input}
      />
    </div>
  );
}

type TextAreaProps = FieldBase & { value: string; onValue: (value: string) => void; rows?: number; maxLength?: number };

export function TextArea({ id, label, error, errorLang, hint, required, value, onValue, rows = 4, maxLength }: TextAreaProps) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}<RequiredMark required={required} /></label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} lang={errorLang} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onInput={event => onValue(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required ? 'true' : undefined}
      />
    </div>
  );
}

type SelectProps = FieldBase & {
  value: string;
  onValue: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({ id, label, error, errorLang, hint, required, value, onValue, options, placeholder }: SelectProps) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}<RequiredMark required={required} /></label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} lang={errorLang} />
      <select
        id={id}
        name={id}
        value={value}
        onChange={event => onValue(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required ? 'true' : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(option => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

type ChoiceProps = FieldBase & {
  options: readonly { value: string; label: string; hint?: string }[];
};

/** Checkboxes in a fieldset; the legend is the label, the error is tied to the group. */
export function CheckboxGroup({ id, label, error, errorLang, hint, required, options, values, onValues }: ChoiceProps & {
  values: readonly string[];
  onValues: (values: string[]) => void;
}) {
  const toggle = (value: string, on: boolean) =>
    onValues(on ? [...values.filter(v => v !== value), value] : values.filter(v => v !== value));
  return (
    <fieldset id={id} class={error ? 'field field--error' : 'field'} aria-describedby={describedBy(id, hint, error)} tabIndex={-1}>
      <legend>{label}<RequiredMark required={required} /></legend>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} lang={errorLang} />
      {options.map(option => (
        <div class="choice" key={option.value}>
          <input
            type="checkbox"
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={values.includes(option.value)}
            onChange={event => toggle(option.value, event.currentTarget.checked)}
            aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
          {option.hint ? <p class="hint" id={`${id}-${option.value}-hint`}>{option.hint}</p> : null}
        </div>
      ))}
    </fieldset>
  );
}

/** Radio buttons in a fieldset. */
export function RadioGroup({ id, label, error, errorLang, hint, required, options, value, onValue }: ChoiceProps & {
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <fieldset id={id} class={error ? 'field field--error' : 'field'} aria-describedby={describedBy(id, hint, error)} tabIndex={-1}>
      <legend>{label}<RequiredMark required={required} /></legend>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} lang={errorLang} />
      {options.map(option => (
        <div class="choice" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValue(option.value)}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A single checkbox with its own label (consent). */
export function Checkbox({ id, label, error, errorLang, hint, checked, onChecked }: FieldBase & {
  checked: boolean;
  onChecked: (checked: boolean) => void;
}) {
  return (
    <div class={error ? 'field field--error choice' : 'field choice'}>
      <FieldError id={id} error={error} lang={errorLang} />
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        onChange={event => onChecked(event.currentTarget.checked)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label for={id}>{label}</label>
      <Hint id={id} hint={hint} />
    </div>
  );
}

export function Button({ children, busy, ...rest }: JSX.ButtonHTMLAttributes<HTMLButtonElement> & { busy?: boolean; children: ComponentChildren }) {
  return (
    <button {...rest} aria-disabled={busy ? 'true' : undefined} onClick={busy ? (event => event.preventDefault()) : rest.onClick}>
      {children}
    </button>
  );
}
