import { describe, expect, it } from 'vitest';
import { analyse } from '../../analysis/analyse';
import type { Analysis } from '../../analysis/analysisSchema';
import { trendsSection } from './trendsSection';

const STRESS = 'How stressed do you feel? <b>(1–5)</b>';
const WORKLOAD = 'How much has your workload grown? (1–5)';

function survey(shift: number, n: number): unknown[][] {
  return [[STRESS, WORKLOAD], ...Array.from({ length: n }, (_, i) => [1 + ((i + shift) % 5), 1 + ((i * 2 + shift) % 5)])];
}

function run(table: unknown[][], options = {}): Analysis {
  const r = analyse(table, options);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

describe('trendsSection', () => {
  const earlier = run(survey(0, 30));
  const later = run(survey(2, 34), { earlier: { analysis: earlier, source: 'last <year>.csv' } });
  const html = trendsSection(later);

  it('is empty without an earlier survey, so the report is unchanged', () => {
    expect(trendsSection(run(survey(2, 34)))).toBe('');
  });

  it('draws one chart per topic, each question a row of two SVGs with its change beside them', () => {
    // Two topics, in the order of topics.ts (workload before wellbeing), whatever the form's order.
    expect([...html.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1])).toEqual(['Workload', 'Stress and wellbeing']);
    expect(html.match(/<div class="trow">/g)).toHaveLength(2);
    // Per topic: an axis of two SVGs, then each question's two.
    expect(html.match(/<svg class="tdot"/g)!.length).toBe(2 * 2 + 2 * 2);
    expect(html).not.toContain('<script');
  });

  it('escapes the question and the earlier survey’s name', () => {
    expect(html).toContain('How stressed do you feel? &lt;b&gt;(1–5)&lt;/b&gt;');
    expect(html).toContain('last &lt;year&gt;.csv');
    expect(html).not.toContain('<b>(1–5)</b>');
  });
});
