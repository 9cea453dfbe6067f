import { describe, expect, it } from 'vitest';
import { SENCO_WORKLOAD_WELLBEING } from './builtIn/sencoWorkloadWellbeing';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';
import { validateTemplate } from './validateTemplate';

const clone = () => JSON.parse(JSON.stringify(SENCO_WORKLOAD_WELLBEING));

describe('validateTemplate', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => [t.title, t]))('accepts the built-in template "%s"', (_title, template) => {
    expect(validateTemplate(JSON.stringify(template))).toEqual({ ok: true, template });
  });

  it.each([
    [
      'not JSON at all',
      () => 'title: SENCO survey',
      /^This is not valid JSON \(.+\)\. Paste the whole template, from the first \{ to the last \}\.$/,
    ],
    [
      'a scale with an upper bound of 12',
      () => {
        const t = clone();
        t.sections[1].items[3].high = 12;
        return t;
      },
      'Item 11 ("How emotionally exhausted do you feel at the end…"): a scale needs an upper bound from 3 to 10.',
    ],
    [
      'a scale starting at 2',
      () => {
        const t = clone();
        t.sections[1].items[0].low = 2;
        return t;
      },
      'Item 8 ("How has your SENCO workload changed over the last…"): a scale starts at 0 or 1.',
    ],
    [
      'an unknown kind',
      () => {
        const t = clone();
        t.sections[0].items[0].kind = 'dropdown';
        return t;
      },
      'Item 1 ("Which phase is your school?"): the kind must be one of scale, choice, checkbox, grid, short-text, paragraph, number.',
    ],
    [
      'a missing question',
      () => {
        const t = clone();
        delete t.sections[2].items[0].title;
        return t;
      },
      'Item 18: the question is missing.',
    ],
    [
      'a choice with one option',
      () => {
        const t = clone();
        t.sections[0].items[5].options = ['Yes'];
        return t;
      },
      'Item 6 ("Are you a member of the senior leadership team?"): needs at least 2 options.',
    ],
    [
      'a bad version',
      () => {
        const t = clone();
        t.version = 'autumn';
        return t;
      },
      'The template: the version is a number such as "1", "1.2" or "2.0.1".',
    ],
    [
      'a different file',
      () => ({ hello: 'world' }),
      'The template: the file is not a SENCO Time template ("format" must be "senco-time-template").',
    ],
  ])('explains %s precisely', (_name, input, message) => {
    const r = validateTemplate(input());
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatch(
        typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message,
      );
  });

  it('finds problems the schema alone cannot: repeated ids and questions, unknown constructs, short constructs', () => {
    const t = clone();
    t.sections[1].items[1].id = 'workload-change';
    t.sections[1].items[6].title = t.sections[1].items[5].title;
    t.sections[1].items[7].construct = 'morale';
    t.constructs.push({ id: 'empty', name: 'Empty' });
    const r = validateTemplate(t);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toEqual([
        'Item 9 ("How has the amount of EHCP administration changed…"): the id "workload-change" is already used by item 8.',
        'Item 14 ("How much has your role expanded beyond SEND over…"): the same question as item 13; each question needs its own wording.',
        'Item 15 ("How confident are you about outcomes for pupils w…"): the construct "morale" is not listed under "constructs".',
        'Construct "Empty": needs at least 2 items (it has 0).',
      ]);
  });

  it('refuses a construct whose items use different scales', () => {
    const t = clone();
    t.sections[1].items[4].high = 7;
    const r = validateTemplate(t);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContain(
        'Construct "Wellbeing": its items use different scales (1–5, 1–7); give them the same range so that they can be averaged.',
      );
  });
});
