import { templateItemIds } from '../templates/templateItemIds';
import type { Template } from '../templates/templateSchema';
import type { Analysis, PAdjust, Question } from './analysisSchema';
import type { TrendSide } from './matchTrendItems';
import { isBackground } from './respondentProfile';
import type { Trend, TrendsFrom } from './trendSchema';
import { trends } from './trends';

/** An earlier survey, already analysed, to compare this one with question by question. */
export interface EarlierSurvey {
  analysis: Analysis;
  /** The template it was read with, if any: both read with the same template pair by item id. */
  template?: Template;
  /** What to call it: its file names or tab names. */
  source: string;
}

function side(questions: readonly Question[], template: Template | undefined): TrendSide {
  const background = new Set(questions.filter((q) => isBackground(q, template)).map((q) => q.column));
  return template
    ? { questions, background, templateId: template.id, itemIds: templateItemIds(template, questions) }
    : { questions, background };
}

/** The `trends` and `trendsFrom` of report.json, and the notes on what could not be compared. */
export function compareWithEarlier(
  earlier: EarlierSurvey,
  later: { questions: readonly Question[]; template?: Template; adjust: PAdjust },
): { trends: Trend[]; trendsFrom: TrendsFrom; notes: string[] } {
  const result = trends({
    earlier: side(earlier.analysis.questions, earlier.template),
    later: side(later.questions, later.template),
    adjust: later.adjust,
  });
  return { ...result, trendsFrom: { source: earlier.source, respondents: earlier.analysis.respondents } };
}
