import { cellText } from '../survey/cells';
import { isColumnStore, type SurveyTable, tableColumns } from '../survey/columnStore';
import { type ParseOptions, parseSurvey } from '../survey/parseSurvey';
import { commentRedactor } from '../survey/redactComment';
import type { Survey, SurveyColumn } from '../survey/survey';
import { planFromTemplate } from '../templates/templatePlan';
import type { Template } from '../templates/templateSchema';
import type { Analysis, CorrelationMethod, PAdjust } from './analysisSchema';
import { caveats } from './caveats';
import { commentHints } from './commentHints';
import { adjustByGroupColumn, compareCategories } from './compareCategories';
import { compareGroups } from './compareGroups';
import { compareWithEarlier, type EarlierSurvey } from './compareWithEarlier';
import { scoreConstructs } from './constructs';
import { correlate } from './correlate';
import { findings } from './findings';
import { groupBreakdowns } from './groupBreakdowns';
import { readAsCategories, readAsCategoriesNote } from './readAsCategories';
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
  /** An earlier survey to compare with question by question: report.json's `trends` (absent without one). */
  earlier?: EarlierSurvey;
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; message: string };

/** From a table of cells (header row first) to the whole analysis; bad input becomes one plain sentence. */
export function analyse(table: SurveyTable, options: AnalyseOptions = {}): AnalyseResult {
  // Rows become a column store once, here, rather than once per use.
  const store = isColumnStore(table) ? table : tableColumns(table);
  const headers = store.header.map(cellText);
  const plan = options.template ? planFromTemplate(options.template, headers) : null;
  const hints = { ...commentHints(headers), ...plan?.hints, ...options.hints };
  const parsed = parseSurvey(store, { hints });
  if (!parsed.ok) return parsed;
  const { survey } = parsed;
  const wanted = options.columns ? new Set(options.columns) : null;
  const chosen = survey.columns.filter((c) => !wanted || wanted.has(c.column));
  const analysable = chosen.filter((c) => c.kind !== 'id' && c.kind !== 'timestamp');
  if (analysable.length === 0) {
    return {
      ok: false,
      message:
        'Nothing here can be analysed: every column is a timestamp, an e-mail address or an identifier. Check that this is the responses tab.',
    };
  }
  const scored = plan ? scoreConstructs(survey, plan.constructs, store.width) : { columns: [], reliability: [] };
  const columns = [...chosen, ...scored.columns];
  const constructOf = new Map(scored.reliability.map((r) => [r.scoreColumn, { id: r.construct, items: r.items.map((i) => i.column) }]));
  const method = options.method ?? 'spearman';
  const adjust = options.adjust ?? 'holm';
  const notes = [...survey.notes, ...readAsCategories(chosen, hints).map(readAsCategoriesNote)];
  if (plan && plan.missing.length > 0) {
    notes.push(
      `${plan.missing.length} question(s) of the template "${options.template!.title}" are not in these responses: ${plan.missing.map((m) => `"${m}"`).join(', ')}.`,
    );
  }
  const withheld = survey.columns.flatMap((c) =>
    c.kind === 'id' ? [{ header: c.header, reason: c.withheld?.reason ?? 'respondent identifiers' }] : [],
  );
  for (const c of survey.columns.filter((col) => col.kind === 'id' && options.groupColumns?.includes(col.column))) {
    notes.push(
      `"${c.header}" was not used to compare groups: it holds ${c.withheld?.reason ?? 'identifiers'}, which are never analysed or shown.`,
    );
  }
  const { comments, notes: commentNotes } = redactedComments(survey, chosen);
  notes.push(...commentNotes);
  const comparisons = compareGroups(columns, adjust, options.groupColumns);
  const categoryComparisons = compareCategories(columns, options.groupColumns);
  adjustByGroupColumn(comparisons, categoryComparisons, adjust);
  const base = {
    version: 1 as const,
    respondents: survey.respondents,
    options: { method, adjust },
    questions: columns.map((c) => {
      const q = summariseQuestion(c);
      const construct = constructOf.get(c.column);
      return construct ? { ...q, construct } : q;
    }),
    correlations: correlate(
      columns,
      method,
      adjust,
      (x, y) => constructOf.get(x)?.items.includes(y) || constructOf.get(y)?.items.includes(x) || false,
    ),
    comparisons,
    categoryComparisons,
    notes,
    comments,
    withheld,
    ...(options.template
      ? {
          template: { id: options.template.id, title: options.template.title, version: options.template.version },
          reliability: scored.reliability,
        }
      : {}),
  };
  const compared = options.earlier
    ? compareWithEarlier(options.earlier, { questions: base.questions, template: options.template, adjust })
    : null;
  const described = {
    ...base,
    ...(compared ? { notes: [...base.notes, ...compared.notes], trends: compared.trends, trendsFrom: compared.trendsFrom } : {}),
    profile: respondentProfile(base.questions, options.template),
    groupBreakdowns: groupBreakdowns(columns, base.comparisons),
  };
  return { ok: true, analysis: { ...described, findings: findings(described), caveats: caveats(described) } };
}

/**
 * Free-text answers with what a form should never have collected taken out: contact details and identifiers, and
 * people's names (those the survey's withheld name columns held, and those a comment gives itself) become "[name]".
 */
function redactedComments(survey: Survey, chosen: readonly SurveyColumn[]) {
  const knownNames = survey.columns.flatMap((c) => c.withheld?.knownNames ?? []);
  const redactor = commentRedactor({ knownNames, knownIdentifiers: survey.columns.flatMap((c) => c.withheld?.knownIdentifiers ?? []) });
  let withIdentifiers = 0;
  let withNames = 0;
  const redact = (answer: string | null): string[] => {
    if (answer === null) return [];
    const r = redactor(answer);
    if (r.identifiers > 0) withIdentifiers++;
    if (r.names > 0) withNames++;
    return [r.text];
  };
  const comments = chosen.flatMap((c) =>
    c.data.type === 'text' ? [{ column: c.column, header: c.header, answers: c.data.answers.flatMap(redact) }] : [],
  );
  const notes: string[] = [];
  if (withIdentifiers > 0)
    notes.push(
      `${withIdentifiers} comment(s) held contact details or a pupil's identifiers (e-mail addresses, phone numbers, dates of birth, UPNs, NHS numbers): these were removed from the report.`,
    );
  if (withNames > 0) notes.push(`${withNames} comment(s) named people: each name was replaced by "[name]".`);
  return { comments, notes };
}
