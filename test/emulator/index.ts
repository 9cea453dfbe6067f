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
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator';
export { loadBundle, type App, type ExecutionRecord, type LoadOptions, type RunOptions } from './loadBundle';
export { editorEvent, postEvent, webAppResponse, type PostEventInit, type WebAppEvent, type WebAppResponse } from './webApp';
export { CallCounter, type CallRecord } from './callCounter';
export { CELL_LIMIT, Spreadsheet, type GridBounds, type SheetSeed, type Toast } from './spreadsheet';
export { Sheet } from './sheet';
export { Range } from './range';
export { EmbeddedChart, type EmbeddedChartSpec } from './charts';
export { boxesMeet, chartBox, type ChartBox } from './chartGeometry';
export { ConditionalFormatRule, type ConditionalFormatSpec } from './conditionalFormat';
export { DataValidation, type DataValidationSpec } from './dataValidation';
export { UiRecorder, type MenuRecord, type MenuEntry } from './ui';
export { Form, FormApp, DestinationType, EMAIL_HEADER, type FormSpec, type FormDestinationSpec } from './form';
export { ItemType, PageNavigationType, type ItemSpec, type TextValidationSpec } from './formItems';
export { submitResponse, type Answer, type GridAnswer, type SubmitOptions } from './formResponses';
export type { AuthModeName } from './runtime';
export { GasError } from './gasError';
export { editEvent, fireTriggers, type EditEventInit } from './triggerEvents';
export { MailStore, CONSUMER_DAILY_RECIPIENTS, WORKSPACE_DAILY_RECIPIENTS, type SentEmail } from './mail';
export { TriggerStore, MAX_TRIGGERS_PER_USER, type TriggerRecord } from './triggers';
