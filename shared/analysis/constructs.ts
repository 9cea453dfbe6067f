import { alphaVerdict, cronbachAlpha } from '../stats/cronbachAlpha';
import { reverseCode } from '../stats/reverseCode';
import type { Survey, SurveyColumn } from '../survey/survey';
import type { PlannedConstruct } from '../templates/templatePlan';
import type { Reliability } from './analysisSchema';
import { shortLabel } from './shortLabel';

const orNull = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * Construct scores and their reliability. Each score is the mean of the construct's items, reverse-coded where
 * the template says, for respondents who answered every item (the same listwise sample as Cronbach's alpha);
 * it becomes a number column numbered from `firstColumn`, past the source columns, so that it enters the
 * correlations like any other item.
 */
export function scoreConstructs(
  survey: Survey,
  constructs: readonly PlannedConstruct[],
  firstColumn: number,
): { columns: SurveyColumn[]; reliability: Reliability[] } {
  const byColumn = new Map(survey.columns.map((c) => [c.column, c]));
  const columns: SurveyColumn[] = [];
  const reliability: Reliability[] = [];
  for (const construct of constructs) {
    const members = construct.items.filter((m) => byColumn.get(m.column)?.data.type === 'ordinal');
    if (members.length < 2) continue;
    const items = members.map((m) => {
      const codes = (byColumn.get(m.column)!.data as { codes: Float64Array }).codes;
      return m.reverse ? reverseCode(codes, m.low, m.high) : codes;
    });
    const scores = new Float64Array(survey.respondents);
    let missing = 0;
    for (let i = 0; i < scores.length; i++) {
      let sum = 0;
      for (const item of items) sum += item[i];
      scores[i] = sum / items.length; // NaN when any item is unanswered
      if (Number.isNaN(scores[i])) missing++;
    }
    const column = firstColumn + columns.length;
    columns.push({
      column,
      header: `${construct.name} (score: mean of ${members.length} items)`,
      kind: 'number',
      missing,
      nonSubstantive: [],
      unreadable: 0,
      data: { type: 'numeric', values: scores },
    });
    const a = cronbachAlpha(items);
    reliability.push({
      construct: construct.id,
      name: construct.name,
      scoreColumn: column,
      n: a.n,
      alpha: orNull(a.alpha),
      alphaInterval: Number.isFinite(a.feldt.low) && Number.isFinite(a.feldt.high) ? a.feldt : null,
      standardisedAlpha: orNull(a.standardisedAlpha),
      verdict: Number.isFinite(a.alpha) ? alphaVerdict(a.alpha) : null,
      items: members.map((m, k) => {
        const col = byColumn.get(m.column)!;
        return {
          column: m.column,
          label: shortLabel(col.header, col.grid),
          reverse: m.reverse,
          alphaIfDropped: orNull(a.items[k].alphaIfDropped),
          raisesAlphaIfDropped: a.items[k].raisesAlphaIfDropped,
          correctedItemTotal: orNull(a.items[k].correctedItemTotal),
          mean: orNull(a.items[k].mean),
          sd: orNull(a.items[k].sd),
        };
      }),
    });
  }
  return { columns, reliability };
}
