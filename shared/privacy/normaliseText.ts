/**
 * Characters that hide an identifier from a pattern without changing how it looks on screen: zero-width
 * spaces and joiners (U+200B, U+200C, U+200D, U+2060, U+FEFF, soft hyphen U+00AD) are dropped, and every
 * other space (no-break U+00A0, narrow no-break U+202F, figure, thin, hair and ideographic spaces) becomes a
 * plain space. "943\u00A0476\u200B5919" reads "943 4765919", which the NHS pattern then finds.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** `text` with invisible characters removed and unusual spaces made plain (see above). Linear, idempotent. */
export function normaliseText(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}
