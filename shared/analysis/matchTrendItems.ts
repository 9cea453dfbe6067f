import { headerKey } from '../templates/headerKey';
import type { Question } from './analysisSchema';

/** One survey of a year-on-year comparison: its questions, and the template item id of each column it read with one. */
export interface TrendSide {
  questions: readonly Question[];
  templateId?: string;
  /** Column → template item id ("stress", or "supports[Supervision]" for a grid row). */
  itemIds?: ReadonlyMap<number, string>;
  /** Background questions (phase, school size): each answer's share is compared, never a scale's top end. */
  background?: ReadonlySet<number>;
}

export interface TrendPair {
  earlier: Question;
  later: Question;
  kind: 'scale' | 'choice';
  matchedBy: 'template item' | 'header';
}

export interface TrendMatch {
  pairs: TrendPair[];
  /** Questions of the later survey with no partner (or a partner on another scale), by label. */
  unmatchedLater: string[];
  unmatchedEarlier: string[];
  /** Questions found in both whose answer options differ, so that their shares cannot be compared. */
  differentScales: string[];
}

/**
 * A scale item as the findings read one (three points or more), a single-choice question, or neither. A background
 * question counts as a choice even when ordered ("How many pupils are on roll?"): who answered, not what they said.
 */
function trendKind(q: Question, side: TrendSide): 'scale' | 'choice' | null {
  if (q.construct || /^source$/i.test(q.header.trim())) return null;
  const ordinal = (q.kind === 'scale' || q.kind === 'grid') && q.topBox !== null;
  if (ordinal && side.background?.has(q.column) && q.levels.length >= 2) return 'choice';
  if (ordinal && q.levels.length >= 3) return 'scale';
  if (q.kind === 'choice' || (q.kind === 'grid' && !ordinal)) return 'choice';
  return null;
}

/**
 * The same points for a scale (their codes: a label reworded between years, "No change" for "Stayed the same", is the
 * same point); the same set of options, in any order, for a choice.
 */
function sameOptions(a: Question, b: Question, kind: 'scale' | 'choice'): boolean {
  if (kind === 'scale') return a.levels.map((l) => l.code).join() === b.levels.map((l) => l.code).join();
  const keys = (q: Question) => q.levels.map((l) => headerKey(l.label)).sort();
  return keys(a).join('\n') === keys(b).join('\n');
}

/**
 * Pairs the questions two surveys share: by template item id when both were read with the same template (so a
 * question reworded between versions still pairs), else by the question's text as headerKey compares it. Items
 * without a partner are returned by name, never dropped in silence.
 */
export function matchTrendItems(earlier: TrendSide, later: TrendSide): TrendMatch {
  const byItem = earlier.templateId !== undefined && earlier.templateId === later.templateId;
  const keyOf = (side: TrendSide, q: Question): [string, 'template item' | 'header'] => {
    const id = byItem ? side.itemIds?.get(q.column) : undefined;
    return id !== undefined ? [`item:${id}`, 'template item'] : [`header:${headerKey(q.header)}`, 'header'];
  };
  const candidates = earlier.questions.filter((q) => trendKind(q, earlier) !== null);
  const earlierByKey = new Map(candidates.map((q) => [keyOf(earlier, q)[0], q]));
  const used = new Set<number>();
  const result: TrendMatch = { pairs: [], unmatchedLater: [], unmatchedEarlier: [], differentScales: [] };
  for (const q of later.questions) {
    const kind = trendKind(q, later);
    if (!kind) continue;
    const [key, matchedBy] = keyOf(later, q);
    const partner = earlierByKey.get(key);
    if (!partner || trendKind(partner, earlier) !== kind) {
      result.unmatchedLater.push(q.label);
      continue;
    }
    used.add(partner.column);
    if (!sameOptions(partner, q, kind)) result.differentScales.push(q.label);
    else result.pairs.push({ earlier: partner, later: q, kind, matchedBy });
  }
  result.unmatchedEarlier = candidates.filter((q) => !used.has(q.column)).map((q) => q.label);
  return result;
}
