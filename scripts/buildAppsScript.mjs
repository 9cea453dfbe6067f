// Bundles apps-script/main.ts into dist/apps-script/Code.js for `clasp push`.
// Apps Script V8 has no modules: the bundle is an IIFE assigned to `__app`, and each export of main.ts gets a
// top-level `function name() {}` that forwards to it, so Apps Script (menus, triggers, google.script.run)
// can call exactly the entry points and nothing else.
//
// Dialog and sidebar HTML (apps-script/*.html) name one stylesheet and one TypeScript entry:
//   <link rel="stylesheet" href="ui/dialog.css">  and  <script src="ui/sidebar.ts"></script>
// HtmlService serves a single file, so both are inlined here: the script bundled by esbuild for the browser.
// docs/apps-script-dialogs.md explains how dialogs are built.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';

const ENTRY = 'apps-script/main.ts';
const OUT = 'dist/apps-script';

export async function buildAppsScript() {
  const probe = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
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
  copyFileSync(join('apps-script', 'appsscript.json'), join(OUT, 'appsscript.json'));
  for (const file of readdirSync('apps-script')) {
    if (file.endsWith('.html')) writeFileSync(join(OUT, file), await inlineDialog(file));
  }
  const kb = (statSync(join(OUT, 'Code.js')).size / 1024).toFixed(0);
  console.log(`Apps Script bundle: ${OUT}/Code.js (${kb} KB), entry points: ${names.join(', ')}`);
}

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)">/g;
const SCRIPT = /<script src="([^"]+)"><\/script>/g;

/** One dialog's HTML with its stylesheet and bundled script inlined; refuses markup that would run data as code. */
async function inlineDialog(file) {
  const source = readFileSync(join('apps-script', file), 'utf8');
  // Listeners are attached in the dialog's script, never in markup; and every script is a bundled TypeScript entry.
  const handler = /<[^>]*\son[a-z]+\s*=/i.exec(source);
  if (handler) throw new Error(`${file}: inline event handler in "${handler[0]}"; attach listeners in apps-script/ui/ instead.`);
  if (/<script(?![^>]*\ssrc=)/i.test(source))
    throw new Error(`${file}: inline <script>; put the code in apps-script/ui/ and name it with <script src="ui/….ts">.`);
  const styles = await Promise.all(
    [...source.matchAll(STYLESHEET)].map(
      async ([, href]) => (await transform(readFileSync(join('apps-script', href), 'utf8'), { loader: 'css', minify: true })).code,
    ),
  );
  const scripts = await Promise.all([...source.matchAll(SCRIPT)].map(([, src]) => bundleDialogScript(join('apps-script', src))));
  let i = 0;
  let j = 0;
  return source
    .replace(STYLESHEET, () => `<style>${closeSafe(styles[i++], 'style')}</style>`)
    .replace(SCRIPT, () => `<script>${closeSafe(scripts[j++], 'script')}</script>`);
}

async function bundleDialogScript(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text.trim();
}

/** Code that cannot end its own <script> or <style> element early. */
function closeSafe(code, tag) {
  const escaped = code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
  // "<!--" would put the HTML parser in a state where "</script>" no longer ends the element.
  if (new RegExp(`</${tag}|<!--`, 'i').test(escaped)) throw new Error(`Cannot inline code containing </${tag}> or <!--.`);
  return escaped;
}
