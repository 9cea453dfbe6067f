// End to end: a staff survey that collected names, contact details, identifiers, addresses, dates of birth and
// signatures (test/fixtures/surveys/staff-with-identifiers.csv), through the BUILT command line and the BUILT
// Apps Script add-on: none of those values may reach any output, and the report must say what was withheld and why.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../cli/readCsv';
import { type Analysis, AnalysisSchema } from '../shared/analysis/analysisSchema';
import { asSeed, asSheetValues } from './apps-script/sheetValues';
import { createEmulator, loadBundle } from './emulator';

const FIXTURE = 'test/fixtures/surveys/staff-with-identifiers.csv';
const CLI = 'dist/cli/senco-time.mjs';
const CODE = 'dist/apps-script/Code.js';

const csv = readCsv(readFileSync(FIXTURE));
if (!csv.ok) throw new Error(csv.message);
const [header, ...rows] = csv.rows;

/** The fixture's identifying columns and why each must be withheld (a reviewer can read them in the CSV). */
const WITHHELD = [
  { header: 'SENCO name', reason: 'names' },
  { header: 'Forename', reason: 'names' },
  { header: 'Given name', reason: 'names' },
  { header: 'Family name', reason: 'names' },
  { header: 'Your full name', reason: 'names' },
  { header: 'Completed by', reason: 'names' },
  { header: 'Work email', reason: 'e-mail addresses' },
  { header: 'Contact number', reason: 'phone numbers' },
  { header: 'Staff ID', reason: 'staff or pupil identifiers' },
  { header: 'Postcode', reason: 'addresses or postcodes' },
  { header: 'Address', reason: 'addresses or postcodes' },
  { header: 'Date of birth', reason: 'dates of birth' },
  { header: 'Signature', reason: 'signatures' },
  // Innocent headers, identifying answers: the line managers' names, and e-mail addresses or phone numbers.
  { header: 'Who is your line manager?', reason: 'names' },
  { header: 'Best way to reach you', reason: 'e-mail addresses' },
];

/**
 * Every value planted in the fixture: each cell of its identifying columns, each word of each name (so that "Okonkwo"
 * alone is caught too), the dates of birth as ISO dates, the phone numbers as a spreadsheet stores them (leading 0
 * dropped), and a name that appears only in a comment.
 */
function plantedValues(): string[] {
  const cells = WITHHELD.flatMap(({ header: h }) => rows.map((row) => row[header.indexOf(h)]));
  const nameColumns = ['SENCO name', 'Who is your line manager?', 'Signature'];
  const nameWords = nameColumns
    .flatMap((h) => rows.flatMap((row) => row[header.indexOf(h)].split(/\s+/)))
    .filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  const dates = rows.map((row) => row[header.indexOf('Date of birth')].split('/').reverse().join('-'));
  const phones = rows
    .map((row) => row[header.indexOf('Contact number')])
    .filter((p) => /^\d+$/.test(p))
    .map((p) => String(Number(p)));
  const planted = new Set([...cells, ...nameWords, ...dates, ...phones, 'Ferreira', 'Lindqvist']);
  for (const title of ['Mrs', 'Mr']) planted.delete(title);
  return [...planted].filter((v) => v.length > 0);
}
const PLANTED = plantedValues();

/** The planted values found in `text`; names as whole words, so "Tom" is not found in "bottom". */
function leaks(text: string): string[] {
  return PLANTED.filter((value) =>
    /^\p{L}+$/u.test(value) ? new RegExp(`(?<!\\p{L})${value}(?!\\p{L})`, 'u').test(text) : text.includes(value),
  );
}

describe('the fixture', () => {
  it('plants every value the outputs are searched for', () => {
    expect(rows).toHaveLength(30);
    const raw = readFileSync(FIXTURE, 'utf8');
    expect(PLANTED.filter((v) => !raw.includes(v) && !/^\d+$/.test(v) && !/^\d{4}-/.test(v))).toEqual([]);
    // The search itself can fail: the raw comments column holds planted names, addresses and identifiers.
    expect(leaks(rows.map((r) => r[header.length - 1]).join('\n')).length).toBeGreaterThan(10);
  });
});

describe('the command line on a survey with identifying columns', () => {
  const out = mkdtempSync(join(tmpdir(), 'senco-identifying-'));
  let analysis: Analysis;
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  beforeAll(() => {
    if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
    const r = spawnSync(process.execPath, [CLI, 'analyse', FIXTURE, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
  });

  it('writes no planted value into any file', () => {
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['report.html', 'report.json', 'comments.csv', 'comparisons.csv', 'distributions.csv']));
    for (const file of files) expect(leaks(readFileSync(join(out, file), 'utf8')), file).toEqual([]);
  });

  it('lists the withheld columns and why, in report.json and in the report', () => {
    expect(analysis.withheld).toEqual(WITHHELD);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Columns that identify people are never analysed or copied into this report');
    expect(html).toContain(
      'names (&quot;SENCO name&quot;, &quot;Forename&quot;, &quot;Given name&quot;, &quot;Family name&quot;, &quot;Your full name&quot;, &quot;Completed by&quot;, &quot;Who is your line manager?&quot;)',
    );
    expect(html).toContain('e-mail addresses (&quot;Work email&quot;, &quot;Best way to reach you&quot;)');
    for (const w of WITHHELD) expect(html).toContain(`&quot;${w.header}&quot;`);
  });

  it('never compares groups by a name, and keeps the comments with their names replaced', () => {
    expect(new Set(analysis.comparisons.map((c) => c.groupHeader))).toEqual(new Set(['Which phase is your school?']));
    const comments = analysis.comments[0].answers;
    expect(comments).toContain('[name] and I split the annual reviews between us.');
    expect(comments).toContain('My staff ID [identifier removed] is wrong on the payroll system.');
    expect(JSON.stringify(analysis)).not.toContain('(stated)');
  });
});

describe('the Apps Script add-on on a survey with identifying columns', () => {
  let tabs: { name: string; text: string }[];
  beforeAll(() => {
    if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
    const emulator = createEmulator({
      spreadsheet: { name: 'Staff survey', sheets: [{ name: 'Form responses 1', values: asSeed(asSheetValues(csv.rows)) }] },
    });
    const app = loadBundle(emulator, CODE);
    app.call('onOpen', { authMode: 'NONE' });
    expect(app.clickMenuItem('Analyse')).toMatchObject({ ok: true });
    tabs = emulator.spreadsheet
      .getSheets()
      .filter((s) => s.getName() !== 'Form responses 1')
      .map((s) => ({ name: s.getName(), text: s.getDataRange().getValues().flat().map(String).join('\n') }));
  });

  it('writes no planted value into any tab it makes', () => {
    expect(tabs.map((t) => t.name)).toEqual(['Summary', 'Distributions', 'Correlations', 'Comparisons', 'Comments']);
    for (const t of tabs) expect(leaks(t.text), t.name).toEqual([]);
  });

  it('says on the Summary tab which columns were withheld and why', () => {
    const summary = tabs.find((t) => t.name === 'Summary')!.text;
    const line = summary.split('\n').find((l) => l.includes('Columns that identify people'));
    expect(line).toBe(
      '• Columns that identify people are never analysed or copied into this report: names ("SENCO name", "Forename", "Given name", "Family name", "Your full name", "Completed by", "Who is your line manager?"); e-mail addresses ("Work email", "Best way to reach you"); phone numbers ("Contact number"); staff or pupil identifiers ("Staff ID"); addresses or postcodes ("Postcode", "Address"); dates of birth ("Date of birth"); signatures ("Signature").',
    );
  });
});
