/** What a question's header says about its column: an identifier to withhold, or a scale's stated bounds. */

/** Headers of columns that identify a person: exact names, or a short header that starts with or names one. */
const ID_HEADER = /^(e-?mail( address)?|username|user ?name|id|respondent( id)?|response id|name|ip address|upn|uln|nhs number)$/i;
const ID_WORDS = /^(your |respondent'?s? |full |first |last |sur|parent'?s? |pupil'?s? |child'?s? )?(e-?mail( address)?|names?|phone( number)?|telephone( number)?|mobile( number)?|contact details)\b|\b(your|my) (e-?mail|name|phone|telephone|mobile)\b|\be-?mail address\b/i;

/** True for a header that names an identifier ("Email address", "Your name (optional)", "Parent's phone"). */
export function isIdentifierHeader(header: string): boolean {
  const h = header.trim();
  return ID_HEADER.test(h) || ID_WORDS.test(h);
}
/** Reads a scale's bounds from its header: "(1–5)", "1 to 10", "(1 = never, 5 = always)". */
export function headerScaleBounds(header: string): { low: number; high: number } | null {
  const range = /\b(0|1)\s*(?:-|–|—|to)\s*(\d{1,2})\b/.exec(header);
  if (range) return { low: Number(range[1]), high: Number(range[2]) };
  const ends = /\b(0|1)\s*=\s*[^,;)]+[,;]\s*(\d{1,2})\s*=/.exec(header);
  if (ends) return { low: Number(ends[1]), high: Number(ends[2]) };
  return null;
}
