import type { TrendMatch } from './matchTrendItems';

const listed = (labels: readonly string[]) => labels.map((l) => `"${l}"`).join(', ');

/** What the comparison with the earlier survey left out, and why: each in one sentence, so nothing is dropped in silence. */
export function trendNotes(match: TrendMatch, tooFew: readonly string[]): string[] {
  const notes: string[] = [];
  const paired = match.pairs.length - tooFew.length;
  if (paired === 0)
    notes.push(
      'No question of this survey could be compared with the earlier survey: none of its scale or single-choice questions is in both.',
    );
  if (match.unmatchedLater.length > 0)
    notes.push(
      `${match.unmatchedLater.length} question(s) are not in the earlier survey, so have no trend: ${listed(match.unmatchedLater)}.`,
    );
  if (match.unmatchedEarlier.length > 0)
    notes.push(
      `${match.unmatchedEarlier.length} question(s) of the earlier survey are not in this one: ${listed(match.unmatchedEarlier)}.`,
    );
  if (match.differentScales.length > 0)
    notes.push(
      `${match.differentScales.length} question(s) offered different answers in the earlier survey, so their shares cannot be compared: ${listed(match.differentScales)}.`,
    );
  if (tooFew.length > 0)
    notes.push(`${tooFew.length} question(s) had fewer than 5 answers in one of the surveys, so have no trend: ${listed(tooFew)}.`);
  return notes;
}
