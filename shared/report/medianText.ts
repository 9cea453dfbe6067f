import type { Question } from '../analysis/analysisSchema';
import { headerEndLabels, medianLabel } from '../analysis/format';

/**
 * A scale median in the scale's own words: "Agree", "between Agree and Strongly agree", or for a numbered scale
 * whose header names its ends, "5 (greatly increased)". Text, so that no sheet shows a coded median as "4.00".
 */
export function medianText(median: number | null, question: Pick<Question, 'header' | 'levels'> | undefined): string {
  if (!question) return median === null ? '' : String(median);
  const ends = headerEndLabels(question.header);
  const levels = question.levels.map((l) => {
    const end = l.code === null ? undefined : ends.get(l.code);
    return { code: l.code, label: end && /^\d+$/.test(l.label) ? `${l.label} (${end})` : l.label };
  });
  return medianLabel(median, levels);
}

/** A number's median as a spreadsheet should show it: whole numbers bare, others to two decimals (7.75, 8). */
export function roundedMedian(median: number | null): number | null {
  return median === null ? null : Math.round(median * 100) / 100;
}
