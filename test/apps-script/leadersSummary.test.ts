// Summary for senior leaders… in the BUILT bundle, on the tracker of trackerFixture.ts (12 weeks, two SENCOs, three
// LAs; Ms Khan 5 and Mr Jones 3 protected hours a week; term dates as prefilled), against a count by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle } from '../emulator';
import { ensureBundle, fixtureTasks, trackerWith } from './trackerFixture';

beforeAll(ensureBundle);

const ITEM = 'Summary for senior leaders…';
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The shown term's section of the dialog: its table rows as cell texts, and its statement. */
function shown(content: string) {
  const section = /<section class="leaders"[^>]*data-term="([^"]*)">([\s\S]*?)<\/section>/.exec(content);
  if (!section) throw new Error('No term is shown');
  const rows = [...section[2].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => text(c[1])),
  );
  const statement = [...section[2].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]));
  const tiles = [...section[2].matchAll(/<div class="tile"><b>([^<]*)<\/b><span>([^<]*)<\/span>/g)].map((m) => [text(m[1]), text(m[2])]);
  const row = (first: string) => rows.find((r) => r[0] === first);
  return { term: section[1], rows, row, statement, tiles, text: text(section[2]) };
}

function opened() {
  const tracker = trackerWith(fixtureTasks());
  tracker.app.clickMenuItem(ITEM);
  const dialog = tracker.emulator.ui.dialogs.at(-1)!;
  return { ...tracker, dialog };
}

// From test/apps-script/trackerEvidence.test.ts's count of the same fixture: autumn 2026 to Mon 30 Nov has 58 school
// days (11.6 school weeks); 53.5 admin hours (annual reviews 30, advice 18, LA-step tasks 2, the draft plan
// response 2, the consultation 1, "Other" 0.5); protected hours (5 + 3) × 58 / 5 = 92.8.
describe('Summary for senior leaders: the figures', () => {
  it('opens as a dialog over the sheet, on the term running today', () => {
    const { dialog, emulator } = opened();
    expect(emulator.ui.alerts).toEqual([]);
    expect(dialog).toMatchObject({ modal: false, title: 'Summary for senior leaders', width: 860, height: 720 });
    expect(shown(dialog.content).term).toBe('Autumn 2026');
  });

  it('sets the term’s admin hours against protected hours, a week and in all', () => {
    const { tiles, text: all } = shown(opened().dialog.content);
    expect(tiles.slice(0, 4)).toEqual([
      ['4.6', 'EHCP admin hours a school week'], // 53.5 / 11.6 = 4.61
      ['8.0', 'protected SENCO hours a week'], // 92.8 / 11.6
      ['58%', 'of protected time taken by admin'], // 53.5 / 92.8 = 0.5765
      ['53.5 h', 'admin in 58 school days'],
    ]);
    expect(all).toContain('3 September 2026 to 18 December 2026 (counted to 30 November 2026, 58 school days) · 2 SENCOs');
  });

  it('lists the top task types with their share of the admin', () => {
    const { row } = shown(opened().dialog.content);
    expect(row('Annual review')).toEqual(['Annual review', '30.0', '56%', '']); // 30 / 53.5
    expect(row('Advice contribution')).toEqual(['Advice contribution', '18.0', '34%', '']); // 18 / 53.5
    // Two types of 2 h each (3.7%): alphabetical.
    expect(row('Draft plan response')?.slice(1, 3)).toEqual(['2.0', '4%']);
    expect(row('Needs assessment request')?.slice(1, 3)).toEqual(['2.0', '4%']);
    expect(row('Consultation response (naming a school)')?.slice(1, 3)).toEqual(['1.0', '2%']);
    // Five listed by name; "Other" (0.5 h) is the sixth.
    expect(row('1 other task type')?.slice(1, 3)).toEqual(['0.5', '1%']);
  });

  it('counts deadlines kept, overdue today and LA timeliness', () => {
    const { row, tiles } = shown(opened().dialog.content);
    // Due in autumn: 12 annual reviews (3 late: LATE_WEEKS), 12 advice (all kept), the draft plan response open past
    // 27 Nov; the consultation (4 Dec) and "Other" (20 Dec) are still ahead. 21 of 25 kept. Today: the draft plan
    // response (27 Nov) is overdue, and Cshire's decision (limit 16 Nov) has not been taken.
    expect(tiles.slice(4)).toEqual([
      ['21 of 25', 'own deadlines met by the due date (84%)'],
      ['3', 'done late'],
      ['1', 'still open past the due date'],
      ['1', 'tasks overdue on 30 November 2026'],
      ['1', 'LA steps past their time limit on 30 November 2026'],
    ]);
    // Anyshire decided by 2 Nov; Bshire's final plan came on 20 Nov, a week late; Cshire has not decided. Anyshire's
    // final plan (10 Dec) is not counted yet.
    expect(row('Anyshire')).toEqual(['Anyshire', '1', '1', '0', '0', '100%']);
    expect(row('Bshire')).toEqual(['Bshire', '1', '0', '1', '0', '0%']);
    expect(row('Cshire')).toEqual(['Cshire', '1', '0', '0', '1', '0%']);
    expect(row('All LAs')).toEqual(['All LAs', '3', '1', '1', '1', '33%']);
  });

  it('says what the figures show, and cites the Code of Practice', () => {
    expect(shown(opened().dialog.content).statement).toEqual([
      'EHCP admin took 4.6 of the 8.0 protected SENCO hours a week this term so far (58%). That left 3.4 protected hours a week for the rest of the role.',
      'The most time went on annual review (30.0 hours, 56% of the admin), then advice contribution (18.0 hours, 34%).',
      'The school met 21 of its 25 own deadlines this term by the due date (84%); 3 were done late and 1 is still open.',
      'On 30 November 2026, 1 task is past the school’s due date and 1 LA step is past its legal time limit.',
      'Local authorities took 1 of 3 statutory steps due this term within the legal time limit (33%); 1 step has not been taken yet.',
      'The SEND Code of Practice (paragraph 6.91) says the school should make sure its SENCO has “sufficient time and resources” to carry out the role.',
    ]);
  });

  it('names no pupil, task or SENCO', () => {
    const { dialog } = opened();
    for (const task of fixtureTasks()) {
      if (task.Title) expect(dialog.content).not.toContain(String(task.Title));
      if (task['Pupil (initials)']) expect(dialog.content).not.toContain(String(task['Pupil (initials)']));
      expect(dialog.content).not.toContain(String(task.SENCO));
    }
    // Initials inside titles too ("Request for P.Q."): no run of capital-dot pairs anywhere in the page's text.
    expect(text(dialog.content)).not.toMatch(/\b[A-Z]\.[A-Z]\./);
  });

  it('shows every term begun, the running one first, once a second term has begun', () => {
    const tracker = trackerWith(fixtureTasks());
    // Friday 15 January 2027: spring has begun.
    tracker.emulator.advanceTime(46 * 86_400_000);
    tracker.app.clickMenuItem(ITEM);
    const content = tracker.emulator.ui.dialogs.at(-1)!.content;
    expect([...content.matchAll(/<section class="leaders" data-term="([^"]*)"( hidden)?>/g)].map((m) => [m[1], Boolean(m[2])])).toEqual([
      ['Autumn 2026', true],
      ['Spring 2027', false],
    ]);
    expect(shown(content).statement[0]).toBe(
      'EHCP admin took 0.0 of the 8.0 protected SENCO hours a week this term so far (0%). That left 8.0 protected hours a week for the rest of the role.',
    );
  });
});

describe('Summary for senior leaders: the menu item', () => {
  it('is in the Workload tracker sub-menu built in AuthMode.NONE', () => {
    const emulator = createEmulator({ spreadsheet: { name: 'New', sheets: [{ name: 'Sheet1', values: [[]] }] } });
    const app = loadBundle(emulator, 'dist/apps-script/Code.js');
    app.call('onOpen', { authMode: 'NONE' });
    const item = emulator.ui.menuItems().find((i) => i.caption === ITEM);
    expect(item?.functionName).toBe('showLeadersSummary');
    expect(app.functions()).toContain('showLeadersSummary');
  });

  it('answers in one sentence, and opens nothing, when there is no tracker', () => {
    const emulator = createEmulator({ spreadsheet: { name: 'New', sheets: [{ name: 'Sheet1', values: [[]] }] } });
    const app = loadBundle(emulator, 'dist/apps-script/Code.js');
    app.call('onOpen', { authMode: 'NONE' });
    app.clickMenuItem(ITEM);
    expect(emulator.ui.dialogs).toEqual([]);
    expect(emulator.ui.alerts).toEqual([
      {
        title: 'SENCO Time',
        prompt: 'There is no workload tracker in this spreadsheet yet: choose Extensions → SENCO Time → Set up workload tracker first.',
        buttons: 'OK',
      },
    ]);
  });

  it('answers in one sentence when the Settings tab has no term dates', () => {
    const { emulator, app } = trackerWith(fixtureTasks());
    const settings = emulator.spreadsheet.getSheetByName('Settings')!;
    const values = settings.getDataRange().getValues();
    const from = values.findIndex((r) => String(r[0]).startsWith('Term dates'));
    settings.deleteRows(from + 1, values.length - from);
    app.clickMenuItem(ITEM);
    expect(emulator.ui.dialogs.filter((d) => d.title === 'Summary for senior leaders')).toEqual([]);
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
      'The Settings tab has no term dates: add this year’s terms there, then open the summary again.',
    );
  });
});
