// End to end: the BUILT command line on an export over the 20 MB at which a terminal gets a progress line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeExport } from '../bench/largeExport';
import { PROGRESS_BYTES } from '../cli/progressLine';
import { AnalysisSchema } from '../shared/analysis/analysisSchema';

const CLI = 'dist/cli/senco-time.mjs';
const tmp = mkdtempSync(join(tmpdir(), 'senco-large-'));
const file = join(tmp, 'export.csv');
let written = 0;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
  written = writeLargeExport(file, PROGRESS_BYTES + 1024 * 1024);
});

describe('senco-time analyse on a 21 MB export, its output piped (not a terminal)', () => {
  it('writes nothing to stderr, no progress line and no "Analysing" line, and analyses every response', () => {
    expect(statSync(file).size).toBeGreaterThan(PROGRESS_BYTES);
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_config_') && k !== 'INIT_CWD'));
    const r = spawnSync(process.execPath, [CLI, 'analyse', file, '--out', join(tmp, 'out')], {
      encoding: 'utf8',
      env: { ...clean, NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(tmp, 'out', 'report.json'), 'utf8')));
    // Every generated row has a timestamp, so none is blank: the count is the generator's.
    expect(analysis.respondents).toBe(written);
  }, 180_000);
});
