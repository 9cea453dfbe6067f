#!/usr/bin/env node
// Starts the command line (`npx senco-time …`, `npm run analyse`): rebuilds dist/cli/senco-time.mjs only when a
// source file is newer than it, so an ordinary run starts the built file at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'senco-time.mjs');

/** The newest modification time of the TypeScript sources under the given folders (tests excluded). */
function newestSource(folders) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) visit(join(root, folder));
  return newest;
}

const stale = !existsSync(built) || newestSource(['cli', 'shared']) > statSync(built).mtimeMs;
if (stale) {
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'cli'], { cwd: root, stdio: 'inherit' });
}
await import(pathToFileURL(built).href);
