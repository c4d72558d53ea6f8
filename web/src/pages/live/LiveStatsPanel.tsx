import { useEffect } from 'preact/hooks';
import { api } from '../../api/api';
import { Button } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { useCoalescedReload } from '../../components/useCoalescedReload';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import type { LiveState } from '../../live/liveState';

/**
 * A session's figures for its company and organisers: watching now (LiveViewers), and from
 * GET …/stats peak and total viewers, chat messages, and queue joins and applications per pinned
 * job, fetched again at most every 2 seconds while viewers and messages change, and by a button.
 */
export function LiveStatsPanel({ sessionId, live }: { sessionId: string; live: LiveState }) {
  const { t } = useI18n();
  const stats = useLoad(() => api.liveStats(sessionId), [sessionId]);
  const refresh = useCoalescedReload(stats.reload, 2_000);
  useEffect(() => refresh(), [live.viewers, live.chat.length, live.status]);

  return (
    <section aria-labelledby="studio-stats">
      <h2 id="studio-stats">{t('live.stats.title')}</h2>
      <LoadState loading={stats.loading} problem={stats.problem} />
      <dl class="facts">
        <div><dt>{t('live.stats.now')}</dt><dd>{live.viewers ?? 0}</dd></div>
        <div><dt>{t('live.stats.peak')}</dt><dd>{stats.data?.peakViewers ?? 0}</dd></div>
        <div><dt>{t('live.stats.total')}</dt><dd>{stats.data?.totalViewers ?? 0}</dd></div>
        <div><dt>{t('live.stats.chat')}</dt><dd>{stats.data?.chatMessages ?? 0}</dd></div>
      </dl>
      {stats.data && stats.data.jobs.length > 0 ? (
        <table class="table">
          <caption>{t('live.stats.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('live.stats.job')}</th>
              <th scope="col">{t('live.stats.joins')}</th>
              <th scope="col">{t('live.stats.applications')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.data.jobs.map(job => (
              <tr key={job.jobId}>
                <th scope="row">{job.title}</th>
                <td>{job.queueJoins}</td>
                <td>{job.applications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Button type="button" onClick={() => void stats.reload()}>{t('live.stats.refresh')}</Button>
    </section>
  );
}
