/**
 * Ordinal answer vocabularies recognised in survey exports, and the non-substantive answers.
 * Matching is case-, space- and punctuation-insensitive (see `normaliseLabel`).
 */

export interface Vocabulary {
  name: string;
  /** Levels in scale order, low to high; each level lists its accepted spellings, the first being canonical. */
  levels: string[][];
}

const v = (name: string, ...levels: (string | string[])[]): Vocabulary => ({
  name,
  levels: levels.map((l) => (Array.isArray(l) ? l : [l])),
});

const neitherAgree = ['Neither agree nor disagree', 'Neither agree or disagree', 'Neutral', 'Neither'];

/**
 * Known vocabularies, most common first: the first that fits wins. A 4-point agreement scale reads as the
 * 5-point one with an empty middle; a template or the sidebar's scale order corrects that.
 */
export const VOCABULARIES: readonly Vocabulary[] = [
  v('agreement-5', 'Strongly disagree', 'Disagree', neitherAgree, 'Agree', 'Strongly agree'),
  v(
    'agreement-7',
    'Strongly disagree',
    'Disagree',
    ['Somewhat disagree', 'Slightly disagree'],
    neitherAgree,
    ['Somewhat agree', 'Slightly agree'],
    'Agree',
    'Strongly agree',
  ),
  v('frequency-5', 'Never', 'Rarely', 'Sometimes', ['Often', 'Very often', 'Usually'], 'Always'),
  v('frequency-6', 'Never', 'Rarely', 'Sometimes', 'Often', 'Very often', 'Always'),
  v('amount-5', ['None at all', 'None', 'Not at all'], 'A little', ['A moderate amount', 'Some'], 'A lot', 'A great deal'),
  v(
    'extent-5',
    'Not at all',
    ['To a small extent', 'To a little extent', 'Slightly'],
    ['To a moderate extent', 'To some extent', 'Moderately'],
    ['To a large extent', 'To a great extent', 'Very much'],
    ['To a very large extent', 'To a very great extent', 'Completely', 'Extremely'],
  ),
  v(
    'satisfaction-5',
    'Very dissatisfied',
    'Dissatisfied',
    ['Neither satisfied nor dissatisfied', 'Neither satisfied or dissatisfied', 'Neutral'],
    'Satisfied',
    'Very satisfied',
  ),
  v('likelihood-5', 'Very unlikely', 'Unlikely', ['Neither likely nor unlikely', 'Neutral'], 'Likely', 'Very likely'),
  v(
    'importance-5',
    'Not at all important',
    ['Slightly important', 'Of little importance', 'Low importance'],
    ['Moderately important', 'Fairly important'],
    'Very important',
    ['Extremely important', 'Essential'],
  ),
  v('quality-5', 'Very poor', 'Poor', ['Fair', 'Average', 'Acceptable'], 'Good', ['Excellent', 'Very good']),
  v(
    'confidence-5',
    'Not at all confident',
    ['Slightly confident', 'Not very confident'],
    ['Moderately confident', 'Somewhat confident', 'Fairly confident'],
    'Very confident',
    ['Extremely confident', 'Completely confident'],
  ),
  v(
    'change-5',
    ['Greatly decreased', 'Decreased a lot', 'Significantly decreased'],
    ['Decreased', 'Slightly decreased', 'Decreased a little'],
    ['Stayed the same', 'No change', 'About the same'],
    ['Increased', 'Slightly increased', 'Increased a little'],
    ['Greatly increased', 'Increased a lot', 'Significantly increased'],
  ),
];

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

/** Lower-cases, unifies apostrophes and dashes, drops trailing punctuation and collapses spaces. */
export function normaliseLabel(label: string): string {
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
