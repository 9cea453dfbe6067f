import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/mulberry32';
import { kendallTauB } from './kendallTauB';

const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
const y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5];
const a = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 1, 2, 3, 4, 5, 5, 4, 3, 2, 1];
const b = [2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 1, 1, 2, 3, 4, 5, 3, 3, 2, 2];

/** Textbook O(n²) tau-b: (concordant − discordant) / √((n0 − tiesX)(n0 − tiesY)). */
function bruteForceTauB(x: number[], y: number[]): number {
  let s = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      s += dx * dy;
      if (dx === 0) tiesX++;
      if (dy === 0) tiesY++;
    }
  }
  const n0 = (x.length * (x.length - 1)) / 2;
  return s / Math.sqrt((n0 - tiesX) * (n0 - tiesY));
}

describe('kendallTauB', () => {
  it.each([
    // R 4.2.2: cor(x, y, method = "kendall")
    { name: 'matches R on tied data', x, y, expected: 0.17109647770728872 },
    // R 4.2.2: cor(a, b, method = "kendall")
    { name: 'matches R on 5-level answers', x: a, y: b, expected: 0.74685040173612327 },
    { name: 'is 1 for any increasing relation', x: [1, 2, 3, 4], y: [1, 10, 100, 1000], expected: 1 },
    { name: 'is −1 for any decreasing relation', x: [1, 2, 3, 4], y: [9, 3, 1, 0.5], expected: -1 },
  ])('$name', ({ x, y, expected }) => {
    expect(kendallTauB(x, y)).toBeCloseTo(expected, 14);
  });

  it.each([
    { name: 'many ties, 3 × 4 levels', n: 301, levelsX: 3, levelsY: 4, seed: 1 },
    { name: 'binary against 7 levels', n: 500, levelsX: 2, levelsY: 7, seed: 2 },
    { name: 'continuous values, no ties', n: 257, levelsX: 0, levelsY: 0, seed: 3 },
    { name: 'an odd tiny sample', n: 3, levelsX: 2, levelsY: 3, seed: 4 },
  ])('agrees with the O(n²) definition on random data: $name', ({ n, levelsX, levelsY, seed }) => {
    const random = mulberry32(seed);
    const draw = (levels: number) => (levels === 0 ? random() : 1 + Math.floor(random() * levels));
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = draw(levelsX);
      xs.push(v);
      // y leans on x so the correlation is not ~0
      ys.push(random() < 0.5 ? Math.min(levelsY || 1, v) : draw(levelsY));
    }
    expect(kendallTauB(xs, ys)).toBeCloseTo(bruteForceTauB(xs, ys), 12);
  });

  it.each([
    { name: 'x has no variation', x: [5, 5, 5], y: [1, 2, 3] },
    { name: 'y has no variation', x: [1, 2, 3], y: [0, 0, 0] },
    { name: 'only one pair', x: [1], y: [2] },
    { name: 'a value is NaN', x: [1, 2, 3], y: [1, NaN, 3] },
  ])('is NaN when $name', ({ x, y }) => {
    expect(kendallTauB(x, y)).toBeNaN();
  });

  it('throws on arrays of different length', () => {
    expect(() => kendallTauB([1, 2], [1])).toThrow('kendallTauB requires x and y of equal length');
  });
});
