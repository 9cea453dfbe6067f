/**
 * A CSS string literal for any text: every character outside a few safe ones becomes a CSS escape ("\3c "), so a
 * title can never close the string or the <style> element. CSS strings are not HTML, so escapeHtml does not apply.
 */
export function cssString(text: string): string {
  return `"${[...text].map((ch) => (/[A-Za-z0-9 ,.:;!?()–—-]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * The report's only stylesheet, inline so report.html is one file. Print: A4 portrait, browser defaults (no
 * background graphics: every colour is an SVG fill), the title and page number in the page margins (CSS @page
 * margin boxes), no chart, finding or table row split across pages.
 */
export function pageCss(title: string): string {
  return `
:root { --ink:#1f2328; --muted:#57606a; --line:#d0d7de; --accent:#2166ac; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 24px 28px 60px; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 14px; padding-bottom: 8px; }
h1 { font-size: 25px; margin: 0 0 4px; line-height: 1.2; }
h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 3px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; font-weight: 600; }
.meta { color: var(--muted); margin: 0; font-size: 14px; }
.profile { margin: 6px 0 0; padding-left: 18px; font-size: 14px; }
.profile li { margin: 2px 0; }
ol.findings { padding-left: 30px; }
ol.findings li { margin: 7px 0; }
ol.findings.small li { margin: 4px 0; font-size: 13.5px; }
ul.plain { padding-left: 18px; }
ul.caveats { color: #3b3f45; font-size: 14px; padding-left: 18px; }
ul.caveats li { margin: 3px 0; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0 8px; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
table { border-collapse: collapse; margin: 8px 0 14px; font-size: 12.5px; }
table.full { width: 100%; }
table.stats, table.cmp { table-layout: fixed; }
table.stats th:first-child { width: 34%; }
table.cmp th:first-child { width: 27%; }
table.cmp th.eff { width: 17%; }
table.stats th, table.cmp th { overflow-wrap: anywhere; }
table.cmp td, table.cmp th { font-size: 11.5px; }
/* Five groups or more: small type that may wrap, so the table keeps to the page's width. */
table.cmp.many td, table.cmp.many th { font-size: 10px; padding: 2px 3px; white-space: normal; overflow-wrap: anywhere; }
th, td { border: 1px solid var(--line); padding: 3px 5px; text-align: right; vertical-align: top; }
td.text { overflow-wrap: anywhere; }
td:not(.text) { white-space: nowrap; }
td.med { text-align: left; white-space: normal; }
td.eff { text-align: left; white-space: normal; }
th { hyphens: auto; }
th { font-weight: 600; border-bottom: 2px solid #8c959f; }
td.text, th.text { text-align: left; }
.chart { margin: 8px 0 14px; }
.legend { display: flex; flex-wrap: wrap; gap: 3px 14px; font-size: 12px; color: var(--muted); margin: 0 0 6px 36%; }
.key { white-space: nowrap; }
svg.swatch { vertical-align: -1px; }
.brow { display: grid; grid-template-columns: 36% 1fr; gap: 10px; align-items: center; margin: 3px 0; }
.blabel { text-align: right; font-size: 12.5px; line-height: 1.25; }
svg.dbar { width: 100%; height: auto; display: block; }
svg.dbar text { font-size: 11px; }
.hrow { display: grid; grid-template-columns: 36% 1fr 96px; gap: 10px; align-items: center; margin: 2px 0; font-size: 13px; }
.hlab { text-align: right; line-height: 1.25; }
svg.sbar { width: 100%; height: 14px; display: block; }
.hval { white-space: nowrap; font-size: 12.5px; }
figure.heat { margin: 8px 0; }
svg.heatmap { width: 100%; height: auto; display: block; }
svg.heatmap .hn { fill: var(--muted); }
figure.heat .legend { margin-left: 0; margin-top: 6px; }
ol.heatkey { columns: 2; column-gap: 24px; font-size: 12px; padding-left: 26px; margin: 6px 0 14px; }
ol.heatkey li { break-inside: avoid; }
dl.glossary { font-size: 13.5px; }
dl.glossary dt { font-weight: 600; margin-top: 6px; }
dl.glossary dd { margin: 0 0 0 16px; }
.comments ul { list-style: none; padding: 0; margin: 4px 0 12px; }
.comments li { margin: 5px 0; padding: 3px 10px; border-left: 3px solid var(--line); white-space: pre-wrap; font-size: 13.5px; }
.comments .times { color: var(--muted); font-size: 12px; white-space: nowrap; }
input.filter { font: inherit; font-size: 13px; padding: 3px 6px; width: min(320px, 100%); margin: 2px 0 6px; }
.appendix h3 { margin-top: 16px; }
@media (max-width: 720px) {
  main { padding: 16px 12px 40px; }
  .brow, .hrow { grid-template-columns: 1fr; gap: 2px; margin: 8px 0; }
  .blabel, .hlab { text-align: left; }
  .legend { margin-left: 0; }
  table { display: block; overflow-x: auto; }
  ol.heatkey { columns: 1; }
}
@page {
  size: A4 portrait;
  margin: 16mm 14mm 15mm;
  @top-left { content: ${cssString(title)}; font: 9pt system-ui, Arial, sans-serif; color: #57606a; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, Arial, sans-serif; color: #57606a; }
}
@media print {
  main { max-width: none; padding: 0; }
  h1 { font-size: 19pt; }
  h2 { font-size: 14.5pt; margin-top: 18px; break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .chart, figure, tr, li, .term, .brow, .hrow, ol.heatkey { break-inside: avoid; page-break-inside: avoid; }
  input.filter { display: none; }
  .comments ul { columns: 2; column-gap: 20px; }
  body { font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
}
`;
}
