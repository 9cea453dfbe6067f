import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/analysisSchema';
import { reliabilityTab } from './reliabilityTab';

const score = (name: string) => ({
  construct: name,
  name,
  scoreColumn: 9,
  n: 40,
  alpha: 0.81,
  standardisedAlpha: 0.82,
  verdict: 'good' as const,
  items: [{ column: 1, label: 'Item 1', reverse: false, alphaIfDropped: 0.7, correctedItemTotal: 0.6, mean: 3.1, sd: 1 }],
});

describe('reliabilityTab', () => {
  it('bolds each score’s headers and freezes down to the first one, the only band Sheets can freeze', () => {
    const tab = reliabilityTab({ reliability: [score('Workload'), score('Support')] } as unknown as Analysis);
    const first = tab.cells.findIndex((row) => row[0] === 'Workload');
    expect(tab.frozenRows).toBe(first + 1);
    const boldRows = tab.bold.map((b) => b.row);
    for (const header of ['Workload', 'Support', 'Item']) {
      for (const r of tab.cells
        .map((row, i) => [row[0], i] as const)
        .filter(([v]) => v === header)
        .map(([, i]) => i))
        expect(boldRows, header).toContain(r);
    }
  });
});

describe('reliabilityTab: interval and flag', () => {
  it('gives alpha’s Feldt interval beside it and flags an item whose removal raises alpha', () => {
    const r = { ...score('Workload'), alpha: 0.62, alphaInterval: { low: 0.41, high: 0.77 } };
    r.items = [{ ...r.items[0], alphaIfDropped: 0.7, raisesAlphaIfDropped: true } as (typeof r.items)[0]];
    const tab = reliabilityTab({ reliability: [r] } as unknown as Analysis);
    expect(tab.cells.find((row) => row[0] === 'Whole score')?.[5]).toBe('0.41 to 0.77');
    expect(tab.cells.find((row) => row[0] === 'Item 1')?.[6]).toBe('yes: it may not belong');
  });
});
