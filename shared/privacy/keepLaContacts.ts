import { findLaContacts, type LaContactContext } from './laContacts';

/** Private-use characters: icon fonts put them in page text, where they carry no meaning; the mask uses them. */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const MAX_KEPT = 0xf8ff - 0xe000;

/**
 * `redactRest(text)` with the LA officers' contact details (`findLaContacts`) kept as they were: each is swapped
 * for one private-use character before redaction and put back after it, so no rule sees it. A mark that redaction
 * swallowed (inside an "Address:" line) takes its contact with it. Private-use characters already in the text
 * (icon-font glyphs) are dropped first, so a mark is never confused with one.
 */
export function keepLaContacts(text: string, context: LaContactContext, redactRest: (masked: string) => string): string {
  const plain = text.replace(PRIVATE_USE, '');
  const kept = findLaContacts(plain, context).slice(0, MAX_KEPT);
  if (kept.length === 0) return redactRest(plain);
  let masked = '';
  let last = 0;
  kept.forEach((span, i) => {
    masked += plain.slice(last, span.index) + String.fromCharCode(0xe000 + i);
    last = span.end;
  });
  masked += plain.slice(last);
  return redactRest(masked).replace(PRIVATE_USE, (mark) => kept[mark.charCodeAt(0) - 0xe000]?.value ?? '');
}
