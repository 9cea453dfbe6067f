// The add-on menu in the BUILT bundle: split by role into sub-menus, built in AuthMode.NONE (a copy opened by
// someone who has not authorised anything yet), and the welcome shown once per spreadsheet.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle } from '../emulator';
import type { MenuRecord } from '../emulator/ui';

const CODE = 'dist/apps-script/Code.js';
beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function opened() {
  const emulator = createEmulator({ spreadsheet: { name: 'Copy of SENCO Time', sheets: [{ name: 'Sheet1', values: [[]] }] } });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  return { emulator, app };
}

/** The menu as captions, sub-menus as [title, captions]. */
function shape(menu: MenuRecord): unknown[] {
  return menu.items.map((e) => (e.kind === 'item' ? e.caption : e.kind === 'submenu' ? [e.menu.title, shape(e.menu)] : '---'));
}

describe('the add-on menu', () => {
  it('is split into Survey and Workload tracker sub-menus, in AuthMode.NONE, reading nothing', () => {
    const { emulator } = opened();
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.ui.menus[0]).toMatchObject({ kind: 'addon', title: 'SENCO Time' });
    expect(shape(emulator.ui.menus[0])).toEqual([
      'Start here…',
      [
        'Survey',
        ['Analyse', 'Open report', 'Analysis options…', 'Compare with an earlier survey…', 'New survey from template…', 'Export template…'],
      ],
      [
        'Workload tracker',
        [
          'Set up workload tracker',
          'Refresh workload',
          'Clip settings…',
          'Export network summary…',
          'Summary for senior leaders…',
          'Email me what is due…',
          'Tidy old tasks…',
        ],
      ],
    ]);
    expect(emulator.calls.count('Range.getValues')).toBe(0);
    expect(emulator.properties.document(emulator.spreadsheet.getId()).data.size).toBe(0);
  });

  it('names only functions the bundle exports', () => {
    const { emulator, app } = opened();
    const exported = app.functions();
    for (const item of emulator.ui.menuItems()) expect(exported, item.caption).toContain(item.functionName);
  });
});

describe('the welcome', () => {
  it('opens from Start here… with the scopes the manifest asks for', () => {
    const { emulator, app } = opened();
    app.clickMenuItem('Start here…');
    expect(emulator.ui.dialogs.map((d) => d.title)).toEqual(['Welcome to SENCO Time']);
    const text = emulator.ui.dialogs[0].content;
    // One line of explanation per scope in apps-script/appsscript.json.
    expect(app.manifest?.oauthScopes).toHaveLength(6);
    expect(text).toContain('only this spreadsheet'); // spreadsheets.currentonly
    expect(text).toContain('third-party web content in prompts and sidebars'); // script.container.ui
    expect(text).toContain('View and manage your forms'); // forms
    expect(text).toContain('Allow this application to run when you are not present'); // script.scriptapp
    expect(text).toContain('Send email as you'); // script.send_mail
    expect(text).toContain('See your primary\n    Google Account email address'); // userinfo.email
  });

  it('shows once, beside the first Set up workload tracker in a new copy, and never again', () => {
    const { emulator, app } = opened();
    app.clickMenuItem('Set up workload tracker');
    expect(emulator.spreadsheet.getSheetByName('Tasks')).not.toBeNull();
    expect(emulator.ui.dialogs.map((d) => d.title)).toEqual(['Welcome to SENCO Time']);
    app.clickMenuItem('Set up workload tracker');
    app.clickMenuItem('Analyse');
    expect(emulator.ui.dialogs).toHaveLength(1);
  });

  it('does not come before a dialog of its own (which would replace it)', () => {
    const { emulator, app } = opened();
    app.clickMenuItem('Clip settings…');
    expect(emulator.ui.dialogs.map((d) => d.title)).toEqual(['Clip settings']);
  });
});
