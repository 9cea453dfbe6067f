/**
 * Reverse-codes answers on a low..high scale, x → low + high − x (5 on 1–5 becomes 1; R's `6 - x`); NaN (missing) stays NaN. Returns a new array; O(n).
 * @throws {RangeError} if low and high are not finite with low < high, or an answer lies outside low..high (a miscoded answer would otherwise pass silently)
 */
export function reverseCode(values: ArrayLike<number>, low: number, high: number): Float64Array {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
    throw new RangeError('reverseCode requires finite low < high');
  }
  const reversed = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) reversed[i] = NaN;
    else if (x < low || x > high) throw new RangeError('reverseCode requires answers between low and high');
    else reversed[i] = low + high - x;
  }
  return reversed;
}
