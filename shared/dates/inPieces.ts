/**
 * Runs a date parser over a long text a piece at a time. chrono-node's parse grows faster than the text (about
 * three times the time for twice the text past 100,000 characters), and the server and the page redact fields up
 * to that size; a date never spans a line break or a sentence's end, so pieces cut there find the same dates.
 * Each result's `index` is moved back to its place in the whole text.
 */
export function parseInPieces<R extends { index: number }>(text: string, parse: (piece: string) => R[], pieceLength = PIECE_LENGTH): R[] {
  if (text.length <= pieceLength) return parse(text);
  const out: R[] = [];
  let start = 0;
  while (start < text.length) {
    const end = pieceEnd(text, start, pieceLength);
    for (const result of parse(text.slice(start, end))) {
      result.index += start;
      out.push(result);
    }
    start = end;
  }
  return out;
}

/** Long enough for any page's paragraph; short enough that the parser's growth never shows. */
const PIECE_LENGTH = 5_000;

/** Where a piece starting at `start` ends: after the last line break, else the last ". ", in its second half. */
function pieceEnd(text: string, start: number, pieceLength: number): number {
  const limit = start + pieceLength;
  if (limit >= text.length) return text.length;
  const half = start + pieceLength / 2;
  const line = text.lastIndexOf('\n', limit);
  if (line >= half) return line + 1;
  const sentence = text.lastIndexOf('. ', limit);
  if (sentence >= half) return sentence + 2;
  const space = text.lastIndexOf(' ', limit);
  // A text without a space to cut at has no date inside a cut either (dates hold or sit beside spaces).
  return space >= half ? space + 1 : limit;
}
