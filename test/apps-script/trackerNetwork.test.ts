// Export network summary…: six schools' trackers export, and the command line analyses the exports together
// as a survey of schools. Runs the BUILT bundle and the BUILT CLI (dist/cli/senco-time.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../cli/readCsv';
import { ensureBundle, type TaskSeed, trackerWith } from './trackerFixture';

const CLI = 'dist/cli/senco-time.mjs';
const out = mkdtempSync(join(tmpdir(), 'senco-network-'));
beforeAll(() => {
  ensureBundle();
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const SCHOOLS = ['Oak Primary', 'Ash Academy', 'Elm Special', 'Birch Infants', 'Holly Juniors', 'Yew High'];
const PUPIL = (s: number, i: number) => `${String.fromCharCode(65 + s)}.${String.fromCharCode(65 + (i % 26))}.`;
const TITLE = (s: number, i: number) => `Advice for case ${s}-${i} of the Smith family`;
const DETAILS = (s: number, i: number) => `Ring Jamie's mum about case ${s}-${i}, EHC ref LA/${s}/${i}`;
const URL = (s: number, i: number) => `https://ehc.example.gov.uk/case/${s}0${i}`;

/**
 * School s: 12 weeks of tasks (the last school only 3), 2 to 4 a week, longer tasks at some schools than
 * others, done a day before or after their due date, for Anyshire or Bshire.
 */
function schoolTasks(s: number): TaskSeed[] {
  const weeks = s === 5 ? 3 : 12;
  const tasks: TaskSeed[] = [];
  for (let w = 0; w < weeks; w++) {
    for (let k = 0; k < 2 + ((w + s) % 3); k++) {
      const i = tasks.length;
      const monday = Date.parse('2026-09-07T12:00:00Z') + (12 - weeks + w) * 7 * 86_400_000;
      const done = new Date(monday + (1 + k) * 86_400_000);
      tasks.push({
        'Clip ID': `00000000-0000-4000-8000-${String(s * 1000 + i).padStart(12, '0')}`,
        SENCO: `SENCO of ${SCHOOLS[s]}`,
        School: SCHOOLS[s],
        LA: i % 2 === 0 ? 'Anyshire' : 'Bshire',
        'Pupil (initials)': PUPIL(s, i),
        'Task type': ['Annual review', 'Advice contribution', 'Draft plan response'][k % 3],
        Title: TITLE(s, i),
        Details: DETAILS(s, i),
        Source: URL(s, i),
        'Clipped at': new Date(monday),
        'Due date': new Date(done.getTime() + ((i + s) % 4 === 0 ? -1 : 1) * 86_400_000),
        'Estimated minutes': 60 + 30 * s + 15 * ((w * 7 + k) % 5),
        Status: 'Done',
        'Done at': done,
      });
    }
  }
  return tasks;
}

function exportSchool(s: number) {
  const { emulator, app } = trackerWith(schoolTasks(s), { [`SENCO of ${SCHOOLS[s]}`]: 4 + s });
  app.clickMenuItem('Export network summary…');
  const tab = emulator.spreadsheet.getSheetByName('Network summary')!.getDataRange().getValues();
  const dialog = emulator.ui.dialogs.at(-1)!;
  const csv = (dialog.content.match(/<textarea[^>]*>([\s\S]*)<\/textarea>/)?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { tab, csv, dialog };
}

describe('Export network summary…', () => {
  const exports = SCHOOLS.map((_, s) => exportSchool(s));

  it('writes one row per school and week, the same in the tab and in the dialog, with no pupil, title, details or link', () => {
    const first = exports[0];
    expect(first.dialog.title).toBe('Network summary');
    const parsed = readCsv(new TextEncoder().encode(first.csv));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows[0]).toEqual(first.tab[0].map(String));
    expect(parsed.rows).toHaveLength(13); // header + 12 weeks
    expect(parsed.rows[1].slice(0, 3)).toEqual(['Oak Primary', '07/09/2026', '2026-W37']);
    exports.forEach(({ csv, tab, dialog }, s) => {
      const everything = csv + JSON.stringify(tab) + dialog.content;
      schoolTasks(s).forEach((_, i) => {
        for (const secret of [PUPIL(s, i), TITLE(s, i), DETAILS(s, i), URL(s, i), `SENCO of ${SCHOOLS[s]}`])
          expect(everything).not.toContain(secret);
      });
    });
  });

  it('counts a week by hand: hours, protected hours, and deadlines kept by LA', () => {
    const parsed = readCsv(new TextEncoder().encode(exports[0].csv));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, week1] = parsed.rows;
    const cell = (name: string) => week1[header.indexOf(name)];
    // Oak (s = 0), week w = 0: k = 0, 1 (2 tasks): 60 + 15·0 and 60 + 15·1 minutes = 135 min = 2.25 h → 2.3.
    expect(cell('EHCP admin hours')).toBe('2.3');
    expect(cell('Hours: Annual review')).toBe('1');
    expect(cell('Hours: Advice contribution')).toBe('1.3');
    // 4 protected hours in a full school week; 2.25 / 4 = 56.25 % → 56.3.
    expect(cell('Protected hours')).toBe('4');
    expect(cell('Share of protected time (%)')).toBe('56.3');
    // Task 0 (Anyshire): due a day before it was done ((0 + 0) % 4 = 0) → late; task 1 (Bshire) → on time.
    expect([cell('Tasks done by the due date'), cell('Tasks done late')]).toEqual(['1', '1']);
    expect([
      cell('Anyshire: tasks done by the due date'),
      cell('Anyshire: tasks done late'),
      cell('Bshire: tasks done by the due date'),
      cell('Bshire: tasks done late'),
    ]).toEqual(['0', '1', '1', '0']);
  });

  it('analyses as a survey of schools with the command line', () => {
    const files = exports.map(({ csv }, s) => {
      const file = join(out, `${SCHOOLS[s].toLowerCase().replace(/ /g, '-')}.csv`);
      writeFileSync(file, csv);
      return file;
    });
    execFileSync(process.execPath, [CLI, 'analyse', ...files, '--out', join(out, 'report')], { encoding: 'utf8' });
    const report = JSON.parse(readFileSync(join(out, 'report', 'report.json'), 'utf8'));
    // 5 schools × 12 weeks + 3 weeks of Yew High.
    expect(report.respondents).toBe(63);
    const admin = report.questions.find((q: { header: string }) => q.header === 'EHCP admin hours');
    expect(admin).toBeDefined();
    expect(admin.n).toBe(63);
    // Hours carry a decimal, so they are read as numbers (mean, median), not as a 0–10 scale.
    expect(admin.kind).toBe('number');
    expect(admin.median).toBeGreaterThan(0);
    expect(report.findings.length).toBeGreaterThan(0);
    // Schools are compared by Source; Yew High, with 3 rows, is under 5 and never described.
    const bySchool = report.comparisons.filter((c: { groupHeader: string }) => c.groupHeader === 'Source');
    expect(bySchool.length).toBeGreaterThan(0);
    for (const c of bySchool) {
      expect(c.suppressedGroups).toEqual(['yew-high']);
      expect(c.groups.map((g: { label: string }) => g.label)).not.toContain('yew-high');
    }
    expect(report.caveats.join(' ')).toMatch(/fewer than 5 respondents \(.*yew-high.*\)/);
  });

  it('reads the count columns (tasks done, protected hours) as numbers, not 0–10 scales, and compares them by school', () => {
    const report = JSON.parse(readFileSync(join(out, 'report', 'report.json'), 'utf8'));
    const question = (header: string) => report.questions.find((q: { header: string }) => q.header === header);
    const counts = [
      'Tasks done by the due date',
      'Tasks done late',
      'Protected hours',
      'Anyshire: tasks done late',
      'Bshire: tasks done late',
    ];
    // Whole numbers from 0 to 9 every one: before the count hint each was taken for a rating scale.
    for (const header of counts) expect(question(header), header).toMatchObject({ kind: 'number', n: 63, levels: [] });
    // R 4.2.2, the six exports read with read.csv and bound together: quantile(x, type = 7).
    expect(question('Tasks done late').quartiles).toEqual({ min: 0, lower: 0.5, median: 1, upper: 1, max: 1 });
    expect(question('Tasks done by the due date').quartiles).toEqual({ min: 1, lower: 2, median: 2, upper: 3, max: 3 });
    expect(question('Protected hours').quartiles).toEqual({ min: 0, lower: 4.5, median: 6, upper: 7, max: 9 });
    const bySchool = (header: string) =>
      report.comparisons.find((c: { groupHeader: string; itemHeader: string }) => c.groupHeader === 'Source' && c.itemHeader === header);
    // R 4.2.2, Yew High (3 weeks) left out as in the report: kruskal.test(x ~ factor(school))$statistic, $p.value.
    expect(bySchool('Protected hours')).toMatchObject({ test: 'kruskal-wallis', df: 4 });
    expect(bySchool('Protected hours').statistic).toBeCloseTo(41.28759, 4);
    expect(bySchool('Protected hours').p).toBeCloseTo(2.343402e-8, 13);
    expect(bySchool('Anyshire: tasks done late').statistic).toBeCloseTo(32.18182, 4);
    expect(bySchool('Anyshire: tasks done late').p).toBeCloseTo(1.756193e-6, 11);
    expect(bySchool('Protected hours').groups.map((g: { median: number }) => g.median)).toEqual([4, 5, 6, 7, 8]);
  });
});
