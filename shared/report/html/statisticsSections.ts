import type { Analysis, CategoryComparison } from '../../analysis/analysisSchema';
import { MIN_GROUP_SIZE } from '../../analysis/compareGroups';
import { ADJUST_NAME, formatCoefficient, formatP, isSignificant } from '../../analysis/format';
import { escapeHtml as e } from './escape';

const num = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '' : x.toFixed(digits));
/** Whole numbers bare, others to two decimals: 7.75, 8. */
const value = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(Math.round(x * 100) / 100));
const bareP = (p: number | null) => formatP(p).replace(/^p (= )?/, '');

/** Number questions: base, skipped, minimum, quartiles (as R's quantile, type 7), maximum, mean and SD. */
export function numberStatistics(a: Analysis): string {
  const numbers = a.questions.filter((q) => q.kind === 'number' && q.n > 0);
  if (numbers.length === 0) return '';
  const rows = numbers
    .map((q) => {
      const s = q.quartiles;
      return `<tr><td class="text">${e(q.label)}</td><td>${q.n}</td><td>${q.missing}</td><td>${value(s?.min)}</td><td>${value(s?.lower)}</td><td>${value(s?.median ?? q.median)}</td><td>${value(s?.upper)}</td><td>${value(s?.max)}</td><td>${num(q.mean)}</td><td>${num(q.sd)}</td></tr>`;
    })
    .join('');
  return `<h3>Statistics per number question</h3><table class="full stats"><thead><tr><th class="text" style="width:28%">Question</th><th>n</th><th>Blank</th><th>Min</th><th title="Lower quartile">Q1</th><th style="width:10%">Median</th><th title="Upper quartile">Q3</th><th>Max</th><th>Mean</th><th>SD</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** One comparison's groups (rows) by answers (columns), % of each row; a withheld cell shows "–". */
function shareTable(c: CategoryComparison): string {
  const head = c.columns.map((label) => `<th>${e(label)}</th>`).join('');
  const body = c.rows
    .map(
      (r) =>
        `<tr><td class="text">${e(r.label)} <span class="muted">(n = ${r.n})</span></td>${r.percents.map((p) => `<td>${p === null ? '–' : `${Math.round(p)}%`}</td>`).join('')}</tr>`,
    )
    .join('');
  const stat = c.test === 'fisher' ? 'Fisher’s exact test' : `Chi-square (X² = ${num(c.statistic)}, df ${c.df})`;
  const v = c.effectSize.value === null ? '' : `; Cramér’s V = ${formatCoefficient(c.effectSize.value)}`;
  return `<h4>“${e(c.itemLabel)}” by “${e(c.groupHeader)}”</h4><table class="cmp"><thead><tr><th class="text">Group</th>${head}</tr></thead><tbody>${body}</tbody></table>
<p class="note">${stat}, p ${bareP(c.p)}, adjusted ${bareP(c.pAdjusted)}${v}.${c.note ? ` ${e(c.note)}.` : ''}${c.suppressedGroups.length ? ` Left out (under ${MIN_GROUP_SIZE}): ${e(c.suppressedGroups.join(', '))}.` : ''}</p>`;
}

/**
 * Answers to single-choice questions by group: the sentences and, for each difference that survived correction, its
 * shares table (a count under 5, or what would reveal one, is withheld as "–"); otherwise one sentence that none did.
 */
export function categorySection(a: Analysis): string {
  const tested = (a.categoryComparisons ?? []).filter((c) => c.p !== null);
  if (tested.length === 0) return '';
  const survivors = tested.filter((c) => isSignificant(c.pAdjusted));
  const correction = a.options.adjust === 'none' ? 'at p < .05' : `after ${ADJUST_NAME[a.options.adjust]}`;
  if (survivors.length === 0) {
    return `<p class="note">No answer to a single-choice question differs between groups ${correction} (${tested.length} pair${tested.length === 1 ? '' : 's'} of questions tested with chi-square or Fisher’s exact test).</p>`;
  }
  const sentences = a.findings
    .filter((f) => f.kind === 'category-difference')
    .map((f) => `<li>${e(f.text)}</li>`)
    .join('');
  return `<h3>Choices by group</h3><ul class="plain">${sentences}</ul>${survivors.map(shareTable).join('')}
<p class="note">Percentages are of each group’s answers to the question. “–”: withheld, a count under ${MIN_GROUP_SIZE} or one that could be worked out from the others. ${tested.length - survivors.length} other pair(s) of questions showed no difference ${correction}.</p>`;
}

/** Reliability of the template's scores: α with its 95% interval, and each item flagged where dropping it raises α. */
export function reliabilityTables(a: Analysis): string {
  if (!a.reliability || a.reliability.length === 0) return '';
  const blocks = a.reliability
    .map((r) => {
      const rows = r.items
        .map((i) => {
          const flag = i.raisesAlphaIfDropped ? ' <b class="flag">raises α</b>' : '';
          return `<tr><td class="text">${e(i.label)}${i.reverse ? ' <span class="muted">(reversed)</span>' : ''}</td><td>${num(i.alphaIfDropped)}${flag}</td><td>${num(i.correctedItemTotal)}</td><td>${num(i.mean)}</td><td>${num(i.sd)}</td></tr>`;
        })
        .join('');
      const verdict = r.verdict ? ` (${r.verdict})` : '';
      const interval = r.alphaInterval ? `, 95% interval ${num(r.alphaInterval.low)} to ${num(r.alphaInterval.high)}` : '';
      return `<div class="chart"><h4>${e(r.name)}: Cronbach’s α = ${r.alpha === null ? 'not available' : num(r.alpha)}${interval}${verdict}, n = ${r.n}</h4>
<table class="full"><thead><tr><th class="text">Item</th><th>α if dropped</th><th>Corrected item–total r</th><th>Mean (as scored)</th><th>SD</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    })
    .join('');
  return `<h3>Reliability of the template’s scores</h3><p class="note">Over respondents who answered every item of a score. α ≥ .70 acceptable, ≥ .80 good; above .95 the items may repeat each other. The 95% interval is Feldt’s. “Raises α”: the score would hang together better without that item, so it may not belong.</p>${blocks}`;
}
