import { headerKey } from './headerKey';
import type { Template } from './templateSchema';

/**
 * Which template item each response column answers, matched as `planFromTemplate` matches them (by the question's
 * text; a grid row by "Question [Row]"): column → item id, "id[Row]" for a grid row. Columns no item heads are absent;
 * of two columns with the same question, the first has the id.
 */
export function templateItemIds(template: Template, columns: readonly { column: number; header: string }[]): Map<number, string> {
  const idOf = new Map<string, string>();
  for (const item of template.sections.flatMap((s) => s.items)) {
    if (item.kind === 'grid') for (const row of item.rows) idOf.set(headerKey(`${item.title} [${row}]`), `${item.id}[${row}]`);
    else idOf.set(headerKey(item.title), item.id);
  }
  const out = new Map<number, string>();
  const taken = new Set<string>();
  for (const { column, header } of columns) {
    const id = idOf.get(headerKey(header));
    if (id === undefined || taken.has(id)) continue;
    taken.add(id);
    out.set(column, id);
  }
  return out;
}
