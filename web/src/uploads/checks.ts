import { ApiError } from '../api/http';

/** Why a chosen file cannot be sent, decided before uploading (the server decides again). */
export type FileProblem = 'required' | 'tooLarge' | 'wrongType';

/**
 * Browser-side check of a chosen file: present, not over maxBytes, and of an accepted type by
 * its declared type or name. The server decides by the first bytes; this only saves a wasted
 * upload, so a file without a declared type passes.
 */
export function checkFile(file: { size: number; type: string; name: string } | undefined, maxBytes: number, types: readonly string[], extensions: readonly string[]): FileProblem | undefined {
  if (!file) {
    return 'required';
  }

  if (file.size > maxBytes) {
    return 'tooLarge';
  }

  const name = file.name.toLowerCase();
  const typeKnown = file.type !== '';
  if (typeKnown ? !types.includes(file.type) : !extensions.some(extension => name.endsWith(extension))) {
    return 'wrongType';
  }

  return undefined;
}

/** The server's refusal of an upload as a file problem: 413 too large, 415 not the right type. */
export function uploadProblem(error: unknown): FileProblem | undefined {
  if (error instanceof ApiError) {
    if (error.status === 413) {
      return 'tooLarge';
    }

    if (error.status === 415) {
      return 'wrongType';
    }
  }

  return undefined;
}
