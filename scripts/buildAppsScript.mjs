// Bundles apps-script/main.ts into dist/apps-script/Code.js for `clasp push`.
// Apps Script V8 has no modules: the bundle is an IIFE assigned to `__app`, and each export of main.ts gets a
// top-level `function name() {}` that forwards to it, so Apps Script (menus, triggers, google.script.run)
// can call exactly the entry points and nothing else.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY = 'apps-script/main.ts';
const OUT = 'dist/apps-script';

export async function buildAppsScript() {
  const probe = await build({ entryPoints: [ENTRY], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, metafile: true, logLevel: 'error' });
  const output = Object.values(probe.metafile.outputs).find((o) => o.entryPoint === ENTRY);
  const names = output.exports.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)).sort();
  const footer = names.map((n) => `function ${n}() { return __app.${n}.apply(this, arguments); }`).join('\n');
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: '__app',
    platform: 'neutral',
    target: 'es2020',
    mainFields: ['module', 'main'],
    outfile: join(OUT, 'Code.js'),
    banner: { js: '// SENCO Time add-on: built by scripts/buildAppsScript.mjs from apps-script/ and shared/. Do not edit.' },
    footer: { js: footer },
    legalComments: 'none',
    // Whitespace and syntax only: names stay readable in Apps Script's execution log.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  for (const file of readdirSync('apps-script')) {
    if (file.endsWith('.html') || file === 'appsscript.json') copyFileSync(join('apps-script', file), join(OUT, file));
  }
  const kb = (statSync(join(OUT, 'Code.js')).size / 1024).toFixed(0);
  console.log(`Apps Script bundle: ${OUT}/Code.js (${kb} KB), entry points: ${names.join(', ')}`);
}
