import { NAME_WORD } from './nameWords';
import { isNotNameWord } from './notNameWords';

const WORD = NAME_WORD;
/** Two or more name words in a row: the only places a pair can be (single capitalised words are most of a page). */
const RUNS = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${WORD})(?:[ \t]{1,2}(?:${WORD}))+(?![\p{L}\p{N}])`, 'gu');
const WORD_IN_RUN = new RegExp(WORD, 'gu');
/** What identifies a child somewhere in a sentence: a date of birth, a year group, a UPN, an age. */
const IDENTIFYING = /(?<![\p{L}])(?:DOB|D\.O\.B|date of birth|born|aged?[ \t]{0,2}\d|(?:Year|YEAR|Yr|Y)[ \t]?\d{1,2}(?!\d)|UPN|ULN)/u;
/** Words after which a capitalised pair is a thing, not a person ("the Personal Budget", "our Local Offer"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'your', 'their', 'its', 'each', 'every', 'any', 'no']);

/** "…to say Aisha will be absent", "Hi, Amara has been unsettled": one name word inside a sentence, then a verb a person does. */
const VERB =
  /(?<![\p{L}])(?:will|has|is|was|had|can|cannot|does|did|needs|attends|would|should|could|may|might|must|prefers|likes|enjoys|struggles|finds|uses|seems|remains|continues|became|moved|started|joined|left)(?![\p{L}])/gu;

const SUBJECT_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]*)[ \t]{1,2}$/u;
const WHOLE_WORD = new RegExp(String.raw`^(?:${WORD})$`, 'u');

interface Word {
  word: string;
  index: number;
  end: number;
}

/**
 * Pupils' names written as a capitalised first name and surname with no introducing word, where the text
 * gives other signs of a person: a pair in a sentence that also holds a date of birth, year group, UPN or age
 * ("Mohammed Rahman is in Year 3"); a pair alone in a table cell or between spaced dashes ("EHC/2025/00123 –
 * Finley Marsh – Section F", "Advice\tLily Patterson\t18/03/2026"); and a pair inside a sentence after a
 * lower-case word other than an article ("will observe Ethan Doyle in class"); one name word inside a sentence
 * before a verb a person does ("to say Aisha will be absent"). Pairs with an everyday EHCP word
 * ("Riverside Academy", "Annual Review") are not names. Linear in the text.
 */
export function findLooseNames(text: string): string[] {
  const names = new Set<string>();
  const ends = sentenceEnds(text);
  let sentence = 0;
  for (const run of pairs(text)) {
    const [first, last] = [run[0], run[run.length - 1]];
    while (ends[sentence].end <= first.index) sentence++;
    const before = text.slice(Math.max(ends[sentence].start, first.index - 20), first.index);
    const after = text.slice(last.end, Math.min(last.end + 4, ends[sentence].end));
    const inCell = /(?:^|\t|\||[ \t][–—-][ \t])[ \t]*$/.test(before) && /^[ \t]*(?:$|\t|\||[ \t][–—-][ \t]|,)/.test(after);
    const previous = /(\p{L}+)[ \t]{1,2}$/u.exec(before)?.[1];
    const midSentence = previous !== undefined && /^\p{Ll}/u.test(previous) && !DETERMINERS.has(previous) && !/^[ \t]*\p{Lu}/u.test(after);
    if (midSentence || inCell || ends[sentence].identifying())
      names.add(
        run
          .map((w) => w.word)
          .join(' ')
          .replace(/['’][sS]$/, ''),
      );
  }
  for (const verb of text.matchAll(VERB)) {
    const at = verb.index ?? 0;
    const from = Math.max(0, at - 40);
    const found = SUBJECT_BEFORE.exec(text.slice(from, at));
    const subject = found?.[1];
    if (!found || !subject || !WHOLE_WORD.test(subject) || isNotNameWord(subject)) continue;
    const before = text.slice(Math.max(0, at - 80), from + found.index + found[0].indexOf(subject)).replace(/[ \t]+$/, '');
    const previous = /(\p{L}+)$/u.exec(before)?.[1];
    const inSentence = /[,;:]$/.test(before) || (previous !== undefined && /^\p{Ll}/u.test(previous) && !DETERMINERS.has(previous));
    if (inSentence) names.add(subject);
  }
  return [...names];
}

/** Where each line or sentence of `text` ends, and (lazily) whether it holds a sign of a person. */
function sentenceEnds(text: string): { start: number; end: number; identifying: () => boolean }[] {
  const ends: { start: number; end: number; identifying: () => boolean }[] = [];
  let start = 0;
  const add = (end: number) => {
    const from = start;
    let known: boolean | undefined;
    ends.push({ start: from, end, identifying: () => (known ??= IDENTIFYING.test(text.slice(from, end))) });
    start = end;
  };
  for (const boundary of text.matchAll(/\n|(?<=[\p{Ll}\d)][.!?])[ \t]/gu)) add((boundary.index ?? 0) + 1);
  add(text.length + 1);
  return ends;
}

/**
 * Runs of two or three name words with only a space between, none an everyday word. Words are read only inside
 * runs of capitalised words, and a run keeps at most four words in hand, so a page of capitals costs one pass.
 */
function pairs(text: string): Word[][] {
  const found: Word[][] = [];
  for (const match of text.matchAll(RUNS)) {
    const offset = match.index ?? 0;
    let run: Word[] = [];
    let tooLong = false;
    const flush = () => {
      if (!tooLong && run.length >= 2) found.push(run);
      run = [];
      tooLong = false;
    };
    for (const word of match[0].matchAll(WORD_IN_RUN)) {
      const index = offset + (word.index ?? 0);
      if (isNotNameWord(word[0])) {
        flush();
        continue;
      }
      if (run.length === 3) tooLong = true;
      if (!tooLong) run.push({ word: word[0], index, end: index + word[0].length });
    }
    flush();
  }
  return found;
}
