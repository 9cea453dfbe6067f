// The bar above the report in the Open report dialog: Print / Save as PDF and Download. Its text is fixed (no
// data goes into it), so the report's own escaping stays the only escaping.

const BAR_CSS = `.dialog-bar { position: sticky; top: 0; z-index: 1; display: flex; gap: 8px; align-items: center; padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; font: 13px system-ui, Arial, sans-serif; }
.dialog-bar button { font: inherit; padding: 5px 12px; border: 1px solid #1a73e8; border-radius: 4px; background: #fff; color: #1a73e8; cursor: pointer; }
.dialog-bar button.primary { background: #1a73e8; color: #fff; }
.dialog-bar span { color: #57606a; }
@media print { .dialog-bar { display: none; } }`;

const BAR = `<div class="dialog-bar" role="toolbar" aria-label="Report"><button type="button" class="primary" id="print-report">Print / Save as PDF</button><button type="button" id="download-report">Download report.html</button><span>Printing: choose “Save as PDF” as the destination for a PDF.</span></div>`;

// Print: the dialog is an iframe sandboxed with allow-modals, which print() needs (docs/sheets-report-dialog.md).
// Download: the report without this bar, as the command line writes it (allow-downloads).
const BAR_SCRIPT = `(function () {
  document.getElementById('print-report').addEventListener('click', function () { window.print(); });
  document.getElementById('download-report').addEventListener('click', function () {
    var copy = document.documentElement.cloneNode(true);
    var bar = copy.querySelector('.dialog-bar');
    bar.parentNode.removeChild(bar);
    var mine = copy.querySelectorAll('.dialog-bar-style, .dialog-bar-script');
    for (var m = 0; m < mine.length; m++) mine[m].parentNode.removeChild(mine[m]);
    var boxes = copy.querySelectorAll('input.filter');
    for (var i = 0; i < boxes.length; i++) boxes[i].hidden = true;
    var blob = new Blob(['<!doctype html>\\n' + copy.outerHTML], { type: 'text/html' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'report.html';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  });
})();`;

/** The rendered report with the bar at the top of its body; the report's own markup is left as it is. */
export function withDialogBar(reportHtml: string): string {
  const body = reportHtml.indexOf('<body>');
  const end = reportHtml.lastIndexOf('</body>');
  if (body < 0 || end < body) throw new Error('The report has no <body>.');
  const open = body + '<body>'.length;
  return `${reportHtml.slice(0, open)}<style class="dialog-bar-style">${BAR_CSS}</style>${BAR}${reportHtml.slice(open, end)}<script class="dialog-bar-script">${BAR_SCRIPT}</script>${reportHtml.slice(end)}`;
}
