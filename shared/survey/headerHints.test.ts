import { describe, expect, it } from 'vitest';
import { classifyColumn } from './classifyColumn';
import { isCountHeader } from './headerHints';

// The headers come from the tracker's network summary (shared/tracker/networkSummary.ts) and from the project's
// example surveys (examples/sample-survey.csv, examples/template-survey/*.csv), whose questions a reader can see.
describe('isCountHeader', () => {
  it.each([
    'Tasks done late',
    'Tasks done by the due date',
    'Anyshire: tasks done late',
    'Protected hours',
    'EHCP admin hours',
    'How many hours a week are allocated to your SENCO role?',
    'How many pupils are on roll?',
    'Number of EHCPs',
    'Minutes spent',
    'Count',
  ])('names a count: %j', (header) => expect(isCountHeader(header)).toBe(true));

  it.each([
    'How stressed do you feel in your SENCO role?',
    'How has the amount of EHCP admin changed?',
    'How often do you complete EHCP paperwork outside working hours?',
    'How manageable are your EHCP tasks?',
    'Rate the time you have for your tasks',
    'How satisfied are you with the hours you are given?',
    'Accounting for everything, how valued do you feel?',
  ])('does not: %j', (header) => expect(isCountHeader(header)).toBe(false));
});

/** A column of whole numbers 0–4 under `header`. */
const kindOf = (header: string) => classifyColumn({ index: 0, header, cells: [0, 1, 2, 1, 0, 3, 4, 2, 1, 1] }).kind;

describe('whole numbers from 0 to 10', () => {
  it('are a number question under a header that names a count', () => {
    expect(kindOf('Tasks done late')).toBe('number');
    expect(kindOf('How many hours a week do you need to do the SENCO role well?')).toBe('number');
  });

  it('stay a scale under a rating question, or when the header states bounds', () => {
    expect(kindOf('How stressed do you feel?')).toBe('scale');
    expect(kindOf('How often do you work beyond your contracted hours?')).toBe('scale');
    expect(kindOf('Hours of support this week (0–10)')).toBe('scale');
  });
});
