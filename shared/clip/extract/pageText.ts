/// <reference lib="dom" />
import { definitionLines, tableLines } from './tableText';

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

function controlValue(element: Element): string {
  const live = (element as HTMLInputElement).value;
  return typeof live === 'string' ? live : (element.getAttribute('value') ?? '');
}

/** True for an element the page hides (hidden, aria-hidden, display: none, visibility: hidden). */
export function isHidden(element: Element): boolean {
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
