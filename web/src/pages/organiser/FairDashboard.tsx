import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
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
import { SessionList } from '../live/BoothLiveSessions';
import { BarChart } from './BarChart';

/**
 * A fair's live dashboard for organisers: queue lengths and waits per booth as two charts and
 * one table with the same figures, kept live by WatchFair (BoothQueue, FairStatus); open and close.
 */
export function FairDashboard({ fairId }: { fairId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fair = useLoad(() => api.fair(fairId), [fairId]);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const refresh = useCoalescedReload(fair.reload, 1_000);
  const live = useLoad(() => api.fairLiveSessions(fairId).catch(() => []), [fairId]);

  useEffect(() => {
    void fairHub.watchFair(fairId);
    const offs = [
      fairHub.on('BoothQueue', event => {
        fair.setData(current => current && current.booths.some(booth => booth.boothId === event.boothId)
          ? {
            ...current,
            booths: current.booths.map(booth => booth.boothId === event.boothId
              ? { ...booth, waiting: waitingCount(event.waiting), etaSeconds: event.etaSeconds ?? booth.etaSeconds, paused: event.paused ?? booth.paused }
              : booth),
          }
          : current);
        if (event.etaSeconds === undefined) {
          refresh();
        }
      }),
      fairHub.on('FairStatus', event => {
        if (event.fairId === fairId) {
          announce(t('lobby.statusChanged', { status: t(`fairStatus.${event.status}`) }));
          void fair.reload();
        }
      }),
      fairHub.onResync(() => void fair.reload()),
    ];
    return () => {
      offs.forEach(off => off());
      void fairHub.unwatchFair(fairId);
    };
  }, [fairId, t]);

  const change = async (action: 'open' | 'close') => {
    setProblem(undefined);
    try {
      const updated = await (action === 'open' ? api.openFair(fairId) : api.closeFair(fairId));
      if (updated) {
        fair.setData(updated);
      }

      announce(t(action === 'open' ? 'fairsAdmin.opened' : 'fairsAdmin.closed', { title: fair.data?.title ?? '' }));
    } catch (error) {
      setProblem(problemFor(i18n, error));
    }
  };

  const data = fair.data;
  const booths = data?.booths ?? [];
  const totalWaiting = booths.reduce((sum, booth) => sum + booth.waiting, 0);
  const label = (booth: (typeof booths)[number]) => `${booth.companyName} · ${booth.title}`;
  const wait = (booth: (typeof booths)[number]) => (booth.waiting === 0 ? t('booth.noWait') : t('queue.etaValue', { eta: i18n.duration(booth.etaSeconds) }));
  return (
    <Page title={data ? t('dashboard.title', { title: data.title }) : t('dashboard.titleLoading')}>
      <p><Link href="/organiser/fairs">{t('dashboard.back')}</Link></p>
      <LoadState loading={fair.loading} problem={fair.problem} />
      <HubStatusLine />
      <ProblemNotice problem={problem} />
      {data ? (
        <>
          <dl class="facts">
            <div><dt>{t('fair.status')}</dt><dd><span class={`status status--${data.status}`}>{t(`fairStatus.${data.status}`)}</span></dd></div>
            <div><dt>{t('fair.theme')}</dt><dd>{t(`theme.${data.theme}`)}</dd></div>
            <div><dt>{t('fair.opensAt')}</dt><dd><time dateTime={data.opensAt}>{i18n.dateTime(data.opensAt)}</time></dd></div>
            <div><dt>{t('fair.closesAt')}</dt><dd><time dateTime={data.closesAt}>{i18n.dateTime(data.closesAt)}</time></dd></div>
            <div><dt>{t('fair.booths')}</dt><dd>{booths.length}</dd></div>
            <div><dt>{t('dashboard.totalWaiting')}</dt><dd>{t('booth.waitingValue', { count: totalWaiting })}</dd></div>
          </dl>
          <div class="actions">
            {data.status === 'scheduled' ? <button type="button" class="primary" onClick={() => void change('open')}>{t('fairsAdmin.open')}</button> : null}
            {data.status === 'open' ? <button type="button" class="danger" onClick={() => void change('close')}>{t('fairsAdmin.close')}</button> : null}
          </div>

          <section aria-labelledby="dashboard-booths">
            <h2 id="dashboard-booths">{t('dashboard.booths')}</h2>
            {booths.length === 0 ? <p>{t('lobby.noBooths')}</p> : (
              <>
                <div class="charts">
                  <BarChart id="chart-waiting" title={t('dashboard.chartWaiting')} tableId="dashboard-table" tableNote={t('dashboard.tableNote')} fill="solid"
                    bars={booths.map(booth => ({ key: booth.boothId, label: label(booth), value: booth.waiting, valueText: t('booth.waitingValue', { count: booth.waiting }) }))} />
                  <BarChart id="chart-wait" title={t('dashboard.chartWait')} tableId="dashboard-table" tableNote={t('dashboard.tableNote')} fill="hatched"
                    bars={booths.map(booth => ({ key: booth.boothId, label: label(booth), value: booth.waiting === 0 ? 0 : Math.round(booth.etaSeconds / 60), valueText: wait(booth) }))} />
                </div>
                <table class="table" id="dashboard-table" tabIndex={-1}>
                  <caption>{t('dashboard.caption', { count: booths.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.booth')}</th>
                      <th scope="col">{t('booth.waiting')}</th>
                      <th scope="col">{t('queue.wait')}</th>
                      <th scope="col">{t('booth.state')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {booths.map(booth => (
                      <tr key={booth.boothId}>
                        <th scope="row">{label(booth)}</th>
                        <td>{t('booth.waitingValue', { count: booth.waiting })}</td>
                        <td>{wait(booth)}</td>
                        <td>{booth.paused ? t('dashboard.paused') : t('dashboard.calling')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
          <section aria-labelledby="dashboard-live">
            <h2 id="dashboard-live">{t('live.lobby.title')}</h2>
            {live.data && live.data.length === 0 ? <p>{t('live.lobby.none')}</p> : null}
            <SessionList sessions={live.data ?? []} href={session => `/organiser/live/${encodeURIComponent(session.sessionId)}`}
              linkText={t('live.dashboard.open')} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
