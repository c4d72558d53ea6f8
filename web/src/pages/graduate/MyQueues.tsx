import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { maxQueues, type MyQueue } from '../../api/types';
import { Link } from '../../app/router';
import { problemFor, type FormProblem } from '../../components/form';
import { HubStatusLine } from '../../components/HubStatus';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useI18n } from '../../i18n/context';
import { useLiveQueues } from './queueEvents';

export function MyQueues() {
  const i18n = useI18n();
  const { t } = i18n;
  const queues = useLiveQueues(i18n);
  const [problem, setProblem] = useState<FormProblem | undefined>();

  const leave = async (queue: MyQueue) => {
    setProblem(undefined);
    try {
      await api.leaveQueue(queue.boothId);
      announce(t('queue.left', { company: queue.companyName }));
      await queues.reload();
    } catch (error) {
      setProblem(problemFor(i18n, error));
    }
  };

  return (
    <Page title={t('queues.title')}>
      <p>{t('queues.intro', { max: maxQueues })}</p>
      <HubStatusLine />
      <LoadState loading={queues.loading} problem={queues.problem} />
      <ProblemNotice problem={problem} />
      {queues.queues?.length === 0 ? <p>{t('queues.none')} <Link href="/graduate/fairs">{t('queues.toFairs')}</Link></p> : null}
      {queues.queues && queues.queues.length > 0 ? <QueueTable queues={queues.queues} onLeave={queue => void leave(queue)} /> : null}
    </Page>
  );
}

export function QueueTable({ queues, onLeave }: { queues: MyQueue[]; onLeave: (queue: MyQueue) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table class="table">
      <caption>{t('queues.caption', { count: queues.length, max: maxQueues })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('queue.company')}</th>
          <th scope="col">{t('queue.booth')}</th>
          <th scope="col">{t('queue.position')}</th>
          <th scope="col">{t('queue.wait')}</th>
          <th scope="col"><span class="visually-hidden">{t('queue.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {queues.map(queue => (
          <tr key={queue.boothId}>
            <th scope="row">{queue.companyName}</th>
            <td>{queue.boothTitle}</td>
            <td>{t(queue.position === 1 ? 'queue.positionFirst' : 'queue.positionValue', { position: queue.position })}</td>
            <td>{t('queue.etaValue', { eta: i18n.duration(queue.etaSeconds) })}</td>
            <td>
              <button type="button" onClick={() => onLeave(queue)}>
                {t('queue.leave')}<span class="visually-hidden"> {queue.companyName}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
