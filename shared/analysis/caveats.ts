import { extent } from '../util/extent';
import type { Analysis } from './analysisSchema';
import { MIN_GROUP_SIZE } from './compareGroups';
import { ADJUST_NAME } from './format';

/** The honest small print: who the sample is, what the bases are, what the statistics can and cannot say. */
export function caveats(a: Omit<Analysis, 'findings' | 'caveats'>): string[] {
  const out: string[] = [];
  const n = a.respondents;
  out.push(
    `Based on ${n} respondent${n === 1 ? '' : 's'} who chose to take part: a self-selected sample, so the results describe them and may not hold for all SENCOs.`,
  );
  if (n < 30)
    out.push(
      `With only ${n} respondents, a few answers move a percentage a long way: read the 95% intervals, not just the headline figure.`,
    );
  const analysed = a.questions.filter(
    (q) => q.kind === 'scale' || q.kind === 'grid' || q.kind === 'choice' || q.kind === 'multi' || q.kind === 'number',
  );
  const bases = extent(analysed.map((q) => q.n));
  if (analysed.length > 0 && bases.min !== bases.max) {
    out.push(
      `Some respondents skipped questions, so bases vary from ${bases.min} to ${bases.max}: each percentage is of those who answered that question.`,
    );
  } else if (analysed.length > 0) {
    out.push(`Each percentage is of the ${bases.max} respondents who answered that question.`);
  }
  if (a.questions.some((q) => q.nonSubstantive > 0)) {
    out.push(`Answers such as "Don't know" and "Prefer not to say" are counted separately and left out of the percentages and statistics.`);
  }
  const tested = a.correlations.filter((c) => c.p !== null).length;
  if (a.correlations.length > 0) {
    out.push(
      `Correlation is not causation: two answers that rise together may share a cause, or either may drive the other. p-values use ${ADJUST_NAME[a.options.adjust]} across the ${tested} pairs tested.`,
    );
  }
  for (const r of a.reliability ?? []) {
    if (r.alpha === null) out.push(`The ${r.name} score could not be checked for reliability: too few respondents answered all its items.`);
    else if (r.verdict === 'unacceptable' || r.verdict === 'questionable')
      out.push(
        `The ${r.name} score's items do not hang together well (Cronbach's α = ${r.alpha.toFixed(2)}, n = ${r.n}): read that score with care, and see the Reliability tab.`,
      );
    else if (r.verdict === 'redundant')
      out.push(
        `The ${r.name} score's items are almost interchangeable (α = ${r.alpha.toFixed(2)}): some may be asking the same thing twice.`,
      );
  }
  if (a.withheld.length > 0) {
    const byReason = new Map<string, string[]>();
    for (const w of a.withheld) byReason.set(w.reason, [...(byReason.get(w.reason) ?? []), `"${w.header}"`]);
    const listed = [...byReason].map(([reason, headers]) => `${reason} (${headers.join(', ')})`);
    out.push(`Columns that identify people are never analysed or copied into this report: ${listed.join('; ')}.`);
  }
  const suppressed = new Set(a.comparisons.flatMap((c) => c.suppressedGroups));
  if (suppressed.size > 0) {
    out.push(
      `Groups with fewer than ${MIN_GROUP_SIZE} respondents (${[...suppressed].join(', ')}) are not reported separately, so that no one can be identified.`,
    );
  }
  if (a.trends && a.trendsFrom) {
    const then = a.trendsFrom.respondents;
    out.push(
      `The earlier survey (${then} respondent${then === 1 ? '' : 's'}) and this one (${n}) were answered by different people, not the same SENCOs followed over time: a change between them may come from who chose to answer as much as from what changed.`,
    );
  }
  return out;
}
