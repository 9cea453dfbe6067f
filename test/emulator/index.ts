/**
 * The Apps Script emulator: run the built bundle (dist/apps-script/Code.js) against in-memory
 * copies of the Google services it calls, with Google's documented behaviour and error texts.
 *
 *   const emulator = createEmulator({ spreadsheet: { sheets: [{ name: 'Form responses 1', values }] } });
 *   const app = loadBundle(emulator, 'dist/apps-script/Code.js');
 *   app.call('onOpen', { authMode: 'NONE' });
 *   app.call('analyse');
 *   expect(emulator.calls.count('Range.getValues')).toBe(1);
 *   expect(emulator.spreadsheet.getSheetByName('Summary')!.getRange('A1').getValue()).toBe('Key findings');
 */
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator';
export { loadBundle, type App, type ExecutionRecord, type LoadOptions, type RunOptions } from './loadBundle';
export { editorEvent, postEvent, webAppResponse, type PostEventInit, type WebAppEvent, type WebAppResponse } from './webApp';
export { CallCounter, type CallRecord } from './callCounter';
export { CELL_LIMIT, Spreadsheet, type GridBounds, type SheetSeed, type Toast } from './spreadsheet';
export { Sheet } from './sheet';
export { Range } from './range';
export { EmbeddedChart, type EmbeddedChartSpec } from './charts';
export { ConditionalFormatRule, type ConditionalFormatSpec } from './conditionalFormat';
export { DataValidation, type DataValidationSpec } from './dataValidation';
export { UiRecorder, type MenuRecord, type MenuEntry } from './ui';
export type { AuthModeName } from './runtime';
export { GasError } from './gasError';
