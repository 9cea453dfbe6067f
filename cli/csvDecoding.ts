/** Choosing a CSV export's text encoding from its first bytes, and decoding it chunk by chunk. */

export const EXPORT_AGAIN = 'export the responses again from Google Forms (Responses → ⋮ → Download responses (.csv))';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Sniffed = { ok: true; encoding: Encoding; skip: number } | { ok: false; message: string };

/** Bytes needed to choose the encoding (the UTF-16 guess looks at up to 4096). */
export const SNIFF_BYTES = 4096;

/** The encoding of a file from its first bytes (all of them when the file is shorter than SNIFF_BYTES). */
export function sniffEncoding(first: Uint8Array): Sniffed {
  if (first.length === 0) return { ok: false, message: `The file is empty: ${EXPORT_AGAIN}.` };
  const signature = describeSignature(first);
  if (signature) return { ok: false, message: signature };
  if (startsWith(first, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8', skip: 3 };
  // Excel's "Unicode text" is UTF-16 with a byte-order mark.
  if (startsWith(first, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le', skip: 2 };
  if (startsWith(first, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be', skip: 2 };
  return { ok: true, encoding: guessUtf16(first) ?? 'utf-8', skip: 0 };
}

export const NOT_UTF8_NOTE =
  'The file is not UTF-8, so it was read as Windows text (Excel\'s plain "CSV" format): check that £, accents and curly quotes look right.';

/** Thrown by a UTF-8 ChunkDecoder on bytes that are not UTF-8: the reader starts again in Windows-1252. */
export class NotUtf8 extends Error {}

/** Decodes a file's bytes chunk by chunk; a character split between two chunks is kept until its end arrives. */
export class ChunkDecoder {
  readonly encoding: Encoding;
  readonly #decoder: TextDecoder | null;

  constructor(encoding: Encoding) {
    this.encoding = encoding;
    this.#decoder = encoding === 'windows-1252' ? null : new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  }

  decode(bytes: Uint8Array, final: boolean): string {
    if (!this.#decoder) return windows1252(bytes);
    try {
      return this.#decoder.decode(bytes, { stream: !final });
    } catch {
      throw new NotUtf8();
    }
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F: curly quotes, dashes, the euro sign… Node 20's TextDecoder('windows-1252') gives
 * C1 control characters for these (nodejs/node#56542), which would turn "Don’t know" into an unreadable answer.
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are. Every other byte is Latin-1, code for code.
 * One byte is one character, so chunks need no carrying over.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    parts.push(String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]));
  }
  return parts.join('');
}

/** UTF-16 without a byte-order mark shows as a zero byte beside nearly every ASCII character. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.7 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.7 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

function describeSignature(bytes: Uint8Array): string | null {
  // .xlsx is a zip; .xls is an OLE compound file.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'This does not look like a CSV file: it is an Excel workbook, so save it with File → Save As → "CSV UTF-8", or download the responses as .csv from Google Forms (Responses → ⋮ → Download responses (.csv)).';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return `This does not look like a CSV file: it is a PDF, so ${EXPORT_AGAIN}.`;
  }
  return null;
}

/** NUL bytes, or more than 1% control characters in the first 64K characters, mean this is not text. */
export function binaryProblem(text: string): string | null {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) {
      control = sample.length;
      break;
    }
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd || (code >= 0x7f && code < 0xa0))
      control++;
  }
  if (control > sample.length / 100) {
    return `This does not look like a CSV file: it contains binary data rather than text, so ${EXPORT_AGAIN}.`;
  }
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
