import { isNotNameWord } from './notNameWords';

/** A capitalised or ALL-CAPS name word: "Noah", "O’Neil", "McDonald", "Mary-Jane", "WILLIAMS". */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?`;
const WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${WORD})(?![\p{L}\p{N}])`, 'gu');
/** What identifies a child somewhere in a sentence: a date of birth, a year group, a UPN, an age. */
const IDENTIFYING = /(?<![\p{L}])(?:DOB|D\.O\.B|date of birth|born|aged?[ \t]{0,2}\d|(?:Year|YEAR|Yr|Y)[ \t]?\d{1,2}(?!\d)|UPN|ULN)/u;
/** Words after which a capitalised pair is a thing, not a person ("the Personal Budget", "our Local Offer"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'your', 'their', 'its', 'each', 'every', 'any', 'no']);

/** "…to say Aisha will be absent", "Hi, Amara has been unsettled": one name word inside a sentence, then a verb a person does. */
const SUBJECT = new RegExp(
  String.raw`(?<=\p{Ll}[ \t]{1,2}|[,;:][ \t]{1,2})(${WORD})[ \t]{1,2}(?:will|has|is|was|had|can|cannot|does|did|needs|attends|would|should|could|may|might|must|prefers|likes|enjoys|struggles|finds|uses|seems|remains|continues|became|moved|started|joined|left)(?![\p{L}])`,
  'gu',
);

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
  for (const sentence of sentences(text)) {
    const words = [...sentence.text.matchAll(WORDS)].map((m) => ({ word: m[0], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    const identifying = IDENTIFYING.test(sentence.text);
    for (const run of pairs(sentence.text, words)) {
      const [first, last] = [run[0], run[run.length - 1]];
      const before = sentence.text.slice(Math.max(0, first.index - 20), first.index);
      const after = sentence.text.slice(last.end, last.end + 4);
      const inCell = /(?:^|\t|\||[ \t][–—-][ \t])[ \t]*$/.test(before) && /^[ \t]*(?:$|\t|\||[ \t][–—-][ \t]|,)/.test(after);
      const previous = /(\p{L}+)[ \t]{1,2}$/u.exec(before)?.[1];
      const midSentence = previous !== undefined && /^\p{Ll}/u.test(previous) && !DETERMINERS.has(previous) && !/^[ \t]*\p{Lu}/u.test(after);
      if (identifying || inCell || midSentence) names.add(run.map((w) => w.word).join(' ').replace(/['’][sS]$/, ''));
    }
  }
  for (const match of text.matchAll(SUBJECT)) {
    const previous = /(\p{L}+)[ \t]{1,2}$/u.exec(text.slice(Math.max(0, (match.index ?? 0) - 20), match.index ?? 0))?.[1];
    if (!isNotNameWord(match[1]) && !(previous && DETERMINERS.has(previous))) names.add(match[1]);
  }
  return [...names];
}

/** Lines and sentences of `text`, each with its text; a full stop after a capital ("Mrs P. Kaur") does not end one. */
function sentences(text: string): { text: string }[] {
  return text.split(/\n|(?<=[\p{Ll}\d)][.!?])[ \t]+/u).map((part) => ({ text: part }));
}

/** Runs of two or three name words with only a space between, none an everyday word, longest first. */
function pairs(text: string, words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length >= 2 && run.length <= 3) runs.push(run);
    run = [];
  };
  for (const word of words) {
    const joined = run.length > 0 && /^[ \t]{1,2}$/.test(text.slice(run[run.length - 1].end, word.index));
    if (!joined) flush();
    if (isNotNameWord(word.word)) {
      flush();
      continue;
    }
    run.push(word);
  }
  flush();
  return runs;
}
