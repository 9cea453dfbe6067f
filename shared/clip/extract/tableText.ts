// Tables and definition lists as "Label: value" lines, so that a label and its value stay together in the page's text.
import { inlineText, isHidden } from './pageText';

/** Rows as "Label: value" lines: by the column headers when the table has a header row, else by th / first-cell labels. */
export function tableLines(table: Element): string[] {
  const rows = rowsOf(table);
  const isHeaderRow = (row: Element) => cellsOf(row).length > 1 && cellsOf(row).every((cell) => cell.tagName.toLowerCase() === 'th');
  const headerIndex = rows.findIndex(isHeaderRow);
  const headers =
    headerIndex >= 0 && rows.slice(headerIndex + 1).some((row) => !isHeaderRow(row)) ? cellsOf(rows[headerIndex]).map(cellText) : null;

  const lines: string[] = [];
  rows.forEach((row, index) => {
    if (headers && index === headerIndex) return;
    const cells = cellsOf(row);
    const caption = headers ?? [];
    if (headers) {
      cells.forEach((cell, i) => {
        const value = cellText(cell);
        if (value !== '') lines.push(caption[i] ? `${asLabel(caption[i])} ${value}` : value);
      });
      return;
    }
    const labelled = cells.some(isLabelCell) || cells.length === 2;
    if (!labelled) {
      const values = cells.map(cellText).filter((value) => value !== '');
      if (values.length > 0) lines.push(values.join(' | '));
      return;
    }
    let label: string | null = null;
    cells.forEach((cell, i) => {
      const text = cellText(cell);
      if (isLabelCell(cell) || (cells.length === 2 && i === 0 && !cells.some(isLabelCell))) {
        if (label !== null) lines.push(asLabel(label));
        label = text;
      } else if (text !== '') {
        lines.push(label !== null ? `${asLabel(label)} ${text}` : text);
        label = null;
      }
    });
  });
  return lines.filter((line) => !/^[^:]*:\s*$/.test(line));
}

/** A definition list (dt/dd, also wrapped in divs) as "Label: value" lines. */
export function definitionLines(list: Element): string[] {
  const items = [...list.children].flatMap((child) => (child.tagName.toLowerCase() === 'div' ? [...child.children] : [child]));
  const lines: string[] = [];
  let label: string | null = null;
  for (const item of items) {
    if (isHidden(item)) continue;
    const tag = item.tagName.toLowerCase();
    const text = cellText(item);
    if (tag === 'dt') label = text;
    else if (tag === 'dd' && text !== '') lines.push(label !== null ? `${asLabel(label)} ${text}` : text);
  }
  return lines;
}

function rowsOf(table: Element): Element[] {
  return [...table.children].flatMap((child) => {
    const tag = child.tagName.toLowerCase();
    if (tag === 'tr') return [child];
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot')
      return [...child.children].filter((row) => row.tagName.toLowerCase() === 'tr');
    return [];
  });
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((cell) => ['th', 'td'].includes(cell.tagName.toLowerCase()) && !isHidden(cell));
}

function isLabelCell(cell: Element): boolean {
  return cell.tagName.toLowerCase() === 'th' || /\blabel\b/i.test(cell.getAttribute('class') ?? '');
}

function cellText(cell: Element): string {
  return inlineText(cell).replace(/:\s*$/, '');
}

function asLabel(text: string): string {
  return /[:?]\s*$/.test(text) ? text : `${text}:`;
}
