import { isParticle, isTitle } from './nameWords';
/**
 * A pupil's initials as "J.S.": the first letter of every given name and of the surname, with
 * each part of a hyphenated name counted ("Mary-Jane O'Neil" → "M.J.O.", because SENCOs tell
 * Mary-Jane from Mary). "SMITH, Jamie" (surname first, as MIS exports write it) → "J.S.".
 * Titles (Mr, Mrs, Ms, Miss, Mx, Dr, Master) and lower-case particles ("van", "de", "bin") are
 * skipped; accents are dropped ("Élodie" → "E."). More than four letters keep the first three and
 * the surname's, so the result always fits the clip schema's INITIALS.
 * Initials pass through, normalised: "J.S.", "J.S", "J. S.", "J S" → "J.S."; so does a single capitalised
 * word of two or three consonants ("JS" → "J.S."), while "AMY" is read as a name ("A.").
 * An empty or letterless name gives "".
 */
export function toInitials(name: string): string {
  const plain = stripAccents(name).replace(/\s+/g, ' ').trim();
  if (plain === '') return '';

  const passThrough = asInitials(plain);
  if (passThrough) return passThrough;

  const letters = nameParts(plain)
    .map((part) => firstLetter(part))
    .filter((letter) => letter !== '');
  if (letters.length === 0) return '';
  const kept = letters.length > 4 ? [...letters.slice(0, 3), letters[letters.length - 1]] : letters;
  return kept.map((letter) => `${letter}.`).join('');
}

/** The name's words in speaking order, each hyphenated part separate, titles and particles gone. */
function nameParts(plain: string): string[] {
  // "SMITH, Jamie" → "Jamie SMITH"; a comma elsewhere ("Jamie Smith, Year 6") is not a name order.
  const comma = plain.match(/^([^,]+),\s*([^,]+)$/);
  const ordered = comma ? `${comma[2]} ${comma[1]}` : plain;
  return ordered
    .split(' ')
    .filter((word) => !isTitle(word) && !isParticle(word))
    .flatMap((word) => word.split(/[-‐‑–]/))
    .filter((part) => part !== '');
}

function firstLetter(part: string): string {
  const letter = part.match(/\p{L}/u);
  return letter ? letter[0].toUpperCase() : '';
}

function asInitials(plain: string): string | null {
  if (/^(?:\p{Lu}\.\s?)*\p{Lu}\.?$/u.test(plain) || /^(?:\p{Lu} )+\p{Lu}$/u.test(plain) || /^[B-DF-HJ-NP-TV-XZ]{2,3}$/.test(plain)) {
    return [...plain.replace(/[.\s]/g, '')].map((letter) => `${letter}.`).join('');
  }
  return null;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
