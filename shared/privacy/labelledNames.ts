import { isParticle, isTitle } from './nameWords';
import { isNotNameWord } from './notNameWords';
/** People's names written after a field label ("Child/Young person: Jamie Smith", "Parent/carer: Mrs Sarah Smith"). */
export interface LabelledNames {
  /** The child or young person, as written ("Jamie Smith", "SMITH, Jamie"); forename and surname fields are joined. */
  pupilNames: string[];
  /** Parents, carers and family contacts, as written, with any title ("Mrs Sarah Smith"). */
  parentNames: string[];
}

// A label counts at the start of a line or after a field separator, and only with a colon after
// it, so "Pupil premium: yes" or "School name: Oakfield" never read as a pupil called "Premium".
// Bounded: a long run of tabs or a line of repeated labels costs linear time, not quadratic.
const START = String.raw`(?:^|(?<=[\n\t|;•])(?<![ \t][ \t]))[ \t]{0,20}`;
const AFTER = String.raw`[ \t]{0,3}[:：][ \t]{0,20}([^\n]{0,200})`;
const POSSESSIVE = String.raw`(?:'s|’s|s')?`;

const PUPIL_LABEL = new RegExp(
  START +
    String.raw`(?:child(?:ren)?${POSSESSIVE}\s*(?:\/|or|and)\s*young\s+person${POSSESSIVE}(?:\s+name)?|name\s+of\s+(?:the\s+)?(?:child|young\s+person|pupil|student|learner)(?:\s+or\s+young\s+person)?|(?:child|young\s+person|pupil|student|learner|cyp)${POSSESSIVE}(?:\s+(?:full\s+)?name)?|(?:full|legal)\s+name|name)` +
    AFTER,
  'gimu',
);
const FORENAME_LABEL = new RegExp(
  START + String.raw`(?:legal\s+)?(?:forenames?|forename\(s\)|first\s+names?|given\s+names?)` + AFTER,
  'gimu',
);
const SURNAME_LABEL = new RegExp(START + String.raw`(?:legal\s+)?(?:surname|last\s+name|family\s+name)` + AFTER, 'gimu');
const KNOWN_AS_LABEL = new RegExp(START + String.raw`(?:known\s+as|preferred\s+(?:first\s+)?name)` + AFTER, 'gimu');
const PARENT_LABEL = new RegExp(
  START +
    String.raw`(?:parents?${POSSESSIVE}(?:\s*(?:\/|or|and)\s*(?:carers?|guardians?)${POSSESSIVE})?|carers?${POSSESSIVE}|guardians?${POSSESSIVE}|mother${POSSESSIVE}|father${POSSESSIVE}|mum|dad|main\s+contact|contact|(?:parent|carer|contact)\s*\d)(?:\s+(?:full\s+)?name)?` +
    AFTER,
  'gimu',
);

/** Words that end a name written on a line shared with other fields ("SMITH, Jamie DOB 04/05/2014"). */
const STOP_WORDS = new Set([
  'dob',
  'd.o.b',
  'd.o.b.',
  'date',
  'born',
  'age',
  'aged',
  'gender',
  'sex',
  'year',
  'yr',
  'upn',
  'uln',
  'nhs',
  'ref',
  'reference',
  'id',
  'tel',
  'telephone',
  'phone',
  'mobile',
  'email',
  'e-mail',
  'address',
  'postcode',
  'school',
  'setting',
  'class',
  'status',
  'relationship',
]);
/** Words that show a value is an organisation, not a person ("Name: Oakfield Primary School"). */
const ORGANISATION_WORDS = new Set([
  'school',
  'academy',
  'college',
  'primary',
  'secondary',
  'nursery',
  'infant',
  'infants',
  'junior',
  'council',
  'service',
  'services',
  'team',
  'trust',
  'hospital',
  'clinic',
  'centre',
  'center',
  'federation',
  'department',
  'ltd',
  'limited',
  'authority',
]);
const NOT_NAMES = /^(?:yes|no|none|n\/?a|not (?:known|applicable|recorded|given)|unknown|tbc|tba|other|see (?:above|below))$/i;

/** Names written after pupil and parent labels in `text`, each once, in the order they appear. */
export function findLabelledNames(text: string): LabelledNames {
  if (!/[:：]/.test(text)) return { pupilNames: [], parentNames: [] };
  const pupilNames = valuesAfter(PUPIL_LABEL, text);
  const forenames = valuesAfter(FORENAME_LABEL, text);
  const surnames = valuesAfter(SURNAME_LABEL, text);
  for (let i = 0; i < Math.max(forenames.length, surnames.length); i++) {
    const joined = [forenames[i] ?? forenames[0], surnames[i] ?? surnames[0]].filter(Boolean).join(' ');
    if (joined) pupilNames.push(joined);
  }
  const surname = surnames[0] ?? lastWord(pupilNames[0]);
  for (const alias of valuesAfter(KNOWN_AS_LABEL, text)) pupilNames.push(surname && !alias.includes(' ') ? `${alias} ${surname}` : alias);
  return { pupilNames: unique(pupilNames), parentNames: unique(valuesAfter(PARENT_LABEL, text)) };
}

function valuesAfter(label: RegExp, text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(label)) {
    const name = leadingName(match[1]);
    if (name) names.push(name);
  }
  return names;
}

/**
 * The name at the start of a field value: capitalised words (titles and particles allowed, one
 * comma after the first word for "SMITH, Jamie"), up to five, stopping at anything else.
 */
function leadingName(value: string): string | null {
  // Markup can glue the next label on ("SMITH, JamieDOB:"): part them before reading words.
  const unglued = value.replace(
    /(?<=\p{Ll})(?=(?:DOB|D\.O\.B|Date|Gender|Sex|UPN|ULN|NHS|Age|Year|Address|Tel|Phone|Mobile|Email|Ref)(?!\p{Ll}))/gu,
    ' ',
  );
  const head = unglued.split(/[([{\d]|\s{2,}|[;|•]/u)[0];
  const words: string[] = [];
  for (const raw of head.trim().split(/\s+/)) {
    const word = raw.replace(/,$/, '');
    if (STOP_WORDS.has(word.toLowerCase())) break;
    // "Oakfield Primary School" is a setting; "Jamie Smith School: …" is a name then another field.
    if (ORGANISATION_WORDS.has(word.toLowerCase())) {
      if (words.length >= 2) break;
      return null;
    }
    const isName = /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || (isParticle(word) && words.length > 0);
    if (!isName) {
      if (words.length === 0) return lowerCaseName(head);
      break;
    }
    words.push(raw);
    if (words.length === 5 || (raw.endsWith(',') && words.length > 1)) break;
  }
  const name = words.join(' ').replace(/,$/, '').trim();
  const bare = words.filter((word) => !isTitle(word.replace(/,$/, '')));
  // Initials already ("J.S.", "J S") are what we want to leave, not a name to shorten.
  if (bare.length === 0 || NOT_NAMES.test(name) || bare.every((word) => /^(?:\p{Lu}\.)+,?$|^\p{Lu},?$/u.test(word))) return null;
  return name;
}

/** Words that show a lower-case value is a sentence, not a name ("Child: was seen", "Parent: happy to attend"). */
const SENTENCE_WORDS = new Set(
  'a an the and or of in on at to for with by as is are was were be been being will would can could has have had not no yes see per please awaiting pending none unknown known given recorded happy attend attending tbc tba n/a mum dad mother father parent parents carer carers grandmother grandfather gran nan aunt uncle guardian both foster'.split(
    ' ',
  ),
);

/** "name: jamie smith": a name typed in lower case after a label, one to three plain words that are not a sentence. */
function lowerCaseName(head: string): string | null {
  const words = head.trim().split(/\s+/).slice(0, 4);
  const kept: string[] = [];
  for (const word of words) {
    const bare = word.replace(/,$/, '');
    if (!/^\p{Ll}[\p{Ll}'’-]+$/u.test(bare) || STOP_WORDS.has(bare) || ORGANISATION_WORDS.has(bare)) break;
    if (SENTENCE_WORDS.has(bare) || isNotNameWord(bare)) return null;
    kept.push(bare);
    if (word.endsWith(',') && kept.length > 1) break;
  }
  return kept.length > 0 && kept.length <= 3 ? kept.join(' ') : null;
}

function lastWord(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const comma = name.match(/^([^,]+),/);
  return comma ? comma[1].trim() : name.split(' ').at(-1);
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
