import { readFileSync } from 'node:fs';
import { type AnalysisOptions, parseAnalysisOptions } from '../shared/options/analysisOptions';
import { headerKey } from '../shared/templates/headerKey';
import { UserError } from './userError';

/**
 * `--order "HEADER=Never,Occasionally,Regularly,Heavily"`: the header is everything before the last "=", the
 * answers (low to high) are split on commas. An answer that itself holds a comma needs `--options FILE.json`.
 */
export function parseOrder(spec: string): [string, string[]] {
  const at = spec.lastIndexOf('=');
  const header = at > 0 ? spec.slice(0, at).trim() : '';
  const answers =
    at > 0
      ? spec
          .slice(at + 1)
          .split(',')
          .map((a) => a.trim())
          .filter((a) => a !== '')
      : [];
  if (!header || answers.length < 2) {
    throw new UserError(
      `--order needs a question and its answers from lowest to highest, for example: --order "How often?=Never,Occasionally,Regularly,Heavily" (not "${spec}").`,
    );
  }
  return [header, answers];
}

/** The options file the add-on saves (or one written by hand), then each --order on top of its scale orders. */
export function cliAnalysisOptions(options: { file?: string; orders?: string[] }): AnalysisOptions {
  let saved: AnalysisOptions = {};
  if (options.file) {
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch {
      throw new UserError(`There is no options file at "${options.file}": check the name and the folder.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UserError(
        `"${options.file}" is not readable JSON: it should hold the analysis options, such as {"scaleOrders": {"Question": ["Never", "Often"]}}.`,
      );
    }
    const r = parseAnalysisOptions(json);
    if (!r.ok)
      throw new UserError(
        `"${options.file}" cannot be used: ${r.message.replace(/^The analysis options could not be used: /, '').replace(/ Choose again in .*$/, '')}`,
      );
    saved = r.options;
  }
  const orders = { ...saved.scaleOrders };
  for (const [header, answers] of (options.orders ?? []).map(parseOrder)) orders[header] = answers;
  return Object.keys(orders).length > 0 ? { ...saved, scaleOrders: orders } : saved;
}

/** A question named in the options that no file has: one sentence naming it, since a typo would otherwise do nothing. */
export function checkHeadersExist(options: AnalysisOptions, headers: readonly string[]): void {
  const keys = new Set(headers.map(headerKey));
  const named = [...Object.keys(options.scaleOrders ?? {}), ...(options.columns ?? []), ...(options.groupColumns ?? [])];
  const missing = named.find((h) => !keys.has(headerKey(h)));
  if (missing !== undefined)
    throw new UserError(`No column is headed "${missing}": copy the question exactly as it is in the first row of the CSV.`);
}
