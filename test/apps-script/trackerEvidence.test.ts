// The Workload tab as evidence, in the BUILT bundle: its figures against a count by hand of the fixture in
// trackerFixture.ts (12 weeks, Ms Khan 5 and Mr Jones 3 protected hours a week, term dates as prefilled).
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, fixtureTasks, JONES, KHAN, MONDAYS, trackerWith, workload } from './trackerFixture';

beforeAll(ensureBundle);

function refreshed() {
  const tracker = trackerWith(fixtureTasks());
  tracker.app.clickMenuItem('Refresh workload');
  return { ...tracker, ...workload(tracker.emulator) };
}

// School days of autumn 2026 up to today (Mon 30 Nov): Thu 3 and Fri 4 Sep (2), the 12 weeks from 7 Sep to
// 27 Nov (12 × 5 = 60), Mon 30 Nov (1), less half term 26–30 Oct (5); no bank holiday falls in between.
const SCHOOL_DAYS = 2 + 12 * 5 + 1 - 5; // 58
// Hours by type in autumn: 12 annual reviews × 150 min; 12 advice × 90 min (the estimate: nothing spent typed);
// 4 LA-step tasks × 30 min; one draft plan response 120 min; one consultation 60 min; one "Other" 30 min.
const ANNUAL = (12 * 150) / 60; // 30
const ADVICE = (12 * 90) / 60; // 18
const STEPS = (4 * 30) / 60; // 2
const ADMIN = ANNUAL + ADVICE + STEPS + 120 / 60 + 60 / 60 + 30 / 60; // 53.5
const PROTECTED = ((5 + 3) * SCHOOL_DAYS) / 5; // 92.8

describe('Workload: time given and time taken', () => {
  it('shows the term: hours by task type, admin hours, protected hours and their share', () => {
    const { table } = refreshed();
    const term = table('Time given and time taken, per term');
    expect(term.rows).toHaveLength(1);
    const row = term.rows[0];
    expect(term.cell(row, 'Term')).toBe('Autumn 2026');
    expect(term.cell(row, 'Annual review')).toBe(ANNUAL);
    expect(term.cell(row, 'Advice contribution')).toBe(ADVICE);
    expect(term.cell(row, 'Needs assessment request')).toBe(STEPS);
    expect(term.cell(row, 'EHCP admin hours')).toBe(ADMIN);
    expect(term.cell(row, 'Protected hours')).toBeCloseTo(PROTECTED, 10);
    expect(term.cell(row, 'Share of protected time')).toBeCloseTo(ADMIN / PROTECTED, 10); // 0.5765…
    // Only types with hours get a column: no "Phase transfer review", "Amendment response", … of zeros.
    expect(term.header).not.toContain('Phase transfer review');
    expect(term.header).not.toContain('Provision costing / top-up funding claim');
  });

  it('gives each SENCO their own share', () => {
    const { table } = refreshed();
    const per = table('Per SENCO, per term');
    const row = (senco: string) => per.rows.find((r) => r[0] === senco)!;
    // Mr Jones: 12 advice (18 h) + 2 LA steps (1 h) + the consultation (1 h); 3 h × 58/5 days.
    expect(per.cell(row(JONES), 'EHCP admin hours')).toBe(18 + 1 + 1);
    expect(per.cell(row(JONES), 'Protected hours')).toBeCloseTo((3 * SCHOOL_DAYS) / 5, 10);
    expect(per.cell(row(JONES), 'Share of protected time')).toBeCloseTo(20 / 34.8, 10);
    // Ms Khan: 12 annual reviews (30 h) + 2 LA steps (1 h) + draft plan (2 h) + other (0.5 h); 5 h × 58/5 days.
    expect(per.cell(row(KHAN), 'EHCP admin hours')).toBe(30 + 1 + 2 + 0.5);
    expect(per.cell(row(KHAN), 'Share of protected time')).toBeCloseTo(33.5 / 58, 10);
  });

  it('shows each week with real dates, protected hours (none in half term) and the share', () => {
    const { table, sheet } = refreshed();
    const weeks = table('Time given and time taken, per week');
    expect(weeks.rows).toHaveLength(13); // 7 Sep … 30 Nov
    const first = weeks.rows[0];
    expect(Object.prototype.toString.call(first[0])).toBe('[object Date]');
    expect(sheet.getRange(weeks.firstRow + 2, 1).getDisplayValue()).toBe('07/09/2026');
    // A plain week: 150 + 90 minutes = 4 h against 5 + 3 = 8 protected hours.
    expect(weeks.cell(first, 'EHCP admin hours')).toBe(4);
    expect(weeks.cell(first, 'Protected hours')).toBe(8);
    expect(weeks.cell(first, 'Share of protected time')).toBe(4 / 8);
    // Half term (26 Oct): the same 4 h plus Anyshire's decision task done on Friday 30 Oct, and no protected time.
    const halfTerm = weeks.rows[MONDAYS.indexOf('2026-10-26')];
    expect(weeks.cell(halfTerm, 'EHCP admin hours')).toBe(4.5);
    expect(weeks.cell(halfTerm, 'Protected hours')).toBe(0);
    expect(weeks.cell(halfTerm, 'Share of protected time')).toBe('');
    // 23 Nov: 4 h plus the open draft plan response clipped that Monday (2 h).
    expect(weeks.cell(weeks.rows[11], 'EHCP admin hours')).toBe(6);
    expect(weeks.cell(weeks.rows[11], 'Share of protected time')).toBe(6 / 8);
    expect(sheet.getRange(weeks.firstRow + 2, weeks.header.indexOf('EHCP admin hours') + 1).getNumberFormat()).toBe('0.0');
  });

  it('charts hours by task type as stacked columns with protected hours as a line', () => {
    const { sheet, table } = refreshed();
    const weeks = table('Time given and time taken, per week');
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const spec = charts[0].spec;
    const protectedColumn = weeks.header.indexOf('Protected hours');
    expect(spec.type).toBe('COMBO');
    const letter = (c: number) => String.fromCharCode(65 + c);
    const [top, bottom] = [weeks.firstRow + 1, weeks.firstRow + 14];
    // Week and the six task types with hours (A:G), then protected hours (I), the admin total (H) left out.
    expect(spec.ranges).toEqual([
      `Workload!A${top}:${letter(protectedColumn - 2)}${bottom}`,
      `Workload!${letter(protectedColumn)}${top}:${letter(protectedColumn)}${bottom}`,
    ]);
    expect(weeks.header[protectedColumn - 1]).toBe('EHCP admin hours');
    expect(spec.options).toMatchObject({ seriesType: 'bars', isStacked: true, series: { [protectedColumn - 2]: { type: 'line' } } });
    // The chart sits in rows kept empty for it, above the weekly table.
    expect(spec.position.anchorRow).toBeLessThan(weeks.firstRow);
  });
});

describe('Workload: deadlines', () => {
  it('counts deadlines kept per LA, by hand', () => {
    const { table } = refreshed();
    const perLa = table('Deadlines kept, per LA');
    const la = (name: string) => perLa.rows.find((r) => r[0] === name)!;
    // Anyshire: annual reviews of weeks 1, 4, 7, 10 (w = 0, 3, 6, 9), none in LATE_WEEKS: 4 of 4.
    expect(la('Anyshire').slice(1, 6)).toEqual([4, 4, 0, 0, 4 / 4]);
    // Bshire: annual reviews w = 1, 4, 7, 10 (1 and 7 late) and 12 advice, all on time: 14 of 16.
    expect(la('Bshire').slice(1, 6)).toEqual([16, 14, 2, 0, 14 / 16]);
    // Cshire: annual reviews w = 2, 5, 8, 11 (5 late) and the open draft plan response past 27 Nov: 3 of 5.
    expect(la('Cshire').slice(1, 6)).toEqual([5, 3, 1, 1, 3 / 5]);
    // Median of (done − due) for Cshire's done tasks: −1, −1, −1, +1 → (−1 + −1) / 2 = −1.
    expect(la('Cshire')[6]).toBe('1 day early');
  });

  it('counts deadlines kept per task type', () => {
    const { table } = refreshed();
    const perType = table('Deadlines kept, per task type');
    const type = (name: string) => perType.rows.find((r) => r[0] === name)!;
    expect(type('Annual review').slice(1, 6)).toEqual([12, 9, 3, 0, 9 / 12]);
    expect(type('Advice contribution').slice(1, 6)).toEqual([12, 12, 0, 0, 1]);
    expect(type('Draft plan response').slice(1, 7)).toEqual([1, 0, 0, 1, 0, '–']);
    // LA steps are the LA's deadlines, not the school's: they are not in this table.
    expect(perType.rows.map((r) => r[0])).not.toContain('Needs assessment request');
  });

  it('counts LA timeliness from the due basis and "LA acted on"', () => {
    const { table } = refreshed();
    const steps = table('LA timeliness');
    const rows = steps.rows.filter((r) => ['Anyshire', 'Bshire', 'Cshire'].includes(String(r[0]))).map((r) => r.slice(0, 6));
    // Anyshire decided on 30 Oct, limit 2 Nov (its final plan, due 10 Dec, is not counted yet); Bshire's final plan
    // came on 20 Nov, limit 13 Nov; Cshire's decision was due 16 Nov and has not come.
    expect(rows).toEqual([
      ['Anyshire', 1, 1, 0, 0, 1],
      ['Bshire', 1, 0, 1, 0, 0],
      ['Cshire', 1, 0, 0, 1, 0],
    ]);
  });

  it('lists open tasks due in 14 days or overdue, per SENCO', () => {
    const { values } = refreshed();
    const text = values.map((r) => r.filter((c) => c !== '').join(' | '));
    expect(text).toContain('Ms A. Khan: 2 overdue, 0 due in the next 14 days');
    expect(text).toContain('Mr B. Jones: 0 overdue, 2 due in the next 14 days');
    expect(text.some((l) => l.includes('3 days overdue | X.Y. | Draft plan response'))).toBe(true);
    // "Other", due 20 Dec, is 20 days away.
    expect(text.some((l) => l.includes('Transport form'))).toBe(false);
  });
});
