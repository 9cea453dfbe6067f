import { describe, expect, it } from 'vitest';
import type { SurveyColumn } from '../survey/survey';
import { summariseQuestion } from './summariseQuestion';

const numberColumn = (values: number[]): SurveyColumn => ({
  column: 0,
  header: 'Hours a week on EHCP work',
  kind: 'number',
  missing: values.filter(Number.isNaN).length,
  nonSubstantive: [],
  unreadable: 0,
  data: { type: 'numeric', values: Float64Array.from(values) },
});

describe('summariseQuestion on a number question', () => {
  it("gives min, quartiles and max as R's quantile(x, type = 7), with mean, median and SD", () => {
    const q = summariseQuestion(numberColumn([3.2, 7.9, 1.1, 4.4, NaN, 12.6, 5.05, 8.3]));
    expect(q.n).toBe(7);
    expect(q.missing).toBe(1);
    // R 4.2.2: x <- c(3.2, 7.9, 1.1, 4.4, NA, 12.6, 5.05, 8.3); quantile(x, type = 7, na.rm = TRUE)
    expect(q.quartiles!.min).toBe(1.1);
    expect(q.quartiles!.lower).toBeCloseTo(3.8000000000000003, 14);
    expect(q.quartiles!.median).toBeCloseTo(5.0499999999999998, 14);
    expect(q.quartiles!.upper).toBeCloseTo(8.1000000000000014, 14);
    expect(q.quartiles!.max).toBe(12.6);
    // R 4.2.2: mean(x, na.rm = TRUE); median(x, na.rm = TRUE); sd(x, na.rm = TRUE)
    expect(q.mean).toBeCloseTo(6.0785714285714292, 14);
    expect(q.median).toBeCloseTo(5.05, 14);
    expect(q.sd).toBeCloseTo(3.8238132301470502, 14);
  });

  it('interpolates between order statistics for an even count', () => {
    // R 4.2.2: quantile(c(4, 1.5, 9, 2), type = 7)
    expect(summariseQuestion(numberColumn([4, 1.5, 9, 2])).quartiles).toEqual({ min: 1.5, lower: 1.875, median: 3, upper: 5.25, max: 9 });
  });

  it('has no quartiles when nobody answered', () => {
    expect(summariseQuestion(numberColumn([NaN, NaN])).quartiles).toBeUndefined();
  });
});
