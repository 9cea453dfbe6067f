import { FORMS_SERVICE_NAMES } from './formItems';
import { fail } from './gasError';
import type { AuthModeName } from './runtime';

/**
 * Which calls an execution may make. Google's add-on authorization lifecycle: in AuthMode.NONE
 * (onOpen in a document where the add-on is installed but not yet used) only menus work — no
 * document, no properties, no cache; in LIMITED (simple triggers) the current document and the
 * UI work but other files do not. When the manifest lists oauthScopes, a call also needs one of
 * the scopes Google requires for it, e.g. openById needs the full spreadsheets scope, which
 * spreadsheets.currentonly does not give. The refusal copies Google's missing-permission text:
 * "You do not have permission to call X. Required permissions: …" (for NONE/LIMITED the exact
 * wording Google uses is not documented; this shape is the observed one for missing scopes).
 */
const SHEETS_ANY = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/spreadsheets'];
const SHEETS_FULL = ['https://www.googleapis.com/auth/spreadsheets'];
const CONTAINER_UI = ['https://www.googleapis.com/auth/script.container.ui'];
const EMAIL = ['https://www.googleapis.com/auth/userinfo.email'];
// FormApp reference: create/openById/openByUrl need the full forms scope; getActiveForm and the
// methods of forms and their items take forms.currentonly or forms.
const FORMS_FULL = ['https://www.googleapis.com/auth/forms'];
const SCRIPTAPP = ['https://www.googleapis.com/auth/script.scriptapp'];
const SEND_MAIL = ['https://www.googleapis.com/auth/script.send_mail'];
const FORMS_ANY = ['https://www.googleapis.com/auth/forms.currentonly', 'https://www.googleapis.com/auth/forms'];

/** Scopes (any one suffices) each call needs; calls not listed need none. */
const REQUIRED_SCOPES: Record<string, string[]> = {
  'SpreadsheetApp.getActiveSpreadsheet': SHEETS_ANY,
  'SpreadsheetApp.getActive': SHEETS_ANY,
  'SpreadsheetApp.getActiveSheet': SHEETS_ANY,
  'SpreadsheetApp.getActiveRange': SHEETS_ANY,
  'SpreadsheetApp.openById': SHEETS_FULL,
  'SpreadsheetApp.openByUrl': SHEETS_FULL,
  'SpreadsheetApp.create': SHEETS_FULL,
  'Ui.showSidebar': CONTAINER_UI,
  'Ui.showModalDialog': CONTAINER_UI,
  'Ui.showModelessDialog': CONTAINER_UI,
  'Session.getActiveUser': EMAIL,
  'Session.getEffectiveUser': EMAIL,
  'FormApp.create': FORMS_FULL,
  'FormApp.openById': FORMS_FULL,
  'FormApp.openByUrl': FORMS_FULL,
  // ScriptApp and MailApp references: trigger management needs script.scriptapp; sending, script.send_mail.
  'ScriptApp.newTrigger': SCRIPTAPP,
  'ScriptApp.getProjectTriggers': SCRIPTAPP,
  'ScriptApp.deleteTrigger': SCRIPTAPP,
  'MailApp.sendEmail': SEND_MAIL,
  'MailApp.getRemainingDailyQuota': SEND_MAIL,
};

/** Calls on any FormApp class ("Form.addScaleItem", "ScaleItem.setBounds") not listed above. */
const FORMS_CALL = new RegExp(`^(${FORMS_SERVICE_NAMES.join('|')})\\.`);

const DOCUMENT_ENTRY =
  /^(SpreadsheetApp\.(getActiveSpreadsheet|getActive|getActiveSheet|getActiveRange|openById|openByUrl|create)|FormApp\.(getActiveForm|openById|openByUrl|create))$/;
const OTHER_FILES = /^(SpreadsheetApp|FormApp)\.(openById|openByUrl|create)$/;
const STORAGE = /^(PropertiesService|CacheService)\./;
/** Services that need authorisation, which a simple trigger (LIMITED) cannot use (Google's simple-trigger restrictions). */
const NEEDS_AUTHORISATION = /^(MailApp\.|ScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger)$)/;

function refuse(method: string, scopes: string[]): never {
  fail(`You do not have permission to call ${method}. Required permissions: ${scopes.join(' || ')}`);
}

/** Throws when an execution in `authMode` with manifest `scopes` may not call `method`. */
export function authorize(method: string, authMode: AuthModeName, scopes: readonly string[] | undefined): void {
  const required = REQUIRED_SCOPES[method] ?? (FORMS_CALL.test(method) ? FORMS_ANY : undefined);
  if (authMode === 'NONE' && (DOCUMENT_ENTRY.test(method) || STORAGE.test(method))) refuse(method, required ?? ['(authorization)']);
  if (authMode === 'LIMITED' && OTHER_FILES.test(method)) refuse(method, required ?? SHEETS_FULL);
  if ((authMode === 'LIMITED' || authMode === 'NONE') && NEEDS_AUTHORISATION.test(method)) refuse(method, required ?? ['(authorization)']);
  if (scopes && required && !required.some((s) => scopes.includes(s))) refuse(method, required);
}
