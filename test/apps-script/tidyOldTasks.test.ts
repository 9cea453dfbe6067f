// Tidy old tasks… in the BUILT bundle: the months prompt, the count shown before anything changes, archive or
// delete, and one read and one write of the Tasks tab.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COL, TASKS_HEADER, TRACKER_HEADER } from '../../shared/tracker/trackerLayout';
import { createEmulator, loadBundle } from '../emulator';

const CODE = 'dist/apps-script/Code.js';
beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** A task row: id, status, Done at and Clipped at; the other columns filled as a clip would. */
function row(id: string, status: string, doneAt: Date | '', clippedAt: Date): unknown[] {
  const r: unknown[] = TASKS_HEADER.map(() => '');
  r[COL['Clip ID']] = id;
  r[COL['Clipped at']] = clippedAt;
  r[COL.SENCO] = 'Ms Patel';
  r[COL['Task type']] = 'Annual review';
  r[COL.Title] = `Task ${id}`;
  r[COL.Status] = status;
  r[COL['Done at']] = doneAt;
  return r;
}

// Which rows are old at the default 12 months is read off these ages: 800, 400 and (no Done at, clipped) 1100
// days are over a year; 180 days is not; an Open task is never tidied, however old. Over 24 months: 800 and 1100.
const ROWS = [
  row('a-done-2y', 'Done', ago(800), ago(830)),
  row('b-open-3y', 'Open', '', ago(1100)),
  row('c-done-6m', 'Done', ago(180), ago(200)),
  row('d-done-13m', 'Done', ago(400), ago(420)),
  row('e-done-no-date', 'Done', '', ago(1100)),
  row('f-progress', 'In progress', '', ago(5)),
];

function trackerWithTasks() {
  const emulator = createEmulator({ spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] } });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  app.clickMenuItem('Set up workload tracker');
  const tasks = emulator.spreadsheet.getSheetByName('Tasks')!;
  tasks.getRange(2, 1, ROWS.length, TASKS_HEADER.length).setValues(ROWS as never);
  emulator.calls.reset();
  emulator.ui.alerts.length = 0;
  const ids = () =>
    tasks
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => r[0])
      .filter((v) => v !== '');
  return { emulator, app, tasks, ids };
}

describe('Tidy old tasks…', () => {
  it('archives Done tasks older than 12 months (blank answer) to a hidden Archive tab after showing the count', () => {
    const { emulator, app, ids } = trackerWithTasks();
    emulator.ui.answers.push({ button: 'OK', text: '' }, { button: 'YES' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('3 Done tasks moved to the hidden Archive tab.');
    expect(emulator.ui.prompts[0].prompt).toContain('Leave blank for 12');
    expect(emulator.ui.alerts[0].prompt).toMatch(/^3 Done tasks finished before \d\d\/\d\d\/\d{4}\./);
    expect(emulator.ui.alerts[0].buttons).toBe('YES_NO_CANCEL');
    expect(ids()).toEqual(['b-open-3y', 'c-done-6m', 'f-progress']);
    const archive = emulator.spreadsheet.getSheetByName('Archive')!;
    expect(archive.isSheetHidden()).toBe(true);
    const archived = archive.getDataRange().getValues();
    expect(archived[0]).toEqual([...TRACKER_HEADER]);
    expect(archived.slice(1).map((r) => r[0])).toEqual(['a-done-2y', 'd-done-13m', 'e-done-no-date']);
    // One read of the Tasks tab and one write to it (and one to the new Archive tab, header and rows together).
    expect(emulator.calls.count('Range.getValues')).toBe(1);
    expect(emulator.calls.count('Range.setValues')).toBe(2);
  });

  it('appends to the Archive tab the next time, and deletes for good when asked', () => {
    const { emulator, app, ids } = trackerWithTasks();
    emulator.ui.answers.push({ button: 'OK', text: '24' }, { button: 'YES' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('2 Done tasks moved to the hidden Archive tab.');
    emulator.ui.answers.push({ button: 'OK', text: '12' }, { button: 'YES' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('1 Done task moved to the hidden Archive tab.');
    expect(
      emulator.spreadsheet
        .getSheetByName('Archive')!
        .getDataRange()
        .getValues()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['a-done-2y', 'e-done-no-date', 'd-done-13m']);
    emulator.ui.answers.push({ button: 'OK', text: '3' }, { button: 'NO' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('1 Done task deleted.');
    expect(ids()).toEqual(['b-open-3y', 'f-progress']);
  });

  it('changes nothing on Cancel at either question', () => {
    const { emulator, app, ids } = trackerWithTasks();
    emulator.ui.answers.push({ button: 'CANCEL', text: '' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('Cancelled.');
    emulator.ui.answers.push({ button: 'OK', text: '12' }, { button: 'CANCEL' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('Cancelled.');
    expect(ids()).toHaveLength(6);
    expect(emulator.calls.count('Range.setValues')).toBe(0);
    expect(emulator.spreadsheet.getSheetByName('Archive')).toBeNull();
  });

  it('answers a bad number of months, or nothing to tidy, with one sentence', () => {
    const { emulator, app } = trackerWithTasks();
    emulator.ui.answers.push({ button: 'OK', text: 'a year' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('Type a whole number of months from 1 to 120, for example 12: nothing was changed.');
    emulator.ui.answers.push({ button: 'OK', text: '120' });
    expect(app.clickMenuItem('Tidy old tasks…')).toMatch(/^No Done tasks were finished before \d\d\/\d\d\/\d{4}: nothing to tidy\.$/);
  });

  it('says to set up the tracker first where there is none', () => {
    const emulator = createEmulator({ spreadsheet: { name: 'Survey', sheets: [{ name: 'Sheet1', values: [[]] }] } });
    const app = loadBundle(emulator, CODE);
    app.call('onOpen', { authMode: 'NONE' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('There is no tracker here yet: choose Set up workload tracker first.');
  });
});
