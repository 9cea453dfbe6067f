/**
 * The words around a name that are not the name itself, in one place so that initials, labelled names, name
 * mentions and redaction agree ("Prof Jane Smith" → J.S. everywhere, and "Prof" is never taken for a name).
 */

/** Titles, lower case without the dot. */
export const TITLES = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master', 'prof'] as const;

/** Lower-case name particles ("van", "de", "bin") that do not start a part of the initials. */
export const PARTICLES = [
  'van',
  'von',
  'de',
  'der',
  'den',
  'du',
  'da',
  'di',
  'la',
  'le',
  'del',
  'della',
  'dos',
  'das',
  'bin',
  'binti',
  'bint',
  'al',
  'el',
  'ter',
  'ten',
  'y',
] as const;

const titles: ReadonlySet<string> = new Set(TITLES);
const particles: ReadonlySet<string> = new Set(PARTICLES);

/** True for "Mr", "mrs.", "Dr" and the other titles, in any case, with or without a dot. */
export function isTitle(word: string): boolean {
  return titles.has(word.toLowerCase().replace(/\.$/, ''));
}

/** True for a lower-case particle such as "van" or "bin" (as written: "Van" starting a name is a name). */
export function isParticle(word: string): boolean {
  return particles.has(word);
}

/** A leading title and the spaces after it ("Mrs Smith" → "Smith"), for patterns built from TITLES. */
export const LEADING_TITLE = new RegExp(`^(?:${TITLES.join('|')})\\.?\\s+`, 'i');

/** A capitalised or ALL-CAPS name word, for patterns: "Noah", "O’Neil", "McDonald", "Mary-Jane", "WILLIAMS". */
export const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?`;
