import { describe, expect, it } from 'vitest';
import { fisherExact2x2, type Table2x2 } from './fisherExact2x2';

describe('fisherExact2x2', () => {
  it.each<{ table: Table2x2; expected: number }>([
    // R 4.2.2: fisher.test(matrix(c(3, 1, 1, 3), 2, byrow = TRUE))$p.value (each row below: the same call on its counts)
    {
      table: [
        [3, 1],
        [1, 3],
      ],
      expected: 0.48571428571428582,
    },
    {
      table: [
        [1, 9],
        [11, 3],
      ],
      expected: 0.0027594561852200836,
    },
    {
      table: [
        [10, 2],
        [3, 15],
      ],
      expected: 0.00053672411914343593,
    },
    {
      table: [
        [0, 5],
        [6, 0],
      ],
      expected: 0.0021645021645021658,
    },
    {
      table: [
        [2, 7],
        [8, 2],
      ],
      expected: 0.023014137565221159,
    },
    {
      table: [
        [50, 30],
        [20, 60],
      ],
      expected: 2.9159941881741129e-6,
    },
    {
      table: [
        [5, 0],
        [0, 5],
      ],
      expected: 0.0079365079365079395,
    },
    {
      table: [
        [7, 12],
        [0, 4],
      ],
      expected: 0.27272727272727271,
    },
    // an empty row: one possible table
    {
      table: [
        [0, 0],
        [3, 4],
      ],
      expected: 1,
    },
  ])('matches R on $table', ({ table, expected }) => {
    const p = fisherExact2x2(table);
    expect(Math.abs(p - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('is the same whichever way round the table is', () => {
    expect(
      fisherExact2x2([
        [2, 8],
        [7, 2],
      ]),
    ).toBeCloseTo(
      fisherExact2x2([
        [2, 7],
        [8, 2],
      ]),
      15,
    );
    expect(
      fisherExact2x2([
        [8, 2],
        [2, 7],
      ]),
    ).toBeCloseTo(
      fisherExact2x2([
        [2, 7],
        [8, 2],
      ]),
      15,
    );
  });

  it('handles a table of 100 000 without overflow', () => {
    // R 4.2.2: fisher.test(matrix(c(25100, 24900, 24900, 25100), 2, byrow = TRUE))$p.value
    expect(
      fisherExact2x2([
        [25100, 24900],
        [24900, 25100],
      ]),
    ).toBeCloseTo(0.20817950119479486, 10);
  });

  it.each([
    {
      table: [
        [1.5, 2],
        [3, 4],
      ] as Table2x2,
    },
    {
      table: [
        [-1, 2],
        [3, 4],
      ] as Table2x2,
    },
  ])('refuses $table', ({ table }) => {
    expect(() => fisherExact2x2(table)).toThrow('fisherExact2x2 requires counts that are non-negative integers');
  });
});
