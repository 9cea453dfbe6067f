import type { Analysis } from '../analysis/analysisSchema';
import { commentsTab } from './commentsTab';
import { comparisonsTab } from './comparisonsTab';
import { correlationsTab } from './correlationsTab';
import { distributionsTab } from './distributionsTab';
import { reliabilityTab } from './reliabilityTab';
import type { Report } from './report';
import { summaryTab } from './summaryTab';
import { trendsTab } from './trendsTab';

export interface ReportContext {
  /** Where the responses came from: a file name or a sheet name. */
  source: string;
  /** When the analysis ran, as the user should read it (shared/ has no clock: the caller passes it). */
  generatedAt: string;
  title?: string;
}

/** The report model every renderer draws: Summary, Distributions, Correlations, Comparisons, Reliability (template constructs only), Trends (with an earlier survey only), Comments. */
export function buildReport(a: Analysis, context: ReportContext): Report {
  const title = context.title ?? 'SENCO Time: survey analysis';
  return {
    title,
    tabs: [
      summaryTab(a, { ...context, title }),
      distributionsTab(a),
      correlationsTab(a),
      comparisonsTab(a),
      ...(a.reliability && a.reliability.length > 0 ? [reliabilityTab(a)] : []),
      ...(a.trends ? [trendsTab(a)] : []),
      commentsTab(a),
    ],
  };
}
