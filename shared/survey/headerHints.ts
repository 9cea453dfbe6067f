/** What a question's header says about its column: an identifier to withhold, or a scale's stated bounds. */
export { isIdentifierHeader } from './identifyingHeader';

/** Reads a scale's bounds from its header: "(1–5)", "1 to 10", "(1 = never, 5 = always)". */
export function headerScaleBounds(header: string): { low: number; high: number } | null {
  const range = /\b(0|1)\s*(?:-|–|—|to)\s*(\d{1,2})\b/.exec(header);
  if (range) return { low: Number(range[1]), high: Number(range[2]) };
  const ends = /\b(0|1)\s*=\s*[^,;)]+[,;]\s*(\d{1,2})\s*=/.exec(header);
  if (ends) return { low: Number(ends[1]), high: Number(ends[2]) };
  return null;
}
