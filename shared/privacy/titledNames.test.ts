import { describe, expect, it } from 'vitest';
import { findTitledNames } from './titledNames';

const titled = (text: string) => findTitledNames(text).map((t) => ({ written: text.slice(t.index, t.end), name: t.name, role: t.role }));

describe('findTitledNames', () => {
  it.each([
    ['Mr & Mrs Khan have asked', 'Mr & Mrs Khan', 'Khan'],
    ['To: Mrs P. Kaur\nSubject', 'Mrs P. Kaur', 'P. Kaur'],
    ['Ms A Sharma (mum) prefers', 'Ms A Sharma', 'A Sharma'],
    ['PARENT: MRS KAUR – CONSENT', 'MRS KAUR', 'KAUR'],
    ['Dear Mr and Mrs Hussain,', 'Mr and Mrs Hussain', 'Hussain'],
  ])('takes %j for a parent', (text, written, name) => expect(titled(text)).toEqual([{ written, name, role: 'parent' }]));

  it.each([
    ['Invited: Mrs Barker (SEN Officer), class teacher', 'a job title in brackets after the name'],
    ['Dr A. Patel will observe', 'a doctor'],
    ["Reuben's key worker: Mr Ali", 'a job title before the name'],
  ])('takes the adult in %j for a professional (%s)', (text) => expect(titled(text).map((t) => t.role)).toEqual(['professional']));

  it('takes "Mrs Khan, who will lead" for a parent: a sentence after the comma is not a job title', () => {
    expect(titled('Mrs Khan, who will lead the meeting').map((t) => t.role)).toEqual(['parent']);
  });

  it('takes "Master" for the pupil', () => expect(titled('Master Jamie Smith')[0].role).toBe('pupil'));

  it.each(['MS Teams link', 'we will miss Sarah', 'Mr Review'])('finds no titled name in %j', (text) => expect(titled(text)).toEqual([]));
});
