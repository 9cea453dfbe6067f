import { describe, expect, it } from 'vitest';
import { correlationStrength, effectMagnitude, formatCoefficient, formatP, headerEndLabels } from './format';

describe('formatP (APA style)', () => {
  it.each([
    [0.0004, 'p < .001'],
    [0.0123, 'p = .012'],
    [0.05, 'p = .050'],
    [0.4149, 'p = .41'],
    [null, 'p not available'],
  ])('writes %s as %s', (p, text) => expect(formatP(p)).toBe(text));
});

describe('formatCoefficient', () => {
  it.each([
    [0.531, '0.53'],
    [-0.41, '−0.41'],
    [-0.004, '0.00'],
  ])('writes %s as %s', (r, text) => expect(formatCoefficient(r)).toBe(text));
});

describe('strength words (docs/statistics.md: < .1 negligible, < .3 weak, < .5 moderate, ≥ .5 strong)', () => {
  it.each([
    [0.09, 'negligible'],
    [-0.1, 'weak'],
    [0.29, 'weak'],
    [0.3, 'moderate'],
    [-0.5, 'strong'],
  ] as const)('calls r = %s %s', (r, word) => expect(correlationStrength(r)).toBe(word));
  it('sizes epsilon² with .01/.08/.26 and rank-biserial r with .1/.3/.5', () => {
    expect(effectMagnitude('epsilon²', 0.05)).toBe('small');
    expect(effectMagnitude('rank-biserial r', -0.35)).toBe('medium');
  });
});

describe('headerEndLabels', () => {
  it('reads the end labels a header spells out', () => {
    expect([...headerEndLabels('Workload (1 = greatly decreased, 5 = greatly increased)')]).toEqual([
      [1, 'greatly decreased'],
      [5, 'greatly increased'],
    ]);
  });
});
