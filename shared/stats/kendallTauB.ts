/**
 * Kendall's tau-b with tie correction (R's `cor(x, y, method = "kendall")`), in [−1, 1]; NaN when n < 2, either variable is constant, or any value is NaN. Knight's algorithm, O(n log n).
 * Its p-value is `kendallTauBPValue`, not the t formula of `correlationPValue`.
 * @throws {Error} if x and y differ in length
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (y.length !== n) throw new Error('kendallTauB requires x and y of equal length');
  if (n < 2) return NaN;
  for (let i = 0; i < n; i++) if (Number.isNaN(x[i]) || Number.isNaN(y[i])) return NaN;

  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => x[i] - x[j] || y[i] - y[j]);
  const xs = new Float64Array(n);
  let ys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    xs[k] = x[order[k]];
    ys[k] = y[order[k]];
  }

  // pairs tied on x, and tied on both, from runs in the (x, y)-sorted order
  let tiedX = 0;
  let tiedXY = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && xs[end] === xs[start]) end++;
    const t = end - start;
    tiedX += (t * (t - 1)) / 2;
    for (let s = start; s < end; ) {
      let e = s + 1;
      while (e < end && ys[e] === ys[s]) e++;
      const u = e - s;
      tiedXY += (u * (u - 1)) / 2;
      s = e;
    }
    start = end;
  }

  // a stable bottom-up merge sort of y counts the discordant pairs as swaps
  let swaps = 0;
  let buffer = new Float64Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (ys[i] <= ys[j]) buffer[k++] = ys[i++];
        else {
          swaps += mid - i;
          buffer[k++] = ys[j++];
        }
      }
      while (i < mid) buffer[k++] = ys[i++];
      while (j < hi) buffer[k++] = ys[j++];
    }
    const t = ys;
    ys = buffer;
    buffer = t;
  }

  let tiedY = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && ys[end] === ys[start]) end++;
    const t = end - start;
    tiedY += (t * (t - 1)) / 2;
    start = end;
  }

  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt(pairs - tiedX) * Math.sqrt(pairs - tiedY);
  if (denominator === 0) return NaN;
  const tau = (pairs - tiedX - tiedY + tiedXY - 2 * swaps) / denominator;
  return tau > 1 ? 1 : Math.max(tau, -1);
}
