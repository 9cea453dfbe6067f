import type { LabelledNames } from './labelledNames';
import { NAME_WORD } from './nameWords';
import { isNotNameWord } from './notNameWords';
import { hasProfessionalRole } from './professionalRole';

const WORD = NAME_WORD;
const NAME = (most: number) => String.raw`(?:${WORD})(?:[ \t]{1,2}(?:${WORD})){0,${most}}`;
/** "…review for Jamie Smith", "Re: Jamie Smith", "regarding Jamie Lee Smith": two or three words, so "for Jamie only" is not taken. */
const PUPIL_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyFirstCase('for re regarding concerning about')})(?![\p{L}]):?[ \t]{1,3}((?:${WORD})(?:[ \t]{1,2}(?:${WORD})){1,2})(?![\p{L}])`,
  'gu',
);
/** "…an EHC plan for Zainab.", "Subject: Amara – review": one word, where a sentence or a subject line ends after it. */
const ONE_WORD_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${anyFirstCase('for regarding')})[ \t]{1,3}(${WORD})(?=[.!?]?[ \t]*(?:$|\n))|(?:(?:${anyFirstCase('for regarding')})[ \t]{1,3}(${WORD})(?=[.!?][ \t]))|(?:${anyFirstCase('subject')}|RE|Re):[ \t]{1,3}(?:(?:RE|Re|FW|Fwd?):[ \t]{1,3})?(${NAME(1)})(?=[ \t]{0,2}(?:[–—\-:|,(]|$)))`,
  'gmu',
);
/** "pupil Joshua", "Young person: AMARA OKAFOR", "CYP Noah Williams": one to three words after a word for the child. */
const CHILD_INTRO = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyFirstCase('pupil child student learner cyp')}|[Yy]oung [Pp]erson|YOUNG PERSON)(?![\p{L}])[ \t]{0,2}[:–-]?[ \t]{1,3}(${NAME(2)})(?![\p{L}])`,
  'gu',
);
/** "Mum (Sarah, 07700 900123)", "Dad: Tom Smith", "mother, Sarah Smith". */
const PARENT_WORDS =
  'mum mother dad father parent carer step-mum stepmum step-dad stepdad stepmother stepfather grandmother grandfather gran nan grandad aunt uncle guardian';
/** "mum, sarah smith,": a name typed in lower case between commas or brackets after a word for a parent. */
const LOWER_PARENT = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyFirstCase(PARENT_WORDS)})[ \t]{0,2}[,:(][ \t]{0,2}(\p{Ll}{2,}(?:[ \t]\p{Ll}{2,})?)(?=[ \t]{0,2}[,)])`,
  'gu',
);
/** "Kirsty Fraser (Callum’s mum)": a name with the relationship in brackets after it. */
const PARENT_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(${NAME(1)})[ \t]{0,2}\([^()\n]{0,30}?(?<![\p{L}])(?:${anyFirstCase(PARENT_WORDS)})(?![\p{L}])[^()\n]{0,10}\)`,
  'gu',
);
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
    pupilNames: [...new Set([...candidates(PUPIL_INTRO, text, 2), ...candidates(CHILD_INTRO, text), ...candidates(ONE_WORD_INTRO, text)])],
    parentNames: [
      // "From: Sarah Jones, SEN Officer" is the officer writing, not a parent.
      ...new Set([
        ...candidates(PARENT_INTRO, text, 1, (index, end) => !hasProfessionalRole(text, index, end)),
        ...(text.includes('(') ? candidates(PARENT_AFTER, text) : []),
        ...candidates(LOWER_PARENT, text),
      ]),
    ],
  };
}

/** "mum dad" → "[Mm]um|MUM|[Dd]ad|DAD": intro words capitalised or not, or in capitals, without making the name part case-insensitive. */
function anyFirstCase(words: string): string {
  return words
    .split(' ')
    .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`)
    .join('|');
}

/**
 * The names a pattern captures (its first group that matched), each cut before its first everyday word
 * ("DYLAN EVANS BY FRIDAY" → "DYLAN EVANS") and kept when `least` words remain and `keep` agrees.
 */
function candidates(pattern: RegExp, text: string, least = 1, keep: (index: number, end: number) => boolean = () => true): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const name = match.slice(1).find((group) => group !== undefined);
    if (!name) continue;
    const start = (match.index ?? 0) + match[0].indexOf(name);
    if (!keep(start, start + name.length)) continue;
    const words = name.split(/[ \t]+/);
    const cut = words.findIndex(
      (word) => isNotNameWord(word) || word.split('-').some((part) => isNotNameWord(part)) || LOWER_NOT_NAMES.has(word),
    );
    const kept = cut < 0 ? words : words.slice(0, cut);
    if (kept.length >= least) names.add(kept.join(' '));
  }
  return [...names];
}

/** Lower-case words that follow "mum," or "dad," in a sentence and are not a name ("mum, dad and school"). */
const LOWER_NOT_NAMES: ReadonlySet<string> = new Set(
  'dad mum mother father and or the who she he they was is will has had nan gran both too also please'.split(' '),
);
