import { isNotNameWord } from './notNameWords';

/** A capitalised or ALL-CAPS name word: "Noah", "O’Neil", "McDonald", "Mary-Jane", "WILLIAMS". */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?`;
/** What identifies a child when written right after a name: "– DOB", "(Year 11)", ", Y6", "UPN", "aged 9". */
const CONTEXT = /(?<![\p{L}])(?:DOB|D\.O\.B|date of birth|born|aged?[ \t]{0,2}\d|(?:Year|YEAR|Yr|Y)[ \t]?\d{1,2}(?!\d)|UPN|ULN|NHS[ \t]{0,2}(?:no|number|num))/gu;
/** The name right before a context: one to three words, "SMITH, Noah" allowed, then a separator. */
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}'’-])((?:(?:${WORD})(?:,?[ \t]{1,2}))?(?:(?:${WORD})[ \t]{1,2})?(?:${WORD}))[ \t]{0,2}(?:(?:was|is|,)[ \t]{1,2})?[,–—\-(:|]?[ \t]{0,2}$`, 'u');
/** "Amara's", "AMARA’S". */
const POSSESSIVE = new RegExp(String.raw`(?<![\p{L}'’-])(?:(${WORD})[ \t])?(\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})['’][sS](?![\p{L}])`, 'gu');
/** A word that starts a school's, service's or place's name, so "St Mary's" or "Oakfield's" is not a child. */
const BEFORE_ORGANISATION = /(?<![\p{L}])(\p{Lu}[\p{L}'’]+)[ \t]{1,2}(?:Primary|Secondary|Academy|School|College|Nursery|Infant|Junior|High|Council|County|City|Borough|SEND|SEN)(?![\p{L}])/gu;

/**
 * Pupils' names a text gives with nothing introducing them: one to three capitalised (or ALL-CAPS) words
 * right before a date of birth, a year group, a UPN or an age ("Noah Williams – DOB…", "Joshua, Year 11"), and
 * a capitalised word with an apostrophe-s that is not a school's or place's name ("Amara's EHCP"). Linear: the
 * look-back is a fixed 80 characters before each context.
 */
export function findContextNames(text: string): string[] {
  const names = new Set<string>();
  for (const context of text.matchAll(CONTEXT)) {
    const at = context.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at).split('\n').at(-1) ?? '';
    const name = NAME_BEFORE.exec(before)?.[1];
    const words = name ? trailingNameWords(name) : [];
    if (words.length > 0) names.add(words.join(' '));
  }
  const organisations = new Set([...text.matchAll(BEFORE_ORGANISATION)].map((m) => m[1].toLowerCase()));
  for (const match of text.matchAll(POSSESSIVE)) {
    const word = match[2];
    const index = (match.index ?? 0) + match[0].length - word.length - 2;
    if (isNotNameWord(word) || organisations.has(word.toLowerCase()) || /(?:St|Saint)\.?[ \t]$/.test(text.slice(Math.max(0, index - 7), index))) continue;
    // "Ruby Chowdhury’s plan": the given name before the surname goes with it.
    const given = match[1] && !isNotNameWord(match[1]) ? `${match[1]} ` : '';
    names.add(given + word);
  }
  return [...names];
}

/** The words after the last everyday word: "Attends Noah Williams" → ["Noah", "Williams"]. */
function trailingNameWords(name: string): string[] {
  const words = name.split(/[ \t]+/);
  const kept: string[] = [];
  for (const word of words) {
    if (isNotNameWord(word)) kept.length = 0;
    else kept.push(word);
  }
  return kept.map((word) => word.replace(/,$/, ''));
}

/**
 * Names in `text` whose initials are the pupil's ("J.S." → "Jamie Smith", "SMITH, Jamie", "JAMIE SMITH"): the
 * server knows only the initials, and a name that fits them next to a task for that pupil is the pupil's. Needs
 * two or more letters; linear in the number of words.
 */
export function findNamesWithInitials(text: string, initials: string | undefined): string[] {
  const letters = (initials ?? '').replace(/[^A-Z]/g, '');
  if (letters.length < 2) return [];
  const words = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])(?:${WORD})(?![\p{L}])`, 'gu'))].map((m) => ({ word: m[0], index: m.index ?? 0 }));
  const names = new Set<string>();
  for (let i = 0; i + letters.length <= words.length; i++) {
    const run = words.slice(i, i + letters.length);
    const joined = run.every((w, k) => k === 0 || /^,?[ \t]{1,2}$/.test(text.slice(run[k - 1].index + run[k - 1].word.length, w.index)));
    if (!joined || run.some((w) => isNotNameWord(w.word))) continue;
    const firsts = run.map((w) => w.word[0].toUpperCase()).join('');
    const commaAfterFirst = text[run[0].index + run[0].word.length] === ',';
    const spoken = commaAfterFirst ? firsts.slice(1) + firsts[0] : firsts;
    if (spoken === letters) names.add(text.slice(run[0].index, run.at(-1)!.index + run.at(-1)!.word.length));
  }
  return [...names];
}
