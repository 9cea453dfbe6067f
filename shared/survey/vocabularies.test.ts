import { describe, expect, it } from 'vitest';
import { isNonSubstantive, matchVocabulary, normaliseLabel } from './vocabularies';

describe('normaliseLabel', () => {
  it('ignores case, curly apostrophes, extra spaces and trailing full stops', () => {
    expect(normaliseLabel('  Don’t   KNOW. ')).toBe("don't know");
  });
});

describe('isNonSubstantive', () => {
  it.each(["Don't know", 'dont know', 'N/A', 'Not applicable', 'Prefer not to say', 'PREFER NOT TO SAY'])('treats %j as non-substantive', (a) => {
    expect(isNonSubstantive(a)).toBe(true);
  });
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
});
