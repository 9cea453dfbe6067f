import { redactIdentifiers } from '../clip/redactIdentifiers';
import { cellText } from '../survey/cells';
import { parseSurvey, type ParseOptions } from '../survey/parseSurvey';
import { planFromTemplate } from '../templates/templatePlan';
import type { Template } from '../templates/templateSchema';
import type { Analysis, CorrelationMethod, PAdjust } from './analysisSchema';
import { caveats } from './caveats';
import { commentHints } from './commentHints';
import { compareGroups } from './compareGroups';
import { scoreConstructs } from './constructs';
import { correlate } from './correlate';
import { findings } from './findings';
import { groupBreakdowns } from './groupBreakdowns';
import { respondentProfile } from './respondentProfile';
import { summariseQuestion } from './summariseQuestion';

export interface AnalyseOptions extends ParseOptions {
  method?: CorrelationMethod;
  adjust?: PAdjust;
  /** 0-based columns to analyse; others are left out (identifiers are always left out). */
  columns?: number[];
  /** 0-based single-choice columns to compare groups by; absent = every suitable one. */
  groupColumns?: number[];
  /** The survey's template: scale orders and labels, checkbox options, constructs and reverse coding. */
  template?: Template;
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; message: string };

/** From a table of cells (header row first) to the whole analysis; bad input becomes one plain sentence. */
export function analyse(table: readonly (readonly unknown[])[], options: AnalyseOptions = {}): AnalyseResult {
  const headers = (table[0] ?? []).map(cellText);
  const plan = options.template ? planFromTemplate(options.template, headers) : null;
  const parsed = parseSurvey(table, { hints: { ...commentHints(headers), ...plan?.hints, ...options.hints } });
  if (!parsed.ok) return parsed;
  const { survey } = parsed;
  const wanted = options.columns ? new Set(options.columns) : null;
  const chosen = survey.columns.filter((c) => !wanted || wanted.has(c.column));
  const analysable = chosen.filter((c) => c.kind !== 'id' && c.kind !== 'timestamp');
  if (analysable.length === 0) {
    return {
      ok: false,
      message: 'Nothing here can be analysed: every column is a timestamp, an e-mail address or an identifier. Check that this is the responses tab.',
    };
  }
  const width = table.reduce((w, row) => Math.max(w, row.length), 0);
  const scored = plan ? scoreConstructs(survey, plan.constructs, width) : { columns: [], reliability: [] };
  const columns = [...chosen, ...scored.columns];
  const constructOf = new Map(scored.reliability.map((r) => [r.scoreColumn, { id: r.construct, items: r.items.map((i) => i.column) }]));
  const method = options.method ?? 'spearman';
  const adjust = options.adjust ?? 'holm';
  const notes = [...survey.notes];
  // Free text can hold what a form should never have collected: contact details, a pupil's identifiers.
  let redacted = 0;
  const redactComment = (answer: string | null): string[] => {
    if (answer === null) return [];
    const r = redactIdentifiers(answer);
    if (r.removed.length > 0) redacted++;
    return [r.text];
  };
  if (plan && plan.missing.length > 0) {
    notes.push(`${plan.missing.length} question(s) of the template "${options.template!.title}" are not in these responses: ${plan.missing.map((m) => `"${m}"`).join(', ')}.`);
  }
  const comments = chosen.flatMap((c) => (c.data.type === 'text' ? [{ column: c.column, header: c.header, answers: c.data.answers.flatMap(redactComment) }] : []));
  if (redacted > 0) notes.push(`${redacted} comment(s) held contact details or a pupil's identifiers (e-mail addresses, phone numbers, dates of birth, UPNs, NHS numbers): these were removed from the report.`);
  const base = {
    version: 1 as const,
    respondents: survey.respondents,
    options: { method, adjust },
    questions: columns.map((c) => {
      const q = summariseQuestion(c);
      const construct = constructOf.get(c.column);
      return construct ? { ...q, construct } : q;
    }),
    correlations: correlate(columns, method, adjust, (x, y) => constructOf.get(x)?.items.includes(y) || constructOf.get(y)?.items.includes(x) || false),
    comparisons: compareGroups(columns, adjust, options.groupColumns),
    notes,
    comments,
    ...(options.template ? { template: { id: options.template.id, title: options.template.title, version: options.template.version }, reliability: scored.reliability } : {}),
  };
  const described = { ...base, profile: respondentProfile(base.questions, options.template), groupBreakdowns: groupBreakdowns(columns, base.comparisons) };
  return { ok: true, analysis: { ...described, findings: findings(described), caveats: caveats(described) } };
}
