import { adjustPValues } from '../stats/adjustPValues';
import { mannWhitneyFromCounts } from '../stats/mannWhitneyFromCounts';
import { newcombeDifference } from '../stats/newcombeDifference';
import { headerKey } from '../templates/headerKey';
import type { PAdjust, Question } from './analysisSchema';
import { MIN_GROUP_SIZE } from './compareGroups';
import { matchTrendItems, type TrendPair, type TrendSide } from './matchTrendItems';
import { scaleEnds } from './scaleEnds';
import { topicOf } from './topics';
import { trendNotes } from './trendNotes';
import type { Trend, TrendShare } from './trendSchema';
import { trendText } from './trendText';

export interface TrendsInput {
  earlier: TrendSide;
  later: TrendSide;
  /** How the Mann–Whitney p-values are adjusted across the scale items: the analysis's own choice (Holm by default). */
  adjust: PAdjust;
}

const share = (count: number, n: number): TrendShare => ({ n, count, percent: n > 0 ? (100 * count) / n : 0 });

/** Later minus earlier in percentage points, with Newcombe's hybrid score 95% interval (method 10). */
function change(earlier: TrendShare, later: TrendShare) {
  const d = newcombeDifference({ x1: later.count, n1: later.n, x2: earlier.count, n2: earlier.n });
  return { earlier, later, difference: 100 * d.difference, ciLow: 100 * d.low, ciHigh: 100 * d.high };
}

function scaleTrend(pair: TrendPair): Omit<Trend, 'pAdjusted' | 'text'> {
  const then = scaleEnds(pair.earlier).high;
  const now = scaleEnds(pair.later).high;
  // From the counts per level: the same test as on the answers, without sorting 100,000 of them per question.
  const counts = (q: Question) => q.levels.map((l) => l.count);
  const test = mannWhitneyFromCounts(counts(pair.later), counts(pair.earlier));
  return {
    ...common(pair, now.words),
    ...change(share(then.count, pair.earlier.n), share(now.count, pair.later.n)),
    p: Number.isNaN(test.p) ? null : test.p,
  };
}

function choiceTrend(pair: TrendPair): Omit<Trend, 'pAdjusted' | 'text'> {
  const countOf = (q: Question, label: string) => q.levels.find((l) => headerKey(l.label) === headerKey(label))?.count ?? 0;
  // In the later survey's order (an ordered background question keeps its order); the headline is the most chosen now.
  const shares = pair.later.levels.map((l) => ({
    label: l.label,
    ...change(share(countOf(pair.earlier, l.label), pair.earlier.n), share(l.count, pair.later.n)),
  }));
  const { label, ...top } = shares.reduce((a, b) => (b.later.count > a.later.count ? b : a));
  return { ...common(pair, label), ...top, p: null, shares };
}

function common(pair: TrendPair, words: string) {
  return {
    column: pair.later.column,
    earlierColumn: pair.earlier.column,
    header: pair.later.header,
    label: pair.later.label,
    kind: pair.kind,
    words,
    matchedBy: pair.matchedBy,
    topic: topicOf(pair.later.label)?.id ?? null,
  };
}

/**
 * This survey against an earlier one, question by question (matched as `matchTrendItems` pairs them): for a scale
 * item the top-end share then and now, the difference in points with its 95% interval, and a Mann–Whitney test of
 * the two distributions adjusted across the scale items; for a single-choice item the change in each answer's
 * share. Questions with fewer than 5 answers in either survey are left out and named in a note.
 */
export function trends({ earlier, later, adjust }: TrendsInput): { trends: Trend[]; notes: string[] } {
  const match = matchTrendItems(earlier, later);
  const tooFew = match.pairs.filter((p) => p.earlier.n < MIN_GROUP_SIZE || p.later.n < MIN_GROUP_SIZE);
  const usable = match.pairs.filter((p) => !tooFew.includes(p));
  const rows = usable.map((p) => (p.kind === 'scale' ? scaleTrend(p) : choiceTrend(p)));
  const scaleRows = rows.filter((r) => r.kind === 'scale');
  const adjusted = adjustPValues(
    scaleRows.map((r) => r.p ?? NaN),
    adjust,
  );
  const out = rows.map((r) => {
    const i = scaleRows.indexOf(r);
    const pAdjusted = i >= 0 && !Number.isNaN(adjusted[i]) ? adjusted[i] : null;
    const question = usable[rows.indexOf(r)].later;
    return { ...r, pAdjusted, text: trendText({ trend: { ...r, pAdjusted }, question, adjust }) };
  });
  return {
    trends: out,
    notes: trendNotes(
      match,
      tooFew.map((p) => p.later.label),
    ),
  };
}
