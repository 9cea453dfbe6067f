// The options sidebar's lists, drawn from the server's SidebarState with DOM calls only: question headers,
// answers and tab names come from the spreadsheet (or a pasted template) and are shown as text, never parsed.
import { readAsCategoriesNote } from '../../shared/analysis/readAsCategories';
import type { SidebarQuestion, SidebarState } from '../sidebarState';
import { byId, el } from './el';

/** A saved scale order for a header; own keys only, so a header such as "constructor" is not mistaken for one. */
export function savedOrder(state: SidebarState, header: string): string[] | undefined {
  const orders = state.options.scaleOrders;
  return orders && Object.hasOwn(orders, header) ? orders[header] : undefined;
}

function questionLabel(q: SidebarQuestion, box: HTMLInputElement, note?: HTMLElement): HTMLLabelElement {
  return el('label', { title: q.header }, box, ' ', q.header, note && ' ', note);
}

function renderColumns(state: SidebarState): void {
  const chosen = state.options.columns ?? null;
  byId<HTMLInputElement>('all').checked = !chosen;
  byId('cols').replaceChildren(
    ...state.questions.map((q) => {
      const off = q.kind === 'id' || q.kind === 'timestamp';
      const on = !off && (!chosen || chosen.includes(q.header));
      const box = el('input', { type: 'checkbox', checked: on, disabled: off, dataset: { col: q.header } });
      return questionLabel(q, box, off ? el('span', { className: 'muted' }, '(not analysed)') : undefined);
    }),
  );
}

function renderGroups(state: SidebarState): void {
  const groupable = state.questions.filter((q) => q.canGroup);
  const groups = byId('groups');
  groups.className = groupable.length ? '' : 'muted';
  if (!groupable.length) {
    groups.replaceChildren('No single-choice question with groups of 5 or more.');
    return;
  }
  const chosen = state.options.groupColumns;
  groups.replaceChildren(
    ...groupable.map((q) =>
      questionLabel(q, el('input', { type: 'checkbox', checked: !chosen || chosen.includes(q.header), dataset: { group: q.header } })),
    ),
  );
}

function renderScales(state: SidebarState): void {
  const unrecognised = state.questions.filter((q) => q.answers);
  if (!unrecognised.length) {
    byId('scales').replaceChildren(el('p', { className: 'muted' }, 'None: every scale was recognised.'));
    return;
  }
  byId('scales').replaceChildren(
    ...unrecognised.flatMap((q) => {
      const answers = q.answers ?? [];
      const saved = savedOrder(state, q.header);
      // Under its question, outside the closed box, so that it is read without opening anything.
      const note = q.readAsCategories ? [el('p', { className: 'muted' }, readAsCategoriesNote(q.header))] : [];
      const box = el(
        'details',
        { open: !!saved },
        el('summary', { title: q.header }, q.header),
        el(
          'label',
          {},
          el('input', { type: 'checkbox', checked: !!saved, dataset: { scale: String(q.column) } }),
          ' These answers form a scale',
        ),
        el('textarea', { rows: Math.min(8, answers.length), value: (saved ?? answers).join('\n'), dataset: { order: String(q.column) } }),
      );
      return [box, ...note];
    }),
  );
}

/** Shows the tabs, questions and saved options. */
export function renderSidebar(state: SidebarState): void {
  byId('sheet').replaceChildren(...state.sheets.map((name) => el('option', { value: name, selected: name === state.sheetName }, name)));
  renderColumns(state);
  byId<HTMLSelectElement>('method').value = state.options.method ?? 'spearman';
  byId<HTMLSelectElement>('adjust').value = state.options.adjust ?? 'holm';
  renderGroups(state);
  renderScales(state);
}
