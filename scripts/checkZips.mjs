#!/usr/bin/env node
// After `wxt zip` and `wxt zip -b firefox`: each store package (Chrome, Firefox, Firefox's sources) must exist
// and stay under 500 KB, so that a dependency that slips into the extension is noticed before it ships.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 500 * 1024;
const OUT = '.output';

/** The three zips of the package.json version, with their sizes, and what is wrong with them. */
export function checkZips(dir = OUT) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = readdirSync(dir);
  const problems = [];
  const sizes = {};
  for (const kind of ['chrome', 'firefox', 'sources']) {
    const name = files.find((f) => f.endsWith(`-${version}-${kind}.zip`));
    if (!name) {
      problems.push(`No ${kind} zip for version ${version} in ${dir}: run npm run zip.`);
      continue;
    }
    const size = statSync(join(dir, name)).size;
    sizes[name] = size;
    if (size >= LIMIT) problems.push(`${name} is ${(size / 1024).toFixed(0)} KB, over the 500 KB limit: see what grew with unzip -lv.`);
  }
  return { sizes, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sizes, problems } = checkZips();
  for (const [name, size] of Object.entries(sizes)) console.log(`${name}: ${(size / 1024).toFixed(0)} KB`);
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}
