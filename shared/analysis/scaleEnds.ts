import { wilsonInterval } from '../stats/wilsonInterval';
import type { Question, ScaleEnd } from './analysisSchema';
import { headerEndLabels } from './format';

/** "5 (Greatly increased)" → "Greatly increased"; a plain word label is itself; a bare number has no words. */
function ownWords(label: string): string | null {
  const inBrackets = /^\s*-?\d+\s*\(([^()]+)\)\s*$/.exec(label);
  if (inBrackets) return inBrackets[1].trim();
  return /^\s*-?\d+(\.\d+)?\s*$/.test(label) ? null : label.trim();
}

/** The words of a scale's lowest and highest points: its labels, else the header's "(1 = …, 5 = …)", else null. */
export function endWords(q: Pick<Question, 'levels' | 'header'>): { low: string | null; high: string | null } {
  const first = q.levels[0];
  const last = q.levels[q.levels.length - 1];
  const fromHeader = headerEndLabels(q.header);
  const at = (l: typeof first | undefined) =>
    l ? (ownWords(l.label) ?? (l.code !== null ? (fromHeader.get(l.code) ?? null) : null)) : null;
  return { low: at(first), high: at(last) };
}

/** True when every level is a word ("Strongly disagree" … "Strongly agree"), not a number. */
export function isWordScale(q: Pick<Question, 'levels'>): boolean {
  return q.levels.length > 0 && q.levels.every((l) => !/^\s*-?\d/.test(l.label));
}

/** A top label that is itself the point, as the seed survey's "greatly increased": its top box is reported alone. */
export function topBoxIsThePoint(q: Pick<Question, 'levels' | 'header'>): boolean {
  return /\b(greatly|hugely|significantly) (increased|decreased)\b/i.test(endWords(q).high ?? '');
}

/** How many points make an end: one on a 3-point scale, two on 4 to 10 points. */
export function pointsPerEnd(levelCount: number): number {
  return levelCount <= 3 ? 1 : 2;
}

/** Sentence case inside a sentence: "Very Accurate" → "very accurate", "A great deal" → "a great deal"; acronyms (SEND, LA) kept. */
const lower = (s: string) => s.replace(/\b([A-Z])(?=[a-z]|\s|$)/g, (c) => c.toLowerCase());

/** The words for a set of levels at one end: "disagree or strongly disagree", "4 or 5 (towards “extremely”)". */
function wordsFor(q: Question, indexes: number[], side: 'low' | 'high'): string {
  const levels = indexes.map((i) => q.levels[i]);
  // Nearer the middle first, as people say it: "disagree or strongly disagree", "agree or strongly agree".
  if (isWordScale(q)) return (side === 'low' ? [...levels].reverse() : levels).map((l) => lower(l.label)).join(' or ');
  const numbers = levels.map((l) => l.code ?? l.label).join(' or ');
  const words = endWords(q)[side];
  if (!words) return `${numbers} on the ${q.levels[0].code ?? 1}–${q.levels[q.levels.length - 1].code ?? q.levels.length} scale`;
  return indexes.length === 1 ? `${numbers}, “${lower(words)}”` : `${numbers}, towards “${lower(words)}”`;
}

function end(q: Question, indexes: number[], side: 'low' | 'high'): ScaleEnd {
  const count = indexes.reduce((s, i) => s + q.levels[i].count, 0);
  const ci = wilsonInterval(count, q.n);
  return {
    words: wordsFor(q, indexes, side),
    codes: indexes.map((i) => q.levels[i].code ?? i + 1),
    count,
    percent: q.n > 0 ? (100 * count) / q.n : 0,
    ciLow: 100 * ci.low,
    ciHigh: 100 * ci.high,
  };
}

/** Both ends of a scale item: bottom and top two points (one on 3 points; the top box alone where it is the point). */
export function scaleEnds(q: Question): { low: ScaleEnd; high: ScaleEnd } {
  const k = q.levels.length;
  const p = pointsPerEnd(k);
  const lowIdx = Array.from({ length: p }, (_, i) => i);
  const highIdx = topBoxIsThePoint(q) ? [k - 1] : Array.from({ length: p }, (_, i) => k - p + i);
  return { low: end(q, lowIdx, 'low'), high: end(q, highIdx, 'high') };
}
