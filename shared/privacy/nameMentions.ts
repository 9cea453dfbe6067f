import { isParticle, isTitle, TITLES } from './nameWords';

/**
 * The words of a name that can point to the person on their own, lower-cased: every given name
 * and surname, a hyphenated one both whole and in parts ("Mary-Jane" → "mary-jane", "mary",
 * "jane"), without titles, particles and single letters.
 */
export function nameParts(name: string): string[] {
  const words = name
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => word.length > 1 && !isTitle(word) && !isParticle(word));
  const parts = words.flatMap((word) => (/[-‐‑]/.test(word) ? [word, ...word.split(/[-‐‑]/)] : [word]));
  return [...new Set(parts.filter((part) => [...part].filter((c) => /\p{L}/u.test(c)).length > 1))];
}

/**
 * Mentions of a person in a text: one or more of `parts` in a row, in any case and order,
 * separated by spaces or a comma on one line ("Jamie Smith", "SMITH, Jamie", "Jamie", "Smith's"), optionally
 * after a title when `withTitle` ("Mrs Sarah Smith"). Never matches inside a longer word
 * ("Smithson"), but does where markup glued two words ("JamieDOB").
 */
export function nameMentions(parts: readonly string[], withTitle = false): RegExp | null {
  if (parts.length === 0) return null;
  const alternatives = [...parts]
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join('|');
  const title = withTitle ? String.raw`(?:(?:${TITLES.map(anyCase).join('|')})\.?\s+)?` : '';
  const name = `(?:${alternatives})`;
  // A word edge, or a change from lower to upper case where markup glued words ("JamieDOB").
  const start = String.raw`(?:(?<![\p{L}\p{N}])|(?<=[\p{Ll}\p{N}])(?=\p{Lu}))`;
  const end = String.raw`(?:(?![\p{L}\p{N}])|(?<=\p{Ll})(?=[\p{Lu}\p{N}]))`;
  return new RegExp(String.raw`${start}${title}${name}(?:(?:[ \t]*,[ \t]*|[ \t]+)${name})*${end}`, 'gu');
}

/**
 * A pattern for `word` in any case, letter by letter ("jo" → "[jJ][oO]"), so that the rest of the
 * pattern can tell upper from lower case (a case-insensitive flag would blur \p{Lu} and \p{Ll}).
 */
function anyCase(word: string): string {
  return [...word]
    .map((c) => {
      if (c === "'" || c === '’') return "['’]";
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      if (lower !== upper && lower.length === 1 && upper.length === 1) return `[${lower}${upper}]`;
      return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}
