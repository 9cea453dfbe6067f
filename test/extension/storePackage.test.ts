// The store package as `npm run zip` makes it: the production build's manifest keeps the permissions the
// listing justifies (docs/store-listing.md), nothing more, the Chrome zip stays under 500 KB, and the sources zip
// leaves out only what the extension never loads.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_ONLY_SHARED } from '../../wxt.config';

let manifest: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(() => {
  // The production build (no SENCO_LOOPBACK, production mode), zipped as for the Chrome Web Store.
  const env = { ...process.env };
  delete env.SENCO_LOOPBACK;
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'zip'], { env, stdio: 'pipe' });
  manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
}, 180_000);

describe('the production manifest', () => {
  it('asks for exactly the permissions the store listing justifies', () => {
    expect(manifest.permissions).toEqual(['activeTab', 'contextMenus', 'storage', 'scripting', 'alarms']);
    // Only Google's web-app hosts: the test builds' http://127.0.0.1/* must not reach a store package.
    expect(manifest.host_permissions).toEqual(['https://script.google.com/*', 'https://script.googleusercontent.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('has a name and a description that fit the Chrome Web Store (45 and 132 characters)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name.length).toBeLessThanOrEqual(45);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
    expect(manifest.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('the Chrome zip', () => {
  it('is under 500 KB', () => {
    // npm run zip checks the Firefox and sources zips the same way (scripts/checkZips.mjs).
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(statSync(`.output/senco-time-${version}-chrome.zip`).size).toBeLessThan(500 * 1024);
  });
});

describe('the Firefox sources zip', () => {
  it('leaves out only shared/ folders that no extension bundle loads', async () => {
    // esbuild resolves every module the entrypoints import (as WXT's Vite build does) and lists them in its
    // metafile; a shared/ folder the zip leaves out must not be among them, or Firefox's reviewers could not rebuild.
    const entryPoints = readdirSync('extension/entrypoints', { recursive: true, encoding: 'utf8' })
      .filter((f) => /^(background|extractor)\.ts$|\/main\.ts$/.test(f))
      .map((f) => join('extension/entrypoints', f));
    expect(entryPoints.length).toBe(4);
    const { metafile } = await build({
      entryPoints,
      bundle: true,
      write: false,
      metafile: true,
      outdir: 'unused',
      platform: 'browser',
      logLevel: 'silent',
    });
    const loaded = new Set(
      Object.keys(metafile.inputs)
        .filter((f) => f.startsWith('shared/') || f.startsWith('cli/'))
        .map((f) => f.split('/').slice(0, 2).join('/')),
    );
    expect([...loaded].sort()).toEqual([
      'shared/clip',
      'shared/dates',
      'shared/deadlines',
      'shared/privacy',
      'shared/tasks',
      'shared/tracker',
    ]);
    for (const folder of SURVEY_ONLY_SHARED) expect(loaded.has(`shared/${folder}`), folder).toBe(false);
  });
});
