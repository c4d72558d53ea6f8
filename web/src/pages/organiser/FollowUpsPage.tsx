import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { followUpChannels, type FollowUp, type FollowUpChannel } from '../../api/types';
import { Link } from '../../app/router';
import { followUpsQuery, pageInfo, type FollowUpStatusFilter } from '../../casework/query';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, SelectField, TextArea, TextField } from '../../components/fields';
import { useForm, type FieldErrors } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';

const pageSize = 20;
const statuses: readonly FollowUpStatusFilter[] = ['open', 'completed', 'all'];

/** Follow-ups (GET /api/follow-ups): earliest due first; complete one with a channel and a note. */
export function FollowUpsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<FollowUpStatusFilter>('open');
  const [city, setCity] = useState('');
  const [applied, setApplied] = useState({ status: 'open' as FollowUpStatusFilter, city: '', offset: 0 });
  const query = followUpsQuery(applied.status, applied.city, applied.offset, pageSize);
  const list = useLoad(() => api.followUps(query), [query]);
  const [completing, setCompleting] = useState<FollowUp | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (done) {
      heading.current?.focus();
    }
  }, [done]);

  const onFilter = (event: Event) => {
    event.preventDefault();
    setApplied({ status, city, offset: 0 });
  };

  const data = list.data;
  const info = data ? pageInfo(data.total, data.offset, data.limit) : undefined;
  return (
    <Page title={t('followUps.title')}>
      <p>{t('followUps.intro')}</p>
      <section aria-labelledby="follow-ups-filters">
        <h2 id="follow-ups-filters">{t('followUps.filters')}</h2>
        <form class="form form--inline" role="search" aria-labelledby="follow-ups-filters" onSubmit={onFilter}>
          <SelectField id="follow-ups-status" label={t('followUps.show')}
            options={statuses.map(value => ({ value, label: t(`followUps.status.${value}`) }))}
            value={status} onValue={v => setStatus(v as FollowUpStatusFilter)} />
          <TextField id="follow-ups-city" label={t('followUps.city')} autoComplete="address-level2" value={city} onValue={setCity} />
          <div class="actions"><button type="submit" class="primary">{t('followUps.apply')}</button></div>
        </form>
      </section>

      {done ? <Notice kind="success"><h2 tabIndex={-1} ref={heading} class="notice__title">{done}</h2></Notice> : null}
      {completing ? (
        <CompleteForm followUp={completing} onCancel={() => setCompleting(undefined)} onDone={name => {
          setCompleting(undefined);
          const text = t('followUps.completed', { name });
          setDone(text);
          announce(text);
          void list.reload();
        }} />
      ) : null}

      <LoadState loading={list.loading} problem={list.problem} />
      {data && info ? (
        data.items.length === 0 ? <p id="follow-ups-none">{t('followUps.none')}</p> : (
          <>
            <div class="table-scroll">
              <table class="table" id="follow-ups-table">
                <caption>{t('followUps.caption', { first: info.first, last: info.last, total: info.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('followUps.col.name')}</th>
                    <th scope="col">{t('followUps.col.city')}</th>
                    <th scope="col">{t('followUps.col.status')}</th>
                    <th scope="col">{t('followUps.col.due')}</th>
                    <th scope="col">{t('followUps.col.lastContact')}</th>
                    <th scope="col">{t('followUps.col.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map(item => (
                    <tr key={item.followUpId}>
                      <th scope="row"><Link href={`/organiser/cases/${encodeURIComponent(item.graduateId)}`}>{item.fullName}</Link></th>
                      <td>{item.city}</td>
                      <td>{t(`caseStatus.${item.status}`)}</td>
                      <td><time dateTime={item.dueAt}>{i18n.dateTime(item.dueAt)}</time></td>
                      <td>{item.lastContactAt ? <time dateTime={item.lastContactAt}>{i18n.dateTime(item.lastContactAt)}</time> : t('cases.never')}</td>
                      <td>
                        {item.open ? (
                          <button type="button" onClick={() => { setDone(undefined); setCompleting(item); }}>
                            {t('followUps.complete')}<span class="visually-hidden"> {item.fullName}</span>
                          </button>
                        ) : t('followUps.done', {
                          date: item.completedAt ? i18n.dateTime(item.completedAt) : '',
                          channel: item.channel ? t(`channel.${item.channel}`) : t('channel.other'),
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {info.hasPrevious || info.hasNext ? (
              <nav aria-label={t('cases.pages')} class="actions">
                {info.hasPrevious ? <button type="button" onClick={() => setApplied({ ...applied, offset: info.previousOffset })}>{t('cases.previous')}</button> : null}
                {info.hasNext ? <button type="button" onClick={() => setApplied({ ...applied, offset: info.nextOffset })}>{t('cases.next')}</button> : null}
              </nav>
            ) : null}
          </>
        )
      ) : null}
    </Page>
  );
}

function CompleteForm({ followUp, onCancel, onDone }: { followUp: FollowUp; onCancel: () => void; onDone: (name: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm({ channel: '', note: '' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [followUp.followUpId]);
  const fields = [
    { name: 'channel', id: 'follow-up-channel', label: t('followUps.channel') },
    { name: 'note', id: 'follow-up-note', label: t('followUps.note') },
  ];

  const validate = (values: { channel: string }): FieldErrors => (values.channel ? {} : { channel: t('form.required') });
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const sent = await form.submit(i18n, async values => {
      await api.completeFollowUp(followUp.followUpId, {
        channel: values.channel as FollowUpChannel,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      });
    }, validate, { conflict: 'followUps.conflict' });
    if (sent) {
      onDone(followUp.fullName);
    }
  };

  const e = form.errors;
  return (
    <section aria-labelledby="follow-up-complete" class="card">
      <h2 id="follow-up-complete" tabIndex={-1} ref={heading}>{t('followUps.completeFor', { name: followUp.fullName })}</h2>
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <SelectField id="follow-up-channel" label={t('followUps.channel')} required placeholder={t('form.choose')}
          options={followUpChannels.map(channel => ({ value: channel, label: t(`channel.${channel}`) }))}
          value={form.values.channel} onValue={v => form.set('channel', v)} error={e.channel} errorLang={form.errorLang} />
        <TextArea id="follow-up-note" label={t('followUps.note')} maxLength={2000}
          value={form.values.note} onValue={v => form.set('note', v)} error={e.note} errorLang={form.errorLang} />
        <div class="actions">
          <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('followUps.submit')}</Button>
          <button type="button" onClick={onCancel}>{t('form.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
