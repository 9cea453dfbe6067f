// The one door from a dialog to the server: google.script.run as a Promise, typed by the server's own entry
// points in main.ts (a type-only import: nothing of the server is bundled into a dialog), so a dialog cannot
// call a function that does not exist, pass it the wrong arguments, or misread its result.
import type { AnalysisOptions } from '../../shared/options/analysisOptions';
import type * as Server from '../main';

/** The entry points a dialog may call. */
export type DialogFunction =
  | 'getSidebarState'
  | 'saveOptions'
  | 'analyseWithOptions'
  | 'getClipSettings'
  | 'rotateTrackerToken'
  | 'getTemplateChoices'
  | 'createSurveyFromTemplate'
  | 'getTemplateForExport'
  | 'getCompareChoices'
  | 'compareWithEarlier';

/** A template to build: a built-in one by id, or JSON pasted from another network. */
export type TemplateRequest = { builtIn: string } | { json: string };

/**
 * What a dialog sends where the server takes `unknown` (it validates at its boundary, since anyone can call
 * google.script.run from the browser console): the dialog still has to send the right shape.
 */
interface DialogArguments {
  saveOptions: [options: AnalysisOptions];
  analyseWithOptions: [options: AnalysisOptions];
  createSurveyFromTemplate: [choice: TemplateRequest];
  compareWithEarlier: [tabs: string[]];
}

type Arguments<N extends DialogFunction> = N extends keyof DialogArguments ? DialogArguments[N] : Parameters<(typeof Server)[N]>;

/** Name → arguments and result, read off the server's functions. */
export type ServerCalls = { [N in DialogFunction]: { args: Arguments<N>; result: ReturnType<(typeof Server)[N]> } };

// Fails to compile if a server function's parameters change so that what a dialog sends no longer fits.
type Fits<N extends keyof DialogArguments> = DialogArguments[N] extends Parameters<(typeof Server)[N]> ? true : false;
type Assert<T extends true> = T;
export type ArgumentsFit = Assert<
  Fits<'saveOptions'> | Fits<'analyseWithOptions'> | Fits<'createSurveyFromTemplate'> | Fits<'compareWithEarlier'>
>;

/** google.script.run as HtmlService provides it in a dialog or sidebar. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}
declare const google: { script: { run: ScriptRun; host: { close(): void } } };

/** Calls a server entry point; resolves with its result (as JSON carries it), rejects with the server's error. */
export function serverCall<N extends DialogFunction>(name: N, ...args: ServerCalls[N]['args']): Promise<ServerCalls[N]['result']> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ServerCalls[N]['result']))
      .withFailureHandler(reject) as unknown as Record<N, (...sent: unknown[]) => void>;
    runner[name](...args);
  });
}

/** An error as one sentence for the status line, whatever was thrown. */
export function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return message ? String(message) : String(error);
}

/** Closes the dialog (google.script.host, the other half of the dialog's bridge to Apps Script). */
export function closeDialog(): void {
  google.script.host.close();
}
