/**
 * Which cells of a table of counts to withhold so that no count from 1 to `threshold − 1` can be read or worked out:
 * primary suppression of those counts, then secondary suppression until no row and no column has exactly one
 * withheld cell (one withheld cell is its row total minus the cells shown). The second cell withheld in a line is
 * its smallest shown positive count, else a shown zero. Zeros are shown: they describe nobody. Returns a mask the
 * shape of the table (true = withhold). O((rows + columns) · rows · columns) at worst.
 * @example withholdSmallCells([[12, 3, 9], [7, 6, 14]], 5); // => [[false, true, true], [false, true, true]]
 */
export function withholdSmallCells(table: readonly (readonly number[])[], threshold: number): boolean[][] {
  const rows = table.length;
  const columns = rows === 0 ? 0 : table[0].length;
  const mask = table.map((row) => row.map((count) => count >= 1 && count < threshold));
  const line = (isRow: boolean, k: number) =>
    Array.from({ length: isRow ? columns : rows }, (_, m) => (isRow ? [k, m] : [m, k]) as [number, number]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const isRow of [true, false]) {
      for (let k = 0; k < (isRow ? rows : columns); k++) {
        const cells = line(isRow, k);
        if (cells.filter(([i, j]) => mask[i][j]).length !== 1) continue;
        let pick: [number, number] | null = null;
        for (const [i, j] of cells) {
          if (mask[i][j]) continue;
          const better = pick === null || rank(table[i][j]) < rank(table[pick[0]][pick[1]]);
          if (better) pick = [i, j];
        }
        if (pick) {
          mask[pick[0]][pick[1]] = true;
          changed = true;
        }
      }
    }
  }
  return mask;
}

/** Smallest positive count first; zeros only when nothing else is left. */
function rank(count: number): number {
  return count > 0 ? count : Infinity;
}
