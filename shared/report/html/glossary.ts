import type { Analysis } from '../../analysis/analysisSchema';
import { isSignificant } from '../../analysis/format';
import { escapeHtml as e } from './escape';

/** A short glossary of every term the report uses, written for a SENCO rather than a statistician. */
export function glossary(a: Analysis): string {
  const method = a.options.method;
  const terms: [string, string][] = [
    [
      'Base (n)',
      'The number who gave a real answer to that question. Every percentage is of the base; blanks and answers such as “Don’t know” are left out of it.',
    ],
    [
      'Top two, bottom two',
      'The share choosing the two highest (or lowest) points of a 4- to 10-point scale, such as “agree or strongly agree”; one point on a 3-point scale. The top box is the highest point alone.',
    ],
    [
      '95% interval (CI)',
      'The range the true share probably lies in, given how many answered (Wilson’s method). Wide intervals mean few answers.',
    ],
    ['Median', 'The middle answer when all answers are put in order: the typical answer.'],
  ];
  if (method === 'spearman')
    terms.push([
      'ρ (Spearman’s rho)',
      'How closely two answers rise and fall together, from −1 (one always high when the other is low) to +1; 0 is no link. Its p comes from a t test on ρ with n − 2 degrees of freedom (as R’s psych::corr.test).',
    ]);
  if (method === 'pearson')
    terms.push([
      'r (Pearson’s r)',
      'How closely two answers follow a straight line together, from −1 to +1; 0 is no link. Its p comes from a t test on r with n − 2 degrees of freedom (as R’s psych::corr.test).',
    ]);
  if (method === 'kendall')
    terms.push([
      'τb (Kendall’s tau-b)',
      'How often pairs of respondents are in the same order on two answers, from −1 to +1. Its p comes from the normal approximation to Kendall’s S, allowing for ties (as R’s cor.test with exact = FALSE).',
    ]);
  terms.push([
    'Weak, moderate, strong',
    'For a link: |ρ| under .3 weak, under .5 moderate, .5 or more strong. Findings only mention links of .3 or more.',
  ]);
  terms.push([
    'p, adjusted p',
    'How surprising a result would be if there were no real difference or link. Many tests at once produce some small p by chance, so each p is adjusted; below .05 counts as a finding.',
  ]);
  if (a.options.adjust === 'holm')
    terms.push([
      'Holm correction',
      'The adjustment used: it raises each p-value to allow for the number of tests, so that chance results are not reported as findings.',
    ]);
  if (a.options.adjust === 'bh')
    terms.push([
      'Benjamini–Hochberg correction',
      'The adjustment used: it keeps the expected share of false findings among those reported below 5%.',
    ]);
  terms.push([
    'Mann–Whitney U',
    'The test for two groups (for example SLT members and not): do answers in one group tend to be higher? Its p uses the normal approximation, corrected for tied answers and for continuity. Its effect size is the rank-biserial r (.1 small, .3 medium, .5 large).',
  ]);
  terms.push([
    'Kruskal–Wallis H',
    'The same test for three or more groups (for example phases). Its p comes from the chi-square distribution, with a correction for tied answers. Its effect size is ε² (.01 small, .08 medium, .26 large).',
  ]);
  // Named only where a shares table shows such a p; otherwise the one sentence saying none differed names the tests.
  if ((a.categoryComparisons ?? []).some((c) => isSignificant(c.pAdjusted))) {
    terms.push([
      'Chi-square test, Fisher’s exact test',
      'Do groups (such as phases) choose differently on a single-choice question? Pearson’s chi-square, or Fisher’s exact test for a 2 × 2 table with an expected count under 5. Effect size: Cramér’s V, 0 to 1.',
    ]);
  }
  if (a.questions.some((q) => q.kind === 'number' && q.quartiles)) {
    terms.push([
      'Q1, Q3 (quartiles)',
      'A quarter of a number question’s answers are at or below Q1, the lower quartile, and a quarter at or above Q3, the upper one.',
    ]);
  }
  if (a.reliability && a.reliability.length > 0)
    terms.push([
      'Cronbach’s α',
      'How well the items of a score hang together, from 0 to 1: .70 or more acceptable, .80 or more good; above .95 the items may repeat each other. Its 95% interval is Feldt’s; an item marked “raises α” would leave a score that hangs together better if it were dropped.',
    ]);
  if (a.trends)
    terms.push([
      'Change since the earlier survey',
      'For a question asked in both surveys: the share at the top of its scale then and now, and the difference in percentage points. Its 95% interval is Newcombe’s hybrid score interval (built from the two Wilson intervals); one that crosses 0 may be no change at all. The Mann–Whitney test asks whether answers as a whole moved up or down, p adjusted across the questions. Different people answered each survey, so a change may be in who answered.',
    ]);
  return `<dl class="glossary">${terms.map(([t, d]) => `<div class="term"><dt>${e(t)}</dt><dd>${e(d)}</dd></div>`).join('')}</dl>`;
}
