// Ordinary surveys give the same outputs, byte for byte, as the last release reviewed: the BUILT command line's
// demo (the bundled sample survey and the three-school template survey) and a Microsoft Forms export, compared
// file by file with the copies kept under test/golden/. Only the "Analysed" time differs between runs; it is
// read from each folder's summary.csv and replaced by {{generated}} before comparing.
//
// A change that is meant to alter these outputs: run `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`,
// read `git diff test/golden` line by line, and commit the new copies with the change that made them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = 'dist/cli/senco-time.mjs';
const GOLDEN = 'test/golden';
const tmp = mkdtempSync(join(tmpdir(), 'senco-golden-'));
const update = process.env.UPDATE_GOLDEN === '1';

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): void {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_config_') && k !== 'INIT_CWD'));
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`senco-time ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

/** The time the run wrote into its Summary ("Analysed,30 November 2026 at 09:48,…"). */
function generatedAt(folder: string): string {
  const line = readFileSync(join(folder, 'summary.csv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Analysed,'));
  if (!line) throw new Error(`${folder}/summary.csv has no "Analysed" row`);
  return line.split(',')[1];
}

function masked(folder: string, file: string): string {
  return readFileSync(join(folder, file), 'utf8').replaceAll(generatedAt(folder), '{{generated}}');
}

const CASES = ['demo', 'demo-template', 'msforms'];

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
  run('demo', '--out', tmp);
  run('analyse', 'test/fixtures/exports/microsoft-forms.csv', '--out', join(tmp, 'msforms'));
}, 120_000);

describe.each(CASES)('the outputs of %s', (name) => {
  it('are the files kept under test/golden, each unchanged but for the time of the run', () => {
    const fresh = join(tmp, name);
    const kept = join(GOLDEN, name);
    if (update) {
      rmSync(kept, { recursive: true, force: true });
      mkdirSync(kept, { recursive: true });
      for (const f of readdirSync(fresh)) writeFileSync(join(kept, f), masked(fresh, f));
      throw new Error(`Golden copies of ${name} rewritten: review git diff ${kept}, then run again without UPDATE_GOLDEN.`);
    }
    expect(readdirSync(fresh).sort()).toEqual(readdirSync(kept).sort());
    for (const f of readdirSync(kept)) {
      const want = readFileSync(join(kept, f), 'utf8');
      const got = masked(fresh, f);
      if (got !== want) {
        const a = got.split('\n');
        const b = want.split('\n');
        const line = a.findIndex((l, i) => l !== b[i]);
        expect.fail(`${name}/${f} differs from ${kept}/${f} first at line ${line + 1}:\n  now:  ${a[line]}\n  kept: ${b[line]}`);
      }
    }
  });
});
