import { basename, dirname, resolve, sep } from 'node:path';

const stem = (path: string) => basename(path).replace(/\.(csv|tsv|txt)$/i, '');

/**
 * The name each input file stands for as a Source (a school): its file name without ".csv", or, when files
 * share a name (oak/responses.csv, ash/responses.csv), the folders that tell them apart ("oak", "ash").
 */
export function sourceNames(paths: readonly string[]): string[] {
  const stems = paths.map(stem);
  const shared = (name: string) => stems.filter((s) => s === name).length > 1;
  return paths.map((path, i) => {
    if (!shared(stems[i])) return stems[i];
    const folders = dirname(resolve(path)).split(sep).filter(Boolean);
    const others = paths.filter((_p, j) => j !== i && stems[j] === stems[i]).map((p) => dirname(resolve(p)).split(sep).filter(Boolean));
    // Use as many trailing folder names as it takes to differ from every other file of the same name.
    for (let depth = 1; depth <= folders.length; depth++) {
      const name = folders.slice(-depth).join('/');
      if (others.every((o) => o.slice(-depth).join('/') !== name)) return name;
    }
    return `${stems[i]} ${i + 1}`;
  });
}
