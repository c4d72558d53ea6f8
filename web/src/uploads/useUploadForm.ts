import { useState } from 'preact/hooks';
import { problemFor, type FieldErrors, type FormProblem } from '../components/form';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/i18n';
import { checkFile, uploadProblem, type FileProblem } from './checks';

export interface UploadRules<T> {
  /** What each problem with the file is called on the field. */
  words: Record<FileProblem, MessageKey>;
  maxBytes: number;
  types: readonly string[];
  extensions: readonly string[];
  /** Sends the checked file. */
  upload: (file: File) => Promise<T | undefined>;
  /** After a successful upload (the field is emptied for another file). */
  onUploaded: (answer: T | undefined, file: File) => void;
  /** When a new attempt starts (e.g. to hide the last success). */
  onStart?: () => void;
}

/**
 * One file field's upload: the chosen file, a check before sending (the server decides again),
 * the server's 413/415 shown on the field, other failures in the error summary.
 */
export function useUploadForm<T>(rules: UploadRules<T>) {
  const i18n = useI18n();
  const [file, setFile] = useState<File | undefined>();
  const [inputKey, setInputKey] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (found: FileProblem) => {
    setErrors({ file: i18n.t(rules.words[found]) });
    setAttempt(n => n + 1);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    rules.onStart?.();
    setProblem(undefined);
    const found = checkFile(file, rules.maxBytes, rules.types, rules.extensions);
    if (found) {
      fail(found);
      return;
    }

    setBusy(true);
    setErrors({});
    try {
      const answer = await rules.upload(file!);
      rules.onUploaded(answer, file!);
      setFile(undefined);
      setInputKey(n => n + 1);
    } catch (error) {
      const refused = uploadProblem(error);
      if (refused) {
        fail(refused);
      } else {
        setProblem(problemFor(i18n, error));
        setAttempt(n => n + 1);
      }
    } finally {
      setBusy(false);
    }
  };

  return { setFile, inputKey, errors, problem, attempt, busy, onSubmit };
}
