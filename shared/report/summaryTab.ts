import type { Analysis } from '../analysis/analysisSchema';
import { ADJUST_NAME, METHOD_NAME } from '../analysis/format';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';

const KIND_NAME: Record<string, string> = {
  scale: 'Scale',
  grid: 'Grid row',
  choice: 'Single choice',
  multi: 'Tick boxes',
  number: 'Number',
  text: 'Free text',
  timestamp: 'Timestamp',
  id: 'Identifier (withheld)',
};

/** Summary: key findings first (the rest are in report.json and report.html), who answered, caveats, each question's kind and base. */
export function summaryTab(a: Analysis, context: { title: string; generatedAt: string; source: string }): Tab {
  const t = new TabBuilder('Summary', [420, 130, 110, 90, 120]);
  t.heading(context.title);
  t.row('Source', context.source);
  t.row('Respondents', a.respondents);
  t.row('Analysed', context.generatedAt);
  t.row('Correlations', `${METHOD_NAME[a.options.method]}, p adjusted with ${ADJUST_NAME[a.options.adjust]}`);
  t.blank();
  t.heading('Key findings');
  const firstFinding = t.nextRow;
  const key = a.findings.filter((f) => f.key);
  if (key.length === 0) t.row('No finding stands out: see the other tabs for every figure.');
  key.forEach((f, i) => t.row(`${i + 1}. ${f.text}`));
  t.wrap({ row: firstFinding, column: 0, rows: t.nextRow - firstFinding, columns: 1 });
  t.blank();
  if ((a.profile ?? []).length > 0) {
    t.heading('Who answered');
    const firstProfile = t.nextRow;
    for (const p of a.profile!) t.row(`• ${p.text}`);
    t.wrap({ row: firstProfile, column: 0, rows: t.nextRow - firstProfile, columns: 1 });
    t.blank();
  }
  t.heading('Read with care');
  const firstCaveat = t.nextRow;
  for (const c of a.caveats) t.row(`• ${c}`);
  for (const n of a.notes) t.row(`• ${n}`);
  t.wrap({ row: firstCaveat, column: 0, rows: t.nextRow - firstCaveat, columns: 1 });
  t.blank();
  const head = t.row('Question', 'Kind', 'Answered (base)', 'Skipped', "Don't know etc.");
  t.boldRow(head, 5);
  const firstQuestion = t.nextRow;
  for (const q of a.questions) t.row(q.header, KIND_NAME[q.kind], q.kind === 'id' ? null : q.n, q.missing, q.nonSubstantive);
  t.wrap({ row: firstQuestion, column: 0, rows: t.nextRow - firstQuestion, columns: 1 });
  t.format({ row: firstQuestion, column: 0, rows: t.nextRow - firstQuestion, columns: 1 }, '@');
  return t.build();
}
