import type { Analysis, Trend } from '../analysis/analysisSchema';
import { ADJUST_NAME } from '../analysis/format';
import { P_FORMAT } from './formatCell';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';
import { trendTopics } from './trendTopics';

const pct = (x: number) => x / 100;

/** One topic's scale items: the top-end share then and now (charted as paired bars), the change and its test. */
function topicBlock(t: TabBuilder, title: string, trends: readonly Trend[]): void {
  t.heading(title);
  const head = t.row(
    'Question',
    'Earlier survey',
    'This survey',
    'Share of',
    'Earlier n',
    'This n',
    'Change (points)',
    '95% interval from',
    'to',
    'Mann–Whitney p',
    'Adjusted p',
    'In words',
  );
  t.boldRow(head, 12);
  const first = t.nextRow;
  for (const r of trends)
    t.row(
      r.label,
      pct(r.earlier.percent),
      pct(r.later.percent),
      r.words,
      r.earlier.n,
      r.later.n,
      r.difference,
      r.ciLow,
      r.ciHigh,
      r.p,
      r.pAdjusted,
      r.text,
    );
  t.format({ row: first, column: 1, rows: trends.length, columns: 2 }, '0.0%');
  t.format({ row: first, column: 6, rows: trends.length, columns: 3 }, '0.0');
  t.format({ row: first, column: 9, rows: trends.length, columns: 2 }, P_FORMAT);
  t.wrap({ row: first, column: 11, rows: trends.length, columns: 1 });
  t.blank();
  t.chartBelow({
    type: 'bar',
    stacked: 'none',
    title: `${title}: share at the top of each scale, earlier survey and this one`,
    range: { row: head, column: 0, rows: trends.length + 1, columns: 3 },
    width: 760,
    height: Math.min(900, Math.max(220, 100 + trends.length * 40)),
    colours: ['#9aa5b1', '#2f6f9f'],
  });
}

/** One single-choice question: each answer's share then and now, and the change with its interval. */
function choiceBlock(t: TabBuilder, r: Trend): void {
  const head = t.row(r.label, 'Earlier survey', 'This survey', 'Change (points)', '95% interval from', 'to');
  t.boldRow(head, 6);
  const first = t.nextRow;
  for (const s of r.shares ?? []) t.row(s.label, pct(s.earlier.percent), pct(s.later.percent), s.difference, s.ciLow, s.ciHigh);
  const rows = t.nextRow - first;
  t.format({ row: first, column: 1, rows, columns: 2 }, '0.0%');
  t.format({ row: first, column: 3, rows, columns: 3 }, '0.0');
  t.row(`Bases: ${r.earlier.n} earlier, ${r.later.n} now.`);
  t.blank();
}

/** Trends: this survey against the earlier one, a table and a chart per topic, then the single-choice questions. */
export function trendsTab(a: Analysis): Tab {
  const t = new TabBuilder('Trends', [320, 110, 110, 220, 80, 80, 110, 110, 80, 110, 90, 520]);
  const from = a.trendsFrom;
  t.heading(
    `This survey (${a.respondents} respondents) against the earlier one${from ? ` (${from.source}: ${from.respondents} respondents)` : ''}`,
  );
  t.row(
    `For each scale question asked in both, the share at the top of its scale then and now; the change in percentage points with Newcombe's 95% interval; and a Mann–Whitney test of the whole answers, p adjusted with ${ADJUST_NAME[a.options.adjust]} across the questions.`,
  );
  t.row('Different people answered each survey: a change may come from who chose to answer as much as from what changed.');
  t.blank();
  const trends = a.trends ?? [];
  if (trends.length === 0) t.row('No question could be compared: see the notes on the Summary tab for why.');
  for (const topic of trendTopics(trends)) topicBlock(t, topic.title, topic.trends);
  const choices = trends.filter((r) => r.kind === 'choice');
  if (choices.length > 0) {
    t.heading('Who answered, and other single-choice questions: the change in each answer’s share');
    t.blank();
    for (const r of choices) choiceBlock(t, r);
  }
  return t.build();
}
