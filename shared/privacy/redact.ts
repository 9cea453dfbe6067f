import { datesOfBirthIn, type DateOfBirthSpan } from './datesOfBirth';
import { toInitials } from './initials';
import { findLabelledNames } from './labelledNames';
import { findLikelyNames } from './likelyNames';
import { nameMentions, nameParts } from './nameMentions';
import { LEADING_TITLE } from './nameWords';
import { applyRules, outsideTags, REDACTION_KINDS, REDACTION_TAGS, tally, type KnownPersonalData, type RedactionCount, type RedactionKind } from './redactIdentifiers';

export { REDACTION_KINDS, REDACTION_TAGS, type KnownPersonalData, type RedactionCount, type RedactionKind } from './redactIdentifiers';

/**
 * `text` with pupil data taken out, and how much of each kind went. Pupil names (from
 * `known.pupilNames`, from labels such as "Child/Young person:" in the text, and from phrases such
 * as "review for Jamie Smith": see findLikelyNames) become initials
 * wherever they recur, whole or in part, in any case ("Jamie Smith", "SMITH, Jamie", "Jamie",
 * "Smith" → "J.S."); parents' names, dates of birth, UPNs, ULNs, NHS numbers (labelled, or
 * unlabelled with a valid check digit), addresses (labelled, or a numbered street), postcodes,
 * e-mail addresses and UK phone numbers become a bracketed tag such as "[UPN removed]".
 * Idempotent: redacting the result again changes nothing and removes nothing.
 */
export function redact(text: string, known: KnownPersonalData = {}): { text: string; removed: RedactionCount[] } {
  const { count, removed } = tally();

  const labelled = findLabelledNames(text);
  const likely = findLikelyNames(text);
  let out = text;
  out = replaceSpans(out, datesOfBirthIn(out, known.datesOfBirth ?? []), () => {
    count('date-of-birth');
    return REDACTION_TAGS['date-of-birth'];
  });
  out = applyRules(out, count);

  const pupilNames = [...(known.pupilNames ?? []), ...labelled.pupilNames, ...likely.pupilNames];
  const pupilParts = new Set(pupilNames.flatMap(nameParts));
  const parentParts = [...new Set([...(known.parentNames ?? []), ...labelled.parentNames, ...likely.parentNames].flatMap(nameParts))];
  const parents = nameMentions(parentParts, true);
  if (parents) {
    out = outsideTags(out, (segment) =>
      segment.replace(parents, (match) => {
        // A surname shared with the pupil is left for the pupil's initials ("Mrs Smith" → "Mrs J.S.").
        if (mentionedParts(match).every((part) => pupilParts.has(part))) return match;
        count('parent-name');
        return REDACTION_TAGS['parent-name'];
      }),
    );
  }
  for (const name of pupilNames) {
    const initials = toInitials(name);
    const mentions = nameMentions(nameParts(name));
    if (!mentions || initials === '') continue;
    out = outsideTags(out, (segment) =>
      segment.replace(mentions, (match: string, offset: number, whole: string) => {
        if (isCommonWordInLowerCase(match)) return match;
        count('name');
        // "…for Jamie Smith." reads "…for J.S." rather than "J.S..".
        return whole[offset + match.length] === '.' ? initials.replace(/\.$/, '') : initials;
      }),
    );
  }

  return { text: out, removed: removed() };
}

/** Counts from several redactions added up by kind, in the fixed kind order. */
export function mergeCounts(...lists: readonly (readonly RedactionCount[])[]): RedactionCount[] {
  const totals = new Map<RedactionKind, number>();
  for (const { kind, count } of lists.flat()) totals.set(kind, (totals.get(kind) ?? 0) + count);
  return REDACTION_KINDS.filter((kind) => (totals.get(kind) ?? 0) > 0).map((kind) => ({ kind, count: totals.get(kind) ?? 0 }));
}

function replaceSpans(text: string, spans: DateOfBirthSpan[], replacement: () => string): string {
  const ordered = [...spans].sort((a, b) => a.index - b.index);
  let out = '';
  let last = 0;
  for (const span of ordered) {
    if (span.index < last) continue;
    out += text.slice(last, span.index) + replacement();
    last = span.end;
  }
  return out + text.slice(last);
}

function mentionedParts(match: string): string[] {
  return nameParts(match.replace(LEADING_TITLE, ''));
}

/** Given names that are also everyday words, left alone when written in lower case ("the school will"). */
const COMMON_WORDS = new Set(['will', 'may', 'hope', 'grace', 'joy', 'faith', 'rose', 'mark', 'bill', 'frank', 'summer', 'autumn', 'dawn', 'sky', 'river', 'page', 'young', 'long', 'white', 'green', 'brown', 'black', 'hall', 'wood', 'king', 'bell', 'hill', 'little', 'rich', 'sunny', 'holly', 'ivy', 'june', 'april', 'august', 'art', 'ray', 'pat', 'sue', 'max', 'jack', 'chase', 'hunter', 'mason', 'cook', 'baker', 'bishop', 'carter', 'turner', 'walker', 'ward', 'reading']);

function isCommonWordInLowerCase(match: string): boolean {
  return !/\s|,/.test(match) && COMMON_WORDS.has(match.toLowerCase()) && match[0] === match[0].toLowerCase();
}
