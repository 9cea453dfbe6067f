import { HealthSchema, PROTOCOL_VERSION } from '../../../shared/clip/clipSchema';

export type ConnectionResult = { ok: boolean; message: string };

const TIMEOUT_MS = 30_000;

/**
 * "Test connection": GET the web app (its doGet answers a Health without needing the token) and say in plain
 * words whether clips can be sent. The token is only checked when a clip is sent.
 */
export async function testConnection(url: string, fetchFn: typeof fetch = fetch): Promise<ConnectionResult> {
  let text: string;
  let status: number;
  try {
    const response = await fetchFn(url, { method: 'GET', redirect: 'follow', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
    status = response.status;
    text = await response.text();
  } catch {
    return { ok: false, message: 'Could not reach the tracker: check the URL and your internet connection.' };
  }
  if (status === 404) return { ok: false, message: 'Nothing was found at this address: copy the URL again from Extensions → SENCO Time → Clip settings… in the tracker spreadsheet.' };
  if (status < 200 || status >= 300) return { ok: false, message: `The tracker’s server had a problem (error ${status}): try again in a minute.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This URL answered with a web page, not the tracker: deploy the web app with access “Anyone”, and copy its /exec URL.' };
  }
  const health = HealthSchema.safeParse(json);
  if (!health.success) return { ok: false, message: 'This URL is not a SENCO Time tracker.' };
  if (health.data.protocol !== PROTOCOL_VERSION) {
    return { ok: false, message: 'The tracker and this extension are different versions: ask whoever set up SENCO Time to update the older one.' };
  }
  if (!health.data.ok || !health.data.tracker) return { ok: false, message: health.data.message };
  return { ok: true, message: `Connected. ${health.data.message}` };
}
