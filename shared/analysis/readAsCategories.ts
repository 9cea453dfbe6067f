import type { ColumnHint } from '../survey/columnContext';
import type { SurveyColumn } from '../survey/survey';
import { SOURCE_HEADER } from '../templates/combineResponses';
import { isBackgroundHeader } from './topics';

/**
 * Single-choice questions whose answers were not recognised as an ordered set: an answer set the program does not
 * know is never silently left unordered, it is named so that the organiser can give its order (docs/statistics.md,
 * "Ordered answers"). Two answers (Yes/No) and long lists (local authorities) are nearly always unordered, and a
 * question that a template or the organiser already called a choice is left alone, and so is the Source column that
 * combining several files adds (the schools), and so are background questions (phase, role, LA): they describe who
 * answered, in the profile, and have no order to give. A grid is named once.
 */
export function readAsCategories(columns: readonly SurveyColumn[], hints: Record<number, ColumnHint> = {}): string[] {
  const headers: string[] = [];
  for (const c of columns) {
    if ((c.kind !== 'choice' && c.kind !== 'grid') || c.data.type !== 'categorical' || hints[c.column]?.kind === 'choice') continue;
    if (c.header === SOURCE_HEADER || isBackgroundHeader(c.header)) continue;
    const answers = c.data.categories.length;
    if (answers < 3 || answers > 10) continue;
    const header = c.grid?.question ?? c.header;
    if (!headers.includes(header)) headers.push(header);
  }
  return headers;
}

/** The sentence the report, the Summary tab and the sidebar show for such a question. */
export function readAsCategoriesNote(header: string): string {
  return `\u201c${header}\u201d was read as categories; set its order in Analysis options if it has one.`;
}
