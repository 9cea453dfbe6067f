import type { Analysis, Question } from '../../shared/analysis/analysisSchema';
import { ADJUST_NAME, effectMagnitude, formatCoefficient, formatP, formatPercent, isSignificant, medianLabel, METHOD_NAME } from '../../shared/analysis/format';
import { MIN_GROUP_SIZE } from '../../shared/analysis/compareGroups';
import type { ReportContext } from '../../shared/report/buildReport';
import { scaleGroups } from '../../shared/report/scaleGroups';
import { divergingBars } from './divergingBars';
import { escapeHtml as e } from './escape';
import { heatmap } from './heatmap';
import { PAGE_CSS } from './page.css';

const num = (x: number | null, digits = 2) => (x === null ? '' : x.toFixed(digits));

function scaleSection(group: Question[]): string {
  const rows = group
    .map((q) => {
      const b = q.topBox!;
      return `<tr><td class="text">${e(q.label)}</td><td>${q.n}</td><td>${q.missing}</td><td>${q.nonSubstantive}</td><td>${formatPercent(b.percent)}</td><td class="nowrap">${b.ciLow.toFixed(1)}–${formatPercent(b.ciHigh)}</td><td>${num(q.mean)}</td><td>${q.median ?? ''}</td><td>${num(q.sd)}</td></tr>`;
    })
    .join('');
  const top = group[0].levels[group[0].levels.length - 1].label;
  return `<section>${divergingBars(group)}
<table><thead><tr><th class="text">Question</th><th>Base (n)</th><th>Skipped</th><th>Don’t know etc.</th><th>Top answer (${e(top)})</th><th>95% CI</th><th>Mean</th><th>Median</th><th>SD</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function choiceSection(q: Question): string {
  const bars = q.levels
    .map((l) => `<div class="hbar"><span class="lab">${e(l.label)}</span><span class="track"><span class="fill" style="display:block;width:${Math.min(100, l.percent).toFixed(1)}%"></span></span><span>${formatPercent(l.percent)} (${l.count})</span></div>`)
    .join('');
  const multi = q.kind === 'multi' ? ' People could tick several, so the percentages add up to more than 100%.' : '';
  const ns = q.nonSubstantiveAnswers.map((x) => `${x.count} “${e(x.label)}”`).join(', ');
  const outOfBase = ns ? ` ${ns}, counted apart and not in the base.` : '';
  return `<section><h3>${e(q.label)}</h3><p class="note">Base: ${q.n} who answered; ${q.missing} skipped.${outOfBase}${multi}</p>${bars}</section>`;
}

function comparisonsSection(a: Analysis): string {
  if (a.comparisons.length === 0) return `<p>No single-choice question splits respondents into 2–8 groups of at least ${MIN_GROUP_SIZE}, so there is nothing to compare.</p>`;
  const levelsOf = new Map(a.questions.map((q) => [q.column, q.levels]));
  const rows = a.comparisons
    .map((c) => {
      const sig = isSignificant(c.pAdjusted);
      const stat = c.statistic === null ? '' : `${c.test === 'mann-whitney' ? 'U' : 'H'} = ${num(c.statistic)}${c.df !== null ? `, df = ${c.df}` : ''}`;
      const v = c.effectSize.value;
      const effect = v === null ? '' : `${c.effectSize.name} = ${formatCoefficient(v)} (${effectMagnitude(c.effectSize.name, v)})`;
      const groups = c.groups.map((g) => `${e(g.label)}: ${e(medianLabel(g.median, levelsOf.get(c.item) ?? []))} (n = ${g.n})`).join('<br>');
      return `<tr${sig ? ' class="sig"' : ''}><td class="text">${e(c.groupHeader)}</td><td class="text">${e(c.itemLabel)}</td><td class="text">${groups}</td><td class="nowrap">${stat}</td><td class="nowrap">${formatP(c.p)}</td><td class="nowrap">${formatP(c.pAdjusted)}</td><td class="text">${effect}${c.note ? `<br>${e(c.note)}` : ''}</td></tr>`;
    })
    .join('');
  return `<p class="note">Mann–Whitney U for two groups, Kruskal–Wallis H for more; p adjusted with ${ADJUST_NAME[a.options.adjust]} across the questions of each grouping. Shaded: adjusted p &lt; .05. Groups under ${MIN_GROUP_SIZE} are left out.</p>
<table><thead><tr><th class="text">Grouping</th><th class="text">Question</th><th class="text">Typical answer (median) by group</th><th>Statistic</th><th>p</th><th>Adjusted p</th><th class="text">Effect size</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function reliabilitySection(a: Analysis): string {
  if (!a.reliability || a.reliability.length === 0) return '';
  const blocks = a.reliability
    .map((r) => {
      const rows = r.items
        .map((i) => `<tr><td class="text">${e(i.label)}${i.reverse ? ' <span class="muted">(reversed)</span>' : ''}</td><td>${num(i.alphaIfDropped)}</td><td>${num(i.correctedItemTotal)}</td><td>${num(i.mean)}</td><td>${num(i.sd)}</td></tr>`)
        .join('');
      const verdict = r.verdict ? ` (${r.verdict})` : '';
      return `<h3>${e(r.name)}: Cronbach's α = ${r.alpha === null ? 'not available' : num(r.alpha)}${verdict}, n = ${r.n}</h3>
<table><thead><tr><th class="text">Item</th><th>α if dropped</th><th>Corrected item–total r</th><th>Mean (as scored)</th><th>SD</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('');
  return `<h2>Reliability of the template's scores</h2><p class="note">Over respondents who answered every item of a score. α ≥ .70 acceptable, ≥ .80 good; above .95 the items may repeat each other.</p>${blocks}`;
}

/** report.html: one self-contained, printable page — findings first, then distributions, correlations, comparisons, comments. */
export function renderHtml(a: Analysis, context: ReportContext): string {
  const title = context.title ?? 'SENCO Time: survey analysis';
  const findings = a.findings.length > 0 ? `<ol class="findings">${a.findings.map((f) => `<li>${e(f.text)}</li>`).join('')}</ol>` : '<p>No finding stands out.</p>';
  const caveats = `<ul class="caveats">${[...a.caveats, ...a.notes].map((c) => `<li>${e(c)}</li>`).join('')}</ul>`;
  const scales = scaleGroups(a.questions).map(scaleSection).join('');
  const choices = a.questions.filter((q) => q.kind === 'choice' || q.kind === 'multi' || (q.kind === 'grid' && !q.topBox)).map(choiceSection).join('');
  const numbers = a.questions.filter((q) => q.kind === 'number');
  const numberTable = numbers.length
    ? `<h3>Numbers</h3><table><thead><tr><th class="text">Question</th><th>Base (n)</th><th>Skipped</th><th>Mean</th><th>Median</th><th>SD</th></tr></thead><tbody>${numbers.map((q) => `<tr><td class="text">${e(q.label)}</td><td>${q.n}</td><td>${q.missing}</td><td>${num(q.mean)}</td><td>${num(q.median)}</td><td>${num(q.sd)}</td></tr>`).join('')}</tbody></table>`
    : '';
  const comments = a.comments.length
    ? a.comments.map((c) => `<h3>${e(c.header)}</h3><p class="note">${c.answers.length} answers</p>${c.answers.map((x) => `<blockquote>${e(x)}</blockquote>`).join('')}`).join('')
    : '<p>No free-text answers.</p>';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${PAGE_CSS}</style></head>
<body><main>
<header><h1>${e(title)}</h1><p class="meta">${e(context.source)} · ${a.respondents} respondents · analysed ${e(context.generatedAt)} · ${METHOD_NAME[a.options.method]} correlations, ${ADJUST_NAME[a.options.adjust]}</p></header>
<section><h2>Key findings</h2>${findings}</section>
<section><h2>Read with care</h2>${caveats}</section>
<h2>Distributions</h2><p class="note">Percentages are of those who answered each question (the base). Top box: the share choosing the highest point of the scale, with a Wilson 95% interval.</p>
${scales}${choices}${numberTable}
<h2>Correlations</h2><p class="note">${METHOD_NAME[a.options.method]} correlations with pairwise deletion; hover a cell for n and p. Bold with *: adjusted p &lt; .05. Blue positive, red negative.</p>
${heatmap(a)}
<h2>Group comparisons</h2>${comparisonsSection(a)}
${reliabilitySection(a)}
<h2>Comments</h2>${comments}
</main></body></html>
`;
}
