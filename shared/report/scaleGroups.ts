import type { Question } from '../analysis/analysisSchema';

/** Scale items that share the same levels, in order of first appearance: each group gets one table and one chart. */
export function scaleGroups(questions: readonly Question[]): Question[][] {
  const groups = new Map<string, Question[]>();
  for (const q of questions) {
    if (!q.topBox) continue;
    const key = q.levels.map((l) => l.label).join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()];
}
