import { useEffect, useMemo } from 'preact/hooks';

/**
 * A reload that runs at most once per delay however often it is asked for (a burst of hub
 * messages becomes one fetch), and never after the component is gone.
 */
export function useCoalescedReload(reload: () => unknown, delayMs = 1_000): () => void {
  const state = useMemo(() => ({ timer: undefined as ReturnType<typeof setTimeout> | undefined, reload, alive: true }), []);
  state.reload = reload;
  useEffect(() => () => {
    state.alive = false;
    clearTimeout(state.timer);
  }, []);
  return useMemo(() => () => {
    if (state.timer !== undefined || !state.alive) {
      return;
    }

    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (state.alive) {
        void state.reload();
      }
    }, delayMs);
  }, [delayMs]);
}
