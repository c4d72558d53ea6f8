import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, onUnauthorized, request } from './http';

function answer(status: number, body?: unknown, contentType = 'application/json') {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': contentType },
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthorized(undefined);
});

describe('request', () => {
  it('sends JSON with the session cookie and returns the parsed answer', async () => {
    const fetch = answer(200, { userId: 'u1' });
    vi.stubGlobal('fetch', fetch);

    await expect(request('POST', '/api/x', { a: 1 })).resolves.toEqual({ userId: 'u1' });
    expect(fetch).toHaveBeenCalledWith('/api/x', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"a":1}',
      credentials: 'same-origin',
    });
  });

  it('resolves 204 to undefined', async () => {
    vi.stubGlobal('fetch', answer(204));
    await expect(request('DELETE', '/api/x')).resolves.toBeUndefined();
  });

  it('resolves an allowed status to undefined', async () => {
    vi.stubGlobal('fetch', answer(404, { title: 'Not found', status: 404 }, 'application/problem+json'));
    await expect(request('GET', '/api/me/profile', undefined, { allow: [404] })).resolves.toBeUndefined();
  });

  it('turns validation Problem Details into field errors keyed by camelCase field', async () => {
    vi.stubGlobal('fetch', answer(400, {
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { GraduationYear: ['Graduation year must be between 1990 and 2100.'], email: ['Email is required.', 'Really.'] },
    }, 'application/problem+json'));

    const error = await request('PUT', '/api/me/profile', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors).toEqual({
      graduationYear: 'Graduation year must be between 1990 and 2100.',
      email: 'Email is required. Really.',
    });
  });

  it('tells the session a 401 ended it, except for anonymous calls', async () => {
    const ended = vi.fn();
    onUnauthorized(ended);
    vi.stubGlobal('fetch', answer(401, { title: 'Not signed in', status: 401 }, 'application/problem+json'));

    await expect(request('POST', '/api/auth/login', {}, { anonymous: true })).rejects.toBeInstanceOf(ApiError);
    expect(ended).not.toHaveBeenCalled();
    await expect(request('GET', '/api/me/queues')).rejects.toBeInstanceOf(ApiError);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('reports a failed connection as a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    await expect(request('GET', '/api/fairs')).rejects.toBeInstanceOf(NetworkError);
  });
});
