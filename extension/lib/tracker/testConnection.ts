import { HealthSchema, PROTOCOL_VERSION } from '../../../shared/clip/clipSchema';
import { OLD_KEY_MESSAGE } from '../../../shared/clip/connectionCode';
import { fingerprintOfDigest } from '../../../shared/clip/keyFingerprint';

export type ConnectionResult = { ok: boolean; message: string };

const TIMEOUT_MS = 30_000;

/** The token's fingerprint (shared/clip/keyFingerprint.ts): the tracker can check it without the token being sent. */
export async function tokenFingerprint(token: string): Promise<string> {
  return fingerprintOfDigest(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))));
}

/**
 * "Test connection": GET the web app (its doGet answers a Health without needing the token) and say in plain
 * words whether clips can be sent. With a token, its fingerprint goes as ?key= and the tracker says whether it is
 * the current token, so a code or token from before "Make a new code" is caught here rather than at the first clip.
 */
export async function testConnection(url: string, fetchFn: typeof fetch = fetch, token = ''): Promise<ConnectionResult> {
  let text: string;
  let status: number;
  const target = new URL(url);
  if (token !== '') target.searchParams.set('key', await tokenFingerprint(token));
  try {
    const response = await fetchFn(target.href, {
      method: 'GET',
      redirect: 'follow',
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    status = response.status;
    text = await response.text();
  } catch {
    return { ok: false, message: 'Could not reach the tracker: check the URL and your internet connection.' };
  }
  if (status === 404)
    return {
      ok: false,
      message:
        'Nothing was found at this address: copy the URL again from Extensions → SENCO Time → Clip settings… in the tracker spreadsheet.',
    };
  if (status < 200 || status >= 300)
    return { ok: false, message: `The tracker’s server had a problem (error ${status}): try again in a minute.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This URL answered with a web page, not the tracker: deploy the web app with access “Anyone”, and copy its /exec URL.',
    };
  }
  const health = HealthSchema.safeParse(json);
  if (!health.success) return { ok: false, message: 'This URL is not a SENCO Time tracker.' };
  if (health.data.protocol !== PROTOCOL_VERSION) {
    return {
      ok: false,
      message: 'The tracker and this extension are different versions: ask whoever set up SENCO Time to update the older one.',
    };
  }
  if (!health.data.ok || !health.data.tracker) return { ok: false, message: health.data.message };
  if (health.data.key === 'old') return { ok: false, message: OLD_KEY_MESSAGE };
  return { ok: true, message: `Connected. ${health.data.message}` };
}
