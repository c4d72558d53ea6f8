import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { ApiError } from '../../api/http';
import type { LiveApplication, LiveSession, MyQueue, PinnedJobCard } from '../../api/types';
import { Link } from '../../app/router';
import { useMe } from '../../app/session';
import { Button } from '../../components/fields';
import { problemFor, type FormProblem } from '../../components/form';
import { HubStatusLine } from '../../components/HubStatus';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import { LiveChatPanel } from '../../live/LiveChatPanel';
import { LivePlayer } from '../../live/LivePlayer';
import { useLiveSession } from '../../live/useLiveSession';
import { useLiveQueues } from '../graduate/queueEvents';
import { JobFacts } from './JobFacts';
import { LiveStatsPanel } from './LiveStatsPanel';
import { LiveStatusLine } from './LiveStatusLine';

/**
 * A live session for any signed-in user: the stream (HLS), its status, the number watching, the
 * job cards the host pins, and the chat. Graduates act on a card: join the company's interview
 * queue (their place then shows on the cards and changes live) or apply with their profile.
 * Organisers see the session's figures as well.
 */
export function LiveViewer({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const session = useLoad(() => api.liveSession(sessionId), [sessionId]);
  const playback = useLoad(() => api.livePlayback(sessionId), [sessionId]);
  const live = useLiveSession(sessionId);
  const status = live.status ?? session.data?.status;
  const cards: PinnedJobCard[] = live.status !== undefined ? live.cards : session.data?.pinnedJobs ?? [];

  // A change of status is news: say it, and fetch the session (its times, the playlist) again.
  const lastStatus = useRef(status);
  useEffect(() => {
    if (lastStatus.current !== undefined && status !== undefined && status !== lastStatus.current) {
      announce(t(`live.announce.${status}`));
      void session.reload();
      void playback.reload();
    }

    lastStatus.current = status;
  }, [status]);

  const data = session.data;
  const title = data ? data.title : t('live.viewer.titleLoading');
  const back = me.role === 'graduate' && data ? `/graduate/fairs/${encodeURIComponent(data.fairId)}` : undefined;
  return (
    <Page title={title}>
      {back ? <p><Link href={back}>{t('live.viewer.back')}</Link></p> : null}
      <LoadState loading={session.loading} problem={session.problem} />
      {data ? <p>{t('live.viewer.host', { company: data.companyName })}</p> : null}
      {data && status ? <LiveStatusLine status={status} startsAt={data.startsAt} /> : null}
      {live.viewers !== undefined ? <p class="live-viewers">{t('live.viewers', { count: live.viewers })}</p> : null}
      <HubStatusLine />

      {data ? (
        <div class="live-layout">
          <section aria-labelledby="live-stream" class="live-layout__main">
            <h2 id="live-stream" class="visually-hidden">{t('live.viewer.stream')}</h2>
            {status === 'live' && playback.data?.hlsUrl ? <LivePlayer src={playback.data.hlsUrl} label={data.title} /> : null}
            {status === 'live' && playback.data && !playback.data.hlsUrl ? <p>{t('live.viewer.noPlayback')}</p> : null}
            {status === 'scheduled' ? <p class="player player--empty">{t('live.viewer.notYet')}</p> : null}
            {status === 'ended' ? <p class="player player--empty">{t('live.viewer.ended')}</p> : null}

            <section aria-labelledby="live-cards">
              <h2 id="live-cards">{t('live.cards.title')}</h2>
              {cards.length === 0 ? <p>{t('live.cards.none')}</p> : null}
              {me.role === 'graduate'
                ? <GraduateCards session={data} cards={cards} />
                : <ul class="cards">{cards.map(card => <li key={card.jobId} class="card"><h3>{card.title}</h3><JobFacts job={card} /></li>)}</ul>}
            </section>
            {me.role === 'organiser' ? <LiveStatsPanel sessionId={sessionId} live={live} /> : null}
          </section>
          <div class="live-layout__side">
            <LiveChatPanel sessionId={sessionId} myUserId={me.userId} status={status} messages={live.chat} history={live.history} muted={live.muted} />
          </div>
        </div>
      ) : null}
    </Page>
  );
}

/** The cards with a graduate's actions; their place in the booth's queue is live (QueuePosition). */
function GraduateCards({ session, cards }: { session: LiveSession; cards: PinnedJobCard[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queues = useLiveQueues(i18n);
  const place = queues.queues?.find(queue => queue.boothId === session.boothId);
  const [applied, setApplied] = useState<Record<string, LiveApplication>>({});
  const [busy, setBusy] = useState<string | undefined>();
  const [problem, setProblem] = useState<{ jobId: string; problem: FormProblem; needsProfile: boolean } | undefined>();
  const focusPlace = useRef<string | undefined>();

  const join = async (card: PinnedJobCard) => {
    setBusy(`join:${card.jobId}`);
    setProblem(undefined);
    try {
      const answer = await api.joinFromCard(session.sessionId, card.jobId);
      focusPlace.current = card.jobId;
      announce(t(answer?.position === 1 ? 'queue.joinedFirst' : 'queue.joined', { company: session.companyName, position: answer?.position ?? '?' }));
      await queues.reload();
    } catch (error) {
      setProblem({ jobId: card.jobId, problem: problemFor(i18n, error, { conflict: 'live.cards.joinConflict' }), needsProfile: false });
    } finally {
      setBusy(undefined);
    }
  };

  const apply = async (card: PinnedJobCard) => {
    setBusy(`apply:${card.jobId}`);
    setProblem(undefined);
    try {
      const application = await api.applyFromCard(session.sessionId, card.jobId);
      if (application) {
        setApplied(current => ({ ...current, [card.jobId]: application }));
        announce(t('live.cards.appliedNow', { job: card.title, company: session.companyName }));
      }
    } catch (error) {
      const needsProfile = error instanceof ApiError && error.status === 409;
      setProblem({ jobId: card.jobId, problem: problemFor(i18n, error, { conflict: 'live.cards.applyConflict' }), needsProfile });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <ul class="cards">
      {cards.map(card => (
        <JobCard key={card.jobId} card={card} companyName={session.companyName} place={place} application={applied[card.jobId]}
          busy={busy} takeFocus={focusPlace.current === card.jobId} onFocused={() => { focusPlace.current = undefined; }}
          problem={problem?.jobId === card.jobId ? problem : undefined}
          onJoin={() => void join(card)} onApply={() => void apply(card)} />
      ))}
    </ul>
  );
}

interface JobCardProps {
  card: PinnedJobCard;
  companyName: string;
  place: MyQueue | undefined;
  application: LiveApplication | undefined;
  busy: string | undefined;
  /** Move the focus to the place once it shows (the join button that had it is gone). */
  takeFocus: boolean;
  onFocused: () => void;
  problem: { problem: FormProblem; needsProfile: boolean } | undefined;
  onJoin: () => void;
  onApply: () => void;
}

function JobCard({ card, companyName, place, application, busy, takeFocus, onFocused, problem, onJoin, onApply }: JobCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = `card-${card.jobId}`;
  const placeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus && place) {
      placeRef.current?.focus();
      onFocused();
    }
  }, [takeFocus, place !== undefined]);

  return (
    <li class="card live-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{card.title}</h3>
      <JobFacts job={card} />
      {place ? (
        <p class="live-card__place" ref={placeRef} tabIndex={-1}>
          <strong>{t(place.position === 1 ? 'live.cards.placeFirst' : 'live.cards.place', { company: companyName, position: place.position })}</strong>
          {place.position > 1 ? <> {t('queue.etaValue', { eta: i18n.duration(place.etaSeconds) })}</> : null}
        </p>
      ) : null}
      {application ? (
        <p class="live-card__applied"><span aria-hidden="true">✓ </span>{t('live.cards.applied', { time: i18n.dateTime(application.appliedAt) })}</p>
      ) : null}
      <div class="actions">
        {place ? null : (
          <Button type="button" class="primary" busy={busy === `join:${card.jobId}`} onClick={onJoin}>
            {t('live.cards.join')}<span class="visually-hidden"> {t('live.cards.forJob', { job: card.title })}</span>
          </Button>
        )}
        {application ? null : (
          <Button type="button" busy={busy === `apply:${card.jobId}`} onClick={onApply}>
            {t('live.cards.apply')}<span class="visually-hidden"> {t('live.cards.forJob', { job: card.title })}</span>
          </Button>
        )}
      </div>
      {problem ? <ProblemNotice problem={problem.problem} /> : null}
      {problem?.needsProfile ? <p><Link href="/graduate/profile">{t('live.cards.toProfile')}</Link></p> : null}
    </li>
  );
}
