import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type EmulatorOptions, editorEvent, loadBundle, postEvent, webAppResponse } from './index';

/** A tiny bundle shaped like dist/apps-script/Code.js: plain top-level function declarations. */
const CODE = String.raw`
var counter = 0;
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Analyse', 'analyse');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) menu.addItem('Settings', 'showSidebar');
  menu.addToUi();
}
function onOpenReadingProperties(e) {
  return PropertiesService.getDocumentProperties().getProperty('x');
}
function analyse() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var values = ss.getSheetByName('Data').getDataRange().getValues();
  var out = values.map(function (r) { return [r[0] instanceof Date, typeof r[1], r[1]]; });
  ss.insertSheet('Out').getRange(1, 1, out.length, 3).setValues(out);
  return out.length;
}
function bump() { counter++; return counter; }
function catchDuplicate() {
  try { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data'); }
  catch (e) { return [e instanceof Error, e.name, e.message, String(e)]; }
}
function doPost(e) {
  var documentLock = LockService.getDocumentLock();
  var lock = LockService.getScriptLock();
  if (!lock.tryLock(5000)) {
    return ContentService.createTextOutput(JSON.stringify({ ok: false, error: { code: 'busy' } })).setMimeType(ContentService.MimeType.JSON);
  }
  var body = JSON.parse(e.postData.contents);
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').appendRow(["'" + body.text]);
  SpreadsheetApp.flush();
  lock.releaseLock();
  return ContentService.createTextOutput(JSON.stringify({ ok: true, documentLockIsNull: documentLock === null })).setMimeType(ContentService.MimeType.JSON);
}
function takeLockAndForget() { LockService.getScriptLock().waitLock(1000); return true; }
function openOther(id) { return SpreadsheetApp.openById(id).getName(); }
function showSidebar() {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.count = 3;
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('SENCO Time'));
}
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function spin() { for (;;) {} }
function whoAmI() { return Session.getActiveUser().getEmail(); }
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-bundle-'));
  writeFileSync(join(dir, 'Code.js'), CODE);
  writeFileSync(join(dir, 'Sidebar.html'), '<?!= include("Styles") ?><p><?= count ?> tabs</p>');
  writeFileSync(join(dir, 'Styles.html'), '<style>p{margin:0}</style>');
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({
      timeZone: 'Europe/London',
      runtimeVersion: 'V8',
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    }),
  );
});

function load(options: EmulatorOptions = {}) {
  const emulator = createEmulator({
    spreadsheet: { sheets: [{ name: 'Data', values: [[new Date('2026-03-12T00:00:00Z'), 'x']] }] },
    ...options,
  });
  return { emulator, app: loadBundle(emulator, join(dir, 'Code.js')) };
}

describe('loading the bundle', () => {
  it('finds the top-level functions and calls them by name', () => {
    const { app, emulator } = load();
    expect(app.functions()).toContain('doPost');
    expect(app.has('analyse')).toBe(true);
    expect(app.call('analyse')).toBe(1);
    expect(emulator.spreadsheet.getSheetByName('Out')!.getDataRange().getValues()).toEqual([[true, 'string', 'x']]);
    expect(app.lastExecution).toMatchObject({ functionName: 'analyse', authMode: 'FULL', kind: 'editor', calls: 7 });
  });

  // Apps Script: "Script function not found: NAME".
  it("reports a missing function with Google's text", () => {
    expect(() => load().app.call('nope')).toThrow('Script function not found: nope');
  });

  // Apps Script starts every execution from a fresh global scope.
  it('does not keep globals from one execution to the next', () => {
    const { app } = load();
    expect([app.call('bump'), app.call('bump')]).toEqual([1, 1]);
  });

  it('gives the script Dates and Errors of its own realm', () => {
    const { app } = load();
    expect(app.call('catchDuplicate')).toEqual([
      true,
      'Exception',
      'A sheet with the name "Data" already exists. Please enter another name.',
      'Exception: A sheet with the name "Data" already exists. Please enter another name.',
    ]);
  });

  it('lets errors the script does not catch propagate', () => {
    const { app } = load();
    app.call('analyse');
    expect(() => app.call('analyse')).toThrow('A sheet with the name "Out" already exists. Please enter another name.');
  });

  it('stops a run past the time limit as Google does', () => {
    const emulator = createEmulator();
    const app = loadBundle(emulator, join(dir, 'Code.js'), { timeoutMs: 100 });
    expect(() => app.call('spin')).toThrow('Exceeded maximum execution time');
  });
});

describe('authorization', () => {
  // Google's add-on lifecycle: in AuthMode.NONE only menus work.
  it('builds the menu in every mode and adds more in FULL', () => {
    const none = load();
    none.app.call('onOpen', { authMode: 'NONE' });
    expect(none.emulator.ui.menuItems().map((i) => i.caption)).toEqual(['Analyse']);
    const full = load();
    full.app.call('onOpen', { authMode: 'FULL' });
    expect(full.emulator.ui.menuItems().map((i) => i.caption)).toEqual(['Analyse', 'Settings']);
  });

  it('refuses properties in AuthMode.NONE', () => {
    const { app } = load();
    expect(() => app.call('onOpenReadingProperties', { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(app.call('onOpenReadingProperties', { authMode: 'LIMITED' })).toBeNull();
  });

  // spreadsheets.currentonly does not cover openById (Google's scope reference).
  it("enforces the manifest's scopes", () => {
    const { app, emulator } = load();
    expect(() => app.call('openOther', emulator.spreadsheet.getId())).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => app.call('whoAmI')).toThrow('https://www.googleapis.com/auth/userinfo.email');
  });

  it("uses the emulator's scopes when given", () => {
    const { app } = load({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/userinfo.email'],
      user: 'senco@school.org',
    });
    expect(app.call('whoAmI')).toBe('senco@school.org');
  });
});

describe('the web app', () => {
  it('answers doPost with JSON, without a document lock (Google: null in a web app)', () => {
    const { app, emulator } = load();
    const reply = webAppResponse(app.call('doPost', postEvent({ body: JSON.stringify({ text: '=HYPERLINK("x")' }) })));
    expect(reply).toEqual({ status: 200, contentType: 'application/json', body: '{"ok":true,"documentLockIsNull":true}' });
    expect(emulator.spreadsheet.getSheetByName('Data')!.getRange('A2').getValue()).toBe('=HYPERLINK("x")');
    expect(emulator.calls.sequence('Lock.')).toEqual(['Lock.tryLock', 'Lock.releaseLock']);
  });

  it('replies busy while another execution holds the script lock', () => {
    const { app, emulator } = load();
    const other = emulator.locks.hold('script');
    expect(webAppResponse(app.call('doPost', postEvent({ body: '{"text":"a"}' }))).body).toBe('{"ok":false,"error":{"code":"busy"}}');
    other.release();
    expect(webAppResponse(app.call('doPost', postEvent({ body: '{"text":"a"}' }))).body).toContain('"ok":true');
  });

  // Google reference: locks are released when the execution ends.
  it('releases a lock the script forgot when the execution ends', () => {
    const { app, emulator } = load();
    app.call('takeLockAndForget');
    expect(emulator.locks.holderOf('script')).toBeNull();
    expect(emulator.locks.events.at(-1)!.action).toBe('released at end of execution');
  });

  it('builds doPost events as Google documents them', () => {
    expect(postEvent({ body: 'a=1&a=2&b=3', type: 'application/x-www-form-urlencoded', queryString: 'v=1' })).toMatchObject({
      queryString: 'v=1',
      parameter: { v: '1', a: '1', b: '3' },
      parameters: { v: ['1'], a: ['1', '2'], b: ['3'] },
      postData: { type: 'application/x-www-form-urlencoded', contents: 'a=1&a=2&b=3', length: 11 },
    });
  });
});

describe('HTML from the bundle', () => {
  it('evaluates a template file that includes another through a bundle function', () => {
    const { app, emulator } = load();
    app.call('showSidebar');
    expect(emulator.ui.sidebars).toEqual([
      { title: 'SENCO Time', content: '<style>p{margin:0}</style><p>3 tabs</p>', width: 300, height: 0 },
    ]);
  });

  it('runs the function behind a menu item', () => {
    const { app, emulator } = load();
    app.call('onOpen', { authMode: 'NONE' });
    app.clickMenuItem('Analyse');
    expect(emulator.spreadsheet.getSheetByName('Out')).not.toBeNull();
  });
});

describe('trigger events', () => {
  it('builds onOpen events whose source is the spreadsheet the script sees', () => {
    const { app, emulator } = load();
    const e = editorEvent(emulator, 'NONE');
    expect(e.authMode).toBe('NONE');
    app.call('onOpen', e);
    expect(emulator.ui.menuItems()).toEqual([{ caption: 'Analyse', functionName: 'analyse' }]);
    expect((e.source as { getName(): string }).getName()).toBe(emulator.spreadsheet.getName());
  });
});
