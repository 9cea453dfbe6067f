import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { parseInPieces } from './inPieces';

const instant = new Date(Date.UTC(2000, 0, 1));
const whole = (text: string) => chrono.en.GB.parse(text, { instant, timezone: 0 });
const seen = (results: { index: number; text: string }[]) => results.map((r) => [r.index, r.text]);

describe('parseInPieces', () => {
  it('finds what chrono finds on the whole text, at the same places, in a page-sized text of lines and sentences', () => {
    // The reference is chrono-node itself on the undivided text.
    const paragraph =
      'The draft EHC plan was issued on 2 March 2026. Comments are due by 16/03/2026.\nDOB 04/05/2014, annual review on 12 June 2026. ';
    const text = paragraph.repeat(200);
    expect(text.length).toBeGreaterThan(20_000);
    const pieces = parseInPieces(text, whole, 1_000);
    expect(pieces.length).toBe(800);
    expect(seen(pieces)).toEqual(seen(whole(text)));
    for (const r of pieces) expect(text.slice(r.index, r.index + r.text.length)).toBe(r.text);
  });

  it('cuts a text with no line breaks at sentence ends, and one with neither at spaces, without losing a date', () => {
    const sentences = 'Due 16/03/2026 for the review. '.repeat(300);
    expect(seen(parseInPieces(sentences, whole, 500))).toEqual(seen(whole(sentences)));
    const words = 'due 16/03/2026 and '.repeat(500);
    expect(seen(parseInPieces(words, whole, 500))).toEqual(seen(whole(words)));
  });

  it('passes a short text through as one piece', () => {
    const calls: string[] = [];
    parseInPieces('Due 16/03/2026.', (p) => {
      calls.push(p);
      return [];
    });
    expect(calls).toEqual(['Due 16/03/2026.']);
  });
});
