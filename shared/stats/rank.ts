/**
 * 1-based ranks with ties given their average rank (R's `rank(x)`); NaN values get NaN and are left out of the ranking. O(n log n).
 * @example averageRanks([10, 20, 20, 5]); // => Float64Array [2, 3.5, 3.5, 1]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  // Survey answers take few distinct values: rank each distinct value once, then look every answer up.
  const sorted = Float64Array.from(values).sort();
  const rankOf = new Map<number, number>();
  let start = 0;
  while (start < n && !Number.isNaN(sorted[start])) {
    const v = sorted[start];
    let end = start + 1;
    while (end < n && sorted[end] === v) end++;
    // positions start..end-1 (0-based) share ranks start+1..end, whose mean is (start+1+end)/2
    rankOf.set(v, (start + 1 + end) / 2);
    start = end;
  }
  // Scale codes are small whole numbers: a table indexed by the value is faster than the map.
  const top = start > 0 ? sorted[start - 1] : 0;
  const small = start > 0 && sorted[0] >= 0 && top < 4096 && [...rankOf.keys()].every(Number.isInteger);
  const table = small ? new Float64Array(top + 1) : null;
  if (table) for (const [v, r] of rankOf) table[v] = r;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) ranks[i] = table ? table[v] : rankOf.get(v)!;
  }
  return ranks;
}
