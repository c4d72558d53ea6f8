import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { CoalescedAnnouncer } from '../../a11y/coalesce';
import { api } from '../../api/api';
import type { MyQueue } from '../../api/types';
import { problemFor, type FormProblem } from '../../components/form';
import { fairHub } from '../../hub/fairHub';
import type { I18n } from '../../i18n/context';

export interface LiveQueues {
  queues: MyQueue[] | undefined;
  loading: boolean;
  problem: FormProblem | undefined;
  reload: () => Promise<void>;
}

/**
 * The graduate's queues (GET /api/me/queues), kept live by the hub: QueuePosition updates a place
 * without reloading; a changed position (not a changed estimate) is announced through the polite
 * live region, several changes together as one message; QueueLeft and every (re)connection reload.
 */
export function useLiveQueues(i18n: I18n): LiveQueues {
  const [queues, setQueuesState] = useState<MyQueue[] | undefined>();
  const latest = useMemo(() => ({ queues: undefined as MyQueue[] | undefined }), []);
  const setQueues = (next: MyQueue[]) => {
    latest.queues = next;
    setQueuesState(next);
  };
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const announcer = useMemo(() => new CoalescedAnnouncer({ say: announce }), []);
  const i18nRef = useMemo(() => ({ current: i18n }), []);
  i18nRef.current = i18n;

  const reload = useCallback(async () => {
    try {
      const list = (await api.myQueues()) ?? [];
      for (const gone of latest.queues ?? []) {
        if (!list.some(queue => queue.boothId === gone.boothId)) {
          announcer.forget(gone.boothId);
        }
      }

      setQueues(list);
      // What the page shows now is known; only later changes are news.
      for (const queue of list) {
        announcer.know(queue.boothId, queue.position);
      }

      setProblem(undefined);
    } catch (error) {
      setProblem(problemFor(i18nRef.current, error));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    const offPosition = fairHub.on('QueuePosition', event => {
      const current = latest.queues;
      const place = current?.find(queue => queue.boothId === event.boothId);
      if (!current || !place) {
        void reload();
        return;
      }

      const t = i18nRef.current;
      announcer.update(event.boothId, event.position, t.t(event.position === 1 ? 'queue.positionNext' : 'queue.positionChanged', {
        company: place.companyName,
        position: event.position,
        eta: t.duration(event.etaSeconds),
      }));
      setQueues(current.map(queue => queue.boothId === event.boothId
        ? { ...queue, position: event.position, etaSeconds: event.etaSeconds, etaText: event.etaText }
        : queue));
    });
    const offLeft = fairHub.on('QueueLeft', event => {
      announcer.forget(event.boothId);
      void reload();
    });
    const offResync = fairHub.onResync(() => void reload());
    return () => {
      offPosition();
      offLeft();
      offResync();
      announcer.dispose();
    };
  }, []);

  return { queues, loading, problem, reload };
}
