import type { ColumnHint } from '../survey/classifyColumn';
import { headerKey as key } from './headerKey';
import type { Template, TemplateItem } from './templateSchema';

/** One construct's items found among the response columns. */
export interface PlannedConstruct {
  id: string;
  name: string;
  items: { column: number; reverse: boolean; low: number; high: number }[];
}

/** How a template reads a response table: a hint per column, the constructs to score, and what it could not find. */
export interface TemplatePlan {
  hints: Record<number, ColumnHint>;
  constructs: PlannedConstruct[];
  /** Template questions with no column in the responses (renamed in the form, or added later). */
  missing: string[];
}

function hintFor(item: TemplateItem): ColumnHint {
  switch (item.kind) {
    case 'scale':
      return { scale: { low: item.low, high: item.high, lowLabel: item.lowLabel, highLabel: item.highLabel } };
    case 'choice':
      return item.ordered ? { scaleOrder: item.options } : { kind: 'choice' };
    case 'checkbox':
      return { options: item.options };
    case 'short-text':
    case 'paragraph':
      return { kind: 'text' };
    case 'number':
      return { kind: 'number' };
    case 'grid':
      return {};
  }
}

/** Range of the codes an item's answers take: a scale's bounds, or 1..n for an ordered choice. */
function range(item: TemplateItem): { low: number; high: number } {
  return item.kind === 'scale' ? { low: item.low, high: item.high } : { low: 1, high: item.kind === 'choice' ? item.options.length : 1 };
}

/**
 * Matches a template's questions to the response headers (Google Forms heads each column with the question, and a
 * grid row with "Question [Row]"), and turns them into column hints: scale bounds and end labels, the order of
 * ordered choices and grids, checkbox option lists, text and number kinds.
 */
export function planFromTemplate(template: Template, headers: readonly string[]): TemplatePlan {
  const columnOf = new Map<string, number>();
  headers.forEach((h, c) => {
    if (!columnOf.has(key(h))) columnOf.set(key(h), c);
  });
  const hints: Record<number, ColumnHint> = {};
  const missing: string[] = [];
  const members = new Map<string, PlannedConstruct['items']>();
  for (const item of template.sections.flatMap((s) => s.items)) {
    if (item.kind === 'grid') {
      for (const row of item.rows) {
        const c = columnOf.get(key(`${item.title} [${row}]`));
        if (c === undefined) missing.push(`${item.title} [${row}]`);
        else
          hints[c] = {
            ...(item.ordered ? { scaleOrder: item.columns } : { kind: 'choice' as const }),
            grid: { question: item.title, row },
          };
      }
      continue;
    }
    const c = columnOf.get(key(item.title));
    if (c === undefined) {
      missing.push(item.title);
      continue;
    }
    hints[c] = hintFor(item);
    if ((item.kind === 'scale' || item.kind === 'choice') && item.construct) {
      members.set(item.construct, [...(members.get(item.construct) ?? []), { column: c, reverse: item.reverse ?? false, ...range(item) }]);
    }
  }
  const constructs = (template.constructs ?? []).map((c) => ({ id: c.id, name: c.name, items: members.get(c.id) ?? [] }));
  return { hints, constructs, missing };
}
