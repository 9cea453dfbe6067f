import type { Analysis, Question } from '../analysis/analysisSchema';
import { medianText, roundedMedian } from './medianText';
import { divergingPalette } from './palette';
import type { Tab } from './report';
import { scaleGroups } from './scaleGroups';
import { TabBuilder } from './tabBuilder';

const pct = (x: number) => x / 100;

/** One table per group of scale items sharing their levels, with a percent-stacked bar chart under it. */
function scaleTable(t: TabBuilder, group: Question[]): number {
  const labels = group[0].levels.map((l) => l.label);
  const k = labels.length;
  // Level columns come straight after the question so that the chart reads one block.
  const head = t.row(
    'Question',
    ...labels,
    'Base (n)',
    'Skipped',
    "Don't know etc.",
    'Top answer',
    '95% CI low',
    '95% CI high',
    'Mean',
    'Median',
    'SD',
  );
  t.boldRow(head, 1 + k + 9);
  const first = t.nextRow;
  for (const q of group) {
    const box = q.topBox!;
    t.row(
      q.label,
      ...q.levels.map((l) => pct(l.percent)),
      q.n,
      q.missing,
      q.nonSubstantive,
      pct(box.percent),
      pct(box.ciLow),
      pct(box.ciHigh),
      q.mean,
      medianText(q.median, q),
      q.sd,
    );
  }
  const rows = t.nextRow - first;
  t.format({ row: first, column: 1, rows, columns: k }, '0.0%');
  t.format({ row: first, column: 1 + k + 3, rows, columns: 3 }, '0.0%');
  t.format({ row: first, column: 1 + k + 6, rows, columns: 1 }, '0.00');
  t.format({ row: first, column: 1 + k + 8, rows, columns: 1 }, '0.00');
  t.blank();
  // Under its table, at column A, so that it is in view without scrolling right past the figures.
  t.chartBelow({
    type: 'bar',
    stacked: 'percent',
    title: `Answers, % of those who answered (${labels[0]} … ${labels[k - 1]})`,
    range: { row: head, column: 0, rows: rows + 1, columns: 1 + k },
    width: 760,
    height: Math.min(900, Math.max(220, 110 + 32 * rows)),
    colours: divergingPalette(k),
  });
  return head;
}

/** One small table per choice, tick-box or unscaled grid question; single choices and tick boxes get a bar chart beside it. */
function choiceTable(t: TabBuilder, q: Question): number {
  const head = t.row('Question', 'Answer', '% of those who answered', 'Count', 'Base (n)');
  t.boldRow(head, 5);
  const first = t.nextRow;
  for (const l of q.levels) t.row(q.label, l.label, pct(l.percent), l.count, q.n);
  const rows = t.nextRow - first;
  t.format({ row: first, column: 2, rows, columns: 1 }, '0.0%');
  t.format({ row: first, column: 1, rows, columns: 1 }, '@');
  t.wrap({ row: first, column: 1, rows, columns: 1 });
  if (q.kind === 'multi') t.row(q.label, '(tick boxes: people could choose several, so the percentages add up to more than 100%)');
  if ((q.kind === 'choice' || q.kind === 'multi') && rows > 0) {
    // Beside the table (its last column + 1), from its first answer row, so that frozen header rows never hold it.
    t.chart({
      type: 'bar',
      stacked: 'none',
      title: `${q.label} (% of ${q.n} who answered)`,
      range: { row: head, column: 1, rows: rows + 1, columns: 2 },
      anchor: { row: first, column: 5 },
      width: 480,
      height: Math.min(600, Math.max(200, 90 + 28 * rows)),
      colours: ['#2166ac'],
    });
  }
  t.clearOfCharts();
  return head;
}

/**
 * Distributions: per scale group a table (base, skipped, non-substantive, % per level, top box with its
 * Wilson interval, mean, median in the scale's words, SD) and a percent-stacked bar chart; then each choice
 * and tick-box question with its chart, and the number questions (with their lowest, quartiles and highest). The first table's header stays in view.
 */
export function distributionsTab(a: Analysis): Tab {
  const t = new TabBuilder('Distributions', [360]);
  t.heading('Distributions: percentages are of those who answered each question (the base)');
  t.blank();
  const heads: number[] = [];
  for (const group of scaleGroups(a.questions)) heads.push(scaleTable(t, group));
  for (const q of a.questions.filter((x) => x.kind === 'choice' || x.kind === 'multi' || (x.kind === 'grid' && !x.topBox)))
    heads.push(choiceTable(t, q));
  const numbers = a.questions.filter((q) => q.kind === 'number');
  if (numbers.length > 0) {
    const head = t.row('Question', 'Base (n)', 'Skipped', 'Mean', 'Median', 'SD', 'Lowest', 'Lower quartile', 'Upper quartile', 'Highest');
    t.boldRow(head, 10);
    heads.push(head);
    const first = t.nextRow;
    for (const q of numbers) {
      const s = q.quartiles;
      t.row(
        q.label,
        q.n,
        q.missing,
        q.mean,
        roundedMedian(q.median),
        q.sd,
        s?.min ?? null,
        roundedMedian(s?.lower ?? null),
        roundedMedian(s?.upper ?? null),
        s?.max ?? null,
      );
    }
    t.format({ row: first, column: 3, rows: t.nextRow - first, columns: 1 }, '0.00');
    t.format({ row: first, column: 5, rows: t.nextRow - first, columns: 1 }, '0.00');
  }
  t.freeze(heads.length > 0 ? heads[0] + 1 : 1);
  return t.build();
}
