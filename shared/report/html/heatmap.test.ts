import { describe, expect, it } from 'vitest';
import { generateLikertTable } from '../../../bench/likert';
import { analyse } from '../../analysis/analyse';
import type { Analysis } from '../../analysis/analysisSchema';
import { formatCoefficient } from '../../analysis/format';
import { heatmap } from './heatmap';
import { blockSpans } from './heatmapBlocks';

function analysed(questions: number): Analysis {
  const r = analyse(generateLikertTable(60, questions, { seed: 2 }));
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

const cellCount = (html: string) => html.match(/<g><title>/g)?.length ?? 0;

describe('heatmap', () => {
  it('draws up to 40 questions as one triangle of W(W − 1)/2 cells', () => {
    const html = heatmap(analysed(40));
    expect(cellCount(html)).toBe((40 * 39) / 2);
    expect(html).not.toContain('<h3>Block');
  });

  it('draws 120 questions as 3 blocks of 40: a 3 × 3 overview triangle, then 3 triangles of 780 cells', () => {
    const a = analysed(120);
    const html = heatmap(a);
    expect(html.match(/<h3>Block [ABC]: questions (1–40|41–80|81–120)<\/h3>/g)).toHaveLength(3);
    // Overview: 3 + 2 + 1 cells with tooltips; each block: 40 × 39 / 2 squares, drawn by reference without one.
    expect(cellCount(html)).toBe(6);
    expect(html.match(/<use href="#hc(0|40|80)"/g)).toHaveLength(3 * 780);
    expect(html).toContain('Hovering a block’s cell shows nothing: each pair’s n and p are in the Correlations tab');
    // B × A: the strongest pair between questions 41–80 and 1–40, found here over the raw pairs.
    const between = a.correlations.filter((c) => c.a < 40 && c.b >= 40 && c.b < 80 && c.r !== null);
    const strongest = between.reduce((s, c) => (Math.abs(c.r!) > Math.abs(s.r!) ? c : s));
    expect(html).toContain(
      `B × A (questions 41–80 × 1–40): strongest ρ = ${formatCoefficient(strongest.r!)} (${strongest.b + 1} × ${strongest.a + 1},`,
    );
    expect(html).toContain(`of ${between.length.toLocaleString('en-GB')} pairs with adjusted p &lt; .05`);
  });

  it('keeps a tooltip on every cell of the blocks up to 100 questions: 60 make 2 blocks of 30', () => {
    const a = analysed(60);
    const html = heatmap(a);
    // Overview: 2 + 1 cells; each block 30 × 29 / 2 = 435 cells, each with its tooltip.
    expect(cellCount(html)).toBe(3 + 2 * 435);
    const c = a.correlations.find((x) => x.a === 31 && x.b === 44)!;
    // Questions are numbered from 1 as in the survey: columns 31 and 44 are questions 32 and 45, both in block B.
    expect(html).toContain(`<title>45 × 32: Q45 × Q32: ρ = ${formatCoefficient(c.r!)}, n = ${c.n}, adjusted `);
    expect(html).not.toContain('Hovering a block’s cell shows nothing');
  });

  it('cuts questions into near-equal blocks of at most 40, and past 1,000 questions into 25 larger ones', () => {
    expect(blockSpans(41, 40).map((s) => s.to - s.from)).toEqual([21, 20]);
    expect(blockSpans(300, 40).map((s) => s.to - s.from)).toEqual([38, 37, 38, 37, 38, 37, 38, 37]);
    const many = blockSpans(2000, 40);
    expect([many.length, many[0].to - many[0].from, many.at(-1)!.to]).toEqual([25, 80, 2000]);
  });
});
