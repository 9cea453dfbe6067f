import { findDatesOfBirth, findWrittenDates, type DateOfBirthSpan } from './datesOfBirth';
import { toInitials } from './initials';
import { findLabelledNames } from './labelledNames';
import { findLikelyNames } from './likelyNames';
import { nameMentions, nameParts } from './nameMentions';
import { isValidNhsNumber } from './nhsNumber';

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

/**
 * `text` with pupil data taken out, and how much of each kind went. Pupil names (from
 * `known.pupilNames`, from labels such as "Child/Young person:" in the text, and from phrases such
 * as "review for Jamie Smith": see findLikelyNames) become initials
 * wherever they recur, whole or in part, in any case ("Jamie Smith", "SMITH, Jamie", "Jamie",
 * "Smith" → "J.S."); parents' names, dates of birth, UPNs, ULNs, NHS numbers (labelled, or
 * unlabelled with a valid check digit), addresses (labelled, or a numbered street), postcodes,
 * e-mail addresses and UK phone numbers become a bracketed tag such as "[UPN removed]".
 * Idempotent: redacting the result again changes nothing and removes nothing.
 */
export function redact(text: string, known: KnownPersonalData = {}): { text: string; removed: RedactionCount[] } {
  const counts = new Map<RedactionKind, number>();
  const count = (kind: RedactionKind) => counts.set(kind, (counts.get(kind) ?? 0) + 1);

  const labelled = findLabelledNames(text);
  const likely = findLikelyNames(text);
  let out = text;
  out = replaceSpans(out, [...findDatesOfBirth(out), ...findWrittenDates(out, known.datesOfBirth ?? [])], () => {
    count('date-of-birth');
    return REDACTION_TAGS['date-of-birth'];
  });
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

  const pupilNames = [...(known.pupilNames ?? []), ...labelled.pupilNames, ...likely.pupilNames];
  const pupilParts = new Set(pupilNames.flatMap(nameParts));
  const parentParts = [...new Set([...(known.parentNames ?? []), ...labelled.parentNames, ...likely.parentNames].flatMap(nameParts))];
  const parents = nameMentions(parentParts, true);
  if (parents) {
    out = outsideTags(out, (segment) =>
      segment.replace(parents, (match) => {
        // A surname shared with the pupil is left for the pupil's initials ("Mrs Smith" → "Mrs J.S.").
        if (mentionedParts(match).every((part) => pupilParts.has(part))) return match;
        count('parent-name');
        return REDACTION_TAGS['parent-name'];
      }),
    );
  }
  for (const name of pupilNames) {
    const initials = toInitials(name);
    const mentions = nameMentions(nameParts(name));
    if (!mentions || initials === '') continue;
    out = outsideTags(out, (segment) =>
      segment.replace(mentions, (match: string, offset: number, whole: string) => {
        if (isCommonWordInLowerCase(match)) return match;
        count('name');
        // "…for Jamie Smith." reads "…for J.S." rather than "J.S..".
        return whole[offset + match.length] === '.' ? initials.replace(/\.$/, '') : initials;
      }),
    );
  }

  const removed = REDACTION_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  return { text: out, removed };
}

/** Counts from several redactions added up by kind, in the fixed kind order. */
export function mergeCounts(...lists: readonly (readonly RedactionCount[])[]): RedactionCount[] {
  const totals = new Map<RedactionKind, number>();
  for (const { kind, count } of lists.flat()) totals.set(kind, (totals.get(kind) ?? 0) + count);
  return REDACTION_KINDS.filter((kind) => (totals.get(kind) ?? 0) > 0).map((kind) => ({ kind, count: totals.get(kind) ?? 0 }));
}

interface Rule {
  kind: Exclude<RedactionKind, 'name' | 'parent-name' | 'date-of-birth'>;
  /** Global; an optional `label` group is kept, the `value` group (or the whole match) is removed. */
  pattern: RegExp;
  accept?: (value: string) => boolean;
}

const POSTCODE_AREAS =
  'AB|AL|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|W|YO|ZE';
const STREET_TYPES =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Terrace|Walk|Row|Hill|Park|Square|Sq|Mews|Rise|View|Green|Parade|Gate|Vale|Mount|Boulevard|Chase|Meadow|Meadows|Fields|Croft|Wharf|Yard';
const FIELD = String.raw`[ \t]*(?:number|no\.?|num)?[ \t]*[:#-]?[ \t]*`;

/** Applied in this order: labelled values first, so that a label keeps its own kind of tag. */
const RULES: readonly Rule[] = [
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

function outsideTags(text: string, change: (segment: string) => string): string {
  let out = '';
  let last = 0;
  for (const tag of text.matchAll(TAG)) {
    const index = tag.index ?? 0;
    out += change(text.slice(last, index)) + tag[0];
    last = index + tag[0].length;
  }
  return out + change(text.slice(last));
}

function replaceSpans(text: string, spans: DateOfBirthSpan[], replacement: () => string): string {
  const ordered = [...spans].sort((a, b) => a.index - b.index);
  let out = '';
  let last = 0;
  for (const span of ordered) {
    if (span.index < last) continue;
    out += text.slice(last, span.index) + replacement();
    last = span.end;
  }
  return out + text.slice(last);
}

function mentionedParts(match: string): string[] {
  return nameParts(match.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+/i, ''));
}

/** Given names that are also everyday words, left alone when written in lower case ("the school will"). */
const COMMON_WORDS = new Set(['will', 'may', 'hope', 'grace', 'joy', 'faith', 'rose', 'mark', 'bill', 'frank', 'summer', 'autumn', 'dawn', 'sky', 'river', 'page', 'young', 'long', 'white', 'green', 'brown', 'black', 'hall', 'wood', 'king', 'bell', 'hill', 'little', 'rich', 'sunny', 'holly', 'ivy', 'june', 'april', 'august', 'art', 'ray', 'pat', 'sue', 'max', 'jack', 'chase', 'hunter', 'mason', 'cook', 'baker', 'bishop', 'carter', 'turner', 'walker', 'ward', 'reading']);

function isCommonWordInLowerCase(match: string): boolean {
  return !/\s|,/.test(match) && COMMON_WORDS.has(match.toLowerCase()) && match[0] === match[0].toLowerCase();
}
