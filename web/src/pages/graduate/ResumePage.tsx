import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { resumeMaxBytes } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { Button } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import { formatBytes } from '../../i18n/format';
import type { MessageKey } from '../../i18n/i18n';
import type { FileProblem } from '../../uploads/checks';
import { useUploadForm } from '../../uploads/useUploadForm';

const resumeWords: Record<FileProblem, MessageKey> = { required: 'resume.required', tooLarge: 'resume.tooLarge', wrongType: 'resume.notPdf' };

interface CurrentResume {
  fileName: string;
  length: number;
  url: string;
}

/** The graduate's résumé: the current one, an upload (PDF, 5 MB) and who read it (GET /api/me/resume/access-log). */
export function ResumePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const current = useLoad<CurrentResume | null>(async () => {
    const file = await api.myResume();
    return file ? { fileName: file.fileName ?? 'resume.pdf', length: file.blob.size, url: URL.createObjectURL(file.blob) } : null;
  });
  const log = useLoad(() => api.resumeAccessLog().then(list => list ?? []));
  const [uploaded, setUploaded] = useState<string | undefined>();

  useEffect(() => () => {
    if (current.data) {
      URL.revokeObjectURL(current.data.url);
    }
  }, [current.data]);

  const { setFile, inputKey, errors, problem, attempt, busy, onSubmit } = useUploadForm({
    words: resumeWords,
    maxBytes: resumeMaxBytes,
    types: ['application/pdf'],
    extensions: ['.pdf'],
    upload: api.uploadResume,
    onStart: () => setUploaded(undefined),
    onUploaded: (answer, file) => {
      const text = t('resume.uploaded', { name: answer?.fileName ?? file.name });
      setUploaded(text);
      announce(text);
      void current.reload();
    },
  });

  return (
    <Page title={t('resume.title')}>
      <p>{t('resume.intro')}</p>
      <section aria-labelledby="resume-current" class="card">
        <h2 id="resume-current">{t('resume.current')}</h2>
        <LoadState loading={current.loading} problem={current.problem} />
        {current.data === null ? <p id="resume-none">{t('resume.none')}</p> : null}
        {current.data ? (
          <p id="resume-file">
            {t('resume.file', { name: current.data.fileName, size: formatBytes(i18n.lang, current.data.length) })}{' '}
            <a href={current.data.url} download={current.data.fileName}>{t('resume.download')}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="resume-upload">
        <h2 id="resume-upload">{t('resume.upload')}</h2>
        {uploaded ? <Notice kind="success"><p id="resume-uploaded">{uploaded}</p></Notice> : null}
        <ErrorSummary fields={[{ name: 'file', id: 'resume-file-input', label: t('resume.choose') }]} errors={errors} problem={problem} attempt={attempt} />
        <form class="form" noValidate onSubmit={onSubmit}>
          <FileField id="resume-file-input" label={t('resume.choose')} hint={t('resume.hint')} accept="application/pdf,.pdf"
            error={errors.file} onFile={setFile} inputKey={inputKey} />
          <Button type="submit" class="primary" busy={busy}>{busy ? t('form.sending') : t('resume.submit')}</Button>
        </form>
      </section>

      <section aria-labelledby="resume-log">
        <h2 id="resume-log">{t('resume.log')}</h2>
        <LoadState loading={log.loading} problem={log.problem} />
        {log.data && log.data.length === 0 ? <p id="resume-log-none">{t('resume.logNone')}</p> : null}
        {log.data && log.data.length > 0 ? (
          <table class="table" id="resume-log-table">
            <caption>{t('resume.logCaption')}</caption>
            <thead>
              <tr><th scope="col">{t('resume.col.company')}</th><th scope="col">{t('resume.col.employer')}</th><th scope="col">{t('resume.col.at')}</th></tr>
            </thead>
            <tbody>
              {log.data.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <th scope="row">{entry.companyName}</th>
                  <td>{entry.employerName}</td>
                  <td><time dateTime={entry.at}>{i18n.dateTime(entry.at)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </Page>
  );
}
