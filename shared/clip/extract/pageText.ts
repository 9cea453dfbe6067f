/// <reference lib="dom" />

/**
 * The visible text of a page or element as lines, with labelled fields written "Label: value" on
 * one line whatever the markup: <dt>/<dd>, a <th> or label cell beside its <td>, a column header
 * over its cell, a <label> before its control, a form control's value. Scripts, styles, buttons
 * and hidden elements are left out. Only standard DOM reading (children, tagName, getAttribute,
 * textContent, value) is used, so it runs on a real page and on happy-dom alike.
 */
export function pageText(root: Document | Element): string {
  const start = isDocument(root) ? (root.body ?? root.documentElement) : root;
  if (!start) return '';
  const out = new TextBuffer();
  visit(start, out);
  return out.finish();
}

/** The text of one element on a single line (its lines joined with ", "). */
export function inlineText(element: Element): string {
  return pageText(element).split('\n').join(', ');
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'button', 'head', 'meta', 'link']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'html',
]);
const CONTROLS = new Set(['input', 'select', 'textarea']);
const CONTROLS_WITHOUT_TEXT = new Set(['hidden', 'password', 'submit', 'button', 'reset', 'image', 'file', 'checkbox', 'radio']);

class TextBuffer {
  private lines: string[] = [];
  private current = '';

  write(text: string): void {
    this.current += text;
  }

  /** Ends the line, unless it is a label still waiting for its value ("Date of birth:"). */
  breakLine(): void {
    if (/:\s*$/.test(this.current)) {
      this.current += ' ';
      return;
    }
    this.flush();
  }

  /** Ends the line whatever it holds. */
  flush(): void {
    const line = tidy(this.current);
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  finish(): string {
    this.flush();
    return this.lines.join('\n');
  }
}

function visit(node: Node, out: TextBuffer): void {
  if (node.nodeType === 3) {
    out.write(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (SKIPPED.has(tag) || isHidden(element)) return;

  switch (tag) {
    case 'br':
      out.breakLine();
      return;
    case 'input': {
      const type = (element.getAttribute('type') ?? 'text').toLowerCase();
      if (!CONTROLS_WITHOUT_TEXT.has(type)) out.write(` ${controlValue(element)} `);
      return;
    }
    case 'textarea':
      out.write(` ${controlValue(element) || element.textContent || ''} `);
      return;
    case 'select': {
      const chosen =
        [...element.querySelectorAll('option')].find((option) => option.hasAttribute('selected')) ?? element.querySelector('option');
      out.write(` ${chosen?.textContent ?? ''} `);
      return;
    }
    case 'label': {
      // "<label>Name <input value=…></label>" reads "Name: …", as does a label before its control.
      const isControl = (child: Node) => child.nodeType === 1 && CONTROLS.has((child as Element).tagName.toLowerCase());
      out.breakLine();
      for (const child of [...element.childNodes]) if (!isControl(child)) visit(child, out);
      out.write(':');
      for (const child of [...element.childNodes]) if (isControl(child)) visit(child, out);
      return;
    }
    case 'table':
      out.flush();
      for (const line of tableLines(element)) {
        out.write(line);
        out.flush();
      }
      return;
    case 'dl':
      out.flush();
      for (const line of definitionLines(element)) {
        out.write(line);
        out.flush();
      }
      return;
  }

  if (BLOCKS.has(tag)) {
    out.breakLine();
    visitChildren(element, out);
    out.breakLine();
  } else {
    out.write(' ');
    visitChildren(element, out);
    out.write(' ');
  }
}

function visitChildren(element: Element, out: TextBuffer): void {
  for (const child of [...element.childNodes]) visit(child, out);
}

/** Rows as "Label: value" lines: by the column headers when the table has a header row, else by th / first-cell labels. */
function tableLines(table: Element): string[] {
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

function definitionLines(list: Element): string[] {
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

function controlValue(element: Element): string {
  const live = (element as HTMLInputElement).value;
  return typeof live === 'string' ? live : (element.getAttribute('value') ?? '');
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

function isDocument(root: Document | Element): root is Document {
  return root.nodeType === 9;
}

function tidy(line: string): string {
  return line
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s+([:;,.)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/:(?:\s*:)+/g, ':')
    .replace(/\?:/g, '?')
    .trim();
}
