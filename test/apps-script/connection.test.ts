// Clip settings' connection code and doGet's token check, in the BUILT bundle.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../shared/clip/connectionCode';
import { type App, createEmulator, loadBundle, webAppResponse } from '../emulator';

const CODE = 'dist/apps-script/Code.js';
const URL = 'https://script.google.com/macros/s/AKfycbTrackerDeployment/exec';
beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function tracker() {
  const emulator = createEmulator({ spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] }, webAppUrl: URL });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  app.clickMenuItem('Set up workload tracker');
  return { emulator, app };
}

// Node's SHA-256, the first 16 bytes as hex: what the extension sends (shared/clip/keyFingerprint.ts).
const fingerprint = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 32);
const health = (app: App, key?: string) =>
  JSON.parse(webAppResponse(app.call('doGet', key === undefined ? {} : { parameter: { key }, queryString: `key=${key}` })).body);

describe('the connection code', () => {
  it('carries the deployed web app’s URL and the current token', () => {
    const { app } = tracker();
    const settings = app.call('getClipSettings') as { url: string; token: string; code: string };
    expect(settings.url).toBe(URL);
    expect(settings.code.startsWith('senco1.')).toBe(true);
    expect(decodeConnectionCode(settings.code)).toEqual({ ok: true, url: URL, token: settings.token });
  });

  it('changes with the token, and the tracker then calls the old one old', () => {
    const { app } = tracker();
    const before = app.call('getClipSettings') as { token: string; code: string };
    expect(health(app, fingerprint(before.token)).key).toBe('current');
    const after = app.call('rotateTrackerToken') as { token: string; code: string };
    expect(after.code).not.toBe(before.code);
    expect(health(app, fingerprint(before.token)).key).toBe('old');
    expect(health(app, fingerprint(after.token)).key).toBe('current');
  });

  it('is empty until the web app is deployed', () => {
    const emulator = createEmulator({ spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] }, webAppUrl: '' });
    const app = loadBundle(emulator, CODE);
    expect(app.call('getClipSettings')).toMatchObject({ url: '', code: '' });
  });
});

describe('doGet ?key=', () => {
  it('answers as before without a key, and ignores one that is not a fingerprint', () => {
    const { app } = tracker();
    expect(health(app)).not.toHaveProperty('key');
    expect(health(app, 'the-token-itself')).not.toHaveProperty('key');
  });
});
