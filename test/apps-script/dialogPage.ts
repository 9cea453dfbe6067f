// Opens a BUILT dialog (dist/apps-script/*.html) in Chromium with google.script.run bridged to Node, as
// HtmlService provides it in Sheets: withSuccessHandler / withFailureHandler, then the server function. Every
// call is recorded, so a test can say which server functions the page asked for and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const DIST = 'dist/apps-script';

export const BRIDGE = `
window.google = { script: { run: (function make(ok, fail) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => make(f, fail);
    if (name === 'withFailureHandler') return (f) => make(ok, f);
    return (...args) => window.__callServer(String(name), JSON.stringify(args)).then(
      (r) => { const v = JSON.parse(r); if (v.error) { fail && fail(new Error(v.error)); } else { ok && ok(v.value); } });
  } });
})(), host: { close() { window.__closed = true; } } } };`;

/** Answers a server call (or throws, which the page receives as a failure). */
export type Server = (name: string, args: unknown[]) => unknown;

export interface ServerCallRecord {
  name: string;
  args: unknown[];
}

export type DialogPage = Page & { errors: string[]; calls: ServerCallRecord[] };

export async function openDialog(
  browser: Browser,
  options: { file: string; width: number; height: number; server: Server },
): Promise<DialogPage> {
  const page = (await browser.newPage({ viewport: { width: options.width, height: options.height } })) as DialogPage;
  page.errors = [];
  page.calls = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.exposeFunction('__callServer', (name: string, args: string) => {
    const parsed = JSON.parse(args) as unknown[];
    page.calls.push({ name, args: parsed });
    try {
      // Values cross as JSON, as google.script.run serialises them (a Date would not survive).
      return JSON.stringify({ value: options.server(name, parsed) ?? null });
    } catch (err) {
      return JSON.stringify({ error: (err as Error).message });
    }
  });
  // The bridge goes first in <head>, where Sheets' own google.script.run would already be defined.
  await page.setContent(readFileSync(join(DIST, options.file), 'utf8').replace('<head>', `<head><script>${BRIDGE}</script>`));
  return page;
}
