import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from './nhsNumber';

describe('isValidNhsNumber', () => {
  // 943 476 5919 is the NHS's own published example; 401 023 2137 has check digit 7 (sum 92, 92 mod 11 = 4, 11 − 4 = 7).
  it.each(['943 476 5919', '9434765919', '943-476-5919', '401 023 2137'])('accepts %j', (nhs) => expect(isValidNhsNumber(nhs)).toBe(true));

  it.each([
    ['943 476 5918', 'a wrong check digit'],
    ['123 456 7890', 'a check digit of 10, which no NHS number has'],
    ['943 476 591', 'nine digits'],
    ['9434765919 1', 'eleven digits'],
    ['943 476 591X', 'a letter'],
    ['', 'nothing'],
  ])('rejects %j: %s', (nhs) => expect(isValidNhsNumber(nhs)).toBe(false));
});
