import { nameMentions, nameParts } from '../../privacy/nameMentions';
import { LEADING_TITLE } from '../../privacy/nameWords';
import { REDACTION_TAGS } from '../../privacy/redact';
import { outsideTags } from '../../privacy/redactIdentifiers';

/** Titles a parent is written with; "Master" is left out, since it is a boy's. */
const PARENT_TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+`;

/**
 * `text` with the people around the pupil (parents, carers, contacts) written as the parent tag, before
 * the pupil's initials go in: a parent who shares the pupil's surname ("Mrs Okafor", "Mr Daniel Okafor")
 * becomes "[parent/carer name removed]", never initials that read as the child's. A surname alone
 * ("Okafor") is left for the pupil's initials. Tags already in the text (an e-mail address taken out) are left
 * alone, so run it after the identifiers go. Returns how many names were tagged.
 */
export function hideParents(
  text: string,
  people: { parents: readonly string[]; pupils: readonly string[] },
): { text: string; count: number } {
  const pupilParts = new Set(people.pupils.flatMap(nameParts));
  let count = 0;
  const tag = () => {
    count++;
    return REDACTION_TAGS['parent-name'];
  };
  let out = text;
  const parentParts = [...new Set(people.parents.flatMap(nameParts))];
  const parents = nameMentions(parentParts, true);
  if (parents) {
    out = outsideTags(out, (segment) =>
      segment.replace(parents, (match) =>
        LEADING_TITLE.test(match) || nameParts(match).some((part) => !pupilParts.has(part)) ? tag() : match,
      ),
    );
  }
  const surnames = [...new Set(people.pupils.map(surnameOf).filter((s): s is string => Boolean(s)))];
  const titled = nameMentions(surnames);
  if (titled) {
    const pattern = new RegExp(`(?<![\\p{L}])${PARENT_TITLE}(?:${titled.source})`, 'gu');
    out = outsideTags(out, (segment) => segment.replace(pattern, () => tag()));
  }
  return { text: out, count };
}

/** The family name: the first word of "SMITH, Jamie", else the last word. */
function surnameOf(name: string): string | undefined {
  const comma = /^([^,]+),/.exec(name);
  const word = comma ? comma[1].trim() : name.trim().split(/\s+/).at(-1);
  return word ? nameParts(word)[0] : undefined;
}
