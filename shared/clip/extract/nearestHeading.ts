/// <reference lib="dom" />
import { inlineText } from './pageText';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Node.DOCUMENT_POSITION_FOLLOWING and CONTAINED_BY, without the Node global. */
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/**
 * The text of the last heading before the selected text on the page (the heading of the section
 * it sits in), found by looking for the selection's first line in the page; undefined when the
 * selection is empty or not found, or no heading comes before it.
 */
export function nearestHeading(doc: Document, selection: string): string | undefined {
  const needle = normalise(selection.split('\n').find((line) => line.trim() !== '') ?? '').slice(0, 60);
  if (needle === '') return undefined;

  // Down from <body>, into the last child that still holds the text: the deepest element around the selection,
  // reading each level once rather than every element's whole text (which grows with the square of the page).
  const body = doc.body;
  if (!body || !normalise(body.textContent ?? '').includes(needle)) return undefined;
  let holder: Element = body;
  for (;;) {
    const next = [...holder.children].reverse().find((child) => normalise(child.textContent ?? '').includes(needle));
    if (!next) break;
    holder = next;
  }
  if (holder === body) return undefined;

  let found: Element | undefined;
  for (const heading of doc.querySelectorAll(HEADINGS)) {
    const position = heading.compareDocumentPosition(holder);
    if (heading === holder || position & FOLLOWING || position & CONTAINED_BY) found = heading;
  }
  const text = found ? inlineText(found) : '';
  return text === '' ? undefined : text;
}

function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
