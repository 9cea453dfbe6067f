/** Google Forms joins the options a respondent ticked with ", ". */
export const MULTI_SEPARATOR = ', ';

/**
 * The options in one checkbox answer. Known options are found first, longest first, where they stand between
 * ", " separators (so "Managing staff, timetables included" stays one option); what is left splits on ", ".
 */
export function splitChoices(answer: string, known: readonly string[]): string[] {
  let rest = `${MULTI_SEPARATOR}${answer}${MULTI_SEPARATOR}`;
  const found: string[] = [];
  for (const option of [...known].sort((a, b) => b.length - a.length)) {
    const marked = `${MULTI_SEPARATOR}${option}${MULTI_SEPARATOR}`;
    if (rest.includes(marked)) {
      found.push(option);
      rest = rest.replace(marked, MULTI_SEPARATOR);
    }
  }
  const others = rest
    .split(MULTI_SEPARATOR)
    .map((x) => x.trim())
    .filter(Boolean);
  // Keep the respondent's order: known options in the order they appear in the answer, then any others.
  found.sort((x, y) => answer.indexOf(x) - answer.indexOf(y));
  return [...found, ...others];
}

/** Checkbox answers: some answers hold several options, and the options recur across respondents. */
export function looksMulti(texts: string[]): boolean {
  if (!texts.some((x) => x.includes(MULTI_SEPARATOR))) return false;
  const counts = new Map<string, number>();
  let total = 0;
  for (const x of texts)
    for (const part of x.split(MULTI_SEPARATOR)) {
      counts.set(part.trim(), (counts.get(part.trim()) ?? 0) + 1);
      total++;
    }
  let recurring = 0;
  for (const c of counts.values()) if (c >= 2) recurring += c;
  return counts.size <= 40 && recurring >= total * 0.8;
}
