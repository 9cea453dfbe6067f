// The clasp wrapper's checks, run as a person runs them (node scripts/clasp.mjs …) in a temporary project folder:
// no Google account and no clasp install are needed, since every case here stops before clasp would start.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const WRAPPER = resolve('scripts/clasp.mjs');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A project folder with the given .clasp.json text (undefined: none), and optionally a stand-in clasp. */
function project(claspJson?: string, withClasp = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'senco-clasp-'));
  dirs.push(dir);
  if (claspJson !== undefined) writeFileSync(join(dir, '.clasp.json'), claspJson);
  if (withClasp) {
    // A stand-in that records its arguments: it shows what the wrapper would run, without a Google account.
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/.bin/clasp'), `#!/bin/sh\necho "$@" > "${dir}/ran.txt"\n`, { mode: 0o755 });
  }
  return dir;
}

function run(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [WRAPPER, ...args], { env: { ...process.env, SENCO_PROJECT_DIR: dir }, encoding: 'utf8' });
  return { code: r.status, err: r.stderr.trim() };
}

const GOOD = JSON.stringify({ scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', rootDir: 'dist/apps-script' });

describe('scripts/clasp.mjs', () => {
  it('names the file to create when .clasp.json is missing', () => {
    const r = run(project(), 'push');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Create \.clasp\.json from \.clasp\.example\.json: /);
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it('says the file is unreadable when it is not JSON', () => {
    const r = run(project('{ scriptId: oops'), 'deploy');
    expect(r).toEqual({ code: 2, err: '.clasp.json is not readable JSON: copy .clasp.example.json again and put your script id in it.' });
  });

  it.each([
    ['no scriptId', JSON.stringify({ rootDir: 'dist/apps-script' })],
    ['an empty scriptId', JSON.stringify({ scriptId: ' ', rootDir: 'dist/apps-script' })],
    ['the example placeholder', readFileSync('.clasp.example.json', 'utf8')],
  ])('asks for the script id when the file has %s', (_, text) => {
    const r = run(project(text), 'push');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^\.clasp\.json has no script id: /);
  });

  it('refuses any rootDir but the build folder', () => {
    const r = run(project(JSON.stringify({ scriptId: 'abc123', rootDir: 'apps-script' })), 'push');
    expect(r).toEqual({
      code: 2,
      err: '.clasp.json must have "rootDir": "dist/apps-script", the folder the build writes (it has "apps-script").',
    });
    expect(run(project(JSON.stringify({ scriptId: 'abc123' })), 'logs').err).toContain('(it has null)');
  });

  it('says to run npm install when the project has no clasp', () => {
    expect(run(project(GOOD), 'push')).toEqual({
      code: 2,
      err: 'clasp is not installed in this folder: run npm install first (clasp comes with the project).',
    });
  });

  it('names the commands it knows for an unknown one', () => {
    expect(run(project(GOOD), 'publish').err).toBe(
      'Unknown command "publish": use one of push, deploy, logs, open, open-sheet, create-template, login.',
    );
  });

  it('will not make a template over an existing .clasp.json', () => {
    expect(run(project(GOOD, true), 'create-template')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^\.clasp\.json already exists/),
    });
  });

  // clasp 3's command names (create-deployment with --description, tail-logs, open-script, create-script), as its
  // own command definitions give them: docs/deploying.md lists them.
  it.each([
    ['push', 'push --force'],
    ['deploy', 'create-deployment --description SENCO Time'],
    ['logs', 'tail-logs'],
    ['open', 'open-script'],
  ])('runs the project clasp for %s once the file is right', (name, expected) => {
    const dir = project(GOOD, true);
    expect(run(dir, name).code).toBe(0);
    expect(readFileSync(join(dir, 'ran.txt'), 'utf8').trim()).toBe(expected);
  });

  it('passes what follows the command on to clasp (npm run deploy -- --deploymentId …)', () => {
    const dir = project(GOOD, true);
    expect(run(dir, 'deploy', '--deploymentId', 'AKfycbExisting').code).toBe(0);
    expect(readFileSync(join(dir, 'ran.txt'), 'utf8').trim()).toBe(
      'create-deployment --description SENCO Time --deploymentId AKfycbExisting',
    );
  });

  it('makes a template without a .clasp.json', () => {
    const dir = project(undefined, true);
    expect(run(dir, 'create-template').code).toBe(0);
    expect(readFileSync(join(dir, 'ran.txt'), 'utf8').trim()).toBe(
      'create-script --type sheets --title SENCO Time --rootDir dist/apps-script',
    );
  });
});

describe('the project files', () => {
  it('keeps .clasp.json out of git and ships the example', () => {
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.clasp.json');
    expect(JSON.parse(readFileSync('.clasp.example.json', 'utf8')).rootDir).toBe('dist/apps-script');
  });

  it('runs clasp only through the wrapper, with clasp 3 as a devDependency', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.devDependencies['@google/clasp']).toMatch(/^\^3\./);
    for (const [name, script] of Object.entries<string>(pkg.scripts)) {
      expect(script.replace(/scripts\/clasp\.mjs/g, ''), name).not.toMatch(/\bclasp\b/);
    }
    expect(pkg.scripts.push).toBe('node scripts/build.mjs apps-script && node scripts/clasp.mjs push');
  });
});
