import { type KnownPersonalData, type RedactionCount, redact } from './redact';
import { redactAddress } from './redactAddress';

/**
 * The page address with pupil data taken out (see `redactAddress`), each part redacted with the page's full
 * `redact` and the names and dates of birth known from the page, plus what was removed.
 */
export function redactUrl(url: string, known: KnownPersonalData = {}): { url: string; removed: RedactionCount[] } {
  return redactAddress(url, (text) => redact(text, known));
}
