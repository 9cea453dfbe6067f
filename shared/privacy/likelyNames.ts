import type { LabelledNames } from './labelledNames';
import { isNotNameWord } from './notNameWords';
import { hasProfessionalRole } from './professionalRole';

/** A capitalised or ALL-CAPS name word: "Smith", "O’Neil", "McDonald", "Mary-Jane", "SMITH". */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?`;
const NAME = (most: number) => String.raw`(?:${WORD})(?:[ \t]{1,2}(?:${WORD})){0,${most}}`;
/** "…review for Jamie Smith", "Re: Jamie Smith", "regarding Jamie Lee Smith": two or three words, so "for Jamie only" is not taken. */
const PUPIL_INTRO = new RegExp(String.raw`(?<![\p{L}])(?:${anyFirstCase('for re regarding concerning about')})(?![\p{L}]):?[ \t]{1,3}((?:${WORD})(?:[ \t]{1,2}(?:${WORD})){1,2})(?![\p{L}])`, 'gu');
/** "pupil Joshua", "Young person: AMARA OKAFOR", "CYP Noah Williams": one to three words after a word for the child. */
const CHILD_INTRO = new RegExp(String.raw`(?<![\p{L}])(?:${anyFirstCase('pupil child student learner cyp')}|[Yy]oung [Pp]erson|YOUNG PERSON)(?![\p{L}])[ \t]{0,2}[:–-]?[ \t]{1,3}(${NAME(2)})(?![\p{L}])`, 'gu');
/** "Mum (Sarah, 07700 900123)", "Dad: Tom Smith", "mother, Sarah Smith". */
const PARENT_WORDS = 'mum mother dad father parent carer step-mum stepmum step-dad stepdad stepmother stepfather grandmother grandfather gran nan grandad aunt uncle guardian';
const PARENT_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${anyFirstCase(PARENT_WORDS)}|${anyFirstCase('dear')})(?![\p{L}])[ \t]{0,3}[(:,–-]?|(?:${anyFirstCase('to from')}):)[ \t]{0,3}(${NAME(1)})(?![\p{L}])`,
  'gu',
);

/**
 * Names a text gives without a field label: two or three capitalised words after "for", "re:",
 * "regarding", or one to three after "pupil", "child", "CYP"… are taken as the pupil; one or two after "mum",
 * "dad", "parent", "carer", "Dear", "To:", "From:"… as a parent (unless a job title follows: an officer). Candidates containing an everyday EHCP word ("Statutory", "Primary", "March") are not names.
 */
export function findLikelyNames(text: string): LabelledNames {
  return {
    pupilNames: [...new Set([...candidates(PUPIL_INTRO, text), ...candidates(CHILD_INTRO, text)])],
    // "From: Sarah Jones, SEN Officer" is the officer writing, not a parent.
    parentNames: candidates(PARENT_INTRO, text, (index, end) => !hasProfessionalRole(text, index, end)),
  };
}

/** "mum dad" → "[Mm]um|MUM|[Dd]ad|DAD": intro words capitalised or not, or in capitals, without making the name part case-insensitive. */
function anyFirstCase(words: string): string {
  return words
    .split(' ')
    .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`)
    .join('|');
}

function candidates(pattern: RegExp, text: string, keep: (index: number, end: number) => boolean = () => true): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const name = match[1];
    const end = (match.index ?? 0) + match[0].length;
    if (!keep(end - name.length, end)) continue;
    const words = name.toLowerCase().split(/[\s-]+/);
    if (words.some((word) => isNotNameWord(word))) continue;
    names.add(name);
  }
  return [...names];
}
