// Dialogs build their DOM from data with this and nothing else: text goes in as text nodes and attributes as
// DOM properties, so no data is ever parsed as HTML and no quote in a question title can end an attribute.
// docs/apps-script-dialogs.md says why.

/**
 * The plain (string, number, boolean) properties of an element that a dialog may set. Event handlers, HTML
 * setters and URL-bearing properties are left out: listeners are attached with addEventListener, and a link
 * is made only by safeLink, which checks its URL.
 */
type Unsafe = `on${string}` | 'innerHTML' | 'outerHTML' | 'href' | 'src' | 'action' | 'formAction' | 'srcdoc';
export type Props<E> = { [P in keyof E as P extends Unsafe ? never : E[P] extends string | number | boolean ? P : never]?: E[P] } & {
  dataset?: Record<string, string>;
};

export type Child = Node | string | null | undefined | false;

/** A new element with the given properties and children; strings become text nodes, falsy children are skipped. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<HTMLElementTagNameMap[K]> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(element, rest);
  if (dataset) Object.assign(element.dataset, dataset);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The element with this id, of the expected kind; a missing one is a bug in the dialog's HTML, so it throws. */
export function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The dialog has no element #${id}.`);
  return element as E;
}
