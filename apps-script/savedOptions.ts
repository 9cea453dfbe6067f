/// <reference types="google-apps-script" />
import { type AnalysisOptions, type OptionsResult, parseAnalysisOptions } from '../shared/options/analysisOptions';

const KEY = 'senco-time.options';
/** PropertiesService holds at most 9 KB per value. */
const MAX_VALUE_BYTES = 9 * 1024;

/** The organiser's saved options; defaults when none are saved or the saved value is unreadable. */
export function loadOptions(): AnalysisOptions {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!raw) return {};
  const r = parseAnalysisOptions(raw);
  return r.ok ? r.options : {};
}

/**
 * Validates and stores options sent by the sidebar. The sidebar does not choose earlier surveys, so the tabs chosen
 * in Compare with an earlier survey… are kept, and a re-run of Analyse still writes the Trends tab.
 */
export function saveOptions(input: unknown): OptionsResult {
  const r = parseAnalysisOptions(input);
  if (!r.ok) return r;
  const kept = r.options.earlierTabs ?? loadOptions().earlierTabs;
  return store(kept ? { ...r.options, earlierTabs: kept } : r.options);
}

/** Stores the earlier survey's tabs (and the tab they are compared with) with the other options; none = stop comparing. */
export function saveEarlierTabs(names: readonly string[], sheetName?: string): OptionsResult {
  const { earlierTabs: _old, ...rest } = loadOptions();
  if (names.length === 0) return store(rest);
  return store({ ...rest, ...(sheetName ? { sheetName } : {}), earlierTabs: [...names] });
}

function store(options: AnalysisOptions): OptionsResult {
  const r = { ok: true as const, options };
  const json = JSON.stringify(r.options);
  if (json.length > MAX_VALUE_BYTES) {
    return {
      ok: false,
      message: 'These choices are too long to save with the spreadsheet: tick "all columns" or choose fewer scale orders.',
    };
  }
  PropertiesService.getDocumentProperties().setProperty(KEY, json);
  return r;
}
