import { isNotNameWord } from './notNameWords';
import { mergeCounts, type RedactionCount } from './redactIdentifiers';

/** A text redactor: the page passes `redact`, the server `redactCore`. */
export type Clean = (text: string) => { text: string; removed: RedactionCount[] };

/** Query parameters whose values are personal whatever they look like (`?dob=…`, `?childName=…`). */
const PERSONAL_PARAMETER = /name|dob|birth|upn|uln|nhs|post_?code|e-?mail|phone|tel|mobile|address/i;
/** Parameters whose one-word value says how the page is shown (`?tab=advice`, `?sort=asc`), never who it is about. */
const DISPLAY_PARAMETER =
  /^(?:tab|page|view|section|sort|order|dir|mode|lang|step|action|type|status|format|layout|panel|size|pagesize|per_page|stage|phase)$/i;
/** Path segments after which the next segment names the child (`/pupils/jamie/`). */
const COLLECTION = /^(?:pupils?|child(?:ren)?|students?|learners?|young-?people|young-?person|persons?|people|cyp|profiles?|names?)$/i;
/** Words in portal paths that are never names, besides the everyday EHCP words. */
const ROUTE_WORDS = new Set(
  'my all list new edit view search index dashboard api app login logout portal live web pages page forms form tasks task inbox outbox cases case home public private admin settings files file docs upload download details request requests professional us about privacy notice cookies accessibility help faq news events'.split(
    ' ',
  ),
);

/**
 * A parameter value that points at nobody: empty, a number of up to nine digits (ten is a ULN or NHS number), a
 * UUID or hex key, a mixed letters-and-digits token that is not a UPN, initials ("J.S."), or true/false.
 */
export function isOpaqueValue(value: string): boolean {
  if (/^[A-Z]\d{11}[0-9A-Z]$/i.test(value)) return false;
  if (value === '' || /^\d{1,9}$/.test(value) || /^(?:true|false|yes|no)$/i.test(value)) return true;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) || /^[0-9a-f]{12,64}$/i.test(value)) return true;
  if (/^(?:\p{Lu}\.){1,4}$/u.test(value)) return true;
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** A path segment that spells a person's name as a slug: "jamie-smith", "Jamie_Smith", "noah.williams". */
export function isNameSlug(segment: string): boolean {
  const words = segment.split(/[-_.+ ]+/);
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^[\p{L}'’]{2,}$/u.test(word))) return false;
  return !words.some((word) => isNotNameWord(word) || ROUTE_WORDS.has(word.toLowerCase()));
}

/**
 * A page address with pupil data taken out, plus what went. Parsed by hand (Apps Script has no URL class):
 * credentials are dropped; a path segment that is a name slug, or follows "/pupils/" and is not opaque, becomes
 * "removed", any other segment is redacted like text; a query value becomes "removed" when its parameter is
 * named like a personal field, or when, once redacted, it is neither opaque nor a one-word display setting; the
 * fragment is read like a path when it is a route ("#/pupils/…"), else redacted like text. Text that is not an
 * address is redacted as text.
 */
export function redactAddress(url: string, clean: Clean): { url: string; removed: RedactionCount[] } {
  const parts =
    /^(?<origin>[a-z][a-z0-9+.-]*:\/\/)(?:[^/?#@]*@)?(?<host>[^/?#]*)(?<path>[^?#]*)(?:\?(?<query>[^#]*))?(?:#(?<hash>.*))?$/is.exec(
      url.trim(),
    )?.groups;
  if (!parts) {
    const { text, removed } = clean(url);
    return { url: text, removed };
  }
  const counts: RedactionCount[] = [];
  const cleaned = (text: string): string => {
    const result = clean(text);
    counts.push(...result.removed);
    return result.text;
  };
  let out = `${parts.origin}${parts.host}${redactPath(parts.path ?? '', cleaned, counts)}`;
  if (parts.query !== undefined) out += `?${redactQuery(parts.query, cleaned, counts)}`;
  if (parts.hash !== undefined) {
    const route = /^(!?)(\/[^?]*)(?:\?(.*))?$/s.exec(parts.hash);
    // "#/pupils/…" is a route, "#q=…&page=2" a query; anything else is text.
    if (route)
      out += `#${route[1]}${redactPath(route[2], cleaned, counts)}${route[3] !== undefined ? `?${redactQuery(route[3], cleaned, counts)}` : ''}`;
    else if (/^[\w.-]+=/.test(parts.hash)) out += `#${redactQuery(parts.hash, cleaned, counts)}`;
    else out += `#${encodeIfChanged(parts.hash, cleaned)}`;
  }
  return { url: out, removed: mergeCounts(counts) };
}

function redactPath(path: string, cleaned: (text: string) => string, counts: RedactionCount[]): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      const decoded = safeDecode(segment);
      const redacted = cleaned(decoded);
      if (redacted !== decoded) return encodeURIComponent(redacted);
      if (decoded !== '' && (isNameSlug(decoded) || (i > 0 && COLLECTION.test(safeDecode(segments[i - 1])) && !isOpaqueValue(decoded)))) {
        counts.push({ kind: 'name', count: 1 });
        return 'removed';
      }
      return segment;
    })
    .join('/');
}

function redactQuery(query: string, cleaned: (text: string) => string, counts: RedactionCount[]): string {
  return query
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      if (at < 0) return pair;
      const key = pair.slice(0, at);
      const raw = pair.slice(at + 1);
      const value = safeDecode(raw);
      if (value === '') return pair;
      const redacted = PERSONAL_PARAMETER.test(key) ? null : cleaned(value);
      const display = DISPLAY_PARAMETER.test(safeDecode(key)) && /^[a-z][a-zA-Z_-]{0,24}$/.test(value);
      if (redacted !== null && redacted === value && (isOpaqueValue(value) || display)) return pair;
      if (redacted !== null && redacted !== value && isOpaqueValue(redacted)) return `${key}=${encodeURIComponent(redacted)}`;
      if (redacted === null || redacted === value) counts.push({ kind: kindOfParameter(key), count: 1 });
      return `${key}=removed`;
    })
    .join('&');
}

/** The kind a removed parameter's value counts as in the popup's "Removed: …" line. */
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

function encodeIfChanged(raw: string, cleaned: (text: string) => string): string {
  const decoded = safeDecode(raw);
  const redacted = cleaned(decoded);
  return redacted === decoded ? raw : encodeURIComponent(redacted);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
