import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';
import { problemFor, type FormProblem } from './form';

/** Loads data once (and again on reload()); the data, or the problem that stopped it. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[] = []) {
  const i18n = useI18n();
  const [data, setData] = useState<T | undefined>();
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    try {
      const value = await load();
      setData(value);
      setProblem(undefined);
    } catch (error) {
      setProblem(problemFor(i18n, error));
    } finally {
      setLoading(false);
    }
  }, deps);

  useEffect(() => void reload(), [reload]);
  return { data, setData, problem, loading, reload };
}
