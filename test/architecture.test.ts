import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
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
        for (const next of edges.get(folder) ?? []) {
          if (seen.has(next)) continue;
          seen.add(next);
          visit(next);
        }
      };
      visit(start);
      return seen;
    };
    const inCycle = [...edges.keys()].filter((folder) => reachable(folder).has(folder));
    expect(inCycle).toEqual([]);
  });

  it('keeps platform globals out of the pure core (code only: a script the report carries as text is not run here)', () => {
    const offenders = sourceFiles('shared').filter((file) =>
      /\b(Date\s*\.\s*now\s*\(|Math\s*\.\s*random\s*\(|SpreadsheetApp\s*\.|chrome\s*\.|browser\s*\.|document\s*\.|window\s*\.|fetch\s*\()/.test(
        codeOnly(file),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

/** A file's code with its comments, strings and template texts left out. */
function codeOnly(file: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, readFileSync(join(root, file), 'utf8'));
  const skip = new Set([
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
  ]);
  let code = '';
  // Open braces inside each template substitution being read: a close brace at depth 0 ends the substitution.
  const substitutions: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const depth = substitutions.length - 1;
    if (kind === ts.SyntaxKind.OpenBraceToken && depth >= 0) substitutions[depth]++;
    if (kind === ts.SyntaxKind.CloseBraceToken && depth >= 0) {
      if (substitutions[depth] > 0) substitutions[depth]--;
      else kind = scanner.reScanTemplateToken(false);
    }
    if (kind === ts.SyntaxKind.TemplateHead) substitutions.push(0);
    if (kind === ts.SyntaxKind.TemplateTail) substitutions.pop();
    if (!skip.has(kind)) code += `${scanner.getTokenText()} `;
  }
  return code;
}

/** Functions longer than `limit` lines in a file, as "name (lines)". */
function longFunctions(file: string, limit: number): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      if (last - first + 1 > limit) found.push(`${file}: ${node.name?.getText() ?? 'a function'} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('size of files and functions', () => {
  // Tables of facts (the statutory timescales, the given-name list) are long by nature; code is not.
  const DATA_TABLES = new Set(['shared/deadlines/rules.ts', 'shared/survey/givenNames.ts', 'shared/survey/vocabularyLists.ts']);

  it('has no source file over 250 lines except data tables', () => {
    const files = ['shared', 'apps-script', 'extension', 'cli'].flatMap(sourceFiles);
    const long = files.filter((f) => !DATA_TABLES.has(f) && readFileSync(join(root, f), 'utf8').split('\n').length > 250);
    expect(long).toEqual([]);
  });

  it('has no function over 60 lines in the edges (extension/, apps-script/) or in shared/survey/', () => {
    const files = ['extension', 'apps-script', 'shared/survey'].flatMap(sourceFiles);
    expect(files.flatMap((f) => longFunctions(f, 60))).toEqual([]);
  });
});
