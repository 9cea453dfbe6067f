import type { Correlation } from './analysisSchema';
import { isSignificant } from './format';

/**
 * The most pairs a report lists one per row. 46 or more scale and number questions make more pairs than this
 * (45 make 990); ordinary surveys (20 to 40 scale items) list every pair. Past it the report lists the strongest
 * this many and the command line writes every pair to correlations-all.csv (docs/wide-surveys.md).
 */
export const PAIR_LIST_LIMIT = 1000;

const strength = (c: Correlation) => Math.abs(c.r ?? 0);

/** Every pair, strongest |r| first (a pair without r counts as 0); pairs of equal strength keep the matrix order. */
export function byStrength(correlations: readonly Correlation[]): Correlation[] {
  return [...correlations].sort((x, y) => strength(y) - strength(x));
}

/**
 * The pairs a report lists: all of them up to PAIR_LIST_LIMIT, else the PAIR_LIST_LIMIT strongest, in the order
 * `byStrength` gives (a partial selection: sorting half a million pairs to keep a thousand is the cost avoided).
 */
export function listedPairs(correlations: readonly Correlation[], limit = PAIR_LIST_LIMIT): Correlation[] {
  if (correlations.length <= limit) return byStrength(correlations);
  // The limit-th largest strength, from a sorted copy of the strengths alone (a typed array sorts fast).
  const strengths = Float64Array.from(correlations, strength).sort();
  const cut = strengths[strengths.length - limit];
  const above = correlations.filter((c) => strength(c) > cut);
  const at = correlations.filter((c) => strength(c) === cut).slice(0, limit - above.length);
  // Stable sort of the strongest and those tied at the cut, in matrix order: the same rows a full sort would keep.
  const chosen = new Set([...above, ...at]);
  return byStrength(correlations.filter((c) => chosen.has(c)));
}

/** How many pairs have adjusted p < .05. */
export function significantPairs(correlations: readonly Correlation[]): number {
  let n = 0;
  for (const c of correlations) if (c.r !== null && isSignificant(c.pAdjusted)) n++;
  return n;
}
