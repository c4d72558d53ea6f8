import type { FormProblem } from './form';
import { Notice } from './Notice';

/**
 * A failed call in words: the translated general message, and the server's own English
 * explanation (Problem Details `detail`) marked lang="en" so screen readers read it right.
 */
export function ProblemNotice({ problem, id }: { problem: FormProblem | undefined; id?: string }) {
  if (!problem) {
    return null;
  }

  return (
    <Notice kind="warning" id={id}>
      <p>
        {problem.message}
        {problem.serverText ? <> <span lang="en">({problem.serverText})</span></> : null}
      </p>
    </Notice>
  );
}
