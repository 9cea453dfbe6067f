// The BUILT command line run as a user runs it: a child process with Node's default heap limit. A preloaded hook
// writes the child's own peak resident memory and CPU time as it exits, so neither depends on polling.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CLI = 'dist/cli/senco-time.mjs';

export interface ProcessRun {
  /** Wall-clock time, ms: includes whatever else the machine is doing. */
  ms: number;
  /** Peak resident memory of the process, bytes (its own process.resourceUsage().maxRSS, read at exit). */
  peak: number;
  /** CPU time of the process (user and system), ms: less sensitive than `ms` to other work on the machine. */
  cpu: number;
  ok: boolean;
  /** The first line the CLI wrote to stderr when it failed. */
  error: string;
}

/** `senco-time analyse FILE --out OUT`; `dir` holds the hook and what it writes. */
export function runCliProcess(dir: string, file: string, out = join(dir, 'out')): ProcessRun {
  const hook = join(dir, 'peak-rss.cjs');
  const peakFile = join(dir, 'peak-rss.txt');
  rmSync(peakFile, { force: true });
  writeFileSync(
    hook,
    `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(${JSON.stringify(peakFile)}, JSON.stringify({ peak: u.maxRSS * 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n`,
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', hook, CLI, 'analyse', file, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - start;
  const { peak, cpu } = existsSync(peakFile) ? JSON.parse(readFileSync(peakFile, 'utf8')) : { peak: Number.NaN, cpu: Number.NaN };
  return { ms, peak, cpu, ok: r.status === 0, error: (r.stderr || String(r.error ?? '')).trim().split('\n')[0] };
}
