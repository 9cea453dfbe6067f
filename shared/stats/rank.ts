/**
 * 1-based ranks with ties given their average rank (R's `rank(x)`); NaN values get NaN and are left out of the ranking. O(n log n).
 * @example averageRanks([10, 20, 20, 5]); // => Float64Array [2, 3.5, 3.5, 1]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) order.push(i);
  order.sort((i, j) => values[i] - values[j]);
  const m = order.length;
  let start = 0;
  while (start < m) {
    const v = values[order[start]];
    let end = start + 1;
    while (end < m && values[order[end]] === v) end++;
    // positions start..end-1 (0-based) share ranks start+1..end, whose mean is (start+1+end)/2
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}
