// The store package as `npm run zip` makes it: the production build's manifest keeps the permissions the
// listing justifies (docs/store-listing.md), nothing more, and the Chrome zip stays under 500 KB.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

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
