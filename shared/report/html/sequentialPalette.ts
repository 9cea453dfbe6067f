/** k shades of one hue, light to dark (ColorBrewer Blues): for ordered sizes and counts, where small is not "bad". */
const BLUES = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

export function sequentialPalette(k: number): string[] {
  if (k <= 1) return [BLUES[4]];
  return Array.from({ length: k }, (_, i) => BLUES[Math.round((i * (BLUES.length - 1)) / (k - 1))]);
}

/** Distinct colours for unordered answers (ColorBrewer Set2, colour-blind safe for up to 8). */
const SET2 = ['#66c2a5', '#fc8d62', '#8da0cb', '#e78ac3', '#a6d854', '#ffd92f', '#e5c494', '#b3b3b3'];

export function qualitativePalette(k: number): string[] {
  return Array.from({ length: k }, (_, i) => SET2[i % SET2.length]);
}

/** An ordered answer about a size or a count ("Fewer than 100", "1 to 5", "None"), not an opinion. */
export function isSizeScale(levels: readonly { label: string }[]): boolean {
  const numeric = levels.filter((l) => /\d/.test(l.label) && !/^\s*\d+\s*(\(|$)/.test(l.label)).length;
  return numeric >= Math.max(2, levels.length - 1);
}
