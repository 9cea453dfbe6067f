import type { PAdjust, Question } from './analysisSchema';
import { quoted } from './findingWords';
import { ADJUST_NAME, formatP } from './format';
import { sentenceLabel, statementThat } from './itemPhrase';
import { isWordScale } from './scaleEnds';
import type { Trend } from './trendSchema';

/** Signed points with a true minus, whole unless under one, so that an interval's end never rounds to a misleading 0: "+12", "−0.8". */
export function signedPoints(points: number): string {
  const r = Math.abs(points) < 1 ? Math.round(points * 10) / 10 : Math.round(points);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
}

/** "up from 52% in the earlier survey", "down from …", "the same as …" (by whole percentages, as the sentence shows them). */
function direction(t: Pick<Trend, 'earlier' | 'later'>): string {
  const then = Math.round(t.earlier.percent);
  const now = Math.round(t.later.percent);
  const verb = now > then ? 'up from' : now < then ? 'down from' : 'the same as';
  return `${verb} ${then}% in the earlier survey`;
}

export interface TrendTextInput {
  trend: Omit<Trend, 'text'>;
  question: Pick<Question, 'label' | 'grid' | 'header' | 'levels'>;
  adjust: PAdjust;
}

/**
 * A trend in words, its figures in it: "“How has your SENCO workload changed…?”: 64% answered greatly increased, up
 * from 52% in the earlier survey: +12 points, 95% interval +1 to +23 (Mann–Whitney p = .041 after Holm correction)."
 */
export function trendText({ trend: t, question: q, adjust }: TrendTextInput): string {
  const now = `${Math.round(t.later.percent)}%`;
  const that = q.levels.some((l) => /\bagree\b/i.test(l.label)) ? statementThat(q) : null;
  // As the scale's own finding words it (scaleFindings.ts), so the two sentences read alike.
  const verb = t.kind === 'choice' || isWordScale(q) ? 'answered' : 'chose';
  const what = that ? `${now} ${t.words} that ${that}` : `${quoted(sentenceLabel(q))}: ${now} ${verb} ${t.words}`;
  const interval = `${signedPoints(t.difference)} points, 95% interval ${signedPoints(t.ciLow)} to ${signedPoints(t.ciHigh)}`;
  const after = adjust === 'none' ? '' : ` after ${ADJUST_NAME[adjust]}`;
  const test = t.kind === 'scale' && t.pAdjusted !== null ? ` (Mann–Whitney ${formatP(t.pAdjusted)}${after})` : '';
  return `${what}, ${direction(t)}: ${interval}${test}.`;
}
