import type { Question } from './analysisSchema';
import { shortLabel } from './shortLabel';

/** Second person to third, for sentences about "SENCOs who …": "your workload" → "their workload". */
export function theirs(text: string): string {
  return text
    .replace(/\bI am\b/g, 'they are')
    .replace(/\bI'm\b/g, "they're")
    .replace(/\bI was\b/g, 'they were')
    .replace(/\bI\b/g, 'they')
    .replace(/\b[Mm]yself\b/g, 'themselves')
    .replace(/\b[Mm]y\b/g, 'their')
    .replace(/\bme\b/g, 'them')
    .replace(/\byourself\b/gi, 'themselves')
    .replace(/\byour\b/gi, 'their')
    .replace(/\byou are\b/gi, 'they are')
    .replace(/\byou\b/gi, 'they');
}

/** The question without its grid row, trailing "?" or "." : "How often do you receive these supports". */
function stem(q: Pick<Question, 'label' | 'grid' | 'header'>): string {
  const base = q.grid ? q.grid.question : shortLabel(q.header, undefined, 500);
  const s = base.replace(/\s*[?.!]\s*$/, '').trim();
  // A grid row fills the question's "these supports" / "the following": "receive supervision".
  return q.grid ? s.replace(/\b(these|the following) \w+/i, q.grid.row.toLowerCase()) : s;
}

/** A question's name in a sentence: a grid row folded into its question ("How often do you receive supervision?") where it fits. */
export function sentenceLabel(q: Pick<Question, 'label' | 'grid' | 'header'>): string {
  // Sentences have room for the whole question; matrix labels keep the short form.
  if (!q.grid) return shortLabel(q.header, undefined, 120);
  const folded = stem(q);
  return folded.toLowerCase().includes(q.grid.row.toLowerCase()) ? `${folded}?` : q.label;
}

/** An agreement statement in the first person: "I have enough time…" becomes "they have enough time…". */
export function statementThat(q: Pick<Question, 'label' | 'grid' | 'header'>): string | null {
  const s = stem(q);
  return /^I\b/.test(s) ? theirs(s) : null;
}

const PATTERNS: [RegExp, (m: RegExpExecArray, more: boolean) => string][] = [
  [/^how often do you (.+)$/i, (m, more) => `${more ? 'more' : 'less'} often ${m[1]}`],
  [/^how ((?:\w+ly )?\w+) do you feel(.*)$/i, (m, more) => `feel ${more ? 'more' : 'less'} ${m[1]}${m[2]}`],
  [/^how (\w+) are you(.*)$/i, (m, more) => `are ${more ? 'more' : 'less'} ${m[1]}${m[2]}`],
  [/^how (\w+) (?:is|are) (.+)$/i, (m, more) => `find ${m[2]} ${more ? 'more' : 'less'} ${m[1]}`],
  [/^how has (.+?) changed(.*)$/i, (m, more) => `report a ${more ? 'bigger' : 'smaller'} increase in ${m[1]}${m[2]}`],
  [/^how much (?:has|have) (.+?) (\w+ed)\b(.*)$/i, (m, more) => `say ${m[1]} has ${m[2]} ${more ? 'more' : 'less'}${m[3]}`],
  [/^how much (?:do|would) you (\w+) (.+)$/i, (m, more) => `${m[1]} ${m[2]} ${more ? 'more' : 'less'}`],
  [/^how many (.+?) (?:are|is) (.+)$/i, (m, more) => `have ${more ? 'more' : 'fewer'} ${m[1]} ${m[2]}`],
  [/^how many (.+?) do you (\w+)(.*)$/i, (m, more) => `${m[2]} ${more ? 'more' : 'fewer'} ${m[1]}${m[3]}`],
];

/**
 * What answering higher (or lower) means, as a verb phrase after "SENCOs who": "feel more stressed in their SENCO
 * role", "more often agree that they have enough time". Unknown wording falls back to "give higher answers to …".
 */
export function itemPhrase(q: PhrasedQuestion, higher: boolean): string {
  return knownPhrase(q, higher) ?? `give ${higher ? 'higher' : 'lower'} answers to “${q.label}”`;
}

type PhrasedQuestion = Pick<Question, 'label' | 'grid' | 'header' | 'construct' | 'levels'>;

/** The verb phrase when the question's wording gives one, else null (a bare column name such as "EHCP admin hours"). */
export function knownPhrase(q: PhrasedQuestion, higher: boolean): string | null {
  if (q.construct) return `score ${higher ? 'higher' : 'lower'} on ${q.label.replace(/\s*\(score[^)]*\)\s*$/, '').toLowerCase()}`;
  const that = q.levels.some((l) => /\bagree\b/i.test(l.label)) ? statementThat(q) : null;
  if (that) return `${higher ? 'more' : 'less'} often agree that ${that}`;
  const s = stem(q);
  for (const [re, say] of PATTERNS) {
    const m = re.exec(s);
    if (m) return theirs(say(m, higher));
  }
  return null;
}

/** The same phrase after "tend to": "are less confident" → "be less confident", "less often receive X" → "receive X less often". */
export function infinitive(phrase: string): string {
  const often = /^(more|less) often (.+)$/.exec(phrase);
  if (often) return `${often[2]} ${often[1]} often`;
  return phrase.replace(/^are\b/, 'be');
}
