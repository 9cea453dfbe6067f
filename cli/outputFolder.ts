import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from './userError';

/** What went wrong with a file-system call, in a SENCO's words, from Node's error code. */
export function fileSystemProblem(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `You do not have permission to write to "${path}": choose another folder with --out.`;
    case 'EROFS':
      return `"${path}" is on a disk that cannot be written to: choose another folder with --out.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding "${path}" is full: free some space or choose another folder with --out.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `"${path}" is a file, not a folder: choose a folder with --out.`;
    case 'ENOENT':
      return `"${path}" cannot be created here (its parent folder does not accept new folders): choose another folder with --out.`;
    default:
      return `"${path}" cannot be written (${code ?? 'unknown error'}): choose another folder with --out.`;
  }
}

/** True when `path` is `folder` itself or lies somewhere inside it. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/**
 * Makes the output folder, one level at a time (Node's recursive mkdir can loop for ever under /proc), after
 * refusing a folder that holds one of the inputs: the report files would overwrite a survey export.
 * @throws {UserError} with one sentence when the folder cannot be used
 */
export function prepareOutputFolder(out: string, inputs: readonly string[]): void {
  const folder = resolve(out);
  const inside = inputs.find((input) => isInside(dirname(resolve(input)), folder));
  if (inside) {
    throw new UserError(
      `"${inside}" is inside the output folder "${out}", where the report files are written: choose another folder with --out.`,
    );
  }
  const missing: string[] = [];
  let level = folder;
  while (!existsSync(level)) {
    missing.unshift(level);
    const parent = dirname(level);
    if (parent === level) break;
    level = parent;
  }
  if (missing.length === 0 && !statSync(folder).isDirectory()) throw new UserError(fileSystemProblem(out, { code: 'ENOTDIR' }));
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (err) {
      throw new UserError(fileSystemProblem(out, err));
    }
  }
}
