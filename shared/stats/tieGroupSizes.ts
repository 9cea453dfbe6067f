/**
 * How many times each distinct value occurs (R's `as.vector(table(x))`), in ascending order of value: the tie
 * groups that rank tests correct for. NaN values are left out. O(n log n).
 * @example tieGroupSizes([3, 1, 3, 2, 3]); // => [1, 1, 3]
 */
export function tieGroupSizes(values: ArrayLike<number>): number[] {
  const sorted = Float64Array.from(values).sort(); // typed-array sort puts NaN last
  const sizes: number[] = [];
  let start = 0;
  while (start < sorted.length && !Number.isNaN(sorted[start])) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    sizes.push(end - start);
    start = end;
  }
  return sizes;
}
