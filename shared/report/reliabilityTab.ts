import type { Analysis } from '../analysis/analysisSchema';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';

const VERDICT: Record<string, string> = {
  unacceptable: 'unacceptable (below .60)',
  questionable: 'questionable (.60 to .70)',
  acceptable: 'acceptable (.70 or more)',
  good: 'good (.80 or more)',
  redundant: 'very high (above .95): items may repeat each other',
};

/** Reliability: per template construct, Cronbach's alpha with its Feldt 95% interval, then each item's alpha-if-dropped and corrected item–total r, flagging items whose removal raises alpha. */
export function reliabilityTab(a: Analysis): Tab {
  const t = new TabBuilder('Reliability', [330, 110, 130, 120, 90, 150, 170]);
  t.heading(`Reliability of the template's scores${a.template ? ` ("${a.template.title}", version ${a.template.version})` : ''}`);
  t.row("Cronbach's alpha over respondents who answered every item of the score. Items marked reversed are scored high-to-low.");
  t.blank();
  for (const r of a.reliability ?? []) {
    const h = t.row(r.name, 'Respondents', "Cronbach's α", 'Standardised α', 'Verdict', 'α 95% interval (Feldt)');
    t.boldRow(h, 6);
    // Only one band of rows can be frozen: the first score's header.
    if (r === a.reliability![0]) t.freeze(h + 1);
    const interval = r.alphaInterval ? `${r.alphaInterval.low.toFixed(2)} to ${r.alphaInterval.high.toFixed(2)}` : '';
    const s = t.row('Whole score', r.n, r.alpha, r.standardisedAlpha, r.verdict ? VERDICT[r.verdict] : 'not enough answers', interval);
    t.format({ row: s, column: 2, rows: 1, columns: 2 }, '0.00');
    const ih = t.row('Item', 'Reversed', 'α if item dropped', 'Corrected item–total r', 'Mean (as scored)', 'SD', 'Dropping it raises α');
    t.boldRow(ih, 7);
    const first = t.nextRow;
    for (const i of r.items)
      t.row(
        i.label,
        i.reverse ? 'yes' : 'no',
        i.alphaIfDropped,
        i.correctedItemTotal,
        i.mean,
        i.sd,
        i.raisesAlphaIfDropped ? 'yes: it may not belong' : '',
      );
    t.format({ row: first, column: 2, rows: r.items.length, columns: 4 }, '0.00');
    t.blank();
  }
  t.row(
    'Read α ≥ .70 as acceptable and ≥ .80 as good. An item whose α-if-dropped is higher than the whole score\u2019s α, or whose item–total r is below .30, fits the score least well.',
  );
  return t.build();
}
