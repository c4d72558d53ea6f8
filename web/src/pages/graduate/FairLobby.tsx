import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { maxQueues, type Booth, type BoothSummary, type MyQueue } from '../../api/types';
import { Link } from '../../app/router';
import { problemFor, type FormProblem } from '../../components/form';
import { HubStatusLine } from '../../components/HubStatus';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { fairHub } from '../../hub/fairHub';
import { useI18n } from '../../i18n/context';
import { QueueTable } from './MyQueues';
import { useLiveQueues } from './queueEvents';

export function FairLobby({ fairId }: { fairId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fair = useLoad(() => api.fair(fairId), [fairId]);
  const queues = useLoad(() => api.myQueues().then(list => list ?? []));
  const [problem, setProblem] = useState<FormProblem | undefined>();
  useLiveQueues(i18n, queues.data, queues.setData, queues.reload);

  useEffect(() => {
    void fairHub.watchFair(fairId);
    const offStatus = fairHub.on('FairStatus', event => {
      if (event.fairId === fairId) {
        announce(t('lobby.statusChanged', { status: t(`fairStatus.${event.status}`) }));
        void fair.reload();
      }
    });
    const offResync = fairHub.onResync(() => void fair.reload());
    return () => {
      offStatus();
      offResync();
    };
  }, [fairId, t]);

  const mine = new Map((queues.data ?? []).map(queue => [queue.boothId, queue]));
  const full = mine.size >= maxQueues;

  const join = async (booth: BoothSummary) => {
    setProblem(undefined);
    try {
      const place = await api.joinQueue(booth.boothId);
      announce(t('queue.joined', { company: booth.companyName, position: place?.position ?? '?' }));
      await Promise.all([queues.reload(), fair.reload()]);
    } catch (error) {
      setProblem(problemFor(i18n, error, { conflict: 'lobby.joinConflict' }));
    }
  };

  const leave = async (queue: Pick<MyQueue, 'boothId' | 'companyName'>) => {
    setProblem(undefined);
    try {
      await api.leaveQueue(queue.boothId);
      announce(t('queue.left', { company: queue.companyName }));
      await Promise.all([queues.reload(), fair.reload()]);
    } catch (error) {
      setProblem(problemFor(i18n, error));
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
      <HubStatusLine />
      {problem ? (
        <Notice kind="warning">
          <p>{problem.message}{problem.serverText ? <> <span lang="en">({problem.serverText})</span></> : null}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="lobby-mine">
        <h2 id="lobby-mine">{t('lobby.myQueues')}</h2>
        {queues.data && queues.data.length === 0 ? <p>{t('queues.none')}</p> : null}
        {queues.data && queues.data.length > 0 ? <QueueTable queues={queues.data} onLeave={queue => void leave(queue)} /> : null}
        {full ? <p id="lobby-full"><strong>{t('lobby.full', { max: maxQueues })}</strong></p> : null}
      </section>

      <section aria-labelledby="lobby-booths">
        <h2 id="lobby-booths">{t('lobby.booths')}</h2>
        {fair.data && fair.data.booths.length === 0 ? <p>{t('lobby.noBooths')}</p> : null}
        <ul class="cards">
          {fair.data?.booths.map(booth => (
            <BoothCard key={booth.boothId} booth={booth} place={mine.get(booth.boothId)} full={full}
              open={fair.data?.status === 'open'} onJoin={() => void join(booth)} onLeave={() => void leave(booth)} />
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
  onJoin: () => void;
  onLeave: () => void;
}

function BoothCard({ booth, place, full, open, onJoin, onLeave }: BoothCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [jobs, setJobs] = useState<Booth['jobs'] | undefined>();
  const [showJobs, setShowJobs] = useState(false);
  const headingId = `booth-${booth.boothId}`;
  const whyNot = !open ? 'lobby.fairNotOpen' : full ? 'lobby.full' : undefined;

  const toggleJobs = async () => {
    const next = !showJobs;
    setShowJobs(next);
    if (next && !jobs) {
      const detail = await api.booth(booth.boothId).catch(() => undefined);
      setJobs(detail?.jobs ?? []);
    }
  };

  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{booth.companyName} · {booth.title}</h3>
      {booth.description ? <p>{booth.description}</p> : null}
      <dl class="facts">
        <div><dt>{t('booth.waiting')}</dt><dd>{t('booth.waitingValue', { count: booth.waiting })}</dd></div>
        <div><dt>{t('booth.eta')}</dt><dd>{booth.waiting === 0 ? t('booth.noWait') : t('queue.etaValue', { eta: i18n.duration(booth.etaSeconds) })}</dd></div>
        {booth.paused ? <div><dt>{t('booth.state')}</dt><dd>{t('booth.paused')}</dd></div> : null}
        {place ? <div><dt>{t('queue.position')}</dt><dd><strong>{t('queue.positionValue', { position: place.position })}</strong></dd></div> : null}
      </dl>
      <div class="actions">
        {place ? (
          <button type="button" onClick={onLeave}>{t('queue.leave')}<span class="visually-hidden"> {booth.companyName}</span></button>
        ) : (
          <button type="button" class="primary" onClick={whyNot ? undefined : onJoin} aria-disabled={whyNot ? 'true' : undefined}
            aria-describedby={whyNot ? `${headingId}-why` : undefined}>
            {t('queue.join')}<span class="visually-hidden"> {booth.companyName}</span>
          </button>
        )}
        <button type="button" aria-expanded={showJobs ? 'true' : 'false'} aria-controls={`${headingId}-jobs`} onClick={() => void toggleJobs()}>
          {showJobs ? t('booth.hideJobs') : t('booth.showJobs')}
        </button>
      </div>
      {whyNot && !place ? <p class="hint" id={`${headingId}-why`}>{t(whyNot, { max: maxQueues })}</p> : null}
      <div id={`${headingId}-jobs`} hidden={!showJobs}>
        {showJobs && !jobs ? <p role="status">{t('app.loading')}</p> : null}
        {jobs && jobs.length === 0 ? <p>{t('booth.noJobs')}</p> : null}
        {jobs && jobs.length > 0 ? (
          <ul>
            {jobs.map(job => (
              <li key={job.jobId}>
                <strong>{job.title}</strong> — {t(`discipline.${job.discipline}`)}, {t(`degree.${job.degree}`)}, {job.city},{' '}
                {t('job.openingsValue', { count: job.openings })}
                {job.salaryMin != null && job.salaryMax != null ? <>, {t('job.salaryValue', { min: job.salaryMin, max: job.salaryMax })}</> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
