import type { Analysis, Question } from '../../analysis/analysisSchema';
import { choiceBars } from './choiceBars';
import { legendLabels, questionBars } from './divergingBars';
import { escapeHtml as e } from './escape';
import { isSizeScale } from './sequentialPalette';

const num = (x: number | null, digits = 1) => (x === null ? '' : x.toFixed(digits));

type Block = { type: 'scale'; items: Question[] } | { type: 'choice'; q: Question } | { type: 'numbers'; items: Question[] };

/** Questions in the form's order, consecutive scale items sharing a legend (and numbers) run together. */
function blocks(questions: readonly Question[]): Block[] {
  const out: Block[] = [];
  for (const q of questions) {
    const last = out[out.length - 1];
    if (q.topBox && !isSizeScale(q.levels)) {
      const legend = legendLabels(q).join('\u0000');
      if (last?.type === 'scale' && legendLabels(last.items[0]).join('\u0000') === legend) last.items.push(q);
      else out.push({ type: 'scale', items: [q] });
    } else if (q.kind === 'number') {
      if (last?.type === 'numbers') last.items.push(q);
      else out.push({ type: 'numbers', items: [q] });
    } else if (q.levels.length > 0) out.push({ type: 'choice', q });
  }
  return out;
}

function numbersTable(items: Question[]): string {
  const rows = items
    .map(
      (q) =>
        `<tr><td class="text">${e(q.label)}</td><td>${q.n}</td><td>${num(q.median)}</td><td>${num(q.mean)}</td><td>${num(q.sd)}</td></tr>`,
    )
    .join('');
  return `<div class="chart"><table class="full"><thead><tr><th class="text">Question</th><th>Base (n)</th><th>Median</th><th>Mean</th><th>SD</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function render(b: Block): string {
  if (b.type === 'choice') return choiceBars(b.q);
  if (b.type === 'numbers') return numbersTable(b.items);
  const oneGrid = b.items.every((q) => q.grid && q.grid.question === b.items[0].grid?.question);
  return `${oneGrid ? `<h3>${e(b.items[0].grid!.question)}</h3>` : ''}${questionBars(b.items, oneGrid)}`;
}

/** Every question that is not background, a score or free text, in the form's order. */
export function topicSections(a: Analysis): string {
  const background = new Set((a.profile ?? []).map((p) => p.column));
  const shown = a.questions.filter(
    (q) => !background.has(q.column) && !q.construct && q.kind !== 'text' && q.kind !== 'id' && q.kind !== 'timestamp',
  );
  return blocks(shown).map(render).join('\n');
}

/** The background questions in full, as bars: who answered. */
export function profileDetail(a: Analysis): string {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  return (a.profile ?? []).map((p) => choiceBars(byColumn.get(p.column)!)).join('\n');
}
