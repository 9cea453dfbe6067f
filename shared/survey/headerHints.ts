/** What a question's header says about its column: an identifier to withhold, a scale's stated bounds, or a count. */
export { isIdentifierHeader } from './identifyingHeader';

/** Reads a scale's bounds from its header: "(1–5)", "1 to 10", "(1 = never, 5 = always)". */
export function headerScaleBounds(header: string): { low: number; high: number } | null {
  const range = /\b(0|1)\s*(?:-|–|—|to)\s*(\d{1,2})\b/.exec(header);
  if (range) return { low: Number(range[1]), high: Number(range[2]) };
  const ends = /\b(0|1)\s*=\s*[^,;)]+[,;]\s*(\d{1,2})\s*=/.exec(header);
  if (ends) return { low: Number(ends[1]), high: Number(ends[2]) };
  return null;
}

/** Words that name a count or an amount of time: the answer is a number of things, not a point on a scale. */
const COUNT_WORDS = /\b(how many|number of|count|hours?|minutes?|tasks)\b/i;
/**
 * Words that ask for a rating even when a count word is near: "How often do you work beyond your contracted
 * hours?", "How manageable are your EHCP tasks?". Such a header stays a scale when its answers look like one.
 */
const RATING_WORDS =
  /\b(rate|rating|agree|disagree|satisf\w*|confiden\w*|to what extent|how (much|well|often|likely|easy|hard|difficult|manageable|stressed|valued|important|useful|confident|satisfied))\b/i;

/**
 * True when a header names a count or an amount ("How many hours…", "Number of pupils", "Tasks done late"),
 * so that whole numbers from 0 to 10 under it are read as a Number question and not as a rating scale
 * (docs/statistics.md, "Counts are not scales").
 */
export function isCountHeader(header: string): boolean {
  return COUNT_WORDS.test(header) && !RATING_WORDS.test(header);
}
