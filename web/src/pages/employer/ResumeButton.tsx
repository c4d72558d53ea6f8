import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { ApiError, NetworkError } from '../../api/http';
import { useI18n } from '../../i18n/context';

/**
 * Downloads a waiting or invited graduate's résumé (GET /api/graduates/{id}/resume); the graduate
 * sees the read in their access log. No résumé, or no right to it, is said in words beside the button.
 */
export function ResumeButton({ graduateId, name }: { graduateId: string; name: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const messageId = `resume-${graduateId}-message`;

  const open = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const file = await api.graduateResume(graduateId);
      if (!file) {
        setMessage(t('candidateResume.none', { name }));
        return;
      }

      const url = URL.createObjectURL(file.blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName ?? 'resume.pdf';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      announce(t('candidateResume.downloaded', { name }));
    } catch (error) {
      if (error instanceof NetworkError) {
        // On Azure storage the answer is a redirect to a short-lived link another origin serves: follow it as a page would.
        location.assign(`/api/graduates/${encodeURIComponent(graduateId)}/resume`);
        return;
      }

      setMessage(error instanceof ApiError && error.status === 403 ? t('candidateResume.forbidden', { name }) : t('error.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span class="resume-button">
      <button type="button" class="link-button" aria-disabled={busy ? 'true' : undefined} onClick={() => void (busy ? undefined : open())}
        aria-describedby={message ? messageId : undefined}>
        {t('candidateResume.open')}<span class="visually-hidden"> {name}</span>
      </button>
      {message ? <span id={messageId} class="hint" role="status"> {message}</span> : null}
    </span>
  );
}
