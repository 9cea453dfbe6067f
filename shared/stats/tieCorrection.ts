/**
 * Σ(t³ − t) over groups of t tied values (R's `sum(table(x)^3 - table(x))`), the tie term of rank tests; 0 with no ties. NaN values are ignored.
 */
export function sumTieCubes(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  let start = 0;
  while (start < sorted.length && !Number.isNaN(sorted[start])) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    const t = end - start;
    total += t * t * t - t;
    start = end;
  }
  return total;
}
