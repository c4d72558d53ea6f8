import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { Link } from '../../app/router';
import { api } from '../../api/api';
import { priorityGroups, themes, type Fair, type PriorityGroup, type Theme } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, CheckboxGroup, SelectField, TextArea, TextField } from '../../components/fields';
import { problemFor, requireFields, useForm, type FieldErrors, type FormProblem } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useLoad } from '../../components/useLoad';
import { fromLocalInput } from '../../i18n/format';
import { useI18n } from '../../i18n/context';

export function FairsAdmin() {
  const { t } = useI18n();
  const fairs = useLoad(() => api.fairs().then(list => list ?? []));
  return (
    <Page title={t('fairsAdmin.pageTitle')}>
      <NewFairForm onCreated={() => void fairs.reload()} />
      <section aria-labelledby="fairs-list">
        <h2 id="fairs-list">{t('fairsAdmin.list')}</h2>
        <LoadState loading={fairs.loading} problem={fairs.problem} />
        {fairs.data && fairs.data.length === 0 ? <p>{t('fairs.none')}</p> : null}
        <ul class="cards">
          {fairs.data?.map(fair => <FairAdminCard key={fair.fairId} fair={fair} onChanged={() => void fairs.reload()} />)}
        </ul>
      </section>
    </Page>
  );
}

function FairAdminCard({ fair, onChanged }: { fair: Fair; onChanged: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const change = async (action: 'open' | 'close') => {
    setProblem(undefined);
    try {
      await (action === 'open' ? api.openFair(fair.fairId) : api.closeFair(fair.fairId));
      announce(t(action === 'open' ? 'fairsAdmin.opened' : 'fairsAdmin.closed', { title: fair.title }));
      onChanged();
    } catch (error) {
      setProblem(problemFor(i18n, error));
    }
  };

  const headingId = `fair-${fair.fairId}`;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}><Link href={`/organiser/fairs/${encodeURIComponent(fair.fairId)}`}>{fair.title}</Link></h3>
      <dl class="facts">
        <div><dt>{t('fair.status')}</dt><dd><span class={`status status--${fair.status}`}>{t(`fairStatus.${fair.status}`)}</span></dd></div>
        <div><dt>{t('fair.theme')}</dt><dd>{t(`theme.${fair.theme}`)}</dd></div>
        <div><dt>{t('fair.opensAt')}</dt><dd><time dateTime={fair.opensAt}>{i18n.dateTime(fair.opensAt)}</time></dd></div>
        <div><dt>{t('fair.closesAt')}</dt><dd><time dateTime={fair.closesAt}>{i18n.dateTime(fair.closesAt)}</time></dd></div>
        <div><dt>{t('fair.booths')}</dt><dd>{fair.booths.length}</dd></div>
        <div><dt>{t('dashboard.totalWaiting')}</dt><dd>{t('booth.waitingValue', { count: fair.booths.reduce((sum, booth) => sum + booth.waiting, 0) })}</dd></div>
      </dl>
      <p><Link href={`/organiser/fairs/${encodeURIComponent(fair.fairId)}`}>{t('fairsAdmin.dashboard')}<span class="visually-hidden"> {fair.title}</span></Link></p>
      <ProblemNotice problem={problem} />
      <div class="actions">
        {fair.status !== 'open' && fair.status !== 'closed' ? (
          <button type="button" class="primary" onClick={() => void change('open')}>
            {t('fairsAdmin.open')}<span class="visually-hidden"> {fair.title}</span>
          </button>
        ) : null}
        {fair.status === 'open' ? (
          <button type="button" class="danger" onClick={() => void change('close')}>
            {t('fairsAdmin.close')}<span class="visually-hidden"> {fair.title}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}

const emptyFair = { title: '', theme: 'general', opensAt: '', closesAt: '', priorityGroups: [] as string[], description: '' };

function NewFairForm({ onCreated }: { onCreated: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm(emptyFair);
  const [created, setCreated] = useState(false);
  const fields = ['title', 'theme', 'opensAt', 'closesAt', 'priorityGroups', 'description']
    .map(name => ({ name, id: `fair-new-${name}`, label: t(`fairsAdmin.${name}` as 'fairsAdmin.title') }));

  const validate = (values: typeof emptyFair): FieldErrors => {
    const errors = requireFields(i18n, values, ['title', 'theme', 'opensAt', 'closesAt']);
    if (!errors.opensAt && !errors.closesAt && values.closesAt <= values.opensAt) {
      errors.closesAt = t('fairsAdmin.closesAfterOpens');
    }

    return errors;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setCreated(false);
    const sent = await form.submit(i18n, async values => {
      await api.createFair({
        title: values.title.trim(),
        theme: values.theme as Theme,
        opensAt: fromLocalInput(values.opensAt) ?? values.opensAt,
        closesAt: fromLocalInput(values.closesAt) ?? values.closesAt,
        ...(values.priorityGroups.length > 0 ? { priorityGroups: values.priorityGroups as PriorityGroup[] } : {}),
        ...(values.description.trim() ? { description: values.description.trim() } : {}),
      });
    }, validate);
    if (sent) {
      setCreated(true);
      announce(t('fairsAdmin.created'));
      form.setValues(emptyFair);
      onCreated();
    }
  };

  const e = form.errors;
  return (
    <section aria-labelledby="fair-new">
      <h2 id="fair-new">{t('fairsAdmin.newTitle')}</h2>
      {created ? <Notice kind="success"><p>{t('fairsAdmin.created')}</p></Notice> : null}
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <TextField id="fair-new-title" label={t('fairsAdmin.title')} required
          value={form.values.title} onValue={v => form.set('title', v)} error={e.title} errorLang={form.errorLang} />
        <SelectField id="fair-new-theme" label={t('fairsAdmin.theme')} hint={t('fairsAdmin.themeHint')} required
          options={themes.map(theme => ({ value: theme, label: t(`theme.${theme}`) }))}
          value={form.values.theme} onValue={v => form.set('theme', v)} error={e.theme} errorLang={form.errorLang} />
        <TextField id="fair-new-opensAt" label={t('fairsAdmin.opensAt')} type="datetime-local" required hint={t('fairsAdmin.timeHint')}
          value={form.values.opensAt} onValue={v => form.set('opensAt', v)} error={e.opensAt} errorLang={form.errorLang} />
        <TextField id="fair-new-closesAt" label={t('fairsAdmin.closesAt')} type="datetime-local" required
          value={form.values.closesAt} onValue={v => form.set('closesAt', v)} error={e.closesAt} errorLang={form.errorLang} />
        <CheckboxGroup id="fair-new-priorityGroups" label={t('fairsAdmin.priorityGroups')} hint={t('fairsAdmin.priorityGroupsHint')}
          options={priorityGroups.map(group => ({ value: group, label: t(`priorityGroup.${group}`) }))}
          values={form.values.priorityGroups} onValues={v => form.set('priorityGroups', v)} error={e.priorityGroups} errorLang={form.errorLang} />
        <TextArea id="fair-new-description" label={t('fairsAdmin.description')}
          value={form.values.description} onValue={v => form.set('description', v)} error={e.description} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('fairsAdmin.create')}</Button>
      </form>
    </section>
  );
}
