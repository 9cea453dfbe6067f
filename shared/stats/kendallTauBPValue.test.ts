import { describe, expect, it } from 'vitest';
import { correlationPValue } from './correlationPValue';
import { kendallTauB } from './kendallTauB';
import { kendallTauBPValue } from './kendallTauBPValue';
import { tieGroupSizes } from './tieGroupSizes';

const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
const y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5];
const a = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 1, 2, 3, 4, 5, 5, 4, 3, 2, 1];
const b = [2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 1, 1, 2, 3, 4, 5, 3, 3, 2, 2];

function pOf(x: number[], y: number[]): number {
  return kendallTauBPValue({ tau: kendallTauB(x, y), n: x.length, xTies: tieGroupSizes(x), yTies: tieGroupSizes(y) });
}

describe('kendallTauBPValue', () => {
  it.each([
    // R 4.2.2: cor.test(x, y, method = "kendall", exact = FALSE)$p.value (x, y as above)
    { name: 'ties in both', x, y, expected: 0.47328371915210621 },
    // R 4.2.2: cor.test(a, b, method = "kendall", exact = FALSE)$p.value
    { name: '5-level answers', x: a, y: b, expected: 5.6010998725154431e-5 },
    // R 4.2.2: cor.test(1:6, c(2, 1, 4, 3, 6, 5), method = "kendall", exact = FALSE)$p.value
    { name: 'no ties', x: [1, 2, 3, 4, 5, 6], y: [2, 1, 4, 3, 6, 5], expected: 0.090873939986249042 },
    // R 4.2.2: cor.test(c(1,1,2,2,3,3,4,4,5,5), c(5,4,5,3,4,2,3,1,2,1), method = "kendall", exact = FALSE)$p.value
    { name: 'a negative tau', x: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5], y: [5, 4, 5, 3, 4, 2, 3, 1, 2, 1], expected: 0.012015003224274805 },
  ])('matches R on $name', ({ x, y, expected }) => {
    expect(pOf(x, y)).toBeCloseTo(expected, 14);
  });

  it('differs from the t formula for r, which overstates p for tau', () => {
    const tau = kendallTauB(a, b);
    // R 4.2.2: cor.test(a, b, method = "kendall", exact = FALSE)$p.value = 5.6010998725154431e-5
    expect(pOf(a, b)).toBeCloseTo(5.6010998725154431e-5, 14);
    expect(correlationPValue(tau, a.length)).toBeGreaterThan(1e-4);
  });

  it('takes tie groups of one as no ties', () => {
    const p = kendallTauBPValue({ tau: 0.6, n: 6, xTies: [1, 1, 1, 1, 1, 1], yTies: [] });
    // R 4.2.2: cor.test(1:6, c(2, 1, 4, 3, 6, 5), method = "kendall", exact = FALSE)$p.value
    expect(p).toBeCloseTo(0.090873939986249042, 14);
  });

  it.each([
    { name: 'tau is NaN (no variation)', tau: NaN, n: 10 },
    { name: 'n = 1', tau: 0.5, n: 1 },
    // R 4.2.2: cor.test(c(1, 2), c(1, 2), method = "kendall", exact = FALSE)$p.value is NaN
    { name: 'n = 2', tau: 1, n: 2 },
  ])('is NaN when $name', ({ tau, n }) => {
    expect(kendallTauBPValue({ tau, n, xTies: [], yTies: [] })).toBeNaN();
  });
});
