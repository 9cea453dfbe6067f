import { describe, expect, it } from 'vitest';
import { analyse } from '../../analysis/analyse';
import type { Analysis } from '../../analysis/analysisSchema';
import { categorySection, numberStatistics, reliabilityTables } from './statisticsSections';

/** 60 respondents: Primary 40 (10 on SLT), Secondary 20 (14 on SLT), and the hours allocated to the role. */
function analysis(): Analysis {
  const rows: string[][] = [['Which phase is your school?', 'Are you on SLT?', 'How many hours a week are allocated to your SENCO role?']];
  for (let i = 0; i < 40; i++) rows.push(['Primary', i < 10 ? 'Yes' : 'No', String(2 + (i % 9))]);
  for (let i = 0; i < 20; i++) rows.push(['Secondary', i < 14 ? 'Yes' : 'No', String(5 + (i % 7))]);
  const r = analyse(rows);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

const cells = (html: string) => [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));

describe('the statistics sections of report.html', () => {
  it('shows a number question’s lowest, quartiles and highest', () => {
    // R 4.2: quantile(c(2 + (0:39) %% 9, 5 + (0:19) %% 7)) = 2, 4.75, 6.5, 9, 11
    expect(cells(numberStatistics(analysis())).slice(1, 8)).toEqual(['60', '0', '2', '4.75', '6.5', '9', '11']);
  });

  it('shows the shares table of a category difference that survived correction, with its sentence', () => {
    const html = categorySection(analysis());
    expect(html).toContain('Secondary (n = 20) more often answered “Yes” to “Are you on SLT?” than Primary (n = 40): 70% vs 25%');
    // R 4.2: chisq.test(matrix(c(10, 30, 14, 6), 2, byrow = TRUE), correct = FALSE): X² = 11.25, df 1
    expect(html).toContain('Chi-square (X² = 11.25, df 1)');
    expect(cells(html).slice(0, 3)).toEqual(['Primary (n = 40)', '25%', '75%']);
  });

  it('shows alpha’s interval and flags an item whose removal raises alpha', () => {
    const a = {
      reliability: [
        {
          construct: 'w',
          name: 'Workload',
          scoreColumn: 9,
          n: 40,
          alpha: 0.62,
          alphaInterval: { low: 0.41, high: 0.77 },
          standardisedAlpha: 0.63,
          verdict: 'questionable',
          items: [
            {
              column: 1,
              label: 'Item A',
              reverse: false,
              alphaIfDropped: 0.7,
              raisesAlphaIfDropped: true,
              correctedItemTotal: 0.1,
              mean: 3,
              sd: 1,
            },
            {
              column: 2,
              label: 'Item B',
              reverse: false,
              alphaIfDropped: 0.5,
              raisesAlphaIfDropped: false,
              correctedItemTotal: 0.5,
              mean: 3,
              sd: 1,
            },
          ],
        },
      ],
    } as unknown as Analysis;
    const html = reliabilityTables(a);
    expect(html).toContain('Cronbach’s α = 0.62, 95% interval 0.41 to 0.77 (questionable), n = 40');
    expect(cells(html)[1]).toBe('0.70 raises α');
    expect(cells(html)[6]).toBe('0.50');
  });
});
