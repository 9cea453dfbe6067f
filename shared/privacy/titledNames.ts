import { NAME_WORD } from './nameWords';
import { isNotNameWord } from './notNameWords';
import { hasProfessionalRole } from './professionalRole';

/** A name written with a title, and who it is taken to be. */
export interface TitledName {
  index: number;
  end: number;
  /** The name without its titles ("P. Kaur", "Khan"). */
  name: string;
  /** "Master" names a boy; a job title next to the name a professional; any other titled adult is a parent or carer. */
  role: 'pupil' | 'parent' | 'professional';
}

// Case-sensitive on purpose: "MS Teams" and "miss the bus" are not titles.
const TITLE = String.raw`(?:Mr|MR|mr|Mrs|MRS|mrs|Ms|Miss|MISS|Mx|Dr|Prof|Master)\.?`;
const WORD = NAME_WORD;
const INITIAL = String.raw`\p{Lu}\.?[ \t]{0,2}`;
/** "Mr & Mrs Khan", "To: Mrs P. Kaur", "Ms A Patel", "Dr Sarah Jones", "MRS KHAN". */
const TITLED = new RegExp(
  String.raw`(?<![\p{L}])(?<title>${TITLE}(?:[ \t]{0,3}(?:&|and|\/)[ \t]{0,3}${TITLE})?)[ \t]{1,3}(?<name>(?:${INITIAL}){0,2}(?:${WORD})(?:[ \t]{1,2}(?:${WORD}))?)(?![\p{L}])`,
  'gu',
);

/** Every titled name in `text`, in order; words that are not names ("Mr Tumble" aside) end the name. */
export function findTitledNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const match of text.matchAll(TITLED)) {
    const groups = match.groups ?? {};
    const words = (groups.name ?? '').split(/[ \t]+/);
    const kept: string[] = [];
    for (const word of words) {
      // An initial ("A", "P.") is part of the name even where the letter is also a word ("A" for the article).
      if (!/^\p{Lu}\.?$/u.test(word) && isNotNameWord(word)) break;
      kept.push(word);
    }
    if (kept.length === 0 || kept.every((word) => /^\p{Lu}\.?$/u.test(word))) continue;
    const name = kept.join(' ');
    const index = match.index ?? 0;
    const written = groups.name ?? '';
    let reach = 0;
    for (const word of kept) reach = written.indexOf(word, reach) + word.length;
    const end = index + match[0].length - written.length + reach;
    const title = groups.title ?? '';
    const role = /^master/i.test(title)
      ? 'pupil'
      : /^(?:dr|prof)/i.test(title) || hasProfessionalRole(text, index, end)
        ? 'professional'
        : 'parent';
    found.push({ index, end, name, role });
  }
  return found;
}
