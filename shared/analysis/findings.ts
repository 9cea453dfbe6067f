import type { Analysis, Finding } from './analysisSchema';
import { categoryFindings } from './categoryFindings';
import { comparisonFindings } from './comparisonFindings';
import { correlationFindings } from './correlationFindings';
import { scaleFindings } from './scaleFindings';

/** At most this many findings on page 1, and at most so many of each kind among them. */
export const MAX_KEY_FINDINGS = 8;
const KEY_QUOTA = { scale: 5, correlation: 2, comparison: 1 } as const;

const byWeight = (x: Finding, y: Finding) => y.weight - x.weight;

/**
 * Every finding as a record (kind, columns, figures, sentence), ranked: scale items by how far they lean from neutral
 * times their topic's weight (time, workload, supervision, admin, stress, valued first), correlations by |r| and
 * topic, group differences by adjusted p. Background questions (the `profile`) are never findings.
 * The first MAX_KEY_FINDINGS, by kind quota, are marked `key` and come first.
 */
export function findings(a: Omit<Analysis, 'findings' | 'caveats'>): Finding[] {
  const background = new Set((a.profile ?? []).map((p) => p.column));
  const scales: Finding[] = scaleFindings(a.questions, background).sort(byWeight);
  const correlations: Finding[] = correlationFindings(a, background).sort(byWeight);
  // Differences in shares (two single-choice questions) rank with the differences on scales, by adjusted p.
  const inShares = categoryFindings(a);
  const onScales = comparisonFindings(a, background).filter((f) => f.kind !== 'no-difference' || inShares.length === 0);
  const comparisons: Finding[] = [...onScales, ...inShares].sort(byWeight);
  const key = [
    ...scales.slice(0, KEY_QUOTA.scale),
    ...correlations.slice(0, KEY_QUOTA.correlation),
    ...comparisons.slice(0, KEY_QUOTA.comparison),
  ];
  // Fewer correlations or differences than their quota leave room for more scale findings.
  key.push(...scales.slice(KEY_QUOTA.scale, KEY_QUOTA.scale + MAX_KEY_FINDINGS - key.length));
  const isKey = new Set(key);
  const ordered = [
    ...scales.filter((f) => isKey.has(f)),
    ...correlations.filter((f) => isKey.has(f)),
    ...comparisons.filter((f) => isKey.has(f)),
  ];
  const rest = [...scales, ...correlations, ...comparisons].filter((f) => !isKey.has(f));
  return [...ordered.map((f) => ({ ...f, key: true })), ...rest];
}
