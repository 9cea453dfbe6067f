import { describe, expect, it } from 'vitest';
import { generateLikertTable } from './likert';

function pearson(table: unknown[][], a: number, b: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const row of table.slice(1)) {
    if (row[a] !== '' && row[b] !== '') {
      xs.push(row[a] as number);
      ys.push(row[b] as number);
    }
  }
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('generateLikertTable', () => {
  it('has a header Q1..Qk and one row of k cells per respondent', () => {
    const table = generateLikertTable(200, 12);
    expect(table).toHaveLength(201);
    expect(table[0]).toEqual(Array.from({ length: 12 }, (_, j) => `Q${j + 1}`));
    for (const row of table.slice(1)) expect(row).toHaveLength(12);
  });

  it.each([5, 7, 4])('answers whole numbers 1..%i or blank, using every level', (levels) => {
    const table = generateLikertTable(5000, 6, { levels, seed: 11 });
    const seen = new Set<unknown>();
    for (const row of table.slice(1)) for (const cell of row) seen.add(cell);
    expect([...seen].sort()).toEqual([...Array.from({ length: levels }, (_, k) => k + 1), ''].sort());
  });

  it.each([0.05, 0, 0.2])('leaves about %f of cells blank', (blankRate) => {
    const table = generateLikertTable(10_000, 20, { blankRate, seed: 5 });
    const blanks = table.slice(1).reduce((n, row) => n + row.filter((c) => c === '').length, 0);
    // 200,000 cells: the binomial SD at 5% is 0.0005, so ±0.003 is six SDs.
    expect(Math.abs(blanks / 200_000 - blankRate)).toBeLessThan(0.003);
  });

  it('defaults to 5% blanks on five levels', () => {
    const table = generateLikertTable(10_000, 10);
    const cells = table.slice(1).flat();
    expect(Math.abs(cells.filter((c) => c === '').length / cells.length - 0.05)).toBeLessThan(0.004);
    expect(Math.max(...cells.filter((c): c is number => typeof c === 'number'))).toBe(5);
  });

  it('gives the same table for the same seed and a different one for another seed', () => {
    expect(generateLikertTable(300, 8, { seed: 42 })).toEqual(generateLikertTable(300, 8, { seed: 42 }));
    expect(generateLikertTable(300, 8, { seed: 42 })).not.toEqual(generateLikertTable(300, 8, { seed: 43 }));
  });

  it('correlates items through the shared factor, with reversed items correlating negatively', () => {
    const table = generateLikertTable(20_000, 8, { seed: 3 });
    for (const j of [1, 2, 3, 4, 5, 7]) expect(pearson(table, 0, j)).toBeGreaterThan(0.1);
    // Q7 (every seventh item) is reverse-keyed.
    expect(pearson(table, 0, 6)).toBeLessThan(-0.1);
  });

  it('refuses fewer than two levels', () => {
    expect(() => generateLikertTable(10, 2, { levels: 1 })).toThrow(
      'generateLikertTable requires levels to be a whole number of at least 2',
    );
  });

  it('handles no respondents', () => {
    expect(generateLikertTable(0, 3)).toEqual([['Q1', 'Q2', 'Q3']]);
  });

  it('builds 100,000 × 60 in a few seconds at most', () => {
    const start = performance.now();
    const table = generateLikertTable(100_000, 60);
    const seconds = (performance.now() - start) / 1000;
    expect(table).toHaveLength(100_001);
    expect(table[100_000]).toHaveLength(60);
    // Typically about 0.5 s; the bound is loose so a busy machine does not fail it.
    expect(seconds).toBeLessThan(5);
  });
});
