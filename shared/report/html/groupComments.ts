/** Answers that say nothing ("N/A", "None", "No further comments."): counted, never listed. */
const EMPTY =
  /^(n\/?a|n\.a\.?|none|no|nope|nothing|nil|not applicable|no comments?|no (further|other|more) comments?|nothing (else|further|more)( to add)?|no thanks?( you)?|-+|\.+|x)$/i;

/** The form two answers share when they say the same thing: case, spacing and end punctuation ignored. */
function sameKey(answer: string): string {
  return answer
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!,;:]+$/, '')
    .trim();
}

export function isEmptyAnswer(answer: string): boolean {
  return EMPTY.test(sameKey(answer).replace(/[.!]+$/, ''));
}

export interface CommentGroup {
  text: string;
  count: number;
}

/** Identical answers once, with how many gave them (most often first, then in the order given); empty answers counted apart. */
export function groupComments(answers: readonly string[]): { groups: CommentGroup[]; empty: number } {
  const groups = new Map<string, CommentGroup>();
  let empty = 0;
  for (const a of answers) {
    if (a.trim() === '' || isEmptyAnswer(a)) {
      empty++;
      continue;
    }
    const k = sameKey(a);
    const g = groups.get(k);
    if (g) g.count++;
    else groups.set(k, { text: a.trim(), count: 1 });
  }
  // A stable sort keeps first-given order among equal counts.
  return { groups: [...groups.values()].sort((x, y) => y.count - x.count), empty };
}
