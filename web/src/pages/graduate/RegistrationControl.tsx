import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { ApiError } from '../../api/http';
import type { Fair } from '../../api/types';
import { Button } from '../../components/fields';
import { problemFor, type FormProblem } from '../../components/form';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';

/**
 * Registration for a fair that has not opened yet (POST /api/fairs/{id}/register, state from GET): registered graduates
 * are reminded before it opens. At a priority-groups-only session a graduate without a consented
 * group of the fair's gets a 403: our neutral sentence and the server's own, nothing more.
 */
export function RegistrationControl({ fair, headingId }: { fair: Fair; headingId?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const state = useLoad(() => api.registration(fair.fairId).then(found => found ?? null), [fair.fairId]);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const id = `register-${fair.fairId}`;

  const register = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await api.registerForFair(fair.fairId);
      state.setData(answer ?? null);
      announce(t('registration.done', { title: fair.title }));
      // The button is gone: the sentence that replaced it takes focus.
      setTimeout(() => document.getElementById(`${id}-state`)?.focus(), 0);
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        setProblem({ message: t('registration.forbidden'), serverText: error.problem.detail });
      } else if (error instanceof ApiError && error.status === 409) {
        setProblem({ message: t('registration.closed'), serverText: error.problem.detail });
      } else {
        setProblem(problemFor(i18n, error));
      }
    } finally {
      setBusy(false);
    }
  };

  if (state.loading || state.data === undefined) {
    return null;
  }

  return (
    <div class="registration" id={id}>
      {fair.eligibility === 'priority-groups-only' ? <p class="hint">{t('registration.priorityOnly')}</p> : null}
      {state.data ? (
        <p id={`${id}-state`} tabIndex={-1}>
          <span aria-hidden="true">✓ </span>{t('registration.registered', { date: i18n.dateTime(state.data.registeredAt) })}
        </p>
      ) : fair.status === 'closed' ? null : (
        <Button type="button" class="primary" busy={busy} onClick={() => void register()}
          aria-describedby={headingId}>
          {busy ? t('form.sending') : t('registration.register')}<span class="visually-hidden"> {fair.title}</span>
        </Button>
      )}
      <ProblemNotice problem={problem} />
    </div>
  );
}
