import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/api';
import type { MyInvitation } from '../../api/types';
import { navigate } from '../../app/router';
import { Countdown } from '../../components/Countdown';
import { problemFor, type FormProblem } from '../../components/form';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useI18n } from '../../i18n/context';

interface Props {
  invitation: MyInvitation;
  /** The dialog is shown (modal) when true; closing it with Escape keeps the invitation, in a banner. */
  open: boolean;
  onHide: () => void;
  /** The invitation is answered or gone: the caller forgets it. */
  onDone: (how: 'accepted' | 'declined' | 'gone') => void;
}

/**
 * The invitation to an interview: a modal dialog (the browser's <dialog>: focus moves into it and
 * stays there, Escape hides it) with the company, a countdown whose 60/30/10-second marks are
 * said through the dialog's own polite live region, and accept or decline.
 */
export function InvitationDialog({ invitation, open, onHide, onDone }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const dialog = useRef<HTMLDialogElement>(null);
  const [spoken, setSpoken] = useState('');
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const finished = expired || problem !== undefined;

  // The accept button is gone once the invitation cannot be accepted: focus what replaced it.
  useEffect(() => {
    if (finished && dialog.current?.open) {
      closeButton.current?.focus();
    }
  }, [finished]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) {
      return;
    }

    if (open && !element.open) {
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  useEffect(() => {
    setProblem(undefined);
    setExpired(false);
    setSpoken('');
  }, [invitation.invitationId]);

  const accept = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await api.accept(invitation.invitationId);
      onDone('accepted');
      if (answer) {
        navigate(`/graduate/rooms/${encodeURIComponent(answer.roomId)}`);
      }
    } catch (error) {
      setProblem(problemFor(i18n, error, { conflict: 'invite.conflict' }));
    } finally {
      setBusy(false);
    }
  };

  const decline = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await api.decline(invitation.invitationId);
      onDone('declined');
    } catch (error) {
      setProblem(problemFor(i18n, error, { conflict: 'invite.conflict' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="invite-title" aria-describedby="invite-body"
      onClose={() => onHide()}>
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p id="invite-body">{t('invite.body', { company: invitation.companyName })}</p>
      {expired ? (
        <p><strong>{t('invite.expiredHere')}</strong></p>
      ) : (
        <Countdown expiresAt={invitation.expiresAt} label={t('invite.timeLeft')}
          onMark={seconds => setSpoken(t('invite.secondsLeft', { seconds }))}
          onExpired={() => {
            setExpired(true);
            setSpoken(t('invite.expiredHere'));
          }} />
      )}
      <p class="visually-hidden" role="status" aria-live="polite">{spoken}</p>
      <ProblemNotice problem={problem} />
      <div class="actions">
        {finished ? null : (
          <button type="button" class="primary" autofocus onClick={busy ? undefined : () => void accept()} aria-disabled={busy ? 'true' : undefined}>
            {t('invite.accept')}
          </button>
        )}
        {finished ? (
          <button type="button" ref={closeButton} onClick={() => onDone('gone')}>{t('invite.close')}</button>
        ) : (
          <button type="button" onClick={busy ? undefined : () => void decline()} aria-disabled={busy ? 'true' : undefined}>
            {t('invite.decline')}
          </button>
        )}
      </div>
    </dialog>
  );
}
