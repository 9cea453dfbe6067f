// The tags redaction leaves ("[date of birth removed]"), and replacing text around them without touching them.
import type { TextSpan } from './replaceSpans';

/** Tags already in the text are never searched again: that is what makes redaction idempotent. */
const TAG = /\[[^[\]\n]{1,40} removed\]/g;

/** Where the tags already in `text` are, in order. */
export function tagSpans(text: string): TextSpan[] {
  if (!text.includes('[')) return [];
  return [...text.matchAll(TAG)].map((tag) => ({ index: tag.index ?? 0, end: (tag.index ?? 0) + tag[0].length }));
}

/** Applies `change` to the text between redaction tags, leaving every tag as it is. */
export function outsideTags(text: string, change: (segment: string) => string): string {
  let out = '';
  let last = 0;
  for (const { index, end } of tagSpans(text)) {
    out += change(text.slice(last, index)) + text.slice(index, end);
    last = end;
  }
  return out + change(text.slice(last));
}

/**
 * `text.replace(pattern, …)` in one pass that leaves tags already in the text alone: a match touching a tag is
 * kept as it is. Each match looks only at the few characters a tag can span, so the pass stays linear however
 * many tags the text holds.
 */
export function replaceOutsideTags(
  text: string,
  pattern: RegExp,
  replacer: (match: string, groups: Record<string, string | undefined>, offset: number) => string,
): string {
  if (!text.includes('[')) return text.replace(pattern, (...args: unknown[]) => call(args, replacer));
  return text.replace(pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    const offset = offsetOf(args);
    return touchesTag(text, offset, offset + match.length) ? match : call(args, replacer);
  });
}

type Replacer = (match: string, groups: Record<string, string | undefined>, offset: number) => string;

// replace() passes a groups object last only when the pattern has named groups.
function offsetOf(args: unknown[]): number {
  const named = typeof args.at(-1) === 'object' && args.at(-1) !== null;
  return (named ? args.at(-3) : args.at(-2)) as number;
}

function call(args: unknown[], replacer: Replacer): string {
  const named = typeof args.at(-1) === 'object' && args.at(-1) !== null;
  return replacer(args[0] as string, (named ? args.at(-1) : {}) as Record<string, string | undefined>, offsetOf(args));
}

const TAG_AT = /\[[^[\]\n]{1,40} removed\]/y;
const LONGEST_TAG = 50;

/** Whether [offset, end) overlaps a tag: a "[" at most a tag's length back that opens a tag reaching past `offset`. */
function touchesTag(text: string, offset: number, end: number): boolean {
  for (let i = end - 1; i >= 0 && i >= offset - LONGEST_TAG; i--) {
    if (text[i] === ']' && i < offset) return false;
    if (text[i] !== '[') continue;
    TAG_AT.lastIndex = i;
    if (TAG_AT.test(text) && TAG_AT.lastIndex > offset) return true;
    if (i < offset) return false;
  }
  return false;
}
