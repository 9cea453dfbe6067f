import { adjustPValues } from '../stats/adjustPValues';
import { correlationPValue } from '../stats/correlationPValue';
import { kendallTauB } from '../stats/kendallTauB';
import { kendallTauBPValue } from '../stats/kendallTauBPValue';
import { type PackedItem, packedPairStats, packItem } from '../stats/ordinalCorrelation';
import { pearson } from '../stats/pearson';
import { spearman } from '../stats/spearman';
import { tieGroupSizes } from '../stats/tieGroupSizes';
import type { SurveyColumn } from '../survey/survey';
import type { Correlation, CorrelationMethod, PAdjust } from './analysisSchema';

/** Below this many pairs a correlation is shown but flagged, and never becomes a finding. */
export const MIN_RELIABLE_PAIRS = 10;

interface Item {
  column: number;
  values: Float64Array;
  /** Present for ordinal items: codes shifted to 1..levelCount and packed for the contingency-table path. */
  packed?: PackedItem;
}

/** The columns that enter the matrix: scale items (including ordinal grid rows) and numbers. */
export function correlationItems(columns: readonly SurveyColumn[]): Item[] {
  const items: Item[] = [];
  for (const col of columns) {
    const d = col.data;
    if (d.type === 'numeric') items.push({ column: col.column, values: d.values });
    if (d.type === 'ordinal') {
      const shift = 1 - d.levels[0].code;
      const codes = shift === 0 ? d.codes : d.codes.map((c) => c + shift);
      items.push({ column: col.column, values: d.codes, packed: packItem({ codes, levelCount: d.levels.length }) });
    }
  }
  return items;
}

const direct: Record<CorrelationMethod, (x: Float64Array, y: Float64Array) => number> = {
  spearman,
  pearson,
  kendall: kendallTauB,
};

function pairwiseComplete(a: Float64Array, b: Float64Array): [Float64Array, Float64Array] {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (!Number.isNaN(a[i]) && !Number.isNaN(b[i])) {
      x.push(a[i]);
      y.push(b[i]);
    }
  }
  return [Float64Array.from(x), Float64Array.from(y)];
}

/** r, n and the two-sided p: Kendall's from its own null distribution, Spearman's and Pearson's from t (as psych::corr.test). */
function pair(a: Item, b: Item, method: CorrelationMethod): { r: number; n: number; p: number } {
  if (a.packed && b.packed) {
    const s = packedPairStats(a.packed, b.packed, method);
    if (method === 'kendall') return { n: s.n, r: s.kendallTauB, p: s.kendallP };
    const r = method === 'spearman' ? s.spearman : s.pearson;
    return { n: s.n, r, p: correlationPValue(r, s.n) };
  }
  const [x, y] = pairwiseComplete(a.values, b.values);
  const n = x.length;
  const r = n >= 2 ? direct[method](x, y) : NaN;
  const p =
    method === 'kendall' ? kendallTauBPValue({ tau: r, n, xTies: tieGroupSizes(x), yTies: tieGroupSizes(y) }) : correlationPValue(r, n);
  return { n, r, p };
}

/** How each method's p is computed, as the output names it. */
const P_METHOD = { spearman: 't', pearson: 't', kendall: 'normal' } as const;

/**
 * Every pair of items, with pairwise deletion: r, n per pair, a two-sided p and p adjusted across the whole matrix.
 * Spearman and Pearson p come from t with n − 2 df (as psych::corr.test); Kendall's from the normal approximation with
 * the tie-corrected variance (as cor.test(method = "kendall", exact = FALSE)); `pMethod` says which.
 * Zero variance gives r = null, "no variation".
 */
export function correlate(
  columns: readonly SurveyColumn[],
  method: CorrelationMethod,
  adjust: PAdjust,
  /** Pairs that are not separate measures (a construct score and one of its own items): r shown, never tested. */
  partOf: (a: number, b: number) => boolean = () => false,
): Correlation[] {
  const items = correlationItems(columns);
  const out: Correlation[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const pr = pair(items[i], items[j], method);
      const { r, n } = pr;
      const ok = !Number.isNaN(r);
      const own = partOf(items[i].column, items[j].column);
      const p = ok && n >= 3 && !own ? pr.p : NaN;
      const note = !ok
        ? n < 2
          ? 'too few pairs'
          : 'no variation'
        : own
          ? 'the item is part of this score: not tested'
          : n < MIN_RELIABLE_PAIRS
            ? `fewer than ${MIN_RELIABLE_PAIRS} pairs: unreliable`
            : undefined;
      const c: Correlation = {
        a: items[i].column,
        b: items[j].column,
        method,
        r: ok ? Math.max(-1, Math.min(1, r)) : null,
        n,
        p: Number.isNaN(p) ? null : p,
        pMethod: P_METHOD[method],
        pAdjusted: null,
      };
      // Set after, not spread in: the same keys in the same order, without a copy per pair (499,500 for 1,000 questions).
      if (note) c.note = note;
      out.push(c);
    }
  }
  const adjusted = adjustPValues(
    out.map((c) => c.p ?? NaN),
    adjust,
  );
  out.forEach((c, k) => (c.pAdjusted = Number.isNaN(adjusted[k]) ? null : adjusted[k]));
  return out;
}
