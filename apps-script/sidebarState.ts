/// <reference types="google-apps-script" />

import { readAsCategories } from '../shared/analysis/readAsCategories';
import type { AnalysisOptions } from '../shared/options/analysisOptions';
import { parseSurvey } from '../shared/survey/parseSurvey';
import type { ColumnKind } from '../shared/survey/survey';
import { ownedRole } from './ownedSheets';
import { findResponseSheet } from './responseSheet';

export interface SidebarQuestion {
  column: number;
  header: string;
  kind: ColumnKind;
  /** For single-choice questions: the answers, so the organiser can give their order if they form a scale. */
  answers?: string[];
  /** True when the column can split respondents into groups to compare. */
  canGroup: boolean;
  /** Its answers were read as categories and no order is saved: the sidebar says so (see readAsCategories). */
  readAsCategories?: boolean;
}

export interface SidebarState {
  sheets: string[];
  sheetName: string | null;
  questions: SidebarQuestion[];
  options: AnalysisOptions;
  message?: string;
}

/** What the options sidebar shows; plain JSON-safe data only, since Dates cannot cross google.script.run. */
export function sidebarState(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  options: AnalysisOptions,
  sheetName?: string,
): SidebarState {
  const sheets = spreadsheet
    .getSheets()
    .filter((s) => ownedRole(s) === null)
    .map((s) => s.getName());
  const found = findResponseSheet(spreadsheet, sheetName ?? options.sheetName);
  if (!found.ok) return { sheets, sheetName: null, questions: [], options, message: found.message };
  const parsed = parseSurvey(found.sheet.getDataRange().getValues());
  const base = { sheets, sheetName: found.sheet.getName(), options };
  if (!parsed.ok) return { ...base, questions: [], message: parsed.message };
  const unordered = new Set(readAsCategories(parsed.survey.columns));
  const questions = parsed.survey.columns.map((c): SidebarQuestion => {
    const answers =
      c.data.type === 'categorical'
        ? c.data.categories
        : c.data.type === 'ordinal' && options.scaleOrders?.[c.header]
          ? c.data.levels.map((l) => l.label)
          : undefined;
    const flagged = unordered.has(c.grid?.question ?? c.header) && !options.scaleOrders?.[c.header];
    return {
      column: c.column,
      header: c.header,
      kind: c.kind,
      ...(answers ? { answers } : {}),
      canGroup: c.kind === 'choice',
      ...(flagged ? { readAsCategories: true } : {}),
    };
  });
  return { ...base, questions };
}
