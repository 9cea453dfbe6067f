/**
 * Whether ten digits (spaces and hyphens ignored: "943 476 5919") form a valid NHS number: the
 * modulus 11 check digit (weights 10 down to 2 on the first nine digits; 11 − remainder, 11 → 0,
 * 10 never valid) matches the tenth. Anything but ten digits is not valid.
 */
export function isValidNhsNumber(candidate: string): boolean {
  const digits = candidate.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
