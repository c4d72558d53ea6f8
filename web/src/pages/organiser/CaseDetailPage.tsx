import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { organiserStatuses, serviceKinds, type CaseDetail, type ServiceKind } from '../../api/types';
import { Link } from '../../app/router';
import { needsEmployment, parseServiceCount, statusBody, validateStatusForm, type StatusFormValues } from '../../casework/statusForm';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, SelectField, TextArea, TextField } from '../../components/fields';
import { useForm, type FieldErrors } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { lackingText } from './CasesPage';

/** The "1311" minimums: 1 guidance, 3 recommendations, 1 training, 1 internship. */
const minimums: Record<ServiceKind, number | undefined> = { guidance: 1, recommendation: 3, training: 1, internship: 1, other: undefined };

/** One graduate's case (GET /api/cases/{id}): facts, "1311+N" services, history, follow-ups, and the forms that change it. */
export function CaseDetailPage({ graduateId }: { graduateId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad(() => api.caseDetail(graduateId), [graduateId]);
  const item = loaded.data;

  return (
    <Page title={item ? t('case.title', { name: item.fullName }) : t('case.titleLoading')}>
      <p><Link href="/organiser/cases">{t('case.back')}</Link></p>
      <LoadState loading={loaded.loading} problem={loaded.problem} />
      {item ? (
        <>
          <CaseFacts item={item} />
          <ServicesSection item={item} />
          <StatusForm item={item} onSaved={next => loaded.setData(next)} />
          <ServiceForm item={item} onSaved={next => loaded.setData(next)} />
          <HistorySection item={item} />
          <FollowUpsSection item={item} />
        </>
      ) : null}
    </Page>
  );
}

function CaseFacts({ item }: { item: CaseDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const separator = i18n.lang === 'en' ? ', ' : '、';
  return (
    <section aria-labelledby="case-facts" class="card">
      <h2 id="case-facts">{t('case.facts')}</h2>
      <dl class="facts">
        <div><dt>{t('case.status')}</dt><dd id="case-status"><span class={`status status--case-${item.status}`}>{t(`caseStatus.${item.status}`)}</span></dd></div>
        {item.employment ? (
          <div><dt>{t('case.employment')}</dt><dd id="case-employment">{t('case.employmentValue', { employer: item.employment.employer, date: formatDate(i18n.lang, item.employment.date) })}</dd></div>
        ) : null}
        <div><dt>{t('case.university')}</dt><dd>{item.university}</dd></div>
        <div><dt>{t('case.discipline')}</dt><dd>{t(`discipline.${item.discipline}`)}</dd></div>
        <div><dt>{t('case.degree')}</dt><dd>{t(`degree.${item.degree}`)}</dd></div>
        <div><dt>{t('case.graduationYear')}</dt><dd>{item.graduationYear}</dd></div>
        <div><dt>{t('case.city')}</dt><dd>{item.city}</dd></div>
        <div><dt>{t('case.openedAt')}</dt><dd><time dateTime={item.openedAt}>{i18n.dateTime(item.openedAt)}</time></dd></div>
        <div><dt>{t('case.lastContact')}</dt><dd>{item.lastContactAt ? <time dateTime={item.lastContactAt}>{i18n.dateTime(item.lastContactAt)}</time> : t('cases.never')}</dd></div>
        {item.followUpDueAt ? <div><dt>{t('case.followUpDue')}</dt><dd><time dateTime={item.followUpDueAt}>{i18n.dateTime(item.followUpDueAt)}</time></dd></div> : null}
        <div>
          <dt>{t('case.priorityGroups')}</dt>
          <dd>
            {item.priorityGroups.length > 0 ? item.priorityGroups.map(group => t(`priorityGroup.${group}`)).join(separator) : t('case.priorityNone')}
          </dd>
        </div>
      </dl>
      <p class="hint">{t('case.priorityNote')}</p>
    </section>
  );
}

function ServicesSection({ item }: { item: CaseDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="case-services">
      <h2 id="case-services">{t('case.services')}</h2>
      <p id="case-1311">
        {item.services.meets1311 ? t('case.meets1311') : t('case.lacks1311', { list: lackingText(i18n, item.lacking) })}
        {' '}{t('case.pushed', { count: item.recommendationsPushed })}
      </p>
      <table class="table" id="case-services-table">
        <caption>{t('case.servicesCaption')}</caption>
        <thead>
          <tr><th scope="col">{t('case.kind')}</th><th scope="col">{t('case.received')}</th><th scope="col">{t('case.required')}</th></tr>
        </thead>
        <tbody>
          {serviceKinds.map(kind => {
            const minimum = minimums[kind];
            const short = minimum !== undefined && item.services[kind] < minimum;
            return (
              <tr key={kind}>
                <th scope="row">{t(`serviceKind.${kind}`)}</th>
                <td>{short ? <><span aria-hidden="true">⚠ </span>{item.services[kind]}</> : item.services[kind]}</td>
                <td>{minimum ?? t('case.noMinimum')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

const emptyStatus: StatusFormValues = { status: '', employer: '', date: '', note: '' };

function StatusForm({ item, onSaved }: { item: CaseDetail; onSaved: (next: CaseDetail) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm<StatusFormValues & Record<string, unknown>>({ ...emptyStatus });
  const [saved, setSaved] = useState<string | undefined>();
  const fields = [
    { name: 'status', id: 'case-status-status', label: t('caseStatusForm.status') },
    { name: 'employer', id: 'case-status-employer', label: t('caseStatusForm.employer') },
    { name: 'date', id: 'case-status-date', label: t('caseStatusForm.date') },
    { name: 'note', id: 'case-status-note', label: t('caseStatusForm.note') },
  ];
  const employment = needsEmployment(form.values.status);

  const validate = (values: StatusFormValues): FieldErrors => {
    const found = validateStatusForm(values, item.status);
    const errors: FieldErrors = {};
    for (const [name, problem] of Object.entries(found)) {
      errors[name] = problem === 'dateFormat' ? t('caseStatusForm.dateFormat') : problem === 'noteNeeded' ? t('caseStatusForm.noteNeeded') : t('form.required');
    }

    return errors;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    let next: CaseDetail | undefined;
    const sent = await form.submit(i18n, async values => {
      next = await api.recordStatus(item.graduateId, statusBody(values));
    }, validate, { conflict: 'caseStatusForm.conflict' });
    if (sent && next) {
      const text = t('caseStatusForm.saved', { name: item.fullName, status: t(`caseStatus.${next.status}`) });
      setSaved(text);
      announce(text);
      form.setValues({ ...emptyStatus });
      onSaved(next);
    }
  };

  const e = form.errors;
  return (
    <section aria-labelledby="case-status-form">
      <h2 id="case-status-form">{t('caseStatusForm.title')}</h2>
      {saved ? <Notice kind="success"><p id="case-status-saved">{saved}</p></Notice> : null}
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <SelectField id="case-status-status" label={t('caseStatusForm.status')} hint={t('caseStatusForm.statusHint')} required
          placeholder={t('form.choose')}
          options={organiserStatuses.map(status => ({ value: status, label: t(`caseStatus.${status}`) }))}
          value={form.values.status} onValue={v => form.set('status', v as StatusFormValues['status'])} error={e.status} errorLang={form.errorLang} />
        <TextField id="case-status-employer" label={t('caseStatusForm.employer')} hint={t('caseStatusForm.employmentHint')} required={employment}
          autoComplete="organization"
          value={form.values.employer} onValue={v => form.set('employer', v)} error={e.employer} errorLang={form.errorLang} />
        <TextField id="case-status-date" label={t('caseStatusForm.date')} hint={t('caseStatusForm.employmentHint')} required={employment}
          type="date"
          value={form.values.date} onValue={v => form.set('date', v)} error={e.date} errorLang={form.errorLang} />
        <TextArea id="case-status-note" label={t('caseStatusForm.note')} hint={t('caseStatusForm.noteHint')} maxLength={2000}
          value={form.values.note} onValue={v => form.set('note', v)} error={e.note} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('caseStatusForm.submit')}</Button>
      </form>
    </section>
  );
}

const emptyService = { kind: '', count: '1', note: '' };

function ServiceForm({ item, onSaved }: { item: CaseDetail; onSaved: (next: CaseDetail) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm({ ...emptyService });
  const [saved, setSaved] = useState<string | undefined>();
  const fields = [
    { name: 'kind', id: 'case-service-kind', label: t('caseServiceForm.kind') },
    { name: 'count', id: 'case-service-count', label: t('caseServiceForm.count') },
    { name: 'note', id: 'case-service-note', label: t('caseServiceForm.note') },
  ];

  const validate = (values: typeof emptyService): FieldErrors => {
    const errors: FieldErrors = {};
    if (!values.kind) {
      errors.kind = t('form.required');
    }

    if (parseServiceCount(values.count) === undefined) {
      errors.count = t('caseServiceForm.countInvalid');
    }

    return errors;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    let next: CaseDetail | undefined;
    const values = form.values;
    const sent = await form.submit(i18n, async current => {
      next = await api.recordService(item.graduateId, {
        kind: current.kind as ServiceKind,
        count: parseServiceCount(current.count)!,
        ...(current.note.trim() ? { note: current.note.trim() } : {}),
      });
    }, validate);
    if (sent && next) {
      const text = t('caseServiceForm.saved', { name: item.fullName, kind: t(`serviceKind.${values.kind as ServiceKind}`), count: values.count.trim() });
      setSaved(text);
      announce(text);
      form.setValues({ ...emptyService });
      onSaved(next);
    }
  };

  const e = form.errors;
  return (
    <section aria-labelledby="case-service-form">
      <h2 id="case-service-form">{t('caseServiceForm.title')}</h2>
      {saved ? <Notice kind="success"><p>{saved}</p></Notice> : null}
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <SelectField id="case-service-kind" label={t('caseServiceForm.kind')} required placeholder={t('form.choose')}
          options={serviceKinds.map(kind => ({ value: kind, label: t(`serviceKind.${kind}`) }))}
          value={form.values.kind} onValue={v => form.set('kind', v)} error={e.kind} errorLang={form.errorLang} />
        <TextField id="case-service-count" label={t('caseServiceForm.count')} hint={t('caseServiceForm.countHint')} required
          inputMode="numeric"
          value={form.values.count} onValue={v => form.set('count', v)} error={e.count} errorLang={form.errorLang} />
        <TextArea id="case-service-note" label={t('caseServiceForm.note')} maxLength={2000}
          value={form.values.note} onValue={v => form.set('note', v)} error={e.note} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('caseServiceForm.submit')}</Button>
      </form>
    </section>
  );
}

function HistorySection({ item }: { item: CaseDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const serviceRecords = item.serviceRecords;
  return (
    <>
      <section aria-labelledby="case-history">
        <h2 id="case-history">{t('case.history')}</h2>
        {item.history.length === 0 ? <p>{t('case.historyNone')}</p> : (
          <table class="table" id="case-history-table">
            <caption>{t('case.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.col.at')}</th>
                <th scope="col">{t('case.col.change')}</th>
                <th scope="col">{t('case.col.actor')}</th>
                <th scope="col">{t('case.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {item.history.map((change, index) => (
                <tr key={`${change.at}-${index}`}>
                  <td><time dateTime={change.at}>{i18n.dateTime(change.at)}</time></td>
                  <td>
                    {t('case.change', { from: t(`caseStatus.${change.from}`), to: t(`caseStatus.${change.to}`) })}
                    {change.employment ? <><br />{t('case.employmentValue', { employer: change.employment.employer, date: formatDate(i18n.lang, change.employment.date) })}</> : null}
                  </td>
                  <td>{change.actor === 'engine' ? t('case.actor.engine') : t('case.actor.organiser')}</td>
                  <td>{change.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="case-service-records">
        <h2 id="case-service-records">{t('case.serviceRecords')}</h2>
        {serviceRecords.length === 0 ? <p>{t('case.serviceRecordsNone')}</p> : (
          <table class="table">
            <caption>{t('case.serviceRecordsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.col.at')}</th>
                <th scope="col">{t('case.col.kind')}</th>
                <th scope="col">{t('case.col.count')}</th>
                <th scope="col">{t('case.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {serviceRecords.map((record, index) => (
                <tr key={`${record.at}-${index}`}>
                  <td><time dateTime={record.at}>{i18n.dateTime(record.at)}</time></td>
                  <td>{t(`serviceKind.${record.kind}`)}</td>
                  <td>{record.count}</td>
                  <td>{record.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function FollowUpsSection({ item }: { item: CaseDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="case-follow-ups">
      <h2 id="case-follow-ups">{t('case.followUps')}</h2>
      {item.followUps.length === 0 ? <p>{t('case.followUpsNone')}</p> : (
        <ul>
          {item.followUps.map(followUp => (
            <li key={followUp.followUpId}>
              {followUp.open || !followUp.completedAt
                ? <>{t('case.followUpOpen', { date: i18n.dateTime(followUp.dueAt) })} · <Link href="/organiser/follow-ups">{t('followUps.title')}</Link></>
                : t('case.followUpDone', { date: i18n.dateTime(followUp.completedAt), channel: followUp.channel ? t(`channel.${followUp.channel}`) : t('channel.other') })}
              {followUp.note ? <> — {followUp.note}</> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
