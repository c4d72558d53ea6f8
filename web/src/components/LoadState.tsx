import { useI18n } from '../i18n/context';
import type { FormProblem } from './form';
import { Notice } from './Notice';

/** "Loading…" while loading, and the problem when loading failed. */
export function LoadState({ loading, problem }: { loading: boolean; problem?: FormProblem | undefined }) {
  const { t } = useI18n();
  if (problem) {
    return (
      <Notice kind="warning">
        <p>{problem.message}{problem.serverText ? <> <span lang="en">({problem.serverText})</span></> : null}</p>
      </Notice>
    );
  }

  return loading ? <p role="status">{t('app.loading')}</p> : null;
}
