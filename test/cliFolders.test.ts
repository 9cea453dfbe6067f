// End to end: the BUILT command line meets folders it cannot use, and inputs that share a file name.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = 'dist/cli/senco-time.mjs';
const tmp = mkdtempSync(join(tmpdir(), 'senco-cli-folders-'));
const SAMPLE = 'examples/sample-survey.csv';

function cli(...args: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_config_') && k !== 'INIT_CWD'));
  // A hang (Node's recursive mkdir loops under /proc) shows as a timeout, not a stuck test run.
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, NO_COLOR: '1' }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('senco-time analyse --out a folder it cannot use: one sentence, exit code 2', () => {
  it('says --out is a file when it names a file', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'keep me');
    const r = cli('analyse', SAMPLE, '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`"${file}" is a file, not a folder: choose a folder with --out.`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('says permission is missing when the system refuses to create the folder (/sys)', () => {
    const r = cli('analyse', SAMPLE, '--out', '/sys/senco-time-report');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('You do not have permission to write to "/sys/senco-time-report": choose another folder with --out.');
  });

  it('answers at once for a folder under /proc instead of hanging', () => {
    const r = cli('analyse', SAMPLE, '--out', '/proc/senco-time-report');
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^"\/proc\/senco-time-report" cannot be created here .*: choose another folder with --out\.$/);
  });

  it('refuses an output folder that holds one of the inputs, leaving the input untouched', () => {
    const folder = join(tmp, 'exports');
    mkdirSync(folder);
    const input = join(folder, 'summary.csv');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input, 'utf8');
    const r = cli('analyse', input, '--out', folder);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `"${input}" is inside the output folder "${folder}", where the report files are written: choose another folder with --out.`,
    );
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(existsSync(join(folder, 'report.html'))).toBe(false);
  });
});

describe('senco-time analyse on files that share a name', () => {
  it('names each source by its folder instead of merging them into one', () => {
    for (const school of ['oak', 'ash']) mkdirSync(join(tmp, 'schools', school), { recursive: true });
    copyFileSync('examples/template-survey/oak-primary.csv', join(tmp, 'schools', 'oak', 'responses.csv'));
    copyFileSync('examples/template-survey/ash-academy.csv', join(tmp, 'schools', 'ash', 'responses.csv'));
    const out = join(tmp, 'schools-out');
    const r = cli(
      'analyse',
      join(tmp, 'schools/oak/responses.csv'),
      join(tmp, 'schools/ash/responses.csv'),
      '--out',
      out,
      '--template',
      'senco-workload-wellbeing',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    // Row counts read off the fixtures: oak-primary.csv has 40 responses, ash-academy.csv 35.
    expect(report.notes).toContain('Combined 2 files, each a Source: oak (40 rows), ash (35 rows).');
  });
});
