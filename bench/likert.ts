import { mulberry32 } from '../shared/util/mulberry32';

export interface LikertOptions {
  /** PRNG seed; the same seed, size and options give the same table. Default 1. */
  seed?: number;
  /** Share of answers left blank (''), 0–1. Default 0.05. */
  blankRate?: number;
  /** Scale points, answers 1..levels. Default 5. */
  levels?: number;
}

/**
 * A synthetic survey for benchmarks: header "Q1".."Qk" then one row per respondent of answers 1..levels,
 * with about `blankRate` of cells ''. One latent factor drives every item (loadings 0.35–0.85, every
 * seventh item reversed), so correlations are non-trivial and of both signs. 100k × 60 takes well under a second.
 */
export function generateLikertTable(respondents: number, items: number, options: LikertOptions = {}): unknown[][] {
  const { seed = 1, blankRate = 0.05, levels = 5 } = options;
  if (!Number.isInteger(levels) || levels < 2)
    throw new RangeError('generateLikertTable requires levels to be a whole number of at least 2');
  const next = mulberry32(seed);
  const loadings = new Float64Array(items);
  const uniqueness = new Float64Array(items);
  for (let j = 0; j < items; j++) {
    const loading = 0.35 + 0.5 * next();
    loadings[j] = j % 7 === 6 ? -loading : loading;
    uniqueness[j] = Math.sqrt(1 - loading * loading);
  }
  // Equal-width cut points on the latent scale, shifted down a little so answers lean to the top of the scale.
  const cuts = new Float64Array(levels - 1);
  for (let k = 0; k < levels - 1; k++) cuts[k] = -0.3 + (3.2 * (k + 1)) / levels - 1.6;

  const table: unknown[][] = new Array(respondents + 1);
  const header = new Array<string>(items);
  for (let j = 0; j < items; j++) header[j] = `Q${j + 1}`;
  table[0] = header;
  for (let i = 1; i <= respondents; i++) {
    const factor = (next() + next() + next() - 1.5) * 2;
    const row = new Array<number | string>(items);
    for (let j = 0; j < items; j++) {
      if (next() < blankRate) {
        row[j] = '';
        continue;
      }
      // Sum of three uniforms rescaled to mean 0, variance 1: near enough normal for a benchmark, and cheap.
      const x = loadings[j] * factor + uniqueness[j] * (next() + next() + next() - 1.5) * 2;
      let level = 1;
      while (level < levels && x > cuts[level - 1]) level++;
      row[j] = level;
    }
    table[i] = row;
  }
  return table;
}
