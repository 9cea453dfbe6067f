// Redaction must take linear time: the server runs it inside the tracker's script lock, where a quadratic
// pattern on one 100,000-character field (the clip body limit, shared/clip/clipSchema.ts) would stall every clip.
import { describe, expect, it } from 'vitest';
import { redact } from './redact';
import { redactCore, redactUrlCore } from './redactCore';

const NOISE_FLOOR_MS = 20;

/** Hostile shapes of a long field: each defeats a different kind of pattern. */
const SHAPES: Record<string, (n: number) => string> = {
  'no "@"': (n) => 'a'.repeat(n),
  'all "a@"': (n) => 'a@'.repeat(n / 2),
  'a long digit run': (n) => '0'.repeat(n),
  'spaced digits': (n) => '1 '.repeat(n / 2),
  'capitalised words': (n) => 'Abc '.repeat(n / 4),
  'ALL-CAPS words': (n) => 'ABC '.repeat(n / 4),
  'one long capital word': (n) => 'A'.repeat(n),
  'long whitespace': (n) => ` ${' \t'.repeat(n / 2 - 1)}x`,
  'repeated labels': (n) => 'name: '.repeat(n / 6),
  'repeated DOB labels': (n) => 'DOB '.repeat(n / 4),
  'dotted words': (n) => 'a.'.repeat(n / 2),
  'tab-separated cells': (n) => 'Ab Cd\t'.repeat(n / 6),
  'address labels': (n) => 'address: '.repeat(n / 9),
  'mixed page text': (n) => 'Annual review for Jamie Smith (DOB 04/05/2014), UPN A123456789012, mum 07700 900123. '.repeat(n / 85),
};

/**
 * The fastest of five runs, in milliseconds of this process's CPU time. On a shared machine wall-clock time also
 * counts the time other processes held the cores, and even CPU time grows when they do (the garbage collector's
 * helper threads spin longer): interference only ever adds time, so the fastest run is the cost of the patterns.
 */
function fastestMs(work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return Math.min(...times);
}

describe('redaction takes linear time', () => {
  it.each(Object.keys(SHAPES))('on the server: 100,000 characters of %s in under 50 ms, and 200,000 in under 3 times as long', (shape) => {
    const make = SHAPES[shape];
    const small = make(100_000);
    const large = make(200_000);
    redactCore(small, { pupilInitials: 'J.S.' });
    const t100 = fastestMs(() => redactCore(small, { pupilInitials: 'J.S.' }));
    const t200 = fastestMs(() => redactCore(large, { pupilInitials: 'J.S.' }));
    console.log(`server, ${shape}: 100k ${t100.toFixed(1)} ms, 200k ${t200.toFixed(1)} ms`);
    // The target in the issue: under 50 ms per 100,000-character field in Node.
    expect(t100).toBeLessThan(50);
    // Linear growth doubles the time; quadratic would quadruple it. Below 20 ms of CPU time one garbage collection
    // moves the ratio more than that gap, so the ratio is taken from 20 ms up; a quadratic pattern at this size costs
    // seconds (the old e-mail pattern took about 10 s on 100,000 characters), far above any floor.
    expect(t200 / Math.max(t100, NOISE_FLOOR_MS)).toBeLessThan(3);
  });

  it.each(Object.keys(SHAPES))('in the page: 100,000 characters of %s, with 200,000 in under 3 times as long', (shape) => {
    const make = SHAPES[shape];
    const small = make(100_000);
    const large = make(200_000);
    redact(small);
    const t100 = fastestMs(() => redact(small));
    const t200 = fastestMs(() => redact(large));
    console.log(`page, ${shape}: 100k ${t100.toFixed(1)} ms, 200k ${t200.toFixed(1)} ms`);
    expect(t200 / Math.max(t100, NOISE_FLOOR_MS)).toBeLessThan(3);
  });

  it('reads a 100,000-character page address in linear time', () => {
    const url = (n: number) => `https://x.example/${'a-b/'.repeat(n / 8)}?${'q=Ab%20Cd&'.repeat(n / 20)}`;
    const t100 = fastestMs(() => redactUrlCore(url(100_000)));
    const t200 = fastestMs(() => redactUrlCore(url(200_000)));
    expect(t200 / Math.max(t100, NOISE_FLOOR_MS)).toBeLessThan(3);
  });
});
