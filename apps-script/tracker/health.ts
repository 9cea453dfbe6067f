/// <reference types="google-apps-script" />
import { type Health, PROTOCOL_VERSION } from '../../shared/clip/clipSchema';
import { tasksTab } from './trackerTabs';

/** doGet's answer: whether this spreadsheet has a tracker, and the protocol it speaks. No token needed; no data shown. */
export function health(): Health {
  const tracker = tasksTab(SpreadsheetApp.getActiveSpreadsheet()) !== null;
  return {
    ok: true,
    app: 'senco-time-tracker',
    protocol: PROTOCOL_VERSION,
    tracker,
    message: tracker
      ? 'The workload tracker is ready to receive clips.'
      : 'The web app is running, but the tracker is not set up: run Extensions → SENCO Time → Set up workload tracker.',
  };
}
