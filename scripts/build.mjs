// Builds the project's artefacts with esbuild. `node scripts/build.mjs [cli|bench|docs|apps-script ...]`; no argument builds all.

import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const node = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

const targets = {
  bench: () => build({ ...node, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.mjs' }),
};

// The extension's sources zip (for Firefox's reviewers) holds no CLI: `npm install` there has no CLI to build.
if (existsSync('cli/senco-time.ts')) {
  targets.cli = () => build({ ...node, entryPoints: ['cli/senco-time.ts'], outfile: 'dist/cli/senco-time.mjs' });
} else if (process.argv.slice(2).length === 0 || process.argv.slice(2).includes('cli')) {
  console.log('No command-line sources in this copy (cli/senco-time.ts): nothing to build for the CLI.');
  targets.cli = async () => {};
}

// The data-protection pack as a printable page (scripts/buildDataProtection.mjs).
targets.docs = async () => (await import('./buildDataProtection.mjs')).buildDataProtection();

if (existsSync('scripts/buildAppsScript.mjs')) {
  targets['apps-script'] = async () => (await import('./buildAppsScript.mjs')).buildAppsScript();
}

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(targets)) {
  if (!targets[name]) {
    console.error(`Unknown build target "${name}". Known: ${Object.keys(targets).join(', ')}.`);
    process.exit(2);
  }
  await targets[name]();
}
