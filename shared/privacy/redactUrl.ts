import { mergeCounts, redact, type KnownPersonalData, type RedactionCount } from './redact';

/** Query parameters whose values are personal whatever they look like (`?dob=…`, `?childName=…`). */
const PERSONAL_PARAMETER = /name|dob|birth|upn|uln|nhs|post_?code|e-?mail|phone|tel|mobile|address/i;

/** The kind a personal parameter's value counts as in the popup's "Removed: …" line. */
function kindOfParameter(key: string): RedactionCount['kind'] {
  const k = key.toLowerCase();
  if (/dob|birth/.test(k)) return 'date-of-birth';
  if (/upn/.test(k)) return 'upn';
  if (/uln/.test(k)) return 'uln';
  if (/nhs/.test(k)) return 'nhs-number';
  if (/post_?code/.test(k)) return 'postcode';
  if (/e-?mail/.test(k)) return 'email';
  if (/phone|tel|mobile/.test(k)) return 'phone';
  if (/address/.test(k)) return 'address';
  return /parent|carer|mother|father|mum|dad/.test(k) ? 'parent-name' : 'name';
}

/**
 * The page address with pupil data taken out of its path segments, query values and fragment
 * (each decoded, redacted like text, and encoded again), plus what was removed. Values of
 * parameters named like personal fields (name, dob, upn, nhs, email, phone…) become "removed".
 * An address that does not parse is redacted as plain text.
 */
export function redactUrl(url: string, known: KnownPersonalData = {}): { url: string; removed: RedactionCount[] } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const { text, removed } = redact(url, known);
    return { url: text, removed };
  }
  const counts: RedactionCount[][] = [];
  const clean = (value: string): string => {
    const result = redact(value, known);
    counts.push(result.removed);
    return result.text;
  };

  parsed.pathname = parsed.pathname
    .split('/')
    .map((segment) => {
      const decoded = safeDecode(segment);
      const redacted = clean(decoded);
      return redacted === decoded ? segment : encodeURIComponent(redacted);
    })
    .join('/');

  const params = new URLSearchParams();
  for (const [key, value] of parsed.searchParams) {
    if (PERSONAL_PARAMETER.test(key) && value !== '') {
      params.append(key, 'removed');
      counts.push([{ kind: kindOfParameter(key), count: 1 }]);
    } else {
      params.append(key, clean(value));
    }
  }
  parsed.search = params.toString();

  if (parsed.hash) {
    const decoded = safeDecode(parsed.hash.slice(1));
    const redacted = clean(decoded);
    if (redacted !== decoded) parsed.hash = encodeURI(redacted);
  }
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), removed: mergeCounts(...counts) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
