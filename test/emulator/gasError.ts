/**
 * Errors the emulated services throw. Apps Script surfaces service failures as errors named
 * "Exception" whose message is Google's text; the boundary (boundary.ts) re-creates them with
 * the script realm's Error so `e instanceof Error` holds inside the bundle.
 */
export class GasError extends Error {
  override name = 'Exception';
}

/** Throws Google's message as an Apps Script exception. */
export function fail(message: string): never {
  throw new GasError(message);
}

/**
 * How Apps Script names an argument's type in its signature errors (observed):
 * "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues."
 */
export function gasTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  if (Array.isArray(value)) return value.length === 0 ? 'Object[]' : `${gasTypeName(value[0])}[]`;
  const service = (value as { constructor?: { serviceName?: unknown } }).constructor?.serviceName;
  if (typeof service === 'string') return `${service}`;
  return 'Object';
}

/** Throws the signature-mismatch exception for `method` (e.g. "SpreadsheetApp.Range.setValues"). */
export function failSignature(method: string, args: readonly unknown[]): never {
  fail(`The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for ${method}.`);
}

/** Checks that every argument is a finite number, as Apps Script's integer parameters require. */
export function requireNumbers(method: string, args: readonly unknown[]): void {
  for (const a of args) if (typeof a !== 'number' || !Number.isFinite(a)) failSignature(method, args);
}
