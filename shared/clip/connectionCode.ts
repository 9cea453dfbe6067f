// The connection code: the tracker's web-app URL and token in one string a SENCO copies from Clip settings and
// pastes into the extension's options, "senco1." followed by base64url of JSON {v: 1, url, token}. The token in
// it is the tracker's key, so a code is as private as the token; rotating the token makes every old code fail
// (the extension's Test connection says so). Pure: Apps Script has neither btoa nor TextEncoder, so the UTF-8
// and base64url steps are done here.
import * as z from 'zod/mini';

export const CODE_VERSION = 1;
export const CODE_PREFIX = `senco${CODE_VERSION}.`;

const PayloadSchema = z.object({
  v: z.literal(CODE_VERSION),
  url: z.string().check(z.minLength(1)),
  token: z.string().check(z.minLength(1)),
});

export interface Connection {
  url: string;
  token: string;
}

export type DecodedCode = ({ ok: true } & Connection) | { ok: false; message: string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** UTF-8 bytes to text, or null when they are not well-formed UTF-8. */
function fromUtf8(bytes: readonly number[]): string | null {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1;
    if (extra < 0 || i + extra > bytes.length - 1) return null;
    let c = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) return null;
      c = (c << 6) | (bytes[i + k] & 63);
    }
    if (c > 0x10ffff) return null;
    out += String.fromCodePoint(c);
    i += extra + 1;
  }
  return out;
}

export function base64url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url (no padding) to bytes, or null when it is not base64url. */
export function fromBase64url(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | (k < chunk.length ? ALPHABET.indexOf(chunk[k]) : 0);
    const bytes = chunk.length - 1;
    for (let k = 0; k < bytes; k++) out.push((n >> (16 - 8 * k)) & 255);
  }
  return out;
}

/** The code for a deployed tracker. */
export function encodeConnectionCode({ url, token }: Connection): string {
  return CODE_PREFIX + base64url(utf8(JSON.stringify({ v: CODE_VERSION, url, token })));
}

const DAMAGED = 'This connection code is incomplete or damaged: copy it again with the Copy button in the tracker’s Clip settings.';

/** The URL and token in a pasted code (spaces and line breaks from e-mail ignored), or one sentence saying what to do. */
export function decodeConnectionCode(pasted: string): DecodedCode {
  const text = pasted.replace(/\s+/g, '');
  if (text === '')
    return {
      ok: false,
      message: 'Paste the connection code from Extensions → SENCO Time → Workload tracker → Clip settings… in the tracker spreadsheet.',
    };
  const version = /^senco(\d+)\./i.exec(text);
  if (!version)
    return {
      ok: false,
      message:
        'That is not a connection code: in the tracker spreadsheet open Extensions → SENCO Time → Workload tracker → Clip settings… and use its Copy button.',
    };
  if (Number(version[1]) > CODE_VERSION)
    return {
      ok: false,
      message: 'This code is from a newer version of the tracker: update the SENCO Time extension, then paste the code again.',
    };
  if (Number(version[1]) !== CODE_VERSION) return { ok: false, message: DAMAGED };
  const bytes = fromBase64url(text.slice(version[0].length));
  const json = bytes && fromUtf8(bytes);
  if (json === null || json === undefined) return { ok: false, message: DAMAGED };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const payload = PayloadSchema.safeParse(value);
  if (!payload.success) return { ok: false, message: DAMAGED };
  return { ok: true, url: payload.data.url, token: payload.data.token };
}

/** What Test connection says when the tracker has a newer token than the one pasted. */
export const OLD_KEY_MESSAGE = 'This code is from an older tracker key: open Clip settings in the tracker and copy the new code.';
