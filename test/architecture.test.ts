import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout rules of README's "Layout" section, checked on the source itself so that they cannot drift.
const root = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** shared/<folder> of every relative import in shared/, folder by folder. */
function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const folderOf = (path: string) => path.split('/').slice(0, 2).join('/');
  for (const file of sourceFiles('shared')) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(/from\s+'(\.[^']+)'/g)) {
      const target = relative(root, resolve(root, dirname(file), match[1]));
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)?.add(to);
    }
  }
  return edges;
}

describe('layout of shared/', () => {
  it('has no folder that imports a folder importing it back, directly or through others', () => {
    const edges = folderImports();
    const reachable = (start: string): Set<string> => {
      const seen = new Set<string>();
      const visit = (folder: string) => {
        for (const next of edges.get(folder) ?? []) if (!seen.has(next)) (seen.add(next), visit(next));
      };
      visit(start);
      return seen;
    };
    const inCycle = [...edges.keys()].filter((folder) => reachable(folder).has(folder));
    expect(inCycle).toEqual([]);
  });

  it('keeps platform globals out of the pure core', () => {
    const offenders = sourceFiles('shared').filter((file) =>
      /\b(Date\.now\(|Math\.random\(|SpreadsheetApp\.|chrome\.|browser\.|document\.|window\.|fetch\()/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
