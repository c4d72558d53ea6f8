import { useEffect } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import type { MyQueue } from '../../api/types';
import { fairHub } from '../../hub/fairHub';
import type { I18n } from '../../i18n/context';

/**
 * Keeps a list of the graduate's queues live from the hub: QueuePosition updates a place and is
 * announced politely; QueueLeft and every (re)connection reload from the API.
 */
export function useLiveQueues(i18n: I18n, queues: MyQueue[] | undefined, setQueues: (queues: MyQueue[]) => void, reload: () => Promise<void>) {
  useEffect(() => {
    const offPosition = fairHub.on('QueuePosition', event => {
      const place = queues?.find(queue => queue.boothId === event.boothId);
      if (!queues || !place) {
        void reload();
        return;
      }

      setQueues(queues.map(queue => queue.boothId === event.boothId ? { ...queue, ...event } : queue));
      if (place.position !== event.position) {
        announce(i18n.t('queue.positionChanged', {
          company: place.companyName,
          position: event.position,
          eta: i18n.duration(event.etaSeconds),
        }));
      }
    });
    const offLeft = fairHub.on('QueueLeft', event => {
      const place = queues?.find(queue => queue.boothId === event.boothId);
      if (place) {
        announce(i18n.t('queue.removed', { company: place.companyName }));
      }

      void reload();
    });
    const offResync = fairHub.onResync(() => void reload());
    return () => {
      offPosition();
      offLeft();
      offResync();
    };
  }, [queues, i18n]);
}
