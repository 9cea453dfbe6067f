import { EMAIL, UK_PHONE } from './contactPatterns';
import { keepLaContacts } from './keepLaContacts';
import { findLabelledDatesOfBirth } from './labelledDatesOfBirth';
import { isValidNhsNumber } from './nhsNumber';
import { normaliseText } from './normaliseText';
import { replaceOutsideTags, tagSpans } from './redactionTags';
import { replaceSpans } from './replaceSpans';

export { DOB_LABEL } from './labelledDatesOfBirth';

/**
 * Redaction of identifiers and contact details by pattern alone: e-mail addresses, UPNs, ULNs, NHS numbers,
 * addresses, postcodes, UK phone numbers, and a date written right after "DOB" or "date of birth". It needs
 * no date parser, so the Apps Script bundle carries it as a second line of defence; `redact` adds names and
 * dates of birth in every written form.
 */

export const REDACTION_KINDS = [
  'name',
  'parent-name',
  'date-of-birth',
  'upn',
  'uln',
  'nhs-number',
  'address',
  'postcode',
  'email',
  'phone',
] as const;
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
  /** The pupil's initials as the clip carries them ("J.S."): a run of capitalised words with these initials is the pupil's name. */
  pupilInitials?: string;
  /**
   * Present for a clip's text: the LA officers' work e-mail addresses and phone numbers are kept (`findLaContacts`),
   * judged with the host of the page the clip came from. Absent (survey comments), every contact detail goes.
   */
  keepLaContacts?: { pageHost?: string };
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
/** Nouns that follow a number in ordinary sentences ("12 weeks", "3 hours"), never a street's name. */
const NUMBER_NOUNS =
  'weeks?|days?|hours?|minutes?|months?|years?|terms?|sessions?|pupils?|children|students?|times?|of|the|and|to|in|at|for|on';
const LOWER_STREET_TYPES = 'road|street|avenue|lane|drive|crescent|gardens|grove|terrace|mews|close|way|court|place|walk|rise|square';
const STREET_TYPES =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Grove|Terrace|Walk|Row|Hill|Park|Square|Sq|Mews|Rise|View|Green|Parade|Gate|Vale|Mount|Boulevard|Chase|Meadow|Meadows|Fields|Croft|Wharf|Yard';
/** Between a label and its value: "UPN: ", "NHS no. ", "learner number - ". Bounded, so long runs of spaces cost nothing. */
const FIELD = String.raw`[ \t]{0,3}(?:number|no\.?|num|ref(?:erence)?)?[ \t]{0,3}[:#-]?[ \t]{0,3}`;
/** A separator inside a number: space, dot, hyphen or slash (no-break and zero-width spaces are normalised first). */
const SEP = String.raw`[ .\-/]?`;

/** Applied in this order: labelled values first, so that a label keeps its own kind of tag. */
export const RULES: readonly Rule[] = [
  { kind: 'email', pattern: EMAIL },
  {
    kind: 'upn',
    pattern: new RegExp(
      String.raw`(?<label>\b(?:UPN|unique pupil number)${FIELD})(?<value>[A-Z](?:${SEP}\d){11}${SEP}[0-9A-Z]|[A-Z0-9]{8,14})(?![A-Z0-9])`,
      'gi',
    ),
  },
  {
    kind: 'uln',
    pattern: new RegExp(
      String.raw`(?<label>\b(?:ULN|unique learner number|learner (?=num|no|ref))${FIELD})(?<value>\d(?:${SEP}\d){9})(?!\d)`,
      'gi',
    ),
  },
  {
    kind: 'nhs-number',
    pattern: new RegExp(String.raw`(?<label>\bNHS${FIELD})(?<value>\d{3}[ .\-/]{0,2}\d{3}[ .\-/]{0,2}\d{4})(?!\d)`, 'gi'),
  },
  { kind: 'upn', pattern: new RegExp(String.raw`(?<![A-Za-z0-9])[A-Z](?:${SEP}\d){11}${SEP}[0-9A-Z](?![0-9])`, 'g') },
  { kind: 'nhs-number', pattern: /(?<![\d.\-/])\d{3}[ .\-/]{0,2}\d{3}[ .\-/]{0,2}\d{4}(?![\d\-/]|\.\d)/g, accept: isValidNhsNumber },
  { kind: 'phone', pattern: UK_PHONE },
  {
    kind: 'address',
    pattern:
      /(?<label>\b(?:(?:home|postal|correspondence|current|permanent|family|parent(?:'s)?|carer(?:'s)?)[ \t]+)?(?<!e-?mail[ \t])(?<!web[ \t])address(?:[ \t]+line[ \t]{0,3}\d)?[ \t]{0,3}:[ \t]{0,3})(?<value>[^\n[\s][^\n[]{0,200})/gi,
  },
  {
    kind: 'address',
    pattern: new RegExp(
      String.raw`(?:\b(?:Flat|Apartment|Unit)\s+\d+[A-Za-z]?,?\s+)?(?<!\d)\d{1,4}[A-Za-z]?,?\s{1,20}(?:[A-Z][a-z'’]+\s{1,20}){1,3}(?:${STREET_TYPES})(?![a-z])\.?`,
      'g',
    ),
  },
  // In lower case only the street words no sentence uses after a number ("12 acacia avenue", not "2 weeks close").
  {
    kind: 'address',
    pattern: new RegExp(
      String.raw`(?<![\d\p{L}])\d{1,4}[a-z]?,?\s{1,20}(?:(?!(?:${NUMBER_NOUNS})\b)[\p{L}'’]{3,}\s{1,20}){1,3}(?:${LOWER_STREET_TYPES})(?![\p{L}])`,
      'gu',
    ),
  },
  { kind: 'postcode', pattern: /(?<label>\bpost\s?code[ \t]{0,3}:?[ \t]{0,3})(?<value>[A-Z]{1,2}\d[A-Z\d]?[ \t]{0,3}\d[A-Z]{2})\b/gi },
  // Unlabelled postcodes need a real postcode area, so "Y11 2nd" is not one; in any case, with odd spacing.
  // Capitals may follow a word glued on by markup ("ExampletownLS1 4AB"); any other case needs a word edge.
  {
    kind: 'postcode',
    pattern: new RegExp(String.raw`(?<![A-Z0-9])(?:${POSTCODE_AREAS})\d[A-Z\d]?[ \t]{0,3}\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])`, 'g'),
  },
  {
    kind: 'postcode',
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:${POSTCODE_AREAS})\d[A-Z\d]?[ \t]{0,3}\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])`, 'gi'),
    accept: (v) => !/\d(?:st|nd|rd|th)$/i.test(v),
  },
];

export { outsideTags, replaceOutsideTags, tagSpans } from './redactionTags';

export type Counter = (kind: RedactionKind) => void;

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
    out = replaceOutsideTags(out, rule.pattern, (match, groups) => {
      const value = groups.value ?? match;
      if (rule.accept && !rule.accept(value)) return match;
      count(rule.kind);
      return (groups.label ?? '') + REDACTION_TAGS[rule.kind];
    });
  }
  return out;
}

/**
 * `text` without identifiers and contact details (no names: see `redactCore`), and how many of each went:
 * invisible characters normalised, dates of birth after their label, then the pattern rules. With `keep`, the LA
 * officers' contact details stay (`keepLaContacts`). Idempotent.
 */
export function redactIdentifiers(text: string, keep?: KnownPersonalData['keepLaContacts']): { text: string; removed: RedactionCount[] } {
  const t = tally();
  const rest = (plain: string) => applyRules(removeLabelledDatesOfBirth(plain, t.count), t.count);
  const out = keep ? keepLaContacts(normaliseText(text), keep, rest) : rest(normaliseText(text));
  return { text: out, removed: t.removed() };
}

/** Dates of birth found by pattern after their label ("DOB 4 May 2014", "his date of birth is 30 September 2016") become a tag. */
export function removeLabelledDatesOfBirth(text: string, count: Counter): string {
  const tags = tagSpans(text);
  let t = 0;
  // Both lists are in text order: one walk finds the spans that touch no tag.
  const spans = findLabelledDatesOfBirth(text).filter((span) => {
    while (t < tags.length && tags[t].end <= span.index) t++;
    return !(t < tags.length && tags[t].index < span.end);
  });
  return replaceSpans(text, spans, () => {
    count('date-of-birth');
    return REDACTION_TAGS['date-of-birth'];
  });
}

/** Counts from several redactions added up by kind, in the fixed kind order. */
export function mergeCounts(...lists: readonly (readonly RedactionCount[])[]): RedactionCount[] {
  const totals = new Map<RedactionKind, number>();
  for (const { kind, count } of lists.flat()) totals.set(kind, (totals.get(kind) ?? 0) + count);
  return REDACTION_KINDS.filter((kind) => (totals.get(kind) ?? 0) > 0).map((kind) => ({ kind, count: totals.get(kind) ?? 0 }));
}
