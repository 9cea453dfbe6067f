import { describe, expect, it, vi } from 'vitest';
import { OLD_KEY_MESSAGE } from '../../../shared/clip/connectionCode';
import { testConnection, tokenFingerprint } from './testConnection';

const URL = 'https://script.google.com/macros/s/AKfycbx1234567890/exec';
const health = (over: object = {}) => ({
  ok: true,
  app: 'senco-time-tracker',
  protocol: 1,
  tracker: true,
  message: 'The workload tracker is ready to receive clips.',
  ...over,
});
const answer =
  (body: unknown, status = 200) =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('testConnection', () => {
  it('GETs the web app and reports a ready tracker', async () => {
    const fetchFn = vi.fn<typeof fetch>(answer(health()));
    expect(await testConnection(URL, fetchFn)).toEqual({ ok: true, message: 'Connected. The workload tracker is ready to receive clips.' });
    expect(fetchFn.mock.calls[0][0]).toBe(URL);
    expect(fetchFn.mock.calls[0][1]?.method).toBe('GET');
  });

  it.each([
    [
      'a web app without a tracker',
      answer(health({ tracker: false, message: 'Run Set up workload tracker.' })),
      /^Run Set up workload tracker\.$/,
    ],
    ['another protocol', answer(health({ protocol: 2 })), /^The tracker and this extension are different versions/],
    ['another app', answer({ ok: true, app: 'something-else' }), /not a SENCO Time tracker/],
    ['a sign-in page', answer('<html>Sign in</html>'), /web page, not the tracker/],
    ['no deployment', answer('Not found', 404), /^Nothing was found at this address/],
    ['a server error', answer('oops', 500), /error 500/],
    ['no network', async () => Promise.reject(new TypeError('Failed to fetch')), /Could not reach the tracker/],
  ])('explains %s', async (_, fetchFn, message) => {
    const result = await testConnection(URL, fetchFn as typeof fetch);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
  });

  it('sends the token’s fingerprint, never the token, and reports an old key', async () => {
    const fetchFn = vi.fn<typeof fetch>(answer(health({ key: 'old' })));
    expect(await testConnection(URL, fetchFn, 'abc')).toEqual({ ok: false, message: OLD_KEY_MESSAGE });
    // sha256("abc") begins ba7816bf8f01cfea414140de5dae2223 (FIPS 180-2, appendix B.1)
    expect(fetchFn.mock.calls[0][0]).toBe(`${URL}?key=ba7816bf8f01cfea414140de5dae2223`);
    expect(await tokenFingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223');
    const current = vi.fn<typeof fetch>(answer(health({ key: 'current' })));
    expect(await testConnection(URL, current, 'abc')).toMatchObject({ ok: true });
  });
});
