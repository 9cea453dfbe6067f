import { findContextNames, findNamesWithInitials } from './contextNames';
import { findLabelledNames } from './labelledNames';
import { findLikelyNames } from './likelyNames';
import { findLooseNames } from './looseNames';
import type { KnownPersonalData } from './redactIdentifiers';
import { findTitledNames } from './titledNames';

/** Everyone a text names, sorted into the pupil and the adults around them. */
export interface People {
  /** Names that become the pupil's initials wherever they recur. */
  pupilNames: string[];
  /** Names of parents, carers and family that become a tag wherever they recur. */
  parentNames: string[];
}

/**
 * The pupil's and parents' names in `text`, by pattern alone: names known from the page, names after labels
 * ("Child:", "Parent/carer:", "name: jamie smith"), after introducing words ("review for", "pupil", "Mum", "Dear",
 * "To:"), with a title ("Mrs P. Kaur" is a parent unless a job title follows), next to a date of birth, year group or
 * UPN ("Noah Williams – DOB"), possessives ("Amara's"), and words whose initials are the pupil's ("J.S." → "Jamie Smith").
 */
export function findPeople(text: string, known: KnownPersonalData = {}): People {
  const labelled = findLabelledNames(text);
  const likely = findLikelyNames(text);
  const titled = findTitledNames(text);
  const pupilNames = [
    ...(known.pupilNames ?? []),
    ...labelled.pupilNames,
    ...likely.pupilNames,
    ...findContextNames(text),
    ...findLooseNames(text),
    ...findNamesWithInitials(text, known.pupilInitials),
    ...titled.filter((t) => t.role === 'pupil').map((t) => t.name),
  ];
  const parentNames = [
    ...(known.parentNames ?? []),
    ...labelled.parentNames,
    ...likely.parentNames,
    ...titled.filter((t) => t.role === 'parent').map((t) => t.name),
  ];
  const parentKeys = new Set(parentNames.map((name) => name.toLowerCase()));
  // A name found both ways ("Dear Sarah Smith" and "Sarah Smith, Year 6") stays with the parent: never the pupil's initials.
  return { pupilNames: unique(pupilNames.filter((name) => !parentKeys.has(name.toLowerCase()))), parentNames: unique(parentNames) };
}

/** Each name once, without a possessive ("Jamie's" is Jamie). */
function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names
    .map((name) => name.replace(/['’][sS]$/, ''))
    .filter((name) => {
      const key = name.toLowerCase();
      if (name.trim() === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
