import type { LabelledNames } from './labelledNames';

/**
 * Capitalised words that are not people's names on an EHCP page, so "Request for Statutory
 * Assessment" or "Advice for Oakfield Primary" is never taken for a pupil.
 */
const NOT_NAME_WORDS = new Set(
  `a an the this that these those please thank thanks dear kind regards best and or of in on at to by with from
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  annual review reviews advice request requests requested statutory assessment assessments needs need education educational health care
  plan plans ehc ehcp sen send senco sencos school schools primary secondary academy college nursery infant infants junior juniors sixth form
  year years reception phase transfer transition consultation tribunal mediation appeal section sections appendix draft final amendment
  amendments amended information local authority council county city borough team service services support funding top-up provision
  parent parents carer carers forum voice psychology psychologist psychological speech language therapy therapist occupational social
  worker child children young person people pupil pupils student students learner learners meeting due date deadline key stage forms
  portal hub office nhs trust hospital clinic camhs document documents report reports evidence outcome outcomes new updated urgent
  contribution contributions response responses cost costs costing placement setting settings special unit resource base
  details detail name names address addresses telephone phone mobile email e-mail contact contacts reference ref number sent received
  summary overview notes note message messages task tasks status type view views edit save submit upload download home help consent
  relationship responsibility involvement partnership group network association evening morning afternoon meetings`
    .split(/\s+/)
    .filter(Boolean),
);

/** A capitalised name word: "Smith", "O’Neil", "McDonald", "Mary-Jane". */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** "…review for Jamie Smith", "Re: Jamie Smith", "pupil Jamie Lee Smith". */
const PUPIL_INTRO = new RegExp(String.raw`(?:\b(?:${anyFirstCase('for re regarding concerning about pupil child student learner')}|[Yy]oung person)\b:?[ \t]+)(${WORD}(?:[ \t]+${WORD}){1,2})(?![\p{L}])`, 'gu');
/** "Mum (Sarah, 07700 900123)", "Dad: Tom Smith", "mother, Sarah Smith". */
const PARENT_WORDS = 'mum mother dad father parent carer step-mum stepmum step-dad stepdad stepmother stepfather grandmother grandfather gran nan grandad aunt uncle guardian';
const PARENT_INTRO = new RegExp(
  String.raw`\b(?:${anyFirstCase(PARENT_WORDS)})\b[ \t]*[(:,–-]?[ \t]*(${WORD}(?:[ \t]+${WORD})?)(?![\p{L}])`,
  'gu',
);

/**
 * Names a text gives without a field label: two or three capitalised words after "for", "re:",
 * "regarding", "pupil"… are taken as the pupil; one or two after "mum", "dad", "parent", "carer"…
 * as a parent. Candidates containing an everyday EHCP word ("Statutory", "Primary", "March") are not names.
 */
export function findLikelyNames(text: string): LabelledNames {
  return { pupilNames: candidates(PUPIL_INTRO, text), parentNames: candidates(PARENT_INTRO, text) };
}

/** "mum dad" → "[Mm]um|[Dd]ad": intro words in either case, without making the name part case-insensitive. */
function anyFirstCase(words: string): string {
  return words
    .split(' ')
    .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|');
}

function candidates(pattern: RegExp, text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    const words = name.toLowerCase().split(/[\s-]+/);
    if (words.some((word) => NOT_NAME_WORDS.has(word.replace(/['’]s$/, '')))) continue;
    names.add(name);
  }
  return [...names];
}
