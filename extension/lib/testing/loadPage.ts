import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Puts an entrypoint's HTML body into the test document (its module script is not run). */
export function loadPage(doc: Document, entrypoint: 'popup' | 'options'): void {
  const html = readFileSync(resolve(process.cwd(), `extension/entrypoints/${entrypoint}/index.html`), 'utf8');
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  doc.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
}

/** The form control a visible label names, as a user (or a screen reader) finds it. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(doc: Document, text: string): T {
  const label = [...doc.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`No label "${text}"`);
  const control = doc.getElementById(label.htmlFor);
  if (!control) throw new Error(`Label "${text}" names no control`);
  return control as T;
}

export function type(
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
  event: 'input' | 'change' = 'input',
) {
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true }));
}
