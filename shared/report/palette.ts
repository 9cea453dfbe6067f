/** Colours shared by the Sheets and HTML renderers (ColorBrewer RdBu: readable, colour-blind safe). */

export const NEGATIVE = '#b2182b';
export const NEUTRAL = '#f7f7f7';
export const POSITIVE = '#2166ac';
const RDBU = ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#e0e0e0', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'];

/** k colours from red (low) through grey (middle) to blue (high); k ≥ 1. */
export function divergingPalette(k: number): string[] {
  if (k <= 1) return [RDBU[4]];
  return Array.from({ length: k }, (_, i) => RDBU[Math.round((i * (RDBU.length - 1)) / (k - 1))]);
}

/** Okabe–Ito colours, told apart with any colour vision: one per group in a grouped chart. */
const GROUPS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

/** n colours for n groups (2–8 groups are compared; more repeat). */
export function groupPalette(n: number): string[] {
  return Array.from({ length: n }, (_, i) => GROUPS[i % GROUPS.length]);
}
