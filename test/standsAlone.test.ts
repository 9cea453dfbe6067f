import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The repository stands alone: every fact the code relies on is written down in docs/, so no tracked file may
// point a reader at a document outside it. The patterns are built from pieces so that this file does not
// match itself.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const OUTSIDE_PATHS = ['shared/' + 'guide', '/' + 'work/'];
/** Documents that only ever existed outside the repository: no mention of them is right anywhere. */
const OUTSIDE_NAMES = ['apps-script-facts', 'survey-statistics', 'house-style', 'design'].map((n) => `${n}.md`);
/** Names docs/ reuses: right as docs/NAME (or, inside docs/, as a sibling link), wrong bare elsewhere. */
const SHARED_NAMES = ['ehcp-timescales', 'toolchain'].map((n) => `${n}.md`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A file name standing alone, not the tail of a longer name that merely ends the same way. */
const nameRe = (name: string) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}`, 'g');

/** Every place in `text` that cites a document outside the repository, as "line: excerpt". */
function outsideCitations(path: string, text: string): string[] {
  const found: string[] = [];
  const at = (index: number) =>
    `${text.slice(0, index).split('\n').length}: ${text.slice(Math.max(0, index - 30), index + 40).replace(/\s+/g, ' ')}`;
  for (const p of OUTSIDE_PATHS) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.push(at(i));
  for (const name of OUTSIDE_NAMES) for (const m of text.matchAll(nameRe(name))) found.push(at(m.index));
  const inDocs = path.startsWith('docs/');
  for (const name of SHARED_NAMES) {
    for (const m of text.matchAll(nameRe(name))) {
      const before = text.slice(Math.max(0, m.index - 5), m.index);
      if (before === 'docs/') continue;
      if (inDocs && (before.endsWith('](') || before.endsWith('](./') || !/[\w./-]$/.test(before))) continue;
      found.push(at(m.index));
    }
  }
  return found;
}

/** Tracked files present in the working tree (a deletion not yet committed has nothing left to cite). */
function trackedFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return listed.split('\0').filter((f) => {
    if (!f || /(^|\/)(node_modules|dist|\.output)(\/|$)/.test(f)) return false;
    try {
      return statSync(join(ROOT, f)).isFile();
    } catch {
      return false;
    }
  });
}

describe('outsideCitations', () => {
  it.each([
    ['src.ts', '// see ' + 'shared/' + 'guide/' + 'toolchain' + '.md'],
    ['src.ts', '// One row per row of ' + '/' + 'work/' + 'x' + '.md'],
    ['src.ts', "describe('strength words (" + 'survey-statistics' + ".md)'"],
    ['src.ts', '// flags as ' + 'toolchain' + '.md gives them'],
    ['src.ts', '// ' + 'ehcp-timescales' + '.md row 3'],
    ['docs/' + 'notes' + '.md', 'as in ' + 'house-style' + '.md'],
    ['docs/' + 'notes' + '.md', 'see guide/' + 'toolchain' + '.md'],
  ])('finds the outside citation in %s: %s', (path, text) => {
    expect(outsideCitations(path, text)).not.toEqual([]);
  });

  it.each([
    ['src.ts', '// as docs/' + 'toolchain' + '.md gives them'],
    ['src.ts', '// docs/' + 'ehcp-timescales' + '.md, edge cases'],
    ['docs/README.md', '- [Toolchain](' + 'toolchain' + '.md)'],
    ['docs/apps-script.md', 'see [the toolchain](./' + 'toolchain' + '.md)'],
    ['docs/README.md', 'the ' + 'ehcp-timescales' + '.md page'],
    ['src.ts', '// a ' + 'redesign' + '.md would not be ours; docs/apps-script.md is'],
  ])('accepts %s: %s', (path, text) => {
    expect(outsideCitations(path, text)).toEqual([]);
  });
});

describe('the repository stands alone', () => {
  it('has no tracked source, doc or config file that cites a document outside the repository', () => {
    const files = trackedFiles();
    expect(files).toContain('docs/README.md');
    const offenders: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(join(ROOT, file));
      if (bytes.includes(0)) continue; // images and other binaries
      for (const hit of outsideCitations(file, bytes.toString('utf8'))) offenders.push(`${file}:${hit}`);
    }
    expect(offenders).toEqual([]);
  });
});
