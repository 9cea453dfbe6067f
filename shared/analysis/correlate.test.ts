import { describe, expect, it } from 'vitest';
import type { SurveyColumn } from '../survey/survey';
import { correlate } from './correlate';

const N = NaN;
const numberColumn = (column: number, header: string, values: number[]): SurveyColumn => ({
  column,
  header,
  kind: 'number',
  missing: values.filter(Number.isNaN).length,
  nonSubstantive: [],
  unreadable: 0,
  data: { type: 'numeric', values: Float64Array.from(values) },
});

// Number questions take the direct path (no contingency table): ties and blanks as R sees them.
// R 4.2.2: hours <- c(12.5, 20, 7, 30, NA, 15, 9, 22, 18, 12.5, 25, 6, 14, 20); cases <- c(40, 55, 21, 80, 35, NA, 30, 61, 50, 33, 70, 18, 45, 55)
const columns = [
  numberColumn(0, 'Hours a week on EHCP work', [12.5, 20, 7, 30, N, 15, 9, 22, 18, 12.5, 25, 6, 14, 20]),
  numberColumn(1, 'EHCPs held', [40, 55, 21, 80, 35, N, 30, 61, 50, 33, 70, 18, 45, 55]),
];

describe('correlate on number questions', () => {
  it('gives Kendall pairs the p of cor.test(method = "kendall", exact = FALSE)', () => {
    const [c] = correlate(columns, 'kendall', 'holm');
    // R 4.2.2: cor.test(hours, cases, method = "kendall", exact = FALSE)$estimate and $p.value
    expect(c.r).toBeCloseTo(0.99227787671366774, 14);
    expect(c.p).toBeCloseTo(9.8879418496634126e-6, 18);
    expect(c).toMatchObject({ n: 12, pMethod: 'normal' });
  });

  it('gives Spearman pairs the p of psych::corr.test', () => {
    const [c] = correlate(columns, 'spearman', 'none');
    // R 4.2.2: cor(hours, cases, method = "spearman", use = "complete.obs")
    expect(c.r).toBeCloseTo(0.99824407239420943, 14);
    // R 4.2.2, psych 2.2.9: corr.test(data.frame(hours, cases), method = "spearman", adjust = "none")$p[1, 2]
    expect(c.p).toBeCloseTo(1.3107268248425286e-13, 24);
    expect(c).toMatchObject({ n: 12, pMethod: 't' });
  });
});
