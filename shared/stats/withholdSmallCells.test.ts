import { describe, expect, it } from 'vitest';
import { withholdSmallCells } from './withholdSmallCells';

// Hand-worked tables (the rule is ours, so the expected masks are worked by hand, line by line, in the comments).
describe('withholdSmallCells', () => {
  it('withholds nothing when every count is 0 or at least 5', () => {
    expect(
      withholdSmallCells(
        [
          [12, 0],
          [7, 6],
        ],
        5,
      ),
    ).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('withholds a second cell in the row and column of a lone small count', () => {
    // 3 is small. Its row then has one withheld cell: the smallest other count there, 9, goes too.
    // Column 1 now has one withheld cell (3): 6 goes too. Column 2 has one (9): 14 goes. Row 1 then has two (6, 14).
    expect(
      withholdSmallCells(
        [
          [12, 3, 9],
          [7, 6, 14],
        ],
        5,
      ),
    ).toEqual([
      [false, true, true],
      [false, true, true],
    ]);
  });

  it('leaves two small counts in one row and one column alone when they already protect each other', () => {
    // rows: [2, 3, 10] and [4, 1, 10]: every row and column with a withheld cell has two
    expect(
      withholdSmallCells(
        [
          [2, 3, 10],
          [4, 1, 10],
        ],
        5,
      ),
    ).toEqual([
      [true, true, false],
      [true, true, false],
    ]);
  });

  it('prefers a shown positive count to a zero, and uses a zero when nothing else is left', () => {
    // Row 0: 2 is small and alone; of the shown cells 0 and 8, the positive 8 goes. Column 0 then holds 2 alone: 5 goes.
    // Column 2 holds 8 alone: 20 goes. Row 1 now holds 5 and 20: two. Done.
    expect(
      withholdSmallCells(
        [
          [2, 0, 8],
          [5, 30, 20],
        ],
        5,
      ),
    ).toEqual([
      [true, false, true],
      [true, false, true],
    ]);
    // [1, 0] / [9, 9]: row 0 has 1 alone and only a zero beside it, so the zero goes; columns then pair with the 9s
    expect(
      withholdSmallCells(
        [
          [1, 0],
          [9, 9],
        ],
        5,
      ),
    ).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});
