import { noteServerDate } from '../time/serverClock';

/** RFC 9457 Problem Details as the server sends them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** A failed call: the status, and the server's Problem Details when it sent them. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Field errors keyed by the API's field names (camelCase), empty when there are none. */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [field, messages] of Object.entries(this.problem.errors ?? {})) {
      const name = field.length > 0 ? field[0]!.toLowerCase() + field.slice(1) : field;
      result[name] = messages.join(' ');
    }

    return result;
  }
}

/** The network failed or the server could not be reached: no HTTP status at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

type UnauthorizedListener = () => void;
let unauthorizedListener: UnauthorizedListener | undefined;

/** Called when any call other than sign-in answers 401: the session has ended. */
export function onUnauthorized(listener: UnauthorizedListener | undefined): void {
  unauthorizedListener = listener;
}

export interface RequestOptions {
  /** Statuses that are an answer rather than an error (e.g. 404 for "no profile yet"). */
  allow?: readonly number[];
  /** Do not treat 401 as the end of the session (sign-in itself). */
  anonymous?: boolean;
}

/** One JSON call to the API with the session cookie. 204 and allowed statuses resolve to undefined. */
export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T | undefined> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  const response = await send(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  noteServerDate(response.headers.get('Date'), Date.now());

  if (response.ok) {
    if (response.status === 204 || response.headers.get('Content-Length') === '0') {
      return undefined;
    }

    const text = await response.text();
    return text ? (JSON.parse(text) as T) : undefined;
  }

  return failed(response, options);
}

/** Fetches with the session cookie; a failure to reach the server is a NetworkError. */
async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (error) {
    throw new NetworkError(error);
  }
}

/** An answer that is not ok: undefined for an allowed status, otherwise its ApiError (a 401 first ends the session). */
async function failed(response: Response, options: RequestOptions): Promise<undefined> {
  if (options.allow?.includes(response.status)) {
    return undefined;
  }

  const problem = await readProblem(response);
  if (response.status === 401 && !options.anonymous) {
    unauthorizedListener?.();
  }

  throw new ApiError(response.status, problem);
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  try {
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as ProblemDetails) : {};
  } catch {
    return { status: response.status };
  }
}

/** Uploads one file as multipart/form-data in the field `file` (resumes, logos); the JSON answer. */
export async function upload<T>(method: 'POST' | 'PUT', path: string, file: Blob, fileName?: string): Promise<T | undefined> {
  const form = new FormData();
  if (fileName === undefined) {
    form.append('file', file);
  } else {
    form.append('file', file, fileName);
  }

  const response = await send(path, { method, headers: { Accept: 'application/json' }, body: form });
  noteServerDate(response.headers.get('Date'), Date.now());
  if (response.ok) {
    const text = await response.text();
    return text ? (JSON.parse(text) as T) : undefined;
  }

  return failed(response, {});
}

/** A file the API serves (a resume): fetched whole, with its name from Content-Disposition. */
export interface FetchedFile {
  blob: Blob;
  fileName: string | undefined;
  lastModified: string | undefined;
}

export async function fetchFile(path: string, options: RequestOptions = {}): Promise<FetchedFile | undefined> {
  const response = await send(path, {});
  if (response.ok) {
    return {
      blob: await response.blob(),
      fileName: fileNameOf(response.headers.get('Content-Disposition')),
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    };
  }

  return failed(response, options);
}

/** The file name of a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function fileNameOf(header: string | null): string | undefined {
  if (!header) {
    return undefined;
  }

  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // Fall back to the plain name.
    }
  }

  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain ? (plain[2] ?? plain[1]!).trim() : undefined;
}
