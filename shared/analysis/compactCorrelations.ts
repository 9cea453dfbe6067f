import type { Analysis, CorrelationMatrix } from './analysisSchema';
import { listedPairs, PAIR_LIST_LIMIT, significantPairs } from './pairList';

/**
 * The analysis as report.json holds it. Up to PAIR_LIST_LIMIT pairs, unchanged. Past it, `correlations` keeps the
 * pairs the Correlations tab lists (the strongest) and `correlationMatrix` holds every r and adjusted p as numbers in
 * rows: 1,000 questions make 499,500 pairs, which as objects took over 100 MB of JSON.
 */
export function compactCorrelations(a: Analysis): Analysis {
  if (a.correlations.length <= PAIR_LIST_LIMIT) return a;
  const columns = [...new Set(a.correlations.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
  const position = new Map(columns.map((c, i) => [c, i]));
  const r = columns.slice(0, -1).map((_, i) => new Array<number | null>(columns.length - 1 - i).fill(null));
  const pAdjusted = r.map((row) => row.slice());
  for (const c of a.correlations) {
    const x = position.get(c.a)!;
    const y = position.get(c.b)!;
    const i = Math.min(x, y);
    const k = Math.max(x, y) - i - 1;
    r[i][k] = c.r;
    pAdjusted[i][k] = c.pAdjusted;
  }
  const correlations = listedPairs(a.correlations);
  const correlationMatrix: CorrelationMatrix = {
    pairs: a.correlations.length,
    listed: correlations.length,
    significant: significantPairs(a.correlations),
    columns,
    r,
    pAdjusted,
  };
  return { ...a, correlations, correlationMatrix };
}
