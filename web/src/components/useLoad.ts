import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';
import { problemFor, type FormProblem } from './form';

/**
 * Loads data once (and again on reload() or when deps change); the data, or the problem that
 * stopped it. Only the latest call's answer is kept: an earlier, slower answer (the list before
 * a filter was applied) never overwrites a later one.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[] = []) {
  const i18n = useI18n();
  const [data, setData] = useState<T | undefined>();
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    try {
      const value = await load();
      if (call === latest.current) {
        setData(value);
        setProblem(undefined);
      }
    } catch (error) {
      if (call === latest.current) {
        setProblem(problemFor(i18n, error));
      }
    } finally {
      if (call === latest.current) {
        setLoading(false);
      }
    }
  }, deps);

  useEffect(() => void reload(), [reload]);
  return { data, setData, problem, loading, reload };
}
