import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { LiveSessionSummary } from '../../api/types';
import { Link, navigate } from '../../app/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, TextField } from '../../components/fields';
import { requireFields, useForm, type FieldErrors } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import { fromLocalInput, toLocalInput } from '../../i18n/format';

/** A booth's live sessions for its employers: the list (each to its studio) and a form to schedule one. */
export function BoothLiveSessions({ boothId }: { boothId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const booth = useLoad(() => api.booth(boothId), [boothId]);
  const sessions = useLoad(() => api.boothLiveSessions(boothId), [boothId]);
  const form = useForm({ title: '', startsAt: toLocalInput(new Date(Date.now() + 60 * 60_000)), externalHlsUrl: '' });
  const fields = [
    { name: 'title', id: 'live-title', label: t('live.schedule.sessionTitle') },
    { name: 'startsAt', id: 'live-startsAt', label: t('live.schedule.startsAt') },
    { name: 'externalHlsUrl', id: 'live-externalHlsUrl', label: t('live.schedule.external') },
  ];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    let created: string | undefined;
    const sent = await form.submit(i18n, async values => {
      const external = values.externalHlsUrl.trim();
      const session = await api.createLiveSession(boothId, {
        title: values.title.trim(),
        startsAt: fromLocalInput(values.startsAt) ?? values.startsAt,
        ...(external ? { externalHlsUrl: external } : {}),
      });
      created = session?.sessionId;
    }, (values): FieldErrors => requireFields(i18n, values, ['title', 'startsAt']), { conflict: 'live.schedule.conflict' });
    if (sent && created) {
      announce(t('live.schedule.created'));
      navigate(`/employer/live/${encodeURIComponent(created)}`);
    }
  };

  const e = form.errors;
  const title = booth.data ? t('live.schedule.title', { booth: booth.data.title }) : t('live.schedule.titleLoading');
  return (
    <Page title={title}>
      <p><Link href="/employer/booths">{t('console.back')}</Link></p>
      <LoadState loading={booth.loading || sessions.loading} problem={booth.problem ?? sessions.problem} />

      <section aria-labelledby="live-list">
        <h2 id="live-list">{t('live.schedule.list')}</h2>
        {sessions.data && sessions.data.length === 0 ? <p>{t('live.schedule.none')}</p> : null}
        <SessionList sessions={sessions.data ?? []} href={session => `/employer/live/${encodeURIComponent(session.sessionId)}`}
          linkText={t('live.schedule.openStudio')} />
      </section>

      <section aria-labelledby="live-new">
        <h2 id="live-new">{t('live.schedule.newTitle')}</h2>
        <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
        <form class="form" noValidate onSubmit={onSubmit}>
          <TextField id="live-title" label={t('live.schedule.sessionTitle')} required
            value={form.values.title} onValue={v => form.set('title', v)} error={e.title} errorLang={form.errorLang} />
          <TextField id="live-startsAt" type="datetime-local" label={t('live.schedule.startsAt')} required
            value={form.values.startsAt} onValue={v => form.set('startsAt', v)} error={e.startsAt} errorLang={form.errorLang} />
          <TextField id="live-externalHlsUrl" type="url" label={t('live.schedule.external')} hint={t('live.schedule.externalHint')}
            value={form.values.externalHlsUrl} onValue={v => form.set('externalHlsUrl', v)} error={e.externalHlsUrl} errorLang={form.errorLang} />
          <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('live.schedule.create')}</Button>
        </form>
      </section>
    </Page>
  );
}

/** Sessions with their start, status and a link each. */
export function SessionList({ sessions, href, linkText }: { sessions: LiveSessionSummary[]; href: (session: LiveSessionSummary) => string; linkText: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return sessions.length === 0 ? null : (
    <ul class="live-list">
      {sessions.map(session => (
        <li key={session.sessionId}>
          <Link href={href(session)}>{session.title}<span class="visually-hidden"> {linkText}</span></Link>
          {' — '}{session.companyName}{' · '}
          <span class={`live-status--${session.status}`}>{t(`live.listStatus.${session.status}`, { time: i18n.dateTime(session.startsAt) })}</span>
        </li>
      ))}
    </ul>
  );
}
