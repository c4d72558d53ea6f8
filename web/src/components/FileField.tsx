import { useI18n } from '../i18n/context';
import { FieldError } from './fields';

/** A labelled file input with its hint and error tied to it (aria-describedby). */
export function FileField({ id, label, hint, error, errorLang, accept, onFile, inputKey }: {
  id: string;
  label: string;
  hint: string;
  error?: string | undefined;
  errorLang?: string | undefined;
  accept: string;
  onFile: (file: File | undefined) => void;
  /** Changes to empty the input after an upload. */
  inputKey?: number;
}) {
  const { t } = useI18n();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}<span class="required">{t('form.requiredMark')}</span></label>
      <p id={`${id}-hint`} class="hint">{hint}</p>
      <FieldError id={id} error={error} lang={errorLang} />
      <input
        key={inputKey}
        type="file"
        id={id}
        name={id}
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        aria-required="true"
        onChange={event => onFile(event.currentTarget.files?.[0] ?? undefined)}
      />
    </div>
  );
}
