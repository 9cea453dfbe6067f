import { type Clip, type ClipErrorCode, ClipReplySchema } from '../../../shared/clip/clipSchema';

/** Refusals that another try cannot fix: the SENCO must change the clip or the settings first. */
const REFUSALS = ['invalid-clip', 'bad-token', 'no-tracker', 'too-large', 'bad-request'] as const satisfies readonly ClipErrorCode[];
export type RefusalCode = (typeof REFUSALS)[number];

export type SendResult =
  | { outcome: 'saved'; row: number; duplicate: boolean }
  | { outcome: 'retry'; code: string; message: string }
  | { outcome: 'refused'; code: RefusalCode; message: string };

/** Long enough for a web app that waits up to 10 s for the document lock, then writes. */
export const POST_TIMEOUT_MS = 45_000;

/**
 * POSTs one clip to the tracker web app the way Apps Script needs it: the token in a JSON body sent as
 * text/plain (a "simple" request, so no preflight), no custom headers, redirects followed (the reply comes from a
 * one-time script.googleusercontent.com URL). Every outcome is a SendResult; nothing throws.
 */
export async function postClip(url: string, token: string, clip: Clip, fetchFn: typeof fetch = fetch): Promise<SendResult> {
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=utf-8' },
      body: JSON.stringify({ token, clip }),
      redirect: 'follow',
      credentials: 'omit',
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    return {
      outcome: 'retry',
      code: 'network',
      message: timedOut ? 'The tracker took too long to answer.' : 'The tracker could not be reached (offline, or the web app is down).',
    };
  }
  if (!response.ok)
    return {
      outcome: 'retry',
      code: 'http',
      message: `The tracker’s server had a problem (error ${response.status}); the clip will be sent again by itself.`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      outcome: 'retry',
      code: 'not-json',
      message:
        'The tracker URL answered with a web page, not the tracker: check the URL, and that the web app is deployed with access “Anyone”.',
    };
  }
  const reply = ClipReplySchema.safeParse(json);
  if (!reply.success)
    return { outcome: 'retry', code: 'not-json', message: 'The tracker’s answer was not understood: is the URL the SENCO Time tracker?' };
  if (reply.data.ok) return { outcome: 'saved', row: reply.data.row, duplicate: reply.data.duplicate };
  const { code, message } = reply.data.error;
  if ((REFUSALS as readonly string[]).includes(code)) return { outcome: 'refused', code: code as RefusalCode, message };
  return { outcome: 'retry', code, message };
}
