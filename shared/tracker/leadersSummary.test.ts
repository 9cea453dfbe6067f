import { describe, expect, it } from 'vitest';
import { LAS_LISTED, leadersSummary, TYPES_LISTED } from './leadersSummary';
import type { TaskRecord } from './taskRecords';
import { type TrackerSettings, TYPICAL_TERMS } from './trackerSettings';

const task = (o: Partial<TaskRecord>): TaskRecord => ({
  clippedOn: '2027-01-04',
  senco: 'A',
  school: 'Oak Primary',
  la: 'Anyshire',
  taskType: 'Annual review',
  title: 'Annual review for K.L.',
  pupil: 'K.L.',
  dueDate: '',
  dueBasis: '',
  minutes: 60,
  status: 'Open',
  doneOn: '',
  laActedOn: '',
  ...o,
});
const DECISION = (from: string) =>
  `The local authority must say whether it will carry out an EHC needs assessment within 6 weeks of receiving the request on ${from} (SEND Regulations 2014, reg 5(1)).`;

/** Autumn 2026 and spring 2027 as prefilled (docs/tracker-evidence.md); SENCO A has 4 protected hours, B none. */
const settings = (): TrackerSettings =>
  ({
    minutes: {},
    protectedHours: new Map([['A', 4]]),
    defaultProtectedHours: null,
    terms: TYPICAL_TERMS.slice(0, 2),
  }) as unknown as TrackerSettings;

// Today is Friday 15 January 2027, in the second week of spring.
const TODAY = '2027-01-15';
const TASKS = [
  task({ status: 'Done', doneOn: '2027-01-06', dueDate: '2027-01-07', minutes: 180 }), // on time, 3 h
  task({ taskType: 'Advice contribution', status: 'Done', doneOn: '2027-01-12', dueDate: '2027-01-08', minutes: 60 }), // late, 1 h
  task({ taskType: 'Draft plan response', clippedOn: '2027-01-11', dueDate: '2027-01-14', minutes: 120, la: 'Bshire' }), // open past due, 2 h
  task({ senco: 'B', taskType: 'Other', clippedOn: '2027-01-13', dueDate: '2027-01-20', minutes: 30 }), // in time, 0.5 h
  // LA steps, clipped in December (30 min each, counted then while open): Anyshire decided in time, Bshire has not.
  task({
    taskType: 'Needs assessment request',
    clippedOn: '2026-12-01',
    dueDate: '2027-01-11',
    dueBasis: DECISION('30/11/2026'),
    laActedOn: '2027-01-08',
    status: 'Waiting for the LA',
    minutes: 30,
  }),
  task({
    taskType: 'Needs assessment request',
    clippedOn: '2026-12-02',
    dueDate: '2027-01-13',
    dueBasis: DECISION('02/12/2026'),
    la: 'Bshire',
    status: 'Waiting for the LA',
    minutes: 30,
  }),
  // Autumn: one annual review done two days early, 1.5 h.
  task({ clippedOn: '2026-11-02', status: 'Done', doneOn: '2026-11-10', dueDate: '2026-11-12', minutes: 90 }),
];

function summary(tasks = TASKS, today = TODAY, s = settings()) {
  const result = leadersSummary({ tasks, settings: s, today });
  if (!result.ok) throw new Error(result.message);
  return result.summary;
}

describe('summary for senior leaders, counted by hand', () => {
  it('shows every term begun, the running one first, with its hours against protected hours', () => {
    const s = summary();
    expect(s.terms.map((t) => t.name)).toEqual(['Autumn 2026', 'Spring 2027']);
    expect(s.chosen).toBe(1);
    const spring = s.terms[1];
    // 4–8 and 11–15 January: 10 school days (New Year's Day is before the term), so 2 school weeks.
    expect(spring).toMatchObject({ running: true, countedTo: TODAY, schoolDays: 10, sencos: 2 });
    // 3 + 1 + 2 + 0.5 hours; the two LA steps fall in December, when they were clipped.
    expect(spring.adminHours).toBe(6.5);
    expect(spring.protectedHours).toBe(8); // A: 4 h × 10 / 5; B has no hours set
    expect(spring.share).toBe(6.5 / 8);
    expect(spring.adminPerWeek).toBe(3.25);
    expect(spring.protectedPerWeek).toBe(4);
  });

  it('ranks task types by hours, each with its share of the admin', () => {
    const spring = summary().terms[1];
    expect(spring.topTypes).toEqual([
      { type: 'Annual review', hours: 3, share: 3 / 6.5 },
      { type: 'Draft plan response', hours: 2, share: 2 / 6.5 },
      { type: 'Advice contribution', hours: 1, share: 1 / 6.5 },
      { type: 'Other', hours: 0.5, share: 0.5 / 6.5 },
    ]);
    expect(spring.otherTypes).toBeNull();
  });

  it('counts the deadlines and LA steps due in the term, and what is overdue today', () => {
    const s = summary();
    // Due in spring, the school's own: the annual review (kept), the advice (late), the draft plan response (open
    // past 14 Jan); "Other" is due on 20 Jan, still ahead.
    expect(s.terms[1].deadlines).toEqual({ due: 3, onTime: 1, late: 1, open: 1, share: 1 / 3 });
    expect(s.terms[1].laTotal).toEqual({ la: 'All LAs', steps: 2, onTime: 1, late: 0, notYet: 1, share: 1 / 2 });
    expect(s.terms[1].las.map((r) => [r.la, r.steps, r.onTime, r.notYet])).toEqual([
      ['Anyshire', 1, 1, 0],
      ['Bshire', 1, 0, 1],
    ]);
    expect(s.overdueNow).toEqual({ tasks: 1, laSteps: 1 });
  });

  it('counts a finished term to its end', () => {
    const autumn = summary().terms[0];
    // 3–4 Sep (2) + 15 weeks from 7 Sep to 18 Dec (75) − half term 26–30 Oct (5): 2 + 75 − 5 = 72 school days.
    expect(autumn).toMatchObject({ running: false, countedTo: '2026-12-18', schoolDays: 72 });
    expect(autumn.adminHours).toBe(1.5 + 0.5 + 0.5);
    expect(autumn.protectedHours).toBeCloseTo((4 * 72) / 5, 10);
    expect(autumn.deadlines).toEqual({ due: 1, onTime: 1, late: 0, open: 0, share: 1 });
    expect(autumn.laTotal.steps).toBe(0);
  });

  it('shows the term just ended during the holiday that follows it', () => {
    // Christmas Day 2026: autumn has ended, spring has not begun.
    const s = summary(TASKS, '2026-12-25');
    expect(s.terms.map((t) => [t.name, t.running])).toEqual([['Autumn 2026', false]]);
    expect(s.chosen).toBe(0);
    expect(s.terms[0].statement[0]).toMatch(/ a week this term \(/);
  });

  it('says what the figures show in plain words, citing the Code of Practice', () => {
    expect(summary().terms[1].statement).toEqual([
      'EHCP admin took 3.3 of the 4.0 protected SENCO hours a week this term so far (81%). That left 0.7 protected hours a week for the rest of the role.',
      'The most time went on annual review (3.0 hours, 46% of the admin), then draft plan response (2.0 hours, 31%).',
      'The school met 1 of its 3 own deadlines this term by the due date (33%); 1 was done late and 1 is still open.',
      'On 15 January 2027, 1 task is past the school’s due date and 1 LA step is past its legal time limit.',
      'Local authorities took 1 of 2 statutory steps due this term within the legal time limit (50%); 1 step has not been taken yet.',
      'The SEND Code of Practice (paragraph 6.91) says the school should make sure its SENCO has “sufficient time and resources” to carry out the role.',
    ]);
  });

  it('says so when admin takes more than the protected time, or no hours are set', () => {
    const heavy = [...TASKS, task({ status: 'Done', doneOn: '2027-01-14', minutes: 120 * 60 })];
    expect(summary(heavy).terms[1].statement[0]).toBe(
      'EHCP admin took 63.3 of the 4.0 protected SENCO hours a week this term so far (1581%). That is 59.3 hours a week more than the protected time given.',
    );
    const none = { ...settings(), protectedHours: new Map() };
    expect(summary(TASKS, TODAY, none).terms[1].statement[0]).toBe(
      'EHCP admin took 3.3 hours a school week this term so far; no protected SENCO hours are set in the Settings tab, so there is nothing to set them against.',
    );
  });

  it('sums the task types and LAs after the ones it lists', () => {
    const types = [
      'Annual review',
      'Advice contribution',
      'Draft plan response',
      'Other',
      'Amendment response',
      'Phase transfer review',
      'Tribunal or mediation evidence',
    ];
    const many = types.map((taskType, i) =>
      task({ taskType, la: `LA ${i}`, minutes: 60 * (types.length - i), dueDate: '2027-01-13', dueBasis: DECISION('02/12/2026') }),
    );
    const spring = summary(many).terms[1];
    expect(spring.topTypes).toHaveLength(TYPES_LISTED);
    // 7 + 6 + 5 + 4 + 3 listed; 2 + 1 hours in the other two.
    expect(spring.otherTypes).toEqual({ count: 2, hours: 3, share: 3 / 28 });
    expect(spring.las).toHaveLength(LAS_LISTED);
    expect(spring.otherLas).toMatchObject({ count: 2, steps: 2, notYet: 2 });
    expect(spring.laTotal).toMatchObject({ steps: 7, notYet: 7 });
  });

  it('holds no pupil initials, task titles or SENCO names', () => {
    const text = JSON.stringify(summary());
    expect(text).not.toContain('K.L.');
    expect(text).not.toContain('Annual review for');
    expect(text).not.toMatch(/"A"|"B"/);
  });

  it('answers in one sentence when there are no term dates or none has begun', () => {
    const none = leadersSummary({ tasks: TASKS, settings: { ...settings(), terms: [] }, today: TODAY });
    expect(none).toEqual({
      ok: false,
      message: 'The Settings tab has no term dates: add this year’s terms there, then open the summary again.',
    });
    const early = leadersSummary({ tasks: TASKS, settings: settings(), today: '2026-08-01' });
    expect(early).toEqual({ ok: false, message: 'No term in the Settings tab has begun by 1 August 2026: check the term dates there.' });
  });
});
