import { describe, expect, it } from 'vitest';
import { isNonSubstantive, matchVocabulary, normaliseLabel } from './vocabularies';

describe('normaliseLabel', () => {
  it('ignores case, curly apostrophes, extra spaces and trailing full stops', () => {
    expect(normaliseLabel('  Don’t   KNOW. ')).toBe("don't know");
  });
});

describe('isNonSubstantive', () => {
  it.each(["Don't know", 'dont know', 'N/A', 'Not applicable', 'Prefer not to say', 'PREFER NOT TO SAY'])(
    'treats %j as non-substantive',
    (a) => {
      expect(isNonSubstantive(a)).toBe(true);
    },
  );
  it.each(['No', 'None', 'Never', '0'])('treats %j as a real answer', (a) => expect(isNonSubstantive(a)).toBe(false));
});

describe('matchVocabulary', () => {
  it.each([
    [['Agree', 'Strongly agree', 'Disagree', 'neither agree nor disagree'], 'agreement-5'],
    [['Somewhat agree', 'Agree', 'Strongly disagree'], 'agreement-7'],
    [['Never', 'Always', 'sometimes'], 'frequency-5'],
    [['A little', 'A great deal', 'None at all'], 'amount-5'],
    [['Very dissatisfied', 'Satisfied'], 'satisfaction-5'],
    [['Very likely', 'Unlikely'], 'likelihood-5'],
    [['Very important', 'Not at all important'], 'importance-5'],
    [['Good', 'Poor', 'Excellent'], 'quality-5'],
    [['Very confident', 'Not at all confident'], 'confidence-5'],
    [['To a large extent', 'Not at all'], 'extent-5'],
  ])('recognises %j as %s', (answers, name) => {
    expect(matchVocabulary(answers)?.vocabulary.name).toBe(name);
  });
  it('gives each answer its place in the scale, low to high', () => {
    const m = matchVocabulary(['Strongly agree', 'Disagree', 'Agree'])!;
    expect(m.levelOf.get('disagree')).toBe(1);
    expect(m.levelOf.get('strongly agree')).toBe(4);
  });
  it('keeps a 5-point agreement scale when nobody chose the middle', () => {
    expect(matchVocabulary(['Disagree', 'Agree', 'Strongly agree'])?.vocabulary.name).toBe('agreement-5');
  });
  it('moves to a longer scale when two answers would share a level ("Often" and "Very often")', () => {
    expect(matchVocabulary(['Never', 'Often', 'Very often', 'Always'])?.vocabulary.name).toBe('frequency-6');
  });
  it('does not treat nominal answers as a scale', () => {
    expect(matchVocabulary(['Primary', 'Secondary', 'Special'])).toBeNull();
    expect(matchVocabulary(['Agree', 'Banana'])).toBeNull();
  });
  it('needs two different answers before calling anything a scale', () => {
    expect(matchVocabulary(['Agree', 'agree'])).toBeNull();
  });
  // Wordings from the published anchor sets (docs/statistics.md, "Ordered answers") and common UK surveys.
  const order = (answers: string[]) => {
    const m = matchVocabulary(answers)!;
    return [...answers].sort((x, y) => m.levelOf.get(normaliseLabel(x))! - m.levelOf.get(normaliseLabel(y))!);
  };
  it.each([
    [
      ['Very often', 'Never', 'Frequently', 'Occasionally'],
      ['Never', 'Occasionally', 'Frequently', 'Very often'],
    ],
    [
      ['Heavily', 'Never', 'Regularly', 'Occasionally'],
      ['Never', 'Occasionally', 'Regularly', 'Heavily'],
    ],
    [
      ['Too much', 'About right', 'Too little'],
      ['Too little', 'About right', 'Too much'],
    ],
    [
      ['A lot', 'Some', 'None', 'A little'],
      ['None', 'A little', 'Some', 'A lot'],
    ],
    [
      ['Frequently', 'Some', 'None'],
      ['None', 'Some', 'Frequently'],
    ],
    [
      ['Every time', 'Usually', 'Frequently', 'Sometimes', 'Occasionally', 'Rarely', 'Never'],
      ['Never', 'Rarely', 'Occasionally', 'Sometimes', 'Frequently', 'Usually', 'Every time'],
    ],
    [
      ['Extremely aware', 'Not at all aware', 'Moderately aware'],
      ['Not at all aware', 'Moderately aware', 'Extremely aware'],
    ],
    [
      ['Very influential', 'Slightly influential'],
      ['Slightly influential', 'Very influential'],
    ],
    [
      ['High priority', 'Not a priority', 'Medium priority', 'Low priority'],
      ['Not a priority', 'Low priority', 'Medium priority', 'High priority'],
    ],
    [
      ['Serious problem', 'Not a problem', 'Minor problem'],
      ['Not a problem', 'Minor problem', 'Serious problem'],
    ],
    [
      ['Adequate', 'Very inadequate', 'Inadequate'],
      ['Very inadequate', 'Inadequate', 'Adequate'],
    ],
    [
      ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'],
      ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'],
    ],
    [
      ['Extremely important', 'Low importance', 'Slightly important', 'Neutral'],
      ['Low importance', 'Slightly important', 'Neutral', 'Extremely important'],
    ],
    [
      ['Completely satisfied', 'Somewhat dissatisfied', 'Mostly satisfied'],
      ['Somewhat dissatisfied', 'Mostly satisfied', 'Completely satisfied'],
    ],
    [
      ['Probably', 'Definitely not', 'Definitely'],
      ['Definitely not', 'Probably', 'Definitely'],
    ],
    [
      ['To a great extent', 'To some extent', 'Not at all'],
      ['Not at all', 'To some extent', 'To a great extent'],
    ],
    [
      ['Agree', 'Disagree', 'Neither agree nor disagree'],
      ['Disagree', 'Neither agree nor disagree', 'Agree'],
    ],
    [
      ['Important', 'Very important', 'Not important'],
      ['Not important', 'Important', 'Very important'],
    ],
  ])('orders %j by its set', (answers, expected) => {
    expect(order(answers)).toEqual(expected);
  });
  it('ignores case and punctuation, and orders a survey that uses only some labels', () => {
    expect(order(['FREQUENTLY.', 'none', 'Some!'])).toEqual(
      ['FREQUENTLY.', 'none', 'Some!'].sort(
        (x, y) => ['none', 'Some!', 'FREQUENTLY.'].indexOf(x) - ['none', 'Some!', 'FREQUENTLY.'].indexOf(y),
      ),
    );
    expect(order(['Very Often', 'occasionally'])).toEqual(['occasionally', 'Very Often']);
  });
});
