import { kendallTauBPValue } from './kendallTauBPValue';

/** An ordinal item coded for the fast path: codes[i] is 1..levelCount, or NaN for no answer. */
export interface CodedItem {
  codes: Float64Array;
  levelCount: number;
}

/** Pairwise-complete n and the three correlations of two coded items (each NaN when undefined). */
export interface PairStats {
  n: number;
  spearman: number;
  pearson: number;
  kendallTauB: number;
  /** Two-sided p of kendallTauB by the tie-corrected normal approximation (`kendallTauBPValue`), the margins being the tie groups. */
  kendallP: number;
}

/**
 * Pairwise-deletion statistics of two coded ordinal items from their level × level contingency table, built in one pass without sorting.
 * Equal to `spearman`, `pearson` and `kendallTauB` (and its p) on the respondents who answered both; each is NaN when n < 2 or an item has no variation there. O(n + ka·kb).
 * @throws {Error} if the items differ in length, or a code is not NaN or an integer in 1..levelCount
 */
export function ordinalPairStats(a: CodedItem, b: CodedItem): PairStats {
  const ca = a.codes;
  const cb = b.codes;
  const ka = a.levelCount;
  const kb = b.levelCount;
  const length = ca.length;
  if (cb.length !== length) throw new Error('ordinalPairStats requires a and b of equal length');

  const table = new Int32Array(ka * kb);
  for (let i = 0; i < length; i++) {
    const va = ca[i];
    const vb = cb[i];
    if (Number.isNaN(va) || Number.isNaN(vb)) continue; // NaN: no answer
    const ia = va - 1;
    const ib = vb - 1;
    // one well-predicted branch; also rejects fractions, which (x | 0) would change
    if ((ia | 0) !== ia || (ib | 0) !== ib || ia < 0 || ia >= ka || ib < 0 || ib >= kb) {
      throw new Error('ordinalPairStats requires codes that are NaN or integers in 1..levelCount');
    }
    table[ia * kb + ib]++;
  }
  return pairStatsFromTable(table, ka, kb);
}

/** An ordinal item packed one byte per respondent for the correlation matrix's hot loop: 0 = no answer, else 1..levelCount (≤ 255). */
export interface PackedItem {
  codes: Uint8Array;
  levelCount: number;
}

/**
 * Packs a coded item once, so that each of the matrix's pairs reads 1 byte per respondent instead of 8 and
 * builds its table without a branch.
 * @throws {Error} if levelCount is over 255, or a code is not NaN or an integer in 1..levelCount
 */
export function packItem(item: CodedItem): PackedItem {
  if (item.levelCount > 255) throw new Error('packItem requires at most 255 levels');
  const codes = new Uint8Array(item.codes.length);
  for (let i = 0; i < codes.length; i++) {
    const v = item.codes[i];
    if (Number.isNaN(v)) continue;
    if (!Number.isInteger(v) || v < 1 || v > item.levelCount)
      throw new Error('packItem requires codes that are NaN or integers in 1..levelCount');
    codes[i] = v;
  }
  return { codes, levelCount: item.levelCount };
}

/** One of the three correlations: `packedPairStats` computes only that one when told (the others NaN). */
export type PairMethod = 'spearman' | 'pearson' | 'kendall';

// Reused by every pair of the matrix: a 1,000-question survey has 499,500 pairs, and two fresh tables per pair made
// a million short-lived buffers for the garbage collector. Pure: each call zeroes what it uses before reading it.
let scratch = new Int32Array(64);
let tableScratch = new Int32Array(64);

/**
 * The same statistics as `ordinalPairStats`, from packed items: O(n + ka·kb), one branch-free pass. With `only`,
 * just that correlation (and Kendall's p for 'kendall'), the rest NaN: the matrix needs one method, and Kendall's
 * table walk and p cost more than the other two together.
 */
export function packedPairStats(a: PackedItem, b: PackedItem, only?: PairMethod): PairStats {
  const ca = a.codes;
  const cb = b.codes;
  if (cb.length !== ca.length) throw new Error('packedPairStats requires a and b of equal length');
  const ka = a.levelCount;
  const kb = b.levelCount;
  const w = kb + 1;
  // Row 0 and column 0 collect the respondents who skipped one item; they are dropped below (pairwise deletion).
  const size = (ka + 1) * w;
  if (scratch.length < size) scratch = new Int32Array(size);
  const full = scratch;
  full.fill(0, 0, size);
  for (let i = 0; i < ca.length; i++) full[ca[i] * w + cb[i]]++;
  if (tableScratch.length < ka * kb) tableScratch = new Int32Array(ka * kb);
  // A view, not a copy: every cell is written below before it is read.
  const table = tableScratch.subarray(0, ka * kb);
  for (let i = 0; i < ka; i++) for (let j = 0; j < kb; j++) table[i * kb + j] = full[(i + 1) * w + j + 1];
  return pairStatsFromTable(table, ka, kb, only);
}

function pairStatsFromTable(table: Int32Array, ka: number, kb: number, only?: PairMethod): PairStats {
  const rows = new Float64Array(ka);
  const cols = new Float64Array(kb);
  let n = 0;
  for (let i = 0; i < ka; i++) {
    for (let j = 0; j < kb; j++) {
      const c = table[i * kb + j];
      rows[i] += c;
      cols[j] += c;
    }
    n += rows[i];
  }
  if (n < 2) return { n, spearman: NaN, pearson: NaN, kendallTauB: NaN, kendallP: NaN };
  const wants = (m: PairMethod) => only === undefined || only === m;
  let pearson = NaN;
  if (wants('pearson')) {
    const levelsA = new Float64Array(ka);
    const levelsB = new Float64Array(kb);
    for (let i = 0; i < ka; i++) levelsA[i] = i + 1;
    for (let j = 0; j < kb; j++) levelsB[j] = j + 1;
    pearson = weightedPearson(table, levelsA, levelsB, rows, cols, n);
  }
  const tau = wants('kendall') ? tauBFromTable(table, ka, kb, rows, cols, n) : NaN;
  return {
    n,
    spearman: wants('spearman') ? weightedPearson(table, averageRankOfLevel(rows), averageRankOfLevel(cols), rows, cols, n) : NaN,
    pearson,
    kendallTauB: tau,
    kendallP: wants('kendall') ? kendallTauBPValue({ tau, n, xTies: rows, yTies: cols }) : NaN,
  };
}

/** Average rank (1-based, ties averaged) of each level within the sample, from the level counts. */
function averageRankOfLevel(counts: Float64Array): Float64Array {
  const ranks = new Float64Array(counts.length);
  let before = 0;
  for (let i = 0; i < counts.length; i++) {
    ranks[i] = before + (counts[i] + 1) / 2;
    before += counts[i];
  }
  return ranks;
}

/** Pearson r of scores (sa[row], sb[col]) weighted by cell counts; NaN if either margin is concentrated on one level. */
function weightedPearson(table: Int32Array, sa: Float64Array, sb: Float64Array, rows: Float64Array, cols: Float64Array, n: number): number {
  const ka = rows.length;
  const kb = cols.length;
  let sumA = 0;
  let sumB = 0;
  let levelsA = 0;
  let levelsB = 0;
  for (let i = 0; i < ka; i++) {
    sumA += rows[i] * sa[i];
    if (rows[i] > 0) levelsA++;
  }
  for (let j = 0; j < kb; j++) {
    sumB += cols[j] * sb[j];
    if (cols[j] > 0) levelsB++;
  }
  if (levelsA < 2 || levelsB < 2) return NaN;
  const meanA = sumA / n;
  const meanB = sumB / n;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < ka; i++) {
    const da = sa[i] - meanA;
    saa += rows[i] * da * da;
    for (let j = 0; j < kb; j++) sab += table[i * kb + j] * da * (sb[j] - meanB);
  }
  for (let j = 0; j < kb; j++) {
    const db = sb[j] - meanB;
    sbb += cols[j] * db * db;
  }
  const r = sab / (Math.sqrt(saa) * Math.sqrt(sbb));
  return r > 1 ? 1 : Math.max(r, -1);
}

/** Kendall's tau-b from concordant minus discordant pair counts, via a 2D suffix sum over the table. */
function tauBFromTable(table: Int32Array, ka: number, kb: number, rows: Float64Array, cols: Float64Array, n: number): number {
  // below[i * w + j] = count in rows >= i and columns >= j; row ka and column kb are zero sentinels
  const w = kb + 1;
  const below = new Float64Array((ka + 1) * w);
  for (let i = ka - 1; i >= 0; i--) {
    let rowSuffix = 0;
    for (let j = kb - 1; j >= 0; j--) {
      rowSuffix += table[i * kb + j];
      below[i * w + j] = below[(i + 1) * w + j] + rowSuffix;
    }
  }
  let concordantMinusDiscordant = 0;
  for (let i = 0; i < ka - 1; i++) {
    const next = (i + 1) * w;
    const rowsAfter = below[next];
    for (let j = 0; j < kb; j++) {
      const c = table[i * kb + j];
      if (c === 0) continue;
      const concordant = below[next + j + 1]; // row > i, col > j
      const discordant = rowsAfter - below[next + j]; // row > i, col < j
      concordantMinusDiscordant += c * (concordant - discordant);
    }
  }
  const pairs = (n * (n - 1)) / 2;
  let tiedA = 0;
  let tiedB = 0;
  for (let i = 0; i < ka; i++) tiedA += (rows[i] * (rows[i] - 1)) / 2;
  for (let j = 0; j < kb; j++) tiedB += (cols[j] * (cols[j] - 1)) / 2;
  const denominator = Math.sqrt(pairs - tiedA) * Math.sqrt(pairs - tiedB);
  if (denominator === 0) return NaN;
  const tau = concordantMinusDiscordant / denominator;
  return tau > 1 ? 1 : Math.max(tau, -1);
}
