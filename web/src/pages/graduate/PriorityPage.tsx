import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { priorityGroups, type Priority, type PriorityGroup } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, Checkbox, CheckboxGroup } from '../../components/fields';
import { problemFor, useForm, type FieldErrors, type FormProblem } from '../../components/form';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/context';

export function PriorityPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [current, setCurrent] = useState<Priority | undefined>();
  const [loadProblem, setLoadProblem] = useState<FormProblem | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawProblem, setWithdrawProblem] = useState<FormProblem | undefined>();
  const [message, setMessage] = useState<'saved' | 'withdrawn' | undefined>();
  const status = useRef<HTMLHeadingElement>(null);
  const confirmYes = useRef<HTMLButtonElement>(null);
  const form = useForm({ groups: [] as string[], consent: false });

  const load = async () => {
    try {
      const priority = await api.getPriority();
      setCurrent(priority ?? { groups: [], consentedAt: null });
      form.setValues({ groups: [...(priority?.groups ?? [])], consent: false });
    } catch (error) {
      setLoadProblem(problemFor(i18n, error));
    }
  };

  useEffect(() => void load(), []);
  useEffect(() => {
    if (confirming) {
      confirmYes.current?.focus();
    }
  }, [confirming]);

  const fields = [
    { name: 'groups', id: 'priority-groups', label: t('priority.groups') },
    { name: 'consent', id: 'priority-consent', label: t('priority.consentShort') },
  ];

  const validate = (values: typeof form.values): FieldErrors => {
    const errors: FieldErrors = {};
    if (values.groups.length === 0) {
      errors.groups = t('priority.chooseGroup');
    }

    if (!values.consent) {
      errors.consent = t('priority.consentRequired');
    }

    return errors;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setMessage(undefined);
    const sent = await form.submit(i18n, values => api.putPriority(values.groups as PriorityGroup[], values.consent), validate);
    if (sent) {
      await load();
      setMessage('saved');
      announce(t('priority.savedMessage'));
      status.current?.focus();
    }
  };

  const withdraw = async () => {
    setWithdrawing(true);
    setWithdrawProblem(undefined);
    try {
      await api.withdrawPriority();
      setConfirming(false);
      await load();
      setMessage('withdrawn');
      announce(t('priority.withdrawnMessage'));
      status.current?.focus();
    } catch (error) {
      setWithdrawProblem(problemFor(i18n, error));
    } finally {
      setWithdrawing(false);
    }
  };

  const consented = current?.consentedAt != null && current.groups.length > 0;

  return (
    <Page title={t('priority.title')}>
      <section aria-labelledby="priority-what" class="explain">
        <h2 id="priority-what">{t('priority.whatTitle')}</h2>
        <p>{t('priority.what1')}</p>
        <ul>
          <li>{t('priority.use1')}</li>
          <li>{t('priority.use2')}</li>
          <li><strong>{t('priority.use3')}</strong></li>
          <li>{t('priority.use4')}</li>
        </ul>
        <p>{t('priority.optional')}</p>
      </section>

      <section aria-labelledby="priority-status">
        <h2 id="priority-status" tabIndex={-1} ref={status}>{t('priority.statusTitle')}</h2>
        {loadProblem ? <Notice kind="warning"><p>{loadProblem.message}</p></Notice> : null}
        {message === 'saved' ? <Notice kind="success"><p>{t('priority.savedMessage')}</p></Notice> : null}
        {message === 'withdrawn' ? <Notice kind="success"><p>{t('priority.withdrawnMessage')}</p></Notice> : null}
        {current === undefined && !loadProblem ? <p role="status">{t('app.loading')}</p> : null}
        {current !== undefined ? (
          consented ? (
            <div id="priority-current">
              <p>{t('priority.consentedOn', { date: i18n.dateTime(current.consentedAt!) })}</p>
              <ul>{current.groups.map(group => <li key={group}>{t(`priorityGroup.${group}`)}</li>)}</ul>
            </div>
          ) : <p id="priority-current">{t('priority.none')}</p>
        ) : null}
      </section>

      <section aria-labelledby="priority-form-title">
        <h2 id="priority-form-title">{consented ? t('priority.changeTitle') : t('priority.giveTitle')}</h2>
        <ErrorSummary fields={fields} errors={form.errors} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
        <form class="form" noValidate onSubmit={onSubmit}>
          <CheckboxGroup id="priority-groups" label={t('priority.groups')} hint={t('priority.groupsHint')}
            options={priorityGroups.map(group => ({ value: group, label: t(`priorityGroup.${group}`) }))}
            values={form.values.groups} onValues={v => form.set('groups', v)} error={form.errors.groups} errorLang={form.errorLang} />
          <Checkbox id="priority-consent" label={t('priority.consent')} hint={t('priority.consentHint')}
            checked={form.values.consent} onChecked={v => form.set('consent', v)} error={form.errors.consent} errorLang={form.errorLang} />
          <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('priority.save')}</Button>
        </form>
      </section>

      {consented ? (
        <section aria-labelledby="priority-withdraw-title">
          <h2 id="priority-withdraw-title">{t('priority.withdrawTitle')}</h2>
          <p>{t('priority.withdrawExplain')}</p>
          {withdrawProblem ? <Notice kind="warning"><p>{withdrawProblem.message}</p></Notice> : null}
          {confirming ? (
            <div class="confirm" role="group" aria-labelledby="priority-confirm-text">
              <p id="priority-confirm-text"><strong>{t('priority.withdrawConfirm')}</strong></p>
              <button type="button" class="danger" ref={confirmYes} aria-disabled={withdrawing ? 'true' : undefined}
                onClick={() => void (withdrawing ? undefined : withdraw())}>
                {t('priority.withdrawYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>{t('form.cancel')}</button>
            </div>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('priority.withdraw')}</button>
          )}
        </section>
      ) : null}
    </Page>
  );
}
