import type { Correlation } from './analysisSchema';
import { isSignificant } from './format';

/**
 * The most pairs a report lists one per row. 46 or more scale and number questions make more pairs than this
 * (45 make 990); ordinary surveys (20 to 40 scale items) list every pair. Past it the report lists the strongest
 * this many and the command line writes every pair to correlations-all.csv (docs/wide-surveys.md).
 */
export const PAIR_LIST_LIMIT = 1000;

const strength = (c: Correlation) => Math.abs(c.r ?? 0);

/** Positions of the pairs, strongest |r| first (a pair without r counts as 0); equal strengths keep the matrix order. */
export function strengthOrder(correlations: readonly Correlation[]): Uint32Array {
  const strengths = Float64Array.from(correlations, strength);
  const order = Uint32Array.from(correlations, (_, k) => k);
  return order.sort((x, y) => strengths[y] - strengths[x] || x - y);
}

/** Every pair, strongest |r| first (a pair without r counts as 0); pairs of equal strength keep the matrix order. */
export function byStrength(correlations: readonly Correlation[]): Correlation[] {
  return [...correlations].sort((x, y) => strength(y) - strength(x));
}

// The Correlations tab, report.json and the findings each ask for the same list of the same matrix: chosen once.
const listed = new WeakMap<readonly Correlation[], Correlation[]>();

/**
 * The pairs a report lists: all of them up to `limit` (PAIR_LIST_LIMIT), else the `limit` strongest, in the order
 * `byStrength` gives (a partial selection: sorting half a million pairs to keep a thousand is the cost avoided).
 */
export function listedPairs(correlations: readonly Correlation[], limit = PAIR_LIST_LIMIT): Correlation[] {
  if (correlations.length <= limit) return byStrength(correlations);
  const known = limit === PAIR_LIST_LIMIT ? listed.get(correlations) : undefined;
  if (known) return known;
  // The limit-th largest strength, from a sorted copy of the strengths alone (a typed array sorts fast).
  const strengths = Float64Array.from(correlations, strength).sort();
  const cut = strengths[strengths.length - limit];
  const chosen: Correlation[] = [];
  let tiedAtCut = limit - strengths.filter((s) => s > cut).length;
  // In matrix order: the strongest, and the first of those tied at the cut, as a full stable sort would keep.
  for (const c of correlations) {
    const s = strength(c);
    if (s > cut) chosen.push(c);
    else if (s === cut && tiedAtCut > 0) {
      chosen.push(c);
      tiedAtCut--;
    }
  }
  const out = byStrength(chosen);
  if (limit === PAIR_LIST_LIMIT) listed.set(correlations, out);
  return out;
}

/** How many pairs have adjusted p < .05. */
export function significantPairs(correlations: readonly Correlation[]): number {
  let n = 0;
  for (const c of correlations) if (c.r !== null && isSignificant(c.pAdjusted)) n++;
  return n;
}
