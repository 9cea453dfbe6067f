import type { Question } from '../../analysis/analysisSchema';
import { formatPercent } from '../../analysis/format';
import { escapeHtml as e } from './escape';
import { isSizeScale, sequentialPalette } from './sequentialPalette';
import { shareBar } from './svg';

const ACCENT = '#2166ac';

/**
 * One bar per answer, each the share of the base choosing it. An ordered size or count (pupils on roll) is shaded
 * in one hue, light to dark, so that a small school is not painted as "bad" the way a red–blue scale would.
 */
export function choiceBars(q: Question): string {
  const sized = q.topBox !== null && isSizeScale(q.levels);
  const colours = sized ? sequentialPalette(q.levels.length) : q.levels.map(() => ACCENT);
  const rows = q.levels
    .map(
      (l, i) =>
        `<div class="hrow"><span class="hlab">${e(l.label)}</span>${shareBar(l.percent, colours[i])}<span class="hval">${formatPercent(l.percent)} (${l.count})</span></div>`,
    )
    .join('');
  const multi = q.kind === 'multi' ? ' People could tick several, so the percentages add up to more than 100%.' : '';
  const ns = q.nonSubstantiveAnswers.map((x) => `${x.count} “${e(x.label)}”`).join(', ');
  const outOfBase = ns ? ` ${ns}, counted apart and not in the base.` : '';
  return `<div class="chart"><h3>${e(q.label)}</h3><p class="note">Base: ${q.n} who answered; ${q.missing} skipped.${outOfBase}${multi}</p>${rows}</div>`;
}
