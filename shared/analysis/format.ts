/** Number wording shared by findings and every renderer, so a figure reads the same everywhere. */

/** The significance level findings, bold cells and shading all use, after correction for multiple tests. */
export const ALPHA = 0.05;

/** True when an adjusted p-value is below ALPHA. */
export function isSignificant(pAdjusted: number | null): boolean {
  return pAdjusted !== null && pAdjusted < ALPHA;
}

/** "p < .001", "p = .012", "p = .41" (APA style, no leading zero). */
export function formatP(p: number | null): string {
  if (p === null || Number.isNaN(p)) return 'p not available';
  if (p < 0.001) return 'p < .001';
  const digits = p < 0.1 ? 3 : 2;
  return `p = ${p.toFixed(digits).replace(/^0/, '')}`;
}

/** A percentage with one decimal: 66.4%. */
export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

/** A coefficient with two decimals and a true minus sign: −0.41. */
export function formatCoefficient(r: number): string {
  // −0.004 rounds to "0.00", not "−0.00".
  const text = r.toFixed(2);
  return /^-0\.00$/.test(text) ? '0.00' : text.replace('-', '−');
}

/** Strength of a correlation: |r| < .1 negligible, < .3 weak, < .5 moderate, otherwise strong. */
export function correlationStrength(r: number): 'negligible' | 'weak' | 'moderate' | 'strong' {
  const a = Math.abs(r);
  return a < 0.1 ? 'negligible' : a < 0.3 ? 'weak' : a < 0.5 ? 'moderate' : 'strong';
}

/** Size of a group difference: rank-biserial r (|r| .1/.3/.5) or epsilon² (.01/.08/.26, Rea & Parker). */
export function effectMagnitude(name: 'rank-biserial r' | 'epsilon²', value: number): 'negligible' | 'small' | 'medium' | 'large' {
  const [a, b, c] = name === 'rank-biserial r' ? [0.1, 0.3, 0.5] : [0.01, 0.08, 0.26];
  const v = Math.abs(value);
  return v < a ? 'negligible' : v < b ? 'small' : v < c ? 'medium' : 'large';
}

export const METHOD_SYMBOL = { spearman: 'ρ', pearson: 'r', kendall: 'τb' } as const;
export const METHOD_NAME = { spearman: 'Spearman', pearson: 'Pearson', kendall: 'Kendall tau-b' } as const;
export const ADJUST_NAME = {
  holm: 'Holm correction',
  bh: 'Benjamini–Hochberg correction',
  none: 'no correction for multiple tests',
} as const;

/** End labels written into a header: "(1 = greatly decreased, 5 = greatly increased)" → {1: "greatly decreased", 5: …}. */
export function headerEndLabels(header: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of header.matchAll(/\b(\d{1,2})\s*=\s*([^,;)=]+?)\s*(?=[,;)]|$)/g)) out.set(Number(m[1]), m[2].trim());
  return out;
}

/** A median in the scale's own words: its level's label ("Agree"), or "between Disagree and Agree" for a half. */
export function medianLabel(median: number | null, levels: readonly { label: string; code: number | null }[]): string {
  if (median === null) return '';
  const at = (code: number) => levels.find((l) => l.code === code)?.label ?? String(code);
  return Number.isInteger(median) ? at(median) : `between ${at(Math.floor(median))} and ${at(Math.ceil(median))}`;
}
