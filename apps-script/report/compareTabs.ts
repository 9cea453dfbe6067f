/// <reference types="google-apps-script" />
import type { AnalysisOptions } from '../../shared/options/analysisOptions';
import { findResponseSheet, holdsResponses } from '../responseSheet';
import { type RunResult, runAnalysis } from '../runAnalysis';
import { saveEarlierTabs } from '../savedOptions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the Compare dialog offers: the tab analysed now, and every other tab that could hold the earlier survey. */
export type CompareChoices = { ok: true; current: string; tabs: { name: string; chosen: boolean }[] } | { ok: false; message: string };

/** The tabs the earlier survey could be in: every other tab holding something SENCO Time did not make. */
export function compareChoices(spreadsheet: Spreadsheet, options: AnalysisOptions): CompareChoices {
  const found = findResponseSheet(spreadsheet, options.sheetName);
  if (!found.ok) return found;
  const current = found.sheet.getName();
  const chosen = new Set(options.earlierTabs ?? []);
  const tabs = spreadsheet
    .getSheets()
    .filter((s) => s.getName() !== current && holdsResponses(s))
    .map((s) => ({ name: s.getName(), chosen: chosen.has(s.getName()) }));
  if (tabs.length === 0)
    return {
      ok: false,
      message: `There is no other responses tab to compare "${current}" with: put the earlier survey's responses in a tab of this spreadsheet first (File → Import), then try again.`,
    };
  return { ok: true, current, tabs };
}

/** Tab names as the dialog sends them, checked (anyone can call the server from the browser console). */
function tabNames(input: unknown): string[] | null {
  if (!Array.isArray(input) || input.length > 50) return null;
  return input.every((n) => typeof n === 'string' && n.length > 0 && n.length <= 100) ? (input as string[]) : null;
}

/**
 * Compares the responses with the earlier survey in the chosen tabs and rewrites the report with its Trends tab;
 * the choice is saved only when something could be compared. No tabs = stop comparing (the Trends tab goes).
 */
export function compareWithTabs(spreadsheet: Spreadsheet, input: unknown, options: AnalysisOptions, now: Date): RunResult {
  const names = tabNames(input);
  if (!names) return { ok: false, message: 'Those tabs could not be read: close this window and choose the earlier survey again.' };
  const { earlierTabs: _old, ...rest } = options;
  // This survey is the tab the dialog named; it is kept with the choice, so that Analyse, run later from any tab,
  // compares the same two surveys.
  const current = findResponseSheet(spreadsheet, options.sheetName, names);
  if (!current.ok) return current;
  const chosen: AnalysisOptions = names.length > 0 ? { ...rest, sheetName: current.sheet.getName(), earlierTabs: names } : rest;
  const result = runAnalysis(spreadsheet, chosen, now, (analysis, sheetName) =>
    names.length > 0 && (analysis.trends ?? []).length === 0
      ? `Nothing in ${names.map((n) => `"${n}"`).join(', ')} matches the questions of "${sheetName}": no scale or single-choice question is in both, by the template's question ids or by the same wording.`
      : null,
  );
  if (!result.ok) return result;
  const saved = saveEarlierTabs(names, chosen.sheetName);
  if (!saved.ok) return saved;
  const trends = result.tabs.find((t) => t.startsWith('Trends'));
  if (!trends) return result;
  // The comparison is what was asked for: show its tab, not the Summary.
  spreadsheet.setActiveSheet(spreadsheet.getSheetByName(trends)!);
  return { ...result, message: `Compared with the earlier survey in ${names.map((n) => `"${n}"`).join(', ')}: see the ${trends} tab.` };
}
