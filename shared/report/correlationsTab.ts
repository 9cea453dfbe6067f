import type { Analysis, Correlation } from '../analysis/analysisSchema';
import { ADJUST_NAME, isSignificant, METHOD_NAME } from '../analysis/format';
import { listedPairs, PAIR_LIST_LIMIT, significantPairs } from '../analysis/pairList';
import { P_FORMAT } from './formatCell';
import { PAIR_HEADER, pairRow } from './pairRow';
import { NEGATIVE, NEUTRAL, POSITIVE } from './palette';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';

type Label = (column: number) => string;

/** The r matrix, with runs of significant cells in each row bolded as one block (one per cell made a million). */
function matrixBlock(t: TabBuilder, a: Analysis, columns: readonly number[], label: Label): void {
  const head = t.row('', ...columns.map(label));
  t.boldRow(head, columns.length + 1);
  t.wrap({ row: head, column: 1, rows: 1, columns: columns.length });
  const w = columns.length;
  const position = new Map(columns.map((c, i) => [c, i]));
  const matrix: (number | null)[][] = columns.map((_, i) => columns.map((__, j) => (i === j ? 1 : null)));
  const significant = new Uint8Array(w * w);
  for (const c of a.correlations) {
    const i = position.get(c.a)!;
    const j = position.get(c.b)!;
    matrix[i][j] = matrix[j][i] = c.r;
    if (c.r !== null && isSignificant(c.pAdjusted)) significant[i * w + j] = significant[j * w + i] = 1;
  }
  const first = head + 1;
  for (let i = 0; i < w; i++) {
    t.row(label(columns[i]), ...matrix[i]);
    for (let j = 0; j < w; j++) {
      if (!significant[i * w + j]) continue;
      let end = j;
      while (end + 1 < w && significant[i * w + end + 1]) end++;
      t.bold({ row: first + i, column: 1 + j, rows: 1, columns: end - j + 1 });
      j = end;
    }
  }
  const block = { row: first, column: 1, rows: w, columns: w };
  t.format(block, '0.00');
  t.bold({ row: first, column: 0, rows: w, columns: 1 });
  t.colourScale({
    range: block,
    min: { value: -1, colour: NEGATIVE },
    mid: { value: 0, colour: NEUTRAL },
    max: { value: 1, colour: POSITIVE },
  });
}

/** The pairs, strongest first: every pair up to PAIR_LIST_LIMIT, else the strongest and a line saying where the rest are. */
function pairListBlock(t: TabBuilder, correlations: readonly Correlation[], label: Label): void {
  const pairs = listedPairs(correlations);
  if (pairs.length < correlations.length) {
    const total = correlations.length.toLocaleString('en-GB');
    const significant = significantPairs(correlations).toLocaleString('en-GB');
    t.row(
      `The ${PAIR_LIST_LIMIT.toLocaleString('en-GB')} strongest of ${total} pairs (${significant} with adjusted p < .05). ` +
        'Every pair, with its n and p, is in correlations-all.csv, which the command line writes (npm run analyse).',
    );
  }
  const listHead = t.row(...PAIR_HEADER);
  t.boldRow(listHead, PAIR_HEADER.length);
  const firstPair = t.nextRow;
  for (const c of pairs) t.row(...pairRow(c, label));
  t.format({ row: firstPair, column: 2, rows: pairs.length, columns: 1 }, '0.00');
  t.format({ row: firstPair, column: 4, rows: pairs.length, columns: 2 }, P_FORMAT);
}

/**
 * Correlations: the r matrix with a red–white–blue scale from −1 to 1 (significant cells in bold), then the pairs
 * with their n, raw and adjusted p, and a note where r is missing or not to be trusted. Past PAIR_LIST_LIMIT pairs
 * the list keeps the strongest, and the matrix and the list are blocks of their own widths (each CSV row padded
 * to its block's width, not the matrix's); ordinary surveys keep one block, as they always had.
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
  const wide = a.correlations.length > PAIR_LIST_LIMIT;
  t.row('Bold: adjusted p < .05. Blank: no variation or too few answers. Blue = positive, red = negative.');
  t.blank();
  if (wide) t.block();
  const head = t.nextRow;
  matrixBlock(t, a, columns, label);
  t.blank();
  if (wide) t.block();
  pairListBlock(t, a.correlations, label);
  t.freeze(head + 1, 1);
  return t.build();
}
