import { toInitials } from '../../privacy/initials';
import { nameParts } from '../../privacy/nameMentions';
import type { PeopleOnPage } from './findPeople';

/** The pupil a clip is about, or the people it may be about when the page does not say which. */
export interface PupilChoice {
  /** The pupil's name as written, when the page makes it plain. */
  pupil?: string;
  /** When it does not: every person who may be the pupil, as written, for the SENCO to choose from. */
  candidates: string[];
}

/**
 * The pupil, from the strongest evidence the page gives: the portal's own child panel and child labels
 * first, then phrases of the clipped text ("review for Jamie Smith"), then bare "Name" fields. One person
 * there is the pupil; two or more (twins on one letter, a list of pupils) are candidates; a bare "Name" is
 * never taken on trust, since it may be a parent's or a professional's. Nobody in a contacts table or after
 * a parent label is a candidate. A person written twice ("SMITH, Jamie", "Jamie") counts once.
 */
export function choosePupil(input: { portalName?: string; people: PeopleOnPage; likely: readonly string[] }): PupilChoice {
  const others = new Set(input.people.others.map((name) => name.toLowerCase()));
  const people = (names: readonly (string | undefined)[]) =>
    distinct(names.filter((name): name is string => Boolean(name) && !others.has(name!.toLowerCase())));
  const labelled = people([input.portalName, ...input.people.children]);
  if (labelled.length === 1) return { pupil: labelled[0], candidates: [] };
  if (labelled.length > 1) return { candidates: labelled };
  const likely = people(input.likely);
  if (likely.length === 1) return { pupil: likely[0], candidates: [] };
  if (likely.length > 1) return { candidates: likely };
  return { candidates: people(input.people.unlabelled) };
}

/** One name per person: a name whose words are all in another's ("Jamie" in "Jamie Smith"), or with the same initials, is the same person. */
function distinct(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const name of names) {
    const parts = nameParts(name);
    const same = kept.findIndex((other) => {
      const otherParts = nameParts(other);
      const within = (a: string[], b: string[]) => a.length > 0 && a.every((part) => b.includes(part));
      return within(parts, otherParts) || within(otherParts, parts) || toInitials(other) === toInitials(name);
    });
    if (same < 0) kept.push(name);
    else if (parts.length > nameParts(kept[same]).length) kept[same] = name;
  }
  return kept;
}
