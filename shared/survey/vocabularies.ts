/**
 * Recognising ordinal answer vocabularies (listed in vocabularyLists.ts) in survey exports, and the non-substantive answers.
 * Matching is case-, space- and punctuation-insensitive (see `normaliseLabel`).
 */

import { VOCABULARIES, type Vocabulary } from './vocabularyLists';

export { VOCABULARIES, type Vocabulary } from './vocabularyLists';

/** Answers that are counted and shown but never coded as a number nor included in a base. */
export const NON_SUBSTANTIVE: readonly string[] = [
  "Don't know",
  'Do not know',
  'Dont know',
  'Not sure',
  'Unsure',
  'N/A',
  'NA',
  'Not applicable',
  'Prefer not to say',
  'Rather not say',
  'Prefer not to answer',
];

/** Recently normalised labels: a large survey repeats the same few answers in every row. */
const normalised = new Map<string, string>();
const REMEMBERED = 10_000;

/** Lower-cases, unifies apostrophes and dashes, drops trailing punctuation and collapses spaces. */
export function normaliseLabel(label: string): string {
  const known = normalised.get(label);
  if (known !== undefined) return known;
  if (normalised.size >= REMEMBERED) normalised.clear();
  const result = normalise(label);
  normalised.set(label, result);
  return result;
}

function normalise(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"']+|[\s.!"']+$/g, '')
    .trim();
}

const nonSubstantiveSet = new Set(NON_SUBSTANTIVE.map(normaliseLabel));

/** True for "Don't know", "N/A", "Not applicable", "Prefer not to say" and their spellings. */
export function isNonSubstantive(answer: string): boolean {
  return nonSubstantiveSet.has(normaliseLabel(answer));
}

export interface VocabularyMatch {
  vocabulary: Vocabulary;
  /** For each distinct answer (normalised), its 0-based level index. */
  levelOf: Map<string, number>;
}

/**
 * The first vocabulary (most common first) whose levels contain every given answer, each answer on its own
 * level; null when none fits or fewer than two distinct answers are given. A 5-point agreement scale where
 * nobody chose the middle stays a 5-point scale: the order of VOCABULARIES decides, not the answers' coverage.
 */
export function matchVocabulary(answers: Iterable<string>): VocabularyMatch | null {
  const distinct = new Set<string>();
  for (const a of answers) distinct.add(normaliseLabel(a));
  if (distinct.size < 2) return null;
  for (const vocabulary of VOCABULARIES) {
    const spelled = new Map<string, number>();
    vocabulary.levels.forEach((spellings, i) => spellings.forEach((s) => spelled.set(normaliseLabel(s), i)));
    const levelOf = new Map<string, number>();
    for (const d of distinct) {
      const level = spelled.get(d);
      if (level === undefined) break;
      levelOf.set(d, level);
    }
    const injective = new Set(levelOf.values()).size === distinct.size;
    if (levelOf.size === distinct.size && injective) return { vocabulary, levelOf };
  }
  return null;
}
