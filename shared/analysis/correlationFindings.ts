import type { Analysis, Correlation, Finding, Question } from './analysisSchema';
import { MIN_RELIABLE_PAIRS } from './correlate';
import { ADJUST_NAME, correlationStrength, formatCoefficient, formatP, isSignificant, METHOD_SYMBOL } from './format';
import { infinitive, itemPhrase, knownPhrase } from './itemPhrase';
import { PAIR_LIST_LIMIT } from './pairList';
import { TOPICS, topicOf } from './topics';

type CorrelationFinding = Extract<Finding, { kind: 'correlation' }>;

/** Below this |r| a link is too weak to be worth a sentence, however small its p. */
export const MIN_FINDING_R = 0.3;

/** Every construct a column belongs to: as a score, or as one of its items. */
function constructsOf(questions: readonly Question[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const add = (column: number, id: string) => out.set(column, new Set([...(out.get(column) ?? []), id]));
  for (const q of questions) {
    if (!q.construct) continue;
    add(q.column, q.construct.id);
    for (const item of q.construct.items) add(item, q.construct.id);
  }
  return out;
}

const topicsOf = (q: Question) => new Set(TOPICS.filter((t) => t.words.test(q.label)).map((t) => t.id));
const shares = (a: Set<string> | undefined, b: Set<string> | undefined) => !!a && !!b && [...a].some((x) => b.has(x));

interface Candidate {
  c: Correlation;
  qa: Question;
  qb: Question;
  weight: number;
}

/** The pairs that pass every test, each with its weight: cheap checks first, topics found once per question. */
function candidates(a: Pick<Analysis, 'questions' | 'correlations'>, background: ReadonlySet<number>): Candidate[] {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const constructs = constructsOf(a.questions);
  const topics = new Map(a.questions.map((q) => [q.column, topicsOf(q)]));
  const topicWeight = new Map(a.questions.map((q) => [q.column, topicOf(q.label)?.weight ?? 1]));
  const out: Candidate[] = [];
  for (const c of a.correlations) {
    if (c.r === null || c.note || c.n < MIN_RELIABLE_PAIRS || !isSignificant(c.pAdjusted) || Math.abs(c.r) < MIN_FINDING_R) continue;
    const qa = byColumn.get(c.a);
    const qb = byColumn.get(c.b);
    if (!qa || !qb || background.has(c.a) || background.has(c.b)) continue;
    if (shares(constructs.get(c.a), constructs.get(c.b)) || shares(topics.get(c.a), topics.get(c.b))) continue;
    out.push({ c, qa, qb, weight: Math.abs(c.r) * Math.max(topicWeight.get(c.a)!, topicWeight.get(c.b)!) });
  }
  return out;
}

/**
 * The link in words. Two number columns with bare names (a network summary's "EHCP admin hours", "Tasks done late") say nothing of
 * who answered, and a row there is a school's week, not a SENCO: the sentence names the columns instead.
 */
function linkWords(qa: Question, qb: Question, positive: boolean): string {
  const bare = (q: Question) => q.kind === 'number' && knownPhrase(q, true) === null;
  if (bare(qa) && bare(qb)) {
    return `Where “${qa.label}” is higher, “${qb.label}” also tends to be ${positive ? 'higher' : 'lower'}`;
  }
  return `SENCOs who ${itemPhrase(qa, true)} also tend to ${infinitive(itemPhrase(qb, positive))}`;
}

/**
 * Correlations worth a sentence: surviving correction, |r| ≥ 0.3, on 10 or more pairs, between questions that are
 * not one template scale (or a score and its own items), not background, and not two wordings of one topic
 * (stress with exhaustion): "SENCOs who feel more stressed also tend to feel less valued (ρ = −0.61, strong; …)".
 * At most PAIR_LIST_LIMIT, the weightiest, in the matrix's order: a wide survey's pairs would otherwise make
 * hundreds of thousands of sentences that no report shows (docs/wide-surveys.md).
 */
export function correlationFindings(
  a: Pick<Analysis, 'questions' | 'correlations' | 'options'>,
  background: ReadonlySet<number>,
): CorrelationFinding[] {
  const after = a.options.adjust === 'none' ? '' : ` after ${ADJUST_NAME[a.options.adjust]}`;
  let chosen = candidates(a, background);
  if (chosen.length > PAIR_LIST_LIMIT) {
    const kept = new Set([...chosen].sort((x, y) => y.weight - x.weight).slice(0, PAIR_LIST_LIMIT));
    chosen = chosen.filter((x) => kept.has(x));
  }
  return chosen.map(({ c, qa, qb, weight }) => {
    const r = c.r!;
    const strength = correlationStrength(r);
    const text =
      `${linkWords(qa, qb, r > 0)} ` +
      `(${METHOD_SYMBOL[c.method]} = ${formatCoefficient(r)}, a ${strength} link; n = ${c.n}; ${formatP(c.pAdjusted)}${after}).`;
    return {
      kind: 'correlation',
      columns: [c.a, c.b],
      text,
      weight,
      key: false,
      method: c.method,
      r,
      n: c.n,
      pAdjusted: c.pAdjusted!,
      adjust: a.options.adjust,
      strength,
    };
  });
}
