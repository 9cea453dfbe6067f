import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle } from './index';

// Builds a bundle the way docs/toolchain.md says the real one is built (esbuild IIFE with
// globalName __app and one top-level wrapper per export), with zod inside, and runs it.
const ENTRY = `
import * as z from 'zod/mini';
const Row = z.tuple([z.date(), z.number()]);
export function countValidRows() {
  const values = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getDataRange().getValues();
  return values.filter((r) => Row.safeParse(r).success).length;
}
export function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Count', 'countValidRows').addToUi();
}
`;

let codeJs: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-built-'));
  writeFileSync(join(dir, 'entry.js'), ENTRY);
  codeJs = join(dir, 'Code.js');
  buildSync({
    entryPoints: [join(dir, 'entry.js')],
    bundle: true,
    format: 'iife',
    globalName: '__app',
    platform: 'neutral',
    target: 'es2020',
    outfile: codeJs,
    nodePaths: [resolve('node_modules')],
    mainFields: ['module', 'main'],
    footer: { js: ['countValidRows', 'onOpen'].map((n) => `function ${n}() { return __app.${n}.apply(this, arguments); }`).join('\n') },
    logLevel: 'silent',
  });
});

describe('a bundle built like dist/apps-script/Code.js', () => {
  it('runs, and zod inside it accepts the Dates getValues returns', () => {
    const emulator = createEmulator({
      spreadsheet: {
        sheets: [
          {
            name: 'Tasks',
            values: [
              [new Date('2026-03-12T10:00:00Z'), 30],
              ['not a date', 15],
            ],
          },
        ],
      },
    });
    const app = loadBundle(emulator, codeJs);
    expect(app.functions()).toEqual(['countValidRows', 'onOpen']);
    app.call('onOpen', { authMode: 'NONE' });
    expect(emulator.ui.menuItems()).toEqual([{ caption: 'Count', functionName: 'countValidRows' }]);
    expect(app.call('countValidRows')).toBe(1);
  });
});
