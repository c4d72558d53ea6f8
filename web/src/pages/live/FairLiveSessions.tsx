import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import type { LiveSessionSummary } from '../../api/types';
import { Link } from '../../app/router';
import { Notice } from '../../components/Notice';
import type { HubEvents } from '../../hub/events';
import { fairHub } from '../../hub/fairHub';
import { useI18n } from '../../i18n/context';
import { SessionList } from './BoothLiveSessions';

interface Props {
  fairId: string;
  sessions: LiveSessionSummary[] | undefined;
  setSessions: (update: (current: LiveSessionSummary[] | undefined) => LiveSessionSummary[] | undefined) => void;
  reload: () => void;
}

/**
 * A fair's live sessions in its lobby (the page watches the fair, so LiveStatus and
 * LiveSessionStarting arrive): each links to its viewer page, statuses change live, and a session
 * about to start is shown, and said, as a notice.
 */
export function FairLiveSessions({ fairId, sessions, setSessions, reload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [starting, setStarting] = useState<HubEvents['LiveSessionStarting'][]>([]);

  useEffect(() => {
    const offStatus = fairHub.on('LiveStatus', event => {
      setSessions(current => current?.map(session => (session.sessionId === event.sessionId ? { ...session, status: event.status } : session)));
      if (event.status !== 'scheduled') {
        setStarting(current => current.filter(notice => notice.sessionId !== event.sessionId));
      }
    });
    const offStarting = fairHub.on('LiveSessionStarting', event => {
      if (event.fairId !== fairId) {
        return;
      }

      setStarting(current => [...current.filter(notice => notice.sessionId !== event.sessionId), event]);
      announce(t('live.starting', { company: event.companyName, title: event.title, time: i18n.dateTime(event.startsAt) }));
      reload();
    });
    return () => {
      offStatus();
      offStarting();
    };
  }, [fairId, t]);

  return (
    <section aria-labelledby="lobby-live">
      <h2 id="lobby-live">{t('live.lobby.title')}</h2>
      {starting.map(notice => (
        <Notice key={notice.sessionId} kind="info">
          <p>
            {t('live.starting', { company: notice.companyName, title: notice.title, time: i18n.dateTime(notice.startsAt) })}{' '}
            <Link href={`/graduate/live/${encodeURIComponent(notice.sessionId)}`}>{t('live.lobby.watch')}<span class="visually-hidden"> {notice.title}</span></Link>
          </p>
        </Notice>
      ))}
      {sessions && sessions.length === 0 ? <p>{t('live.lobby.none')}</p> : null}
      <SessionList sessions={sessions ?? []} href={session => `/graduate/live/${encodeURIComponent(session.sessionId)}`} linkText={t('live.lobby.watch')} />
    </section>
  );
}
