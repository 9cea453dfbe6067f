import { headerKey } from '../templates/headerKey';
import type { Template } from '../templates/templateSchema';
import type { ProfileEntry, Question } from './analysisSchema';
import { isBackgroundHeader, isBackgroundItemId } from './topics';

const MAX_SHARES = 6;

/** Template item ids by their question's header key (a grid row is never background). */
function templateIds(template: Template | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  for (const item of template?.sections.flatMap((s) => s.items) ?? []) ids.set(headerKey(item.title), item.id);
  return ids;
}

/** True when a question describes who answered (phase, role, school size, years in post, LA, source). */
export function isBackground(q: Question, template?: Template): boolean {
  if (q.construct || q.kind === 'text' || q.kind === 'id' || q.kind === 'timestamp') return false;
  const id = templateIds(template).get(headerKey(q.header));
  return (id !== undefined && isBackgroundItemId(id)) || isBackgroundHeader(q.header);
}

function entry(q: Question): ProfileEntry {
  // An ordered answer (school size) keeps its order; a nominal one (phase) lists the largest group first.
  const ordered = q.kind === 'scale' || (q.kind === 'grid' && q.topBox !== null);
  const shares = q.levels.map((l) => ({ label: l.label, count: l.count, percent: l.percent })).filter((s) => s.count > 0);
  if (!ordered) shares.sort((a, b) => b.count - a.count);
  const shown = shares.slice(0, MAX_SHARES).map((s) => `${Math.round(s.percent)}% ${s.label}`);
  const rest = shares.slice(MAX_SHARES).reduce((t, s) => t + s.count, 0);
  if (rest > 0) shown.push(`${Math.round((100 * rest) / q.n)}% other answers`);
  return { column: q.column, label: q.label, n: q.n, shares, text: `${q.label} ${shown.join(', ')} (n = ${q.n}).` };
}

/** Who answered: every background question with answers, summarised in one line each. Never findings. */
export function respondentProfile(questions: readonly Question[], template?: Template): ProfileEntry[] {
  return questions.filter((q) => q.n > 0 && q.levels.length > 0 && isBackground(q, template)).map(entry);
}
