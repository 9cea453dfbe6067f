import type { Analysis } from '../analysis/analysisSchema';
import { ADJUST_NAME, correlationStrength, isSignificant, METHOD_NAME } from '../analysis/format';
import { P_FORMAT } from './formatCell';
import { NEGATIVE, NEUTRAL, POSITIVE } from './palette';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';

/**
 * Correlations: the r matrix with a red–white–blue scale from −1 to 1 (significant cells in bold), then every
 * pair with its n, raw and adjusted p, and a note where r is missing or not to be trusted.
 */
export function correlationsTab(a: Analysis): Tab {
  const t = new TabBuilder('Correlations', [300]);
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const columns = [...new Set(a.correlations.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
  const label = (c: number) => byColumn.get(c)?.label ?? `Column ${c + 1}`;
  t.heading(`${METHOD_NAME[a.options.method]} correlations, pairwise deletion; p adjusted with ${ADJUST_NAME[a.options.adjust]}`);
  if (columns.length < 2) {
    t.row('Fewer than two scale or number questions: there is nothing to correlate.');
    return t.build();
  }
  t.row('Bold: adjusted p < .05. Blank: no variation or too few answers. Blue = positive, red = negative.');
  t.blank();
  const head = t.row('', ...columns.map(label));
  t.boldRow(head, columns.length + 1);
  t.wrap({ row: head, column: 1, rows: 1, columns: columns.length });
  const position = new Map(columns.map((c, i) => [c, i]));
  const matrix: (number | null)[][] = columns.map((_, i) => columns.map((__, j) => (i === j ? 1 : null)));
  const first = head + 1;
  for (const c of a.correlations) {
    const i = position.get(c.a)!;
    const j = position.get(c.b)!;
    matrix[i][j] = matrix[j][i] = c.r;
    if (c.r !== null && isSignificant(c.pAdjusted)) {
      t.bold({ row: first + i, column: 1 + j, rows: 1, columns: 1 });
      t.bold({ row: first + j, column: 1 + i, rows: 1, columns: 1 });
    }
  }
  columns.forEach((c, i) => t.row(label(c), ...matrix[i]));
  const block = { row: first, column: 1, rows: columns.length, columns: columns.length };
  t.format(block, '0.00');
  t.bold({ row: first, column: 0, rows: columns.length, columns: 1 });
  t.colourScale({
    range: block,
    min: { value: -1, colour: NEGATIVE },
    mid: { value: 0, colour: NEUTRAL },
    max: { value: 1, colour: POSITIVE },
  });
  t.blank();
  const listHead = t.row('Question A', 'Question B', 'r', 'n', 'p', 'Adjusted p', 'Strength', 'Note');
  t.boldRow(listHead, 8);
  const firstPair = t.nextRow;
  const pairs = [...a.correlations].sort((x, y) => Math.abs(y.r ?? 0) - Math.abs(x.r ?? 0));
  for (const c of pairs) {
    const strength = c.r === null ? '' : `${correlationStrength(c.r)} ${c.r > 0 ? 'positive' : c.r < 0 ? 'negative' : ''}`.trim();
    t.row(label(c.a), label(c.b), c.r, c.n, c.p, c.pAdjusted, strength, c.note ?? '');
  }
  t.format({ row: firstPair, column: 2, rows: pairs.length, columns: 1 }, '0.00');
  t.format({ row: firstPair, column: 4, rows: pairs.length, columns: 2 }, P_FORMAT);
  t.freeze(head + 1, 1);
  return t.build();
}
