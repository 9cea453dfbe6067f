// Renders docs/data-protection.md (the facts for a school's DPIA) as dist/data-protection.html: one self-contained
// page a DPO can read in a browser and print (or save as a PDF) on A4. The Markdown is the project's own, so marked's
// HTML is used as it is; only the page around it is added here.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { marked } from 'marked';

export const SOURCE = 'docs/data-protection.md';
export const OUT = 'dist/data-protection.html';

// Print: A4 portrait, the title and "Page N of M" in the page margins, no table row, heading or short table split
// from what follows; long scope names and code may wrap anywhere, so no table is wider than the page.
const CSS = `
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 24px 28px 60px; }
h1 { font-size: 25px; line-height: 1.2; border-bottom: 3px solid #2166ac; padding-bottom: 8px; }
h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 3px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 13px; table-layout: auto; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: 600; background: #f6f8fa; border-bottom: 2px solid #8c959f; }
code { font: 0.92em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
li { margin: 3px 0; }
.source { color: #57606a; font-size: 13px; }
@page {
  size: A4 portrait;
  margin: 16mm 14mm 15mm;
  @top-left { content: "SENCO Time: data-protection facts for a DPIA"; font: 9pt system-ui, Arial, sans-serif; color: #57606a; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, Arial, sans-serif; color: #57606a; }
}
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 17pt; }
  h2 { font-size: 13pt; margin-top: 16px; }
  h3 { font-size: 11pt; }
  table { font-size: 8.5pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  table, tr, li { break-inside: avoid; page-break-inside: avoid; }
  /* The sentence that introduces a table stays on the table's page. */
  p:has(+ table) { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
}
`;

/** The whole page for the Markdown given. */
export function dataProtectionPage(markdown) {
  const body = marked.parse(markdown, { async: false, gfm: true });
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SENCO Time: data-protection facts for a DPIA</title><style>${CSS}</style></head>
<body><main>
${body}
<p class="source">Printed from ${SOURCE} in the SENCO Time repository. To make a PDF: open this page in a browser, choose Print, and Save as PDF.</p>
</main></body></html>
`;
}

export function buildDataProtection() {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, dataProtectionPage(readFileSync(SOURCE, 'utf8')));
  console.log(`Data-protection pack: ${OUT}`);
}
