import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { maxQueues, type Booth, type BoothSummary, type Discipline, type LiveSessionSummary, type MyQueue } from '../../api/types';
import { Link } from '../../app/router';
import { problemFor, type FormProblem } from '../../components/form';
import { HubStatusLine } from '../../components/HubStatus';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useCoalescedReload } from '../../components/useCoalescedReload';
import { useLoad } from '../../components/useLoad';
import { waitingCount } from '../../hub/events';
import { fairHub } from '../../hub/fairHub';
import { useI18n } from '../../i18n/context';
import { RegistrationControl } from './RegistrationControl';
import { FairLiveSessions } from '../live/FairLiveSessions';
import { QueueTable } from './MyQueues';
import { useLiveQueues } from './queueEvents';

/**
 * A fair's lobby: its booths with live waiting counts and waits (WatchFair → BoothQueue, the
 * fair re-fetched after reconnecting), their jobs, and the graduate's own queues.
 */
export function FairLobby({ fairId }: { fairId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fair = useLoad(() => api.fair(fairId), [fairId]);
  const profile = useLoad(() => api.getProfile().catch(() => undefined));
  const queues = useLiveQueues(i18n);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const refreshFair = useCoalescedReload(fair.reload, 1_000);
  const live = useLoad(() => api.fairLiveSessions(fairId).catch(() => [] as LiveSessionSummary[]), [fairId]);

  useEffect(() => {
    void fairHub.watchFair(fairId);
    const offStatus = fairHub.on('FairStatus', event => {
      if (event.fairId === fairId) {
        announce(t('lobby.statusChanged', { status: t(`fairStatus.${event.status}`) }));
        void fair.reload();
      }
    });
    const offBooth = fairHub.on('BoothQueue', event => {
      fair.setData(current => {
        if (!current?.booths.some(booth => booth.boothId === event.boothId)) {
          return current;
        }

        return {
          ...current,
          booths: current.booths.map(booth => booth.boothId === event.boothId
            ? { ...booth, waiting: waitingCount(event.waiting), etaSeconds: event.etaSeconds ?? booth.etaSeconds, paused: event.paused ?? booth.paused }
            : booth),
        };
      });
      if (event.etaSeconds === undefined) {
        // The count is live; the wait estimate comes with the next fetch of the fair.
        refreshFair();
      }
    });
    const offResync = fairHub.onResync(() => {
      void fair.reload();
      void live.reload();
    });
    return () => {
      offStatus();
      offBooth();
      offResync();
      void fairHub.unwatchFair(fairId);
    };
  }, [fairId, t]);

  const mine = new Map((queues.queues ?? []).map(queue => [queue.boothId, queue]));
  const full = mine.size >= maxQueues;

  const join = async (booth: BoothSummary) => {
    setProblem(undefined);
    setBusy(booth.boothId);
    try {
      const place = await api.joinQueue(booth.boothId);
      announce(t(place?.position === 1 ? 'queue.joinedFirst' : 'queue.joined', { company: booth.companyName, position: place?.position ?? '?' }));
      await Promise.all([queues.reload(), fair.reload()]);
    } catch (error) {
      setProblem(problemFor(i18n, error, { conflict: 'lobby.joinConflict' }));
    } finally {
      setBusy(undefined);
    }
  };

  const leave = async (queue: Pick<MyQueue, 'boothId' | 'companyName'>) => {
    setProblem(undefined);
    setBusy(queue.boothId);
    try {
      await api.leaveQueue(queue.boothId);
      announce(t('queue.left', { company: queue.companyName }));
      await Promise.all([queues.reload(), fair.reload()]);
    } catch (error) {
      setProblem(problemFor(i18n, error));
    } finally {
      setBusy(undefined);
    }
  };

  const title = fair.data?.title ?? t('lobby.title');
  return (
    <Page title={title}>
      <p><Link href="/graduate/fairs">{t('lobby.back')}</Link></p>
      <LoadState loading={fair.loading} problem={fair.problem} />
      {fair.data ? (
        <p>
          {t('lobby.summary', {
            status: t(`fairStatus.${fair.data.status}`),
            theme: t(`theme.${fair.data.theme}`),
            closes: i18n.dateTime(fair.data.closesAt),
          })}
        </p>
      ) : null}
      {fair.data?.status === 'scheduled' ? <RegistrationControl fair={fair.data} /> : null}
      <HubStatusLine />
      <ProblemNotice problem={problem} />

      <section aria-labelledby="lobby-mine">
        <h2 id="lobby-mine">{t('lobby.myQueues')}</h2>
        {queues.queues && queues.queues.length === 0 ? <p>{t('queues.none')}</p> : null}
        {queues.queues && queues.queues.length > 0 ? <QueueTable queues={queues.queues} onLeave={queue => void leave(queue)} /> : null}
        {full ? <p id="lobby-full"><strong>{t('lobby.full', { max: maxQueues })}</strong></p> : null}
      </section>

      <FairLiveSessions fairId={fairId} sessions={live.data} setSessions={live.setData} reload={() => void live.reload()} />

      <section aria-labelledby="lobby-booths">
        <h2 id="lobby-booths">{t('lobby.booths')}</h2>
        {fair.data && fair.data.booths.length === 0 ? <p>{t('lobby.noBooths')}</p> : null}
        <ul class="cards">
          {fair.data?.booths.map(booth => (
            <BoothCard key={booth.boothId} booth={booth} place={mine.get(booth.boothId)} full={full} busy={busy === booth.boothId}
              open={fair.data?.status === 'open'} discipline={profile.data?.discipline}
              live={(live.data ?? []).filter(session => session.boothId === booth.boothId && session.status !== 'ended')}
              onJoin={() => void join(booth)} onLeave={() => void leave(booth)} />
          ))}
        </ul>
      </section>
    </Page>
  );
}

interface BoothCardProps {
  booth: BoothSummary;
  place: MyQueue | undefined;
  full: boolean;
  open: boolean;
  busy: boolean;
  /** The graduate's discipline: jobs in it are marked as matching. */
  discipline: Discipline | undefined;
  /** The booth's live sessions that are on or to come. */
  live: LiveSessionSummary[];
  onJoin: () => void;
  onLeave: () => void;
}

function BoothCard({ booth, place, full, open, busy, discipline, live, onJoin, onLeave }: BoothCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [jobs, setJobs] = useState<Booth['jobs'] | undefined>();
  const [showJobs, setShowJobs] = useState(false);
  const headingId = `booth-${booth.boothId}`;
  // Join and leave are two buttons; the one that replaces a focused one takes the focus.
  const action = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (refocus.current) {
      refocus.current = false;
      action.current?.focus();
    }
  }, [place !== undefined]);
  const act = (run: () => void) => (event: MouseEvent) => {
    refocus.current = event.currentTarget === document.activeElement;
    run();
  };
  const whyNot = !open ? 'lobby.fairNotOpen' : full ? 'lobby.full' : undefined;

  const toggleJobs = async () => {
    const next = !showJobs;
    setShowJobs(next);
    if (next && !jobs) {
      const detail = await api.booth(booth.boothId).catch(() => undefined);
      setJobs(detail?.jobs ?? []);
    }
  };

  const matching = jobs?.filter(job => job.discipline === discipline).length ?? 0;
  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{booth.companyName} · {booth.title}</h3>
      {booth.description ? <p>{booth.description}</p> : null}
      <dl class="facts">
        <div><dt>{t('booth.waiting')}</dt><dd>{t('booth.waitingValue', { count: booth.waiting })}</dd></div>
        <div><dt>{t('booth.eta')}</dt><dd>{booth.waiting === 0 ? t('booth.noWait') : t('queue.etaValue', { eta: i18n.duration(booth.etaSeconds) })}</dd></div>
        {booth.paused ? <div><dt>{t('booth.state')}</dt><dd>{t('booth.paused')}</dd></div> : null}
        {place ? <div><dt>{t('queue.position')}</dt><dd><strong>{t(place.position === 1 ? 'queue.positionFirst' : 'queue.positionValue', { position: place.position })}</strong></dd></div> : null}
      </dl>
      <div class="actions">
        {/* Keyed: joining must not turn the blue button into the white one mid-transition. */}
        {place ? (
          <button key="leave" ref={action} type="button" onClick={busy ? undefined : act(onLeave)} aria-disabled={busy ? 'true' : undefined}>
            {t('queue.leave')}<span class="visually-hidden"> {booth.companyName}</span>
          </button>
        ) : (
          <button key="join" ref={action} type="button" class="primary" onClick={whyNot || busy ? undefined : act(onJoin)} aria-disabled={whyNot || busy ? 'true' : undefined}
            aria-describedby={whyNot ? `${headingId}-why` : undefined}>
            {t('queue.join')}<span class="visually-hidden"> {booth.companyName}</span>
          </button>
        )}
        <button type="button" aria-expanded={showJobs ? 'true' : 'false'} aria-controls={`${headingId}-jobs`} onClick={() => void toggleJobs()}>
          {showJobs ? t('booth.hideJobs') : t('booth.showJobs')}<span class="visually-hidden"> {booth.companyName}</span>
        </button>
      </div>
      {whyNot && !place ? <p class="hint" id={`${headingId}-why`}>{t(whyNot, { max: maxQueues })}</p> : null}
      {live.map(session => (
        <p key={session.sessionId} class="booth-live">
          <span aria-hidden="true">{session.status === 'live' ? '● ' : '○ '}</span>
          <Link href={`/graduate/live/${encodeURIComponent(session.sessionId)}`}>
            {t(session.status === 'live' ? 'live.lobby.boothLive' : 'live.lobby.boothScheduled', { title: session.title, time: i18n.dateTime(session.startsAt) })}
          </Link>
        </p>
      ))}
      <div id={`${headingId}-jobs`} hidden={!showJobs}>
        {showJobs && !jobs ? <p role="status">{t('app.loading')}</p> : null}
        {jobs && jobs.length === 0 ? <p>{t('booth.noJobs')}</p> : null}
        {jobs && jobs.length > 0 && discipline ? (
          <p>{matching > 0 ? t('booth.matching', { count: matching, discipline: t(`discipline.${discipline}`) }) : t('booth.noneMatching')}</p>
        ) : null}
        {jobs && jobs.length > 0 ? (
          <ul class="jobs">
            {jobs.map(job => (
              <li key={job.jobId}>
                <strong>{job.title}</strong>
                {job.discipline === discipline ? <> <span class="tag">{t('job.matches')}</span></> : null}
                {' — '}{t(`discipline.${job.discipline}`)}, {t(`degree.${job.degree}`)}, {job.city},{' '}
                {t('job.openingsValue', { count: job.openings })}
                {job.salaryMin != null && job.salaryMax != null ? <>, {t('job.salaryValue', { min: job.salaryMin, max: job.salaryMax })}</> : null}
                {job.description ? <p class="job-description">{job.description}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
