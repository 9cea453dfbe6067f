import type { Trend } from '../analysis/analysisSchema';
import { TOPICS } from '../analysis/topics';

/** What each topic is called above its chart: the questions SENCOs ask about (shared/analysis/topics.ts). */
const TITLE: Record<string, string> = {
  time: 'Time for the role',
  supervision: 'Supervision',
  admin: 'Administration and paperwork',
  workload: 'Workload',
  wellbeing: 'Stress and wellbeing',
  valued: 'Feeling valued',
  support: 'Support and resources',
};

export interface TrendTopic {
  title: string;
  trends: Trend[];
}

/**
 * The scale items' trends by topic, in the order SENCOs ask about them (topics.ts), the rest as "Other questions",
 * each in the form's order; single-choice questions are drawn differently, so they are left to the caller.
 */
export function trendTopics(trends: readonly Trend[]): TrendTopic[] {
  const scales = trends.filter((t) => t.kind === 'scale');
  const out: TrendTopic[] = TOPICS.map((topic) => ({
    title: TITLE[topic.id] ?? topic.id,
    trends: scales.filter((t) => t.topic === topic.id),
  }));
  out.push({ title: 'Other questions', trends: scales.filter((t) => t.topic === null || !TITLE[t.topic]) });
  return out.filter((t) => t.trends.length > 0);
}
