import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../shared/templates/validateTemplate';
import { templateSampleFiles, templateSampleJson } from './templateSample';

// The committed demo files are exactly what the seeded generator makes, so they never drift apart.
describe('examples/template-survey', () => {
  it.each(templateSampleFiles().map((f) => [f.file, f.csv]))('%s is what the generator writes', (file, csv) => {
    expect(readFileSync(new URL(`./template-survey/${file}`, import.meta.url), 'utf8')).toBe(csv);
  });
  it('holds the template as valid JSON, identical to the built-in one', () => {
    const text = readFileSync(new URL('./template-survey/senco-workload-wellbeing.template.json', import.meta.url), 'utf8');
    expect(text).toBe(templateSampleJson());
    expect(validateTemplate(text).ok).toBe(true);
  });
});
