import { describe, expect, it, vi } from 'vitest';
import { sampleClip } from '../testing/sampleClip';
import { postClip } from './postClip';

const URL = 'https://script.google.com/macros/s/AKfycbx1234567890/exec';
const reply = (body: unknown, init: ResponseInit = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, ...init });
const failure = (code: string, message = `${code} happened`) => reply({ ok: false, error: { code, message } });

describe('postClip', () => {
  it('sends the token and clip as a text/plain JSON body, with no other header and redirects followed', async () => {
    const fetchFn = vi.fn<typeof fetch>(async () => reply({ ok: true, row: 7, duplicate: false }));
    const clip = sampleClip();
    await postClip(URL, 'tok-123', clip, fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe(URL);
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ 'Content-Type': 'text/plain;charset=utf-8' });
    expect(init?.redirect).toBe('follow');
    expect(init?.mode).toBeUndefined();
    expect(JSON.parse(String(init?.body))).toEqual({ token: 'tok-123', clip });
  });

  it('reports the row the tracker wrote, and whether it was already there', async () => {
    expect(await postClip(URL, 't', sampleClip(), async () => reply({ ok: true, row: 12, duplicate: true }))).toEqual({
      outcome: 'saved',
      row: 12,
      duplicate: true,
    });
  });

  it.each(['busy', 'internal'])('retries when the tracker answers %s', async (code) => {
    expect(await postClip(URL, 't', sampleClip(), async () => failure(code))).toMatchObject({ outcome: 'retry', code });
  });

  it.each(['invalid-clip', 'bad-token', 'no-tracker', 'too-large', 'bad-request'])(
    'stops when the tracker refuses with %s, keeping its message',
    async (code) => {
      expect(await postClip(URL, 't', sampleClip(), async () => failure(code, 'Because.'))).toEqual({
        outcome: 'refused',
        code,
        message: 'Because.',
      });
    },
  );

  it.each([
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    ['HTTP 500', async () => reply('oops', { status: 500 }), 'http'],
    ['HTTP 404', async () => reply('<html>Sorry</html>', { status: 404 }), 'http'],
    ['a Google sign-in page', async () => reply('<!doctype html><title>Sign in</title>'), 'not-json'],
    ['JSON that is not a reply', async () => reply({ hello: 'world' }), 'not-json'],
  ] as const)('retries after %s', async (_, fetchFn, code) => {
    expect(await postClip(URL, 't', sampleClip(), fetchFn as typeof fetch)).toMatchObject({ outcome: 'retry', code });
  });
});
