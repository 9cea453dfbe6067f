/** The report's only stylesheet: inline, so report.html is one self-contained file that prints well. */
export const PAGE_CSS = `
:root { --ink:#1f2328; --muted:#57606a; --line:#d0d7de; --accent:#2166ac; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 60px; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 18px; padding-bottom: 10px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
.meta { color: var(--muted); margin: 0; }
ol.findings li { margin: 6px 0; }
ul.caveats { color: #3b3f45; }
ul.caveats li { margin: 4px 0; }
.note { color: var(--muted); font-size: 13px; }
table { border-collapse: collapse; margin: 8px 0 14px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 7px; text-align: right; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.text, th.text { text-align: left; }
.nowrap { white-space: nowrap; }
.diverging { margin: 10px 0 6px; }
.diverging .legend { margin-left: 342px; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: var(--muted); margin-bottom: 6px; }
.diverging .swatch { display: inline-block; width: 11px; height: 11px; margin-right: 4px; vertical-align: -1px; }
.brow { display: flex; align-items: center; gap: 12px; margin: 3px 0; }
.blabel { width: 330px; flex: none; text-align: right; font-size: 12.5px; line-height: 1.25; }
.brow svg text { font-size: 11px; fill: #1f2328; }
.brow svg text.dark { fill: #fff; }
.muted { color: var(--muted); }
.hbar { display: flex; align-items: center; gap: 8px; margin: 2px 0; font-size: 13px; }
.hbar .lab { width: 330px; text-align: right; }
.hbar .track { width: 380px; background: #f0f2f4; height: 16px; }
.hbar .fill { background: var(--accent); height: 16px; }
.scroll { overflow-x: auto; }
table.heatmap { font-size: 11.5px; }
table.heatmap td { padding: 3px 2px; }
table.heatmap td.r { min-width: 38px; text-align: center; }
table.heatmap td.sig { font-weight: 700; }
table.heatmap td.dark { color: #fff; }
table.heatmap td.none, table.heatmap td.diag { color: var(--muted); text-align: center; }
table.heatmap th.row { text-align: left; font-weight: 400; min-width: 240px; max-width: 300px; line-height: 1.25; }
table.heatmap th.col { min-width: 38px; text-align: center; }
.num { display: inline-block; min-width: 18px; color: var(--muted); }
tr.sig td { background: #eef5fc; }
blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--line); white-space: pre-wrap; }
details { margin: 8px 0; }
@media (max-width: 720px) {
  main { padding: 16px 12px 40px; }
  .brow { flex-direction: column; align-items: stretch; gap: 2px; margin: 8px 0; }
  .blabel { width: auto; text-align: left; }
  .brow svg { width: 100%; height: auto; }
  .diverging .legend { margin-left: 0; }
  .hbar { flex-wrap: wrap; }
  .hbar .lab { width: 100%; text-align: left; }
  .hbar .track { width: 70%; }
  table { display: block; overflow-x: auto; }
}
@media print {
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  section { break-inside: avoid-page; }
  details { display: block; }
  details > * { display: block; }
}
`;
