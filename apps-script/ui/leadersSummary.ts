// The summary for senior leaders' bar: a term picker when more than one term has begun, and Print. The summary's
// sections (one per term, made on the server) are shown or hidden; nothing is read from or sent to the server.
import { byId, el } from './el';

/** Fills the picker from the sections; run once the page is parsed, as the bar comes before the sections. */
function start(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('section.leaders')];
  const picker = byId<HTMLSelectElement>('term-picker');
  if (sections.length > 1) {
    sections.forEach((section, i) =>
      picker.append(el('option', { value: String(i), selected: !section.hidden }, section.dataset.term ?? `Term ${i + 1}`)),
    );
    picker.hidden = false;
    byId('term-label').hidden = false;
  }
  picker.addEventListener('change', () => {
    sections.forEach((section, i) => {
      section.hidden = String(i) !== picker.value;
    });
  });
  // The dialog's iframe is sandboxed with allow-modals, which print() needs (docs/sheets-report-dialog.md).
  byId('print-summary').addEventListener('click', () => window.print());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
