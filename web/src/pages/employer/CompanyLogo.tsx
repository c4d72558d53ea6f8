import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { logoMaxBytes, type Company } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { Button } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/i18n';
import type { FileProblem } from '../../uploads/checks';
import { useUploadForm } from '../../uploads/useUploadForm';

const logoWords: Record<FileProblem, MessageKey> = { required: 'logo.required', tooLarge: 'logo.tooLarge', wrongType: 'logo.notImage' };

/** The company's logo (GET /api/companies/{id}/logo) and its upload (PUT, PNG or JPEG, 1 MB). */
export function CompanyLogo({ company }: { company: Company }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(() => String(Date.now()));
  const [shown, setShown] = useState<'loading' | 'shown' | 'none'>('loading');
  const [done, setDone] = useState(false);
  const inputId = `logo-${company.companyId}`;
  const { setFile, inputKey, errors, problem, attempt, busy, onSubmit } = useUploadForm({
    words: logoWords,
    maxBytes: logoMaxBytes,
    types: ['image/png', 'image/jpeg'],
    extensions: ['.png', '.jpg', '.jpeg'],
    upload: (file: File) => api.uploadLogo(company.companyId, file),
    onStart: () => setDone(false),
    onUploaded: answer => {
      setDone(true);
      announce(t('logo.uploaded'));
      setShown('loading');
      setVersion(answer?.uploadedAt ?? String(Date.now()));
    },
  });

  return (
    <section aria-labelledby={`${inputId}-title`} class="logo-section">
      <h3 id={`${inputId}-title`}>{t('logo.title')}</h3>
      <p class={shown === 'shown' ? 'logo' : 'visually-hidden'}>
        <img
          key={version}
          src={api.logoUrl(company.companyId, version)}
          alt={shown === 'shown' ? t('logo.alt', { name: company.name }) : ''}
          onLoad={() => setShown('shown')}
          onError={() => setShown('none')}
        />
      </p>
      {shown === 'none' ? <p id={`${inputId}-none`}>{t('logo.none')}</p> : null}
      {done ? <Notice kind="success"><p>{t('logo.uploaded')}</p></Notice> : null}
      <ErrorSummary fields={[{ name: 'file', id: inputId, label: t('logo.choose') }]} errors={errors} problem={problem} attempt={attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <FileField id={inputId} label={t('logo.choose')} hint={t('logo.hint')} accept="image/png,image/jpeg"
          error={errors.file} onFile={setFile} inputKey={inputKey} />
        <Button type="submit" busy={busy}>{busy ? t('form.sending') : t('logo.submit')}</Button>
      </form>
    </section>
  );
}
