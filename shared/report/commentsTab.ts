import type { Analysis } from '../analysis/analysisSchema';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';

/** Comments: every free-text answer, one per row under its question, kept as plain text (never a formula). */
export function commentsTab(a: Analysis): Tab {
  const t = new TabBuilder('Comments', [320, 640]);
  const head = t.row('Question', 'Answer');
  t.boldRow(head, 2);
  const first = t.nextRow;
  for (const c of a.comments) for (const answer of c.answers) t.row(c.header, answer);
  if (t.nextRow === first) t.row('No free-text answers.', '');
  t.format({ row: first, column: 0, rows: t.nextRow - first, columns: 2 }, '@');
  t.wrap({ row: first, column: 1, rows: t.nextRow - first, columns: 1 });
  t.freeze(1);
  return t.build();
}
