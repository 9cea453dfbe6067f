/**
 * Headers that ask for something identifying a person: a name, contact details, an identifier, an address, a
 * date of birth, a signature. What is and is not withheld, and why, is in docs/identifying-columns.md.
 */

/** Why a column was withheld, in the words the report prints. */
export const WITHHELD_REASONS = [
  'names',
  'e-mail addresses',
  'phone numbers',
  'contact details',
  'staff or pupil identifiers',
  'respondent identifiers',
  'addresses or postcodes',
  'dates of birth',
  'signatures',
] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/**
 * A header's verdict. `weak` when the identifying words sit inside a longer question ("Would you like to leave your
 * name?"), whose answers may be a plain yes or no: the caller then looks at the answers before withholding.
 */
export interface HeaderVerdict {
  reason: WithheldReason;
  weak: boolean;
}

/** Words naming a person a header may ask about ("SENCO name", "name of the headteacher"). */
const PERSON =
  "your|my|their|his|her|senco|sendco|senco's|staff|staff member|member of staff|teacher|headteacher|head teacher|head|principal|deputy|assistant|ta|colleague|manager|line manager|respondent|participant|person|individual|pupil|child|student|learner|young person|parent|carer|guardian|contact|emergency contact|employee|practitioner|officer|co-?ordinator|lead|leader|governor|author|applicant|signatory|full|first|given|family|last|middle|maiden|preferred|legal|christian|display|sur|fore";
const NAME_NOUN = String.raw`(?:(?:full|first|given|family|last|middle|maiden|preferred|legal|christian|display|sur|fore|nick)\s?names?|names?|forenames?|surname|fullname|firstname|lastname)`;
const OWNER = String.raw`(?:(?:your|my|work|school|personal|home|contact|staff|senco|respondent|preferred|parent|carer|pupil|child|student|daytime|direct|main|office)(?:'s|s')? ){0,2}`;

const PLACE_OWNER = String.raw`(?:(?:your|my|home|personal|contact|staff|senco|respondent|parent|carer|pupil|child|student|main)(?:'s|s')? ){0,2}`;

/** Whole-header forms, tried in order (e-mail before address, so "Email address" reads as an e-mail). */
const STRONG: readonly [WithheldReason, RegExp][] = [
  [
    'e-mail addresses',
    new RegExp(
      String.raw`^${OWNER}(?:e-?\s?mail|courriel|e-bost|correo(?: electr[oó]nico)?)(?: address(?:es)?| adresse)?(?: for contact| \d)?$|^(?:adresse (?:e-?mail|[ée]lectronique|mail)|cyfeiriad e-bost)$`,
    ),
  ],
  [
    'respondent identifiers',
    /^(?:(?:respondent|response|user|participant) )?(?:id|i\.d)$|^(?:respondent|response|participant) (?:number|no)$|^(?:user ?name|user id|login|log-in|ip address|ip)$/,
  ],
  [
    'phone numbers',
    new RegExp(
      String.raw`^${OWNER}(?:(?:tel|telephone|phone|mobile|mob|landline|cell|t[ée]l[ée]phone|rhif ff[oô]n|tel[ée]fono)(?: (?:no|number|num|nos|numbers))?|contact (?:no|number|tel|telephone|phone))$|^num[ée]ro de t[ée]l[ée]phone$`,
    ),
  ],
  ['contact details', new RegExp(String.raw`^${OWNER}contact(?: (?:details|info|information))?$`)],
  [
    'staff or pupil identifiers',
    /^(?:your |my )?(?:staff|employee|payroll|teacher|pupil|student|learner|child|candidate|member|membership)(?:'s)? (?:id|i\.d|identifier|reference|ref|code)$/,
  ],
  ['staff or pupil identifiers', /^(?:your |my )?(?:staff|employee|payroll|teacher|candidate|member|membership)(?:'s)? (?:number|no)$/],
  [
    'staff or pupil identifiers',
    /^(?:(?:your|my|pupil|child|student|learner|staff|teacher)(?:'s)? )?(?:upn|uln|unique pupil number|unique learner number|nhs (?:number|no)|national insurance(?: number| no)?|ni (?:number|no)|nino|trn|teacher reference number|(?:teacher )?dfe (?:number|no|teacher number))$/,
  ],
  [
    'addresses or postcodes',
    new RegExp(
      String.raw`^${PLACE_OWNER}(?:(?:home|postal|correspondence|residential|permanent|current|full) )?(?:address(?: line ?\d| \d)?|post ?code|postal code|zip(?: code)?|street(?: name)?|house (?:number|name)|adresse|code postal|cyfeiriad|cod post|direcci[oó]n|c[oó]digo postal|anschrift|postleitzahl|plz)$`,
    ),
  ],
  [
    'dates of birth',
    /^(?:(?:your|my|pupil|child|student|staff|learner)(?:'s)? )?(?:date of birth|d\.?o\.?b\.?|birth ?date|birthday|date de naissance|dyddiad geni|fecha de nacimiento|geburtsdatum)$/,
  ],
  [
    'signatures',
    /^(?:(?:your|my|staff|parent|carer|senco|headteacher|respondent)(?:'s)? )?(?:e-?signature|signature|signed|sign|signed by|sign here|llofnod|firma|unterschrift)(?: and date| & date)?$/,
  ],
  [
    'names',
    /^(?:(?:form|survey|questionnaire|response)\s)?(?:completed|filled in|filled out|submitted|answered|returned) by$|^respondent$|^who (?:completed|filled in|filled out|answered) (?:this|the) (?:form|survey|questionnaire)$|^(?:enw|enw llawn|cyfenw|enw cyntaf|nom|pr[ée]nom|nom de famille|nom complet|nom et pr[ée]nom|pr[ée]nom et nom|nombre|nombre completo|apellidos?|vorname|nachname|familienname)$/,
  ],
];

/** Identifying words inside a longer question ("If you are happy to be contacted, give your e-mail"). */
const WEAK: readonly [WithheldReason, RegExp][] = [
  ['e-mail addresses', /\b(?:your|my) (?:work |school )?e-?\s?mail\b|\be-?\s?mail address\b/],
  [
    'phone numbers',
    /\b(?:your|my) (?:work |school |home )?(?:mobile|phone|telephone|contact number)\b|\b(?:phone|telephone|mobile|contact) number\b/,
  ],
  ['contact details', /\b(?:your|my) contact details\b/],
  ['names', new RegExp(String.raw`\b(?:your|my) ${NAME_NOUN}\b|\bname of (?:the )?(?:person|respondent) (?:completing|filling)`)],
  ['addresses or postcodes', /\b(?:your|my) (?:home )?(?:address|postcode)\b|\bhome address\b/],
  ['dates of birth', /\bdate of birth\b|\bbirthday\b/],
  ['signatures', /\bsignature\b/],
];

/** Things a "name" can belong to that are not people: a school's or an LA's name identifies no one. */
const NOT_PERSON = new Set(
  `school schools academy setting settings la las local authority council trust mat federation college nursery borough county region area
  network cluster hub organisation organization company provider service team department course programme program project tool software
  system mis product app form survey document file role job post subject class group town city village country ward unit base provision
  centre center pru charity union employer business site website platform resource qualification award book assessment test intervention
  scheme event brand local diocese church`.split(/\s+/),
);

/** Lower case, curly quotes straightened, "(optional)" and trailing ":" or "?" gone, polite openings dropped. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[_|]+/g, ' ')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .replace(/[\s*:?!.…,;-]+$/, '')
    .replace(/^[\s*:-]+/, '')
    .replace(/^(?:please )?(?:enter|give|provide|state|write|type|add|insert|tell us|list|sign)(?: in)? (?=your |my |the |a |full )/, '')
    .replace(/^(?:what is|what's|whats) /, '')
    .trim();
}

/** Why a header's column identifies a person, or null when it does not. */
export function identifyingHeader(header: string): HeaderVerdict | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  for (const [reason, pattern] of STRONG) if (pattern.test(h)) return { reason, weak: false };
  if (isNameHeader(h)) return { reason: 'names', weak: false };
  for (const [reason, pattern] of WEAK) if (pattern.test(h)) return { reason, weak: true };
  return null;
}

const NAME_AT_END = new RegExp(String.raw`^(?:(.*?)\s)?${NAME_NOUN}$`);
const NAME_THEN = new RegExp(String.raw`^${NAME_NOUN}(?: (?:and|&|\/|or) (.+))?$`);
const NAME_OF = new RegExp(String.raw`^${NAME_NOUN} of (?:the |your |a |an )?(.+)$`);
const PERSON_WORD = new RegExp(String.raw`^(?:${PERSON})(?:'s|s')?$`);

/**
 * "Name", "SENCO name", "Staff member's full name", "Name and role", "Name of the headteacher": a person's name.
 * "School name", "Name of your local authority", "Name the three tasks…" (a verb), "Product name": not a person's.
 */
function isNameHeader(h: string): boolean {
  const words = h.split(' ');
  const end = NAME_AT_END.exec(h);
  if (end) {
    const before = (end[1] ?? '').split(' ').filter(Boolean);
    if (before.length === 0) return true;
    // A longer question ("Would you like to leave your name?") is for the weak reading, which looks at the answers.
    if (before.length > 3) return false;
    if (before.some((w) => NOT_PERSON.has(w.replace(/'s$|s'$/, '')))) return PERSON_WORD.test(before[before.length - 1]);
    return before.some((w) => PERSON_WORD.test(w));
  }
  const then = NAME_THEN.exec(h);
  if (then && words.length <= 6) return true;
  const of = NAME_OF.exec(h);
  if (of) {
    // "Name of person completing form", "Name of the LA's SEN officer": a person; "Name of your local authority": not.
    const owner = of[1].split(' ');
    return owner.slice(0, 2).some((w) => PERSON_WORD.test(w)) || PERSON_WORD.test(owner[owner.length - 1]);
  }
  return false;
}

/** True for a header that names an identifier ("Email address", "Your name (optional)", "Parent's phone"). */
export function isIdentifierHeader(header: string): boolean {
  return identifyingHeader(header) !== null;
}
