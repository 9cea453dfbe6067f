/**
 * The job titles that show a named adult is a professional, not a parent: "Mrs Jones, SEN Officer",
 * "Dr A. Patel (Educational Psychologist)", "Caseworker: Ms Green". Their names are not pupil data and stay.
 */
const ROLE = String.raw`officer|psychologist|therapist|teacher|senco|caseworker|case\s+worker|co-?ordinator|manager|headteacher|head\s+of|principal|consultant|paediatrician|nurse|social\s+worker|practitioner|lead|adviser|advisor|clinician|specialist|director|deputy|assistant|chair|EP|SALT|OT|SENDCo|keyworker|key\s+worker`;
const ROLE_AFTER = new RegExp(
  String.raw`^[ \t]{0,3}(?<separator>[,(–—\-:|])?[ \t]{0,3}(?<words>(?:[\p{L}&]+[ \t]{1,2}){0,3}?)(?<role>${ROLE})(?![\p{L}])`,
  'iu',
);
const ROLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${ROLE})[ \t]{0,3}[:,–—\-]?[ \t]{0,3}$`, 'iu');

/** Words that make "Mrs Khan, who will lead" a sentence about a parent rather than a job title. */
const VERB_LIKE: ReadonlySet<string> = new Set([
  'who',
  'will',
  'would',
  'can',
  'may',
  'to',
  'is',
  'was',
  'and',
  'also',
  'should',
  'could',
  'must',
  'not',
]);

/** True when a job title sits right after the name at [index, end) in `text`, or right before it, on the same line. */
export function hasProfessionalRole(text: string, index: number, end: number): boolean {
  const after = text.slice(end, end + 60).split('\n')[0];
  const before =
    text
      .slice(Math.max(0, index - 40), index)
      .split('\n')
      .at(-1) ?? '';
  return roleAfter(after) || ROLE_BEFORE.test(before);
}

/** "…, SEN Officer" or "… (educational psychologist)"; without a separator only a capitalised title ("Mrs Jones SEN Officer"), not "Mrs Khan will lead". */
function roleAfter(after: string): boolean {
  const groups = ROLE_AFTER.exec(after)?.groups;
  if (!groups) return false;
  const words = `${groups.words ?? ''}${groups.role ?? ''}`.trim().split(/[ \t]+/);
  if (groups.separator) return !words.some((word) => VERB_LIKE.has(word.toLowerCase()));
  return words.every((word) => /^[\p{Lu}&]/u.test(word));
}
