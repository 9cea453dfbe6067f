import type { Analysis } from '../analysis/analysisSchema';
import { divergingPalette } from './palette';
import type { Tab } from './report';
import { scaleGroups } from './scaleGroups';
import { TabBuilder } from './tabBuilder';

const pct = (x: number) => x / 100;

/**
 * Distributions: per scale group a table (base, skipped, non-substantive, % per level, top box with its
 * Wilson interval, mean, median, SD) and a percent-stacked bar chart; then choices, tick boxes and numbers.
 */
export function distributionsTab(a: Analysis): Tab {
  const t = new TabBuilder('Distributions', [360]);
  t.heading('Distributions: percentages are of those who answered each question (the base)');
  t.blank();
  for (const group of scaleGroups(a.questions)) {
    const labels = group[0].levels.map((l) => l.label);
    const k = labels.length;
    // Level columns come straight after the question so that the chart reads one block.
    const head = t.row('Question', ...labels, 'Base (n)', 'Skipped', "Don't know etc.", 'Top answer', '95% CI low', '95% CI high', 'Mean', 'Median', 'SD');
    t.boldRow(head, 1 + k + 9);
    const first = t.nextRow;
    for (const q of group) {
      const box = q.topBox!;
      t.row(q.label, ...q.levels.map((l) => pct(l.percent)), q.n, q.missing, q.nonSubstantive, pct(box.percent), pct(box.ciLow), pct(box.ciHigh), q.mean, q.median, q.sd);
    }
    const rows = t.nextRow - first;
    t.format({ row: first, column: 1, rows, columns: k }, '0.0%');
    t.format({ row: first, column: 1 + k + 3, rows, columns: 3 }, '0.0%');
    t.format({ row: first, column: 1 + k + 6, rows, columns: 3 }, '0.00');
    t.chart({
      type: 'bar',
      stacked: 'percent',
      title: `Answers, % of those who answered (${labels[0]} … ${labels[k - 1]})`,
      range: { row: head, column: 0, rows: rows + 1, columns: 1 + k },
      anchor: { row: head, column: 1 + k + 10 },
      colours: divergingPalette(k),
    });
    t.blank();
  }
  const choices = a.questions.filter((q) => q.kind === 'choice' || q.kind === 'multi' || (q.kind === 'grid' && !q.topBox));
  if (choices.length > 0) {
    const head = t.row('Question', 'Answer', 'Count', '% of those who answered', 'Base (n)');
    t.boldRow(head, 5);
    const first = t.nextRow;
    for (const q of choices) {
      for (const l of q.levels) t.row(q.label, l.label, l.count, pct(l.percent), q.n);
      if (q.kind === 'multi') t.row(q.label, '(tick boxes: people could choose several, so the percentages add up to more than 100%)');
    }
    t.format({ row: first, column: 3, rows: t.nextRow - first, columns: 1 }, '0.0%');
    t.format({ row: first, column: 1, rows: t.nextRow - first, columns: 1 }, '@');
    t.blank();
  }
  const numbers = a.questions.filter((q) => q.kind === 'number');
  if (numbers.length > 0) {
    const head = t.row('Question', 'Base (n)', 'Skipped', 'Mean', 'Median', 'SD');
    t.boldRow(head, 6);
    const first = t.nextRow;
    for (const q of numbers) t.row(q.label, q.n, q.missing, q.mean, q.median, q.sd);
    t.format({ row: first, column: 3, rows: t.nextRow - first, columns: 3 }, '0.00');
  }
  t.freeze(1);
  return t.build();
}
