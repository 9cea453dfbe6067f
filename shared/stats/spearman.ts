import { pearson } from './pearson';
import { averageRanks } from './rank';

/**
 * Spearman's rank correlation ρ: Pearson's r of average ranks (R's `cor(x, y, method = "spearman")`); NaN when n < 2, either variable is constant, or any value is NaN. O(n log n).
 * @throws {Error} if x and y differ in length
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (y.length !== x.length) throw new Error('spearman requires x and y of equal length');
  return pearson(averageRanks(x), averageRanks(y));
}
