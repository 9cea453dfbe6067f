// Task life cycle, the new menu items, the daily e-mail and the cost of a refresh, in the BUILT bundle.
import { beforeAll, describe, expect, it } from 'vitest';
import { TASK_HIGHLIGHTS } from '../../shared/tracker/taskHighlights';
import { COL } from '../../shared/tracker/trackerLayout';
import { createEmulator, editEvent, fireTriggers, loadBundle } from '../emulator';
import { CODE, day, ensureBundle, fixtureTasks, KHAN, NOW, type TaskSeed, trackerWith } from './trackerFixture';

beforeAll(ensureBundle);

const NEW_ITEMS = ['Export network summary…', 'Email me what is due…'];

describe('Status drives the row (simple onEdit trigger)', () => {
  it('fills Done at and Minutes spent when a row is set to Done, in LIMITED auth', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    // Row 2 + 30: the open draft plan response (120 min estimated, no Done at, nothing spent).
    const row = 2 + fixtureTasks().findIndex((t) => t['Task type'] === 'Draft plan response');
    const status = sheet.getRange(row, COL.Status + 1);
    status.setValue('Done');
    emulator.calls.reset();
    app.run('onEdit', [editEvent(emulator, status, { value: 'Done', oldValue: 'Open' })], { authMode: 'LIMITED' });
    const done = sheet.getRange(row, COL['Done at'] + 1);
    expect(done.getDisplayValue()).toBe('30/11/2026');
    expect(sheet.getRange(row, COL['Minutes spent'] + 1).getValue()).toBe(120);
    // One read and one write, whatever the tab holds.
    expect(emulator.calls.count('Range.getValues')).toBe(1);
    expect(emulator.calls.count('Range.setValues')).toBe(1);
  });

  it('keeps Done at and Minutes spent that were typed, and does nothing off the Status column or tab', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    const row = 2 + fixtureTasks().findIndex((t) => t.Title === 'Transport form');
    sheet.getRange(row, COL['Done at'] + 1, 1, 2).setValues([[day('2026-11-27'), 45]]);
    sheet.getRange(row, COL.Status + 1).setValue('Done');
    app.run('onEdit', [editEvent(emulator, sheet.getRange(row, COL.Status + 1), { value: 'Done' })], { authMode: 'LIMITED' });
    expect(sheet.getRange(row, COL['Done at'] + 1, 1, 2).getDisplayValues()[0]).toEqual(['27/11/2026', '45']);
    emulator.calls.reset();
    app.run('onEdit', [editEvent(emulator, sheet.getRange(row, COL.Title + 1), { value: 'x' })], { authMode: 'LIMITED' });
    app.run('onEdit', [editEvent(emulator, emulator.spreadsheet.getSheetByName('Sheet1')!.getRange('N2'), { value: 'Done' })], {
      authMode: 'LIMITED',
    });
    expect(emulator.calls.count('Range.setValues')).toBe(0);
  });

  it('handles a pasted block of statuses in one read and one write', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    const first = 2 + fixtureTasks().length - 3;
    const block = sheet.getRange(first, COL.Status + 1, 3, 1);
    block.setValues([['Done'], ['Done'], ['Done']]);
    app.run('onEdit', [editEvent(emulator, block)], { authMode: 'LIMITED' });
    expect(sheet.getRange(first, COL['Done at'] + 1, 3, 2).getDisplayValues()).toEqual([
      ['30/11/2026', '120'],
      ['30/11/2026', '60'],
      ['30/11/2026', '30'],
    ]);
  });

  it('offers the four statuses and colours overdue and due-soon rows by formula', () => {
    const { emulator } = trackerWith([]);
    const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
    expect(sheet.getRange(2, COL.Status + 1).getDataValidation()!.spec).toMatchObject({
      values: [['Open', 'In progress', 'Waiting for the LA', 'Done'], true],
    });
    const rules = sheet.getConditionalFormatRules().map((r) => r.spec);
    expect(rules.map((r) => r.boolean?.values[0])).toEqual(TASK_HIGHLIGHTS.map((h) => h.formula));
    expect(rules[0].boolean).toMatchObject({ criteria: 'CUSTOM_FORMULA', values: ['=AND($K2<>"",$K2<TODAY(),$N2<>"Done")'] });
    expect(rules[1].boolean!.values[0]).toBe('=AND($K2<>"",$K2>=TODAY(),$K2<=TODAY()+7,$N2<>"Done")');
    // Every Tasks column, A (Clip ID) to R (LA contact, the 18th).
    expect(rules[0].ranges).toEqual(['Tasks!A2:R1000']);
  });
});

describe('an older tracker', () => {
  it('gains "LA acted on", the protected-time and term sections at Set up, without a repair message or touching tasks', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    const tasks = emulator.spreadsheet.getSheetByName('Tasks')!;
    tasks.getRange(1, 17).setValue('');
    const settings = emulator.spreadsheet.getSheetByName('Settings')!;
    settings.deleteRows(12, settings.getLastRow() - 11);
    const before = tasks.getRange(2, 1, 3, 16).getValues();
    expect(app.clickMenuItem('Set up workload tracker')).toBe(
      'The tracker was already set up: its dropdowns and formats were checked and the Workload tab refreshed.',
    );
    expect(tasks.getRange(1, 17).getValue()).toBe('LA acted on');
    expect(tasks.getRange(2, 1, 3, 16).getValues()).toEqual(before);
    const rows = settings.getDataRange().getDisplayValues();
    expect(rows.map((r) => r[0])).toContain('Any other SENCO');
    expect(rows.find((r) => r[0] === 'Autumn 2026')).toEqual(['Autumn 2026', '03/09/2026', '26/10/2026', '30/10/2026', '18/12/2026']);
  });

  it('gains "LA contact" at the end at Set up, without a repair message or moving "LA acted on"', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    const tasks = emulator.spreadsheet.getSheetByName('Tasks')!;
    tasks.getRange(1, 18).setValue('');
    const before = tasks.getRange(2, 1, 3, 17).getValues();
    expect(app.clickMenuItem('Set up workload tracker')).toBe(
      'The tracker was already set up: its dropdowns and formats were checked and the Workload tab refreshed.',
    );
    expect(tasks.getRange(1, 17, 1, 2).getValues()[0]).toEqual(['LA acted on', 'LA contact']);
    expect(tasks.getRange(2, 1, 3, 17).getValues()).toEqual(before);
  });
});

describe('new menu items', () => {
  it('are only added by onOpen in AuthMode.NONE, and each names a top-level function', () => {
    const emulator = createEmulator();
    const app = loadBundle(emulator, CODE);
    app.call('onOpen', { authMode: 'NONE' });
    const items = emulator.ui.menuItems();
    for (const caption of NEW_ITEMS) {
      const item = items.find((i) => i.caption === caption);
      expect(item, caption).toBeDefined();
      expect(app.has(item!.functionName)).toBe(true);
    }
    expect(emulator.calls.total).toBe(
      emulator.calls.count('SpreadsheetApp.getUi') +
        emulator.calls.count('Ui.createAddonMenu') +
        emulator.calls.count('Ui.createMenu') +
        emulator.calls.sequence('Menu.').length,
    );
  });

  it.each(NEW_ITEMS)('"%s" says in one sentence that there is no tracker yet', (caption) => {
    const emulator = createEmulator({ clock: NOW });
    const app = loadBundle(emulator, CODE);
    app.call('onOpen', { authMode: 'NONE' });
    app.clickMenuItem(caption);
    expect(emulator.ui.alerts).toHaveLength(1);
    expect(emulator.ui.alerts[0].prompt).toBe(
      'There is no workload tracker in this spreadsheet yet: choose Extensions → SENCO Time → Set up workload tracker first.',
    );
    expect(emulator.triggers.all).toHaveLength(0);
  });
});

describe('Email me what is due… (opt-in daily e-mail)', () => {
  it('asks first, then creates one daily trigger at 7 for the user; the same item turns it off', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    emulator.ui.answers.push({ button: 'NO' });
    app.clickMenuItem('Email me what is due…');
    expect(emulator.ui.alerts[0].prompt).toMatch(/^Every morning at about 7 a\.m\., SENCO Time will e-mail you .*Turn it on\?$/);
    expect(emulator.triggers.all).toHaveLength(0);
    app.clickMenuItem('Email me what is due…');
    expect(emulator.triggers.all).toEqual([
      expect.objectContaining({ handler: 'sendDueDigest', eventType: 'CLOCK', everyDays: 1, atHour: 7, owner: 'senco@example.org' }),
    ]);
    app.clickMenuItem('Email me what is due…');
    expect(emulator.ui.alerts[2].prompt).toBe('You get a daily e-mail of the tasks that are due. Turn it off?');
    expect(emulator.triggers.all).toHaveLength(0);
  });

  it('sends the person who turned it on what is overdue or due in 7 days, without pupils or titles', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    app.clickMenuItem('Email me what is due…');
    fireTriggers(emulator, app);
    expect(emulator.mail.sent).toHaveLength(1);
    const mail = emulator.mail.sent[0];
    expect(mail.to).toBe('senco@example.org');
    // Overdue: Cshire's decision (16 Nov) and the draft plan response (27 Nov); due within 7 days: the consultation (4 Dec).
    expect(mail.subject).toBe('SENCO Time: 2 overdue, 1 due in 7 days');
    expect(mail.body).toContain('- 27/11/2026 (3 days overdue): Draft plan response, Cshire, Ms A. Khan');
    expect(mail.body).toContain('- 04/12/2026 (due in 4 days): Consultation response (naming a school), Anyshire, Mr B. Jones');
    for (const t of fixtureTasks()) {
      if (t['Pupil (initials)']) expect(mail.body).not.toContain(String(t['Pupil (initials)']));
      expect(mail.body).not.toContain(String(t.Title));
    }
  });

  it('sends nothing when nothing is due, and stops at the daily quota', () => {
    const quiet: TaskSeed[] = [
      {
        SENCO: KHAN,
        'Task type': 'Other',
        'Clipped at': day('2026-11-02'),
        'Due date': day('2027-01-20'),
        'Estimated minutes': 30,
        Status: 'Open',
        Title: 'Later',
      },
    ];
    const calm = trackerWith(quiet);
    calm.app.clickMenuItem('Email me what is due…');
    expect(fireTriggers(calm.emulator, calm.app)).toEqual(['nothing due']);
    expect(calm.emulator.mail.sent).toHaveLength(0);

    const { emulator, app } = trackerWith(fixtureTasks());
    app.clickMenuItem('Email me what is due…');
    // 100 recipients a day on a consumer account (Apps Script quotas page): the 100 used up elsewhere today.
    for (let i = 0; i < 100; i++)
      emulator.mail.record({ to: `parent${i}@example.org`, cc: '', bcc: '', subject: '', body: '', from: 'senco@example.org' });
    expect(fireTriggers(emulator, app)).toEqual(['no e-mail quota left today']);
    expect(emulator.mail.sent).toHaveLength(100);
  });
});

describe('refreshing the Workload tab', () => {
  /** `n` tasks over 20 weeks from 3 SENCOs, 3 LAs and all ten task types, mostly done. */
  function manyTasks(n: number): TaskSeed[] {
    const types = [
      'Needs assessment request',
      'Advice contribution',
      'Draft plan response',
      'Consultation response (naming a school)',
      'Annual review',
      'Phase transfer review',
      'Amendment response',
      'Tribunal or mediation evidence',
      'Provision costing / top-up funding claim',
      'Other',
    ];
    return Array.from({ length: n }, (_, i) => {
      const clipped = new Date(Date.parse('2026-07-13T12:00:00Z') + (i % 140) * 86_400_000);
      const due = new Date(clipped.getTime() + ((i % 21) - 3) * 86_400_000);
      const done = i % 5 !== 0;
      return {
        SENCO: ['A', 'B', 'C'][i % 3],
        LA: ['Anyshire', 'Bshire', 'Cshire'][i % 3],
        'Task type': types[i % 10],
        'Clipped at': clipped,
        'Due date': due,
        'Estimated minutes': 30 + (i % 7) * 15,
        Status: done ? 'Done' : 'Open',
        'Done at': done ? new Date(clipped.getTime() + 2 * 86_400_000) : '',
        Title: `Task ${i}`,
      };
    });
  }

  it('makes the same service calls for 1,000 and 20,000 tasks', () => {
    const counts = [1_000, 20_000].map((n) => {
      const { app } = trackerWith(manyTasks(n));
      app.clickMenuItem('Refresh workload');
      return app.lastExecution!.calls;
    });
    expect(counts[1]).toBe(counts[0]);
    // Reading two tabs (Tasks column block by column block, skipping the ids, school, details and page address)
    // and writing one, checking the clip index: a few dozen calls for the layout, none per task.
    expect(counts[0]).toBeLessThan(130);
    console.log(`Refresh workload: ${counts[0]} service calls for 1,000 tasks and ${counts[1]} for 20,000.`);
  }, 120_000);
});
