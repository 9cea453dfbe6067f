import type { ColumnHint } from '../survey/classifyColumn';

/** A header that asks for free comment, whatever its answers look like. */
const ASKS_FOR_COMMENT =
  /\b(comments?|anything else|anything more|tell us|like to add|would you like the \w+ to know|other thoughts|feedback)\b/i;

/**
 * Free-text hints for comment questions: when many people write the same few words ("N/A", "More admin time"),
 * their answers repeat and would otherwise be charted as a single-choice question.
 */
export function commentHints(headers: readonly string[]): Record<number, ColumnHint> {
  const hints: Record<number, ColumnHint> = {};
  headers.forEach((h, c) => {
    if (ASKS_FOR_COMMENT.test(h)) hints[c] = { kind: 'text' };
  });
  return hints;
}
