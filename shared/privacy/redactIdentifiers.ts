import { isValidNhsNumber } from './nhsNumber';

/**
 * Redaction of identifiers and contact details by pattern alone: e-mail addresses, UPNs, ULNs, NHS numbers,
 * addresses, postcodes, UK phone numbers, and a date written right after "DOB" or "date of birth". It needs
 * no date parser, so the Apps Script bundle carries it as a second line of defence; `redact` adds names and
 * dates of birth in every written form.
 */

export const REDACTION_KINDS = ['name', 'parent-name', 'date-of-birth', 'upn', 'uln', 'nhs-number', 'address', 'postcode', 'email', 'phone'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** How many things of one kind were taken out of a text (names: shortened to initials). */
export interface RedactionCount {
  kind: RedactionKind;
  count: number;
}

/** Personal data known from the page's labelled fields, to be found again wherever it is repeated. */
export interface KnownPersonalData {
  /** The pupil's names as written on the page; each mention becomes the pupil's initials. */
  pupilNames?: readonly string[];
  /** Parents', carers' and family contacts' names; each mention becomes a tag. */
  parentNames?: readonly string[];
  /** Dates of birth as YYYY-MM-DD; any date written that equals one is removed. */
  datesOfBirth?: readonly string[];
}

/** The tag each kind leaves in the text (names become initials instead). */
export const REDACTION_TAGS: Record<Exclude<RedactionKind, 'name'>, string> = {
  'parent-name': '[parent/carer name removed]',
  'date-of-birth': '[date of birth removed]',
  upn: '[UPN removed]',
  uln: '[ULN removed]',
  'nhs-number': '[NHS number removed]',
  address: '[address removed]',
  postcode: '[postcode removed]',
  email: '[email removed]',
  phone: '[phone number removed]',
};

interface Rule {
  kind: Exclude<RedactionKind, 'name' | 'parent-name'>;
  /** Global; an optional `label` group is kept, the `value` group (or the whole match) is removed. */
  pattern: RegExp;
  accept?: (value: string) => boolean;
}

const POSTCODE_AREAS =
  'AB|AL|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|W|YO|ZE';
const STREET_TYPES =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Terrace|Walk|Row|Hill|Park|Square|Sq|Mews|Rise|View|Green|Parade|Gate|Vale|Mount|Boulevard|Chase|Meadow|Meadows|Fields|Croft|Wharf|Yard';
const FIELD = String.raw`[ \t]*(?:number|no\.?|num)?[ \t]*[:#-]?[ \t]*`;

/** The words that label a date of birth ("DOB", "D.O.B.", "date of birth", "birth date"), for every pattern that needs them. */
export const DOB_LABEL = String.raw`d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date`;

/** Applied in this order: labelled values first, so that a label keeps its own kind of tag. */
export const RULES: readonly Rule[] = [
  // A numeric date right after its label; \`redact\` also finds dates of birth written in words.
  { kind: 'date-of-birth', pattern: new RegExp(String.raw`(?<label>\b(?:${DOB_LABEL})[\s:=\-–—]*)(?<value>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?!\d)`, 'gi') },
  { kind: 'email', pattern: /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  { kind: 'upn', pattern: new RegExp(String.raw`(?<label>\b(?:UPN|unique pupil number)${FIELD})(?<value>[A-Z0-9]{8,14})\b`, 'gi') },
  { kind: 'uln', pattern: new RegExp(String.raw`(?<label>\b(?:ULN|unique learner number)${FIELD})(?<value>\d{10})(?!\d)`, 'gi') },
  { kind: 'nhs-number', pattern: new RegExp(String.raw`(?<label>\bNHS${FIELD})(?<value>\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)`, 'gi') },
  { kind: 'upn', pattern: /(?<![A-Z0-9])[A-Z]\d{11}[0-9A-Z](?![0-9])/g },
  { kind: 'nhs-number', pattern: /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/g, accept: isValidNhsNumber },
  // UK numbers: 0 or +44 / 0044 (with an optional "(0)"), then 9 or 10 digits, spaced or not.
  { kind: 'phone', pattern: /(?<![\p{N}+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)[1-9](?:[ -]?\)?[ -]?\d){8,9}(?!\d)/gu },
  {
    kind: 'address',
    pattern: new RegExp(
      String.raw`(?<label>\b(?:(?:home|postal|correspondence|current|permanent|family|parent(?:'s)?|carer(?:'s)?)[ \t]+)?(?<!e-?mail[ \t])(?<!web[ \t])address(?:[ \t]+line[ \t]*\d)?[ \t]*:[ \t]*)(?<value>[^\n\[]*[^\s\[])`,
      'gi',
    ),
  },
  { kind: 'address', pattern: new RegExp(String.raw`(?:\b(?:Flat|Apartment|Unit)\s+\d+[A-Za-z]?,?\s+)?(?<!\d)\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:${STREET_TYPES})(?![a-z])\.?`, 'g') },
  { kind: 'postcode', pattern: /(?<label>\bpost\s?code[ \t]*:?[ \t]*)(?<value>[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/gi },
  // Unlabelled postcodes in capitals only, with a real postcode area, so "Y11 2nd" is not one.
  { kind: 'postcode', pattern: new RegExp(String.raw`(?<![A-Z0-9])(?:${POSTCODE_AREAS})\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}(?![A-Z])`, 'g') },
];

/** Tags already in the text are never searched again: that is what makes redaction idempotent. */
const TAG = /\[[^[\]\n]{1,40} removed\]/g;

export function outsideTags(text: string, change: (segment: string) => string): string {
  let out = '';
  let last = 0;
  for (const tag of text.matchAll(TAG)) {
    const index = tag.index ?? 0;
    out += change(text.slice(last, index)) + tag[0];
    last = index + tag[0].length;
  }
  return out + change(text.slice(last));
}


type Counter = (kind: RedactionKind) => void;

/** A tally of removals by kind: `count` one at a time, then `removed()` in the fixed kind order. */
export function tally(): { count: Counter; removed: () => RedactionCount[] } {
  const counts = new Map<RedactionKind, number>();
  return {
    count: (kind) => counts.set(kind, (counts.get(kind) ?? 0) + 1),
    removed: () => REDACTION_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! })),
  };
}

/** Applies the pattern rules to `text`, counting each removal; tags already present are left alone. */
export function applyRules(text: string, count: Counter): string {
  let out = text;
  for (const rule of RULES) {
    out = outsideTags(out, (segment) =>
      segment.replace(rule.pattern, (...args) => {
        const match = args[0] as string;
        // replace() passes a groups object last only when the pattern has named groups.
        const last: unknown = args.at(-1);
        const groups = (typeof last === 'object' && last !== null ? last : {}) as Record<string, string | undefined>;
        const value = groups.value ?? match;
        if (rule.accept && !rule.accept(value)) return match;
        count(rule.kind);
        return (groups.label ?? '') + REDACTION_TAGS[rule.kind];
      }),
    );
  }
  return out;
}

/** `text` without identifiers and contact details (no names: see `redact`), and how many of each went. Idempotent. */
export function redactIdentifiers(text: string): { text: string; removed: RedactionCount[] } {
  const t = tally();
  const out = applyRules(text, t.count);
  return { text: out, removed: t.removed() };
}
