import { describe, expect, it } from 'vitest';
import { sourceNames } from './sourceNames';

describe('sourceNames', () => {
  it.each([
    { paths: ['oak-primary.csv', 'ash-academy.csv'], names: ['oak-primary', 'ash-academy'] },
    { paths: ['/s/oak/responses.csv', '/s/ash/responses.csv'], names: ['oak', 'ash'] },
    { paths: ['/a/2025/oak/responses.csv', '/b/2025/oak/responses.csv', '/b/elm.csv'], names: ['a/2025/oak', 'b/2025/oak', 'elm'] },
    { paths: ['/s/x.csv', '/s/x.CSV'], names: ['x 1', 'x 2'] },
  ])('names $paths as $names, never merging two files into one source', ({ paths, names }) => {
    expect(sourceNames(paths)).toEqual(names);
    expect(new Set(sourceNames(paths)).size).toBe(paths.length);
  });
});
