import { useEffect, useMemo, useReducer } from 'preact/hooks';
import type { LiveSnapshot } from '../api/types';
import type { HubEvents } from '../hub/events';
import { fairHub } from '../hub/fairHub';
import { actionFor, emptyLive, liveEventNames, liveReducer, type LiveState } from './liveState';

/**
 * Watches a live session over the hub for as long as the page shows it: WatchLive's answer (again
 * after every new connection), then LiveStatus, LiveViewers, PinnedJob, UnpinnedJob, LiveChat,
 * LiveChatDeleted and LiveMuted, folded by liveReducer.
 */
export function useLiveSession(sessionId: string): LiveState {
  const [state, dispatch] = useReducer(liveReducer, emptyLive);
  const onSnapshot = useMemo(() => (snapshot: LiveSnapshot) => dispatch({ type: 'snapshot', snapshot }), [sessionId]);

  useEffect(() => {
    const offs = liveEventNames.map(name => fairHub.on(name, (payload: HubEvents[typeof name]) => {
      const action = actionFor(name, payload, sessionId);
      if (action) {
        dispatch(action);
      }
    }));
    void fairHub.watchLive(sessionId, onSnapshot);
    return () => {
      offs.forEach(off => off());
      void fairHub.unwatchLive(sessionId, onSnapshot);
    };
  }, [sessionId]);

  return state;
}
