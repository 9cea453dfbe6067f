// The Analysis options sidebar: wiring only; the lists are drawn by sidebarView.
import type { AnalysisOptions } from '../../shared/options/analysisOptions';
import type { SidebarState } from '../sidebarState';
import { byId } from './el';
import { errorText, serverCall } from './serverCall';
import { renderSidebar } from './sidebarView';

let state: SidebarState | null = null;

function say(message: string, isError = false): void {
  const status = byId('status');
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

function busy(on: boolean): void {
  byId<HTMLButtonElement>('run').disabled = on;
  byId<HTMLButtonElement>('save').disabled = on;
}

function fail(error: unknown): void {
  busy(false);
  say(`Something went wrong: ${errorText(error)}. Try again, or reload the spreadsheet.`, true);
}

function show(next: SidebarState): void {
  state = next;
  renderSidebar(next);
  say(next.message ?? '', !!next.message);
}

function checked(selector: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(selector)];
}

/** Scale orders by header, from the ticked "These answers form a scale" boxes. */
function scaleOrders(): Map<string, string[]> {
  const orders = new Map<string, string[]>();
  for (const box of checked('[data-scale]:checked')) {
    const column = Number(box.dataset.scale);
    const question = state?.questions.find((q) => q.column === column);
    const order = box.closest('details')?.querySelector('textarea');
    if (!question || !order) continue;
    orders.set(
      question.header,
      order.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  }
  return orders;
}

/** The options as chosen on screen. */
function collect(): AnalysisOptions {
  const options: AnalysisOptions = {
    sheetName: byId<HTMLSelectElement>('sheet').value,
    method: byId<HTMLSelectElement>('method').value as AnalysisOptions['method'],
    adjust: byId<HTMLSelectElement>('adjust').value as AnalysisOptions['adjust'],
  };
  if (!byId<HTMLInputElement>('all').checked) options.columns = checked('[data-col]:checked').map((box) => box.dataset.col ?? '');
  const groupBoxes = checked('[data-group]');
  if (groupBoxes.some((box) => !box.checked))
    options.groupColumns = groupBoxes.filter((box) => box.checked).map((box) => box.dataset.group ?? '');
  // Object.fromEntries makes an own key even of a header such as "__proto__", where obj[header] = … would not.
  const orders = scaleOrders();
  if (orders.size) options.scaleOrders = Object.fromEntries(orders);
  return options;
}

byId('all').addEventListener('change', () => {
  const all = byId<HTMLInputElement>('all').checked;
  for (const box of checked('[data-col]:not(:disabled)')) box.checked = all;
});
byId('sheet').addEventListener('change', () => {
  const sheetName = byId<HTMLSelectElement>('sheet').value;
  say(`Reading "${sheetName}"…`);
  serverCall('getSidebarState', sheetName).then(show, fail);
});
byId('save').addEventListener('click', () => {
  busy(true);
  say('Saving…');
  serverCall('saveOptions', collect()).then((r) => {
    busy(false);
    say(r.ok ? 'Saved. Analyse uses these options from now on.' : r.message, !r.ok);
  }, fail);
});
byId('run').addEventListener('click', () => {
  busy(true);
  say('Analysing… this can take a minute for large surveys.');
  serverCall('analyseWithOptions', collect()).then((r) => {
    busy(false);
    say(r.message, !r.ok);
  }, fail);
});
say('Loading…');
serverCall('getSidebarState').then(show, fail);
