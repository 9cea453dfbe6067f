import { createHash, createHmac, randomUUID } from 'node:crypto';
import { formatDate } from './formatDate';
import { failSignature } from './gasError';

/**
 * Utilities. Digests and signatures return Java-style signed bytes (-128…127), as Apps Script
 * does; byte arrays passed in may be signed or unsigned. sleep(ms) does not block: it is
 * recorded and advances the emulator's virtual clock.
 */
export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

function toSigned(buf: Buffer): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: unknown, charset?: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === Charset.US_ASCII ? 'latin1' : 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  if (data instanceof Blob) return Buffer.from(data.getBytes().map((b) => b & 0xff));
  return Buffer.from(String(data), 'utf8');
}

export class Blob {
  static serviceName = 'Blob';

  constructor(
    private bytes: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  getBytes(): number[] {
    return toSigned(this.bytes);
  }
  getDataAsString(charset?: string): string {
    return this.bytes.toString(charset === Charset.US_ASCII ? 'latin1' : 'utf8');
  }
  setDataFromString(s: string) {
    this.bytes = Buffer.from(String(s), 'utf8');
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string) {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this;
  }
  copyBlob(): Blob {
    return new Blob(Buffer.from(this.bytes), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
  toString(): string {
    return 'Blob';
  }
}

/** Parses CSV as Utilities.parseCsv: quoted fields, doubled quotes, CRLF or LF rows. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class Utilities {
  static serviceName = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  constructor(private readonly context: { sleep(ms: number): void }) {}

  getUuid(): string {
    return randomUUID();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (Object.prototype.toString.call(date) !== '[object Date]' || typeof timeZone !== 'string' || typeof format !== 'string') {
      failSignature('Utilities.formatDate', [date, timeZone, format]);
    }
    return formatDate(date.getTime(), timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(-?\d*)(?:\.(\d+))?([sdif%])/g, (m, _w, precision, conv) => {
      if (conv === '%') return '%';
      const v = args[i++];
      if (conv === 'd' || conv === 'i') return String(Math.trunc(Number(v)));
      if (conv === 'f') return Number(v).toFixed(precision === undefined ? 6 : Number(precision));
      return String(v);
    });
  }

  sleep(milliseconds: number): void {
    this.context.sleep(Number(milliseconds));
  }

  base64Encode(data: string | number[], charset?: string): string {
    return toBuffer(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: string): string {
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return toSigned(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return toSigned(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const name = NODE_DIGEST[algorithm];
    if (!name) failSignature('Utilities.computeDigest', [algorithm, value]);
    return toSigned(createHash(name).update(toBuffer(value, charset)).digest());
  }

  computeHmacSignature(algorithm: string, value: string | number[], key: string | number[], charset?: string): number[] {
    const name = NODE_DIGEST[String(algorithm).replace('HMAC_', '')];
    if (!name) failSignature('Utilities.computeHmacSignature', [algorithm, value, key]);
    return toSigned(createHmac(name, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: string): number[] {
    return this.computeHmacSignature(MacAlgorithm.HMAC_SHA_256, value, key, charset);
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return new Blob(toBuffer(data), contentType ?? null, name ?? null);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter);
  }
}
