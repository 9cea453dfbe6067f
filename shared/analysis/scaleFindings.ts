import { wilsonInterval } from '../stats/wilsonInterval';
import type { Finding, Question } from './analysisSchema';
import { MIN_GROUP_SIZE } from './compareGroups';
import { countAndInterval, quoted, wholePercent } from './findingWords';
import { sentenceLabel, statementThat } from './itemPhrase';
import { isWordScale, scaleEnds } from './scaleEnds';
import { topicOf } from './topics';

type ScaleFinding = Extract<Finding, { kind: 'scale' }>;
type ShareFinding = Extract<Finding, { kind: 'share' }>;

const isAgreement = (q: Question) => q.levels.some((l) => /\bagree\b/i.test(l.label));

/**
 * A scale item as the share at each end in the scale's own words, larger end first:
 * "54% disagree or strongly disagree that they have enough time … (76 of 141; 95% CI 46–62%); 32% agree or strongly agree."
 */
export function scaleFinding(q: Question): ScaleFinding {
  const { low, high } = scaleEnds(q);
  const leading = low.percent > high.percent ? 'low' : 'high';
  const [lead, other] = leading === 'low' ? [low, high] : [high, low];
  const that = isAgreement(q) ? statementThat(q) : null;
  const verb = isWordScale(q) ? 'answered ' : 'chose ';
  const text = that
    ? `${wholePercent(lead.percent)} ${lead.words} that ${that} ${countAndInterval(lead, q.n)}; ${wholePercent(other.percent)} ${other.words}.`
    : `${quoted(sentenceLabel(q))}: ${wholePercent(lead.percent)} ${verb}${lead.words} ${countAndInterval(lead, q.n)}; ${wholePercent(other.percent)} ${isWordScale(q) ? '' : verb}${other.words}.`;
  const topic = topicOf(q.label);
  // How far it leans: the share at its larger end (a middle-heavy item leans little whichever way).
  const lean = lead.percent / 100;
  return {
    kind: 'scale',
    columns: [q.column],
    text,
    weight: lean * (topic?.weight ?? 1),
    key: false,
    n: q.n,
    low,
    high,
    leading,
    topBox: q.topBox!,
    topic: topic?.id ?? null,
  };
}

/** A yes/no question as the larger answer's share: "“Do you have dedicated admin support?”: 62% answered No (…); 38% Yes." */
export function shareFinding(q: Question): ShareFinding {
  const [a, b] = [...q.levels].sort((x, y) => y.count - x.count);
  const ci = wilsonInterval(a.count, q.n);
  const answer = { label: a.label, count: a.count, percent: a.percent, ciLow: 100 * ci.low, ciHigh: 100 * ci.high };
  const topic = topicOf(q.label);
  const text = `${quoted(q.label)}: ${wholePercent(a.percent)} answered ${a.label} ${countAndInterval(answer, q.n)}; ${wholePercent(b.percent)} ${b.label}.`;
  return {
    kind: 'share',
    columns: [q.column],
    text,
    weight: (a.percent / 100) * (topic?.weight ?? 1),
    key: false,
    n: q.n,
    answer,
    topic: topic?.id ?? null,
  };
}

const YES_NO = /^(yes|no)$/i;

/** Scale items (and yes/no questions) that are not background, each as a finding; unranked. */
export function scaleFindings(questions: readonly Question[], background: ReadonlySet<number>): (ScaleFinding | ShareFinding)[] {
  const usable = questions.filter((q) => !background.has(q.column) && !q.construct && q.n >= MIN_GROUP_SIZE);
  const scales = usable.filter((q) => (q.kind === 'scale' || q.kind === 'grid') && q.topBox && q.levels.length >= 3).map(scaleFinding);
  const shares = usable
    .filter((q) => q.kind === 'choice' && q.levels.length === 2 && q.levels.every((l) => YES_NO.test(l.label)))
    .map(shareFinding);
  return [...scales, ...shares];
}
