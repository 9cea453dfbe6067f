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
 *   const form = [...emulator.forms.values()][0];       // forms the script made with FormApp
 *   expect(form.spec.items[0]).toMatchObject({ type: 'SCALE', lowerBound: 1, upperBound: 5 });
 *   submitResponse(form, { 'How settled is the pupil?': 4 });   // a respondent, into "Form responses 1"
 */

export { CallCounter, type CallRecord } from './callCounter';
export { boxesMeet, type ChartBox, chartBox } from './chartGeometry';
export { EmbeddedChart, type EmbeddedChartSpec } from './charts';
export { ConditionalFormatRule, type ConditionalFormatSpec } from './conditionalFormat';
export { DataValidation, type DataValidationSpec } from './dataValidation';
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator';
export { DestinationType, EMAIL_HEADER, Form, FormApp, type FormDestinationSpec, type FormSpec } from './form';
export { type ItemSpec, ItemType, PageNavigationType, type TextValidationSpec } from './formItems';
export { type Answer, type GridAnswer, type SubmitOptions, submitResponse } from './formResponses';
export { GasError } from './gasError';
export { type App, type ExecutionRecord, type LoadOptions, loadBundle, type RunOptions } from './loadBundle';
export { CONSUMER_DAILY_RECIPIENTS, MailStore, type SentEmail, WORKSPACE_DAILY_RECIPIENTS } from './mail';
export { Range } from './range';
export type { AuthModeName } from './runtime';
export { Sheet } from './sheet';
export { CELL_LIMIT, type GridBounds, type SheetSeed, Spreadsheet, type Toast } from './spreadsheet';
export { type EditEventInit, editEvent, fireTriggers } from './triggerEvents';
export { MAX_TRIGGERS_PER_USER, type TriggerRecord, TriggerStore } from './triggers';
export { type MenuEntry, type MenuRecord, UiRecorder } from './ui';
export { editorEvent, type PostEventInit, postEvent, type WebAppEvent, type WebAppResponse, webAppResponse } from './webApp';
