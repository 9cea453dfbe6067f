import { escapeHtml as e } from './escape';

/**
 * Small SVG pieces. Every bar, swatch and cell is an SVG fill, because browsers print fills by default but drop
 * CSS backgrounds unless "background graphics" is ticked.
 */

/** A legend swatch: an 11×11 square of colour, inline with its label. */
export function swatch(colour: string, hatched = false): string {
  const hatch = hatched ? '<path d="M0 11L11 0M0 5.5L5.5 0M5.5 11L11 5.5" stroke="#777" stroke-width="1.2"/>' : '';
  return `<svg class="swatch" width="11" height="11" viewBox="0 0 11 11" aria-hidden="true"><rect width="11" height="11" fill="${colour}" stroke="#888" stroke-width="0.5"/>${hatch}</svg>`;
}

/** A plain horizontal bar of `percent` (0–100) on a light track, `width` units wide. */
export function shareBar(percent: number, colour: string, width = 300, height = 14): string {
  const w = Math.max(0, Math.min(100, percent)) * (width / 100);
  return `<svg class="sbar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${e(percent.toFixed(1))}%"><rect width="${width}" height="${height}" fill="#eef0f2"/><rect width="${w.toFixed(1)}" height="${height}" fill="${colour}"/></svg>`;
}

/** Text colour that reads on a fill: white on dark fills, ink on light ones. */
export function inkOn(fill: string): string {
  const ch = (i: number) => parseInt(fill.slice(1 + 2 * i, 3 + 2 * i), 16);
  const luminance = (0.299 * ch(0) + 0.587 * ch(1) + 0.114 * ch(2)) / 255;
  return luminance < 0.55 ? '#ffffff' : '#1f2328';
}
