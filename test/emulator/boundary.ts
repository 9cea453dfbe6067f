import type { CallCounter } from './callCounter';
import { GasError } from './gasError';

/**
 * The line between the script and the emulator. Every emulated service object the script
 * sees is a Proxy made here, which
 *  - counts each method call ("Range.getValues") in the CallCounter,
 *  - asks the authorization guard whether this execution may make the call,
 *  - turns GasError into an Error of the script's own realm named "Exception",
 *  - hides internals: the script sees methods and Capitalised enum properties only
 *    (SpreadsheetApp.InterpolationType), never lower-case fields or `_`-prefixed helpers,
 *    as in Apps Script where service objects expose nothing but their documented API.
 * Objects the script hands back (a Range given to addRange) are unwrapped to the raw object so
 * the emulator's own calls are never counted. Tests that use the raw objects directly
 * (emulator.spreadsheet) neither count nor pass the guard.
 *
 * A class takes part by declaring `static serviceName = 'Range'`; `static openProperties = true`
 * lets the script set and read arbitrary properties (HtmlTemplate variables).
 */
export const SHEET_OF = Symbol('sheetOf');

export interface BoundaryHooks {
  /** Throws when the current execution may not call `method` ("SpreadsheetApp.openById"). */
  guard(method: string): void;
  /** The script realm's Error constructor. */
  errorConstructor(): ErrorConstructor;
}

interface ServiceCtor {
  serviceName?: unknown;
  openProperties?: unknown;
}

const UNCOUNTED = new Set(['toString', 'valueOf', 'toJSON']);

export function isServiceObject(value: unknown): value is object {
  return (
    typeof value === 'object' && value !== null && typeof (value as { constructor?: ServiceCtor }).constructor?.serviceName === 'string'
  );
}

export class Boundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(
    private readonly calls: CallCounter,
    private readonly hooks: BoundaryHooks,
  ) {}

  /** The script-facing view of a value returned by the emulator. */
  expose<T>(value: T): T {
    if (isServiceObject(value)) return this.proxyFor(value) as T;
    if (Array.isArray(value) && value.length > 0) {
      const first = value[0];
      // One level (getSheets) or two (getDataValidations); rows of plain values are left alone.
      if (isServiceObject(first) || (Array.isArray(first) && first.some(isServiceObject))) return value.map((v) => this.expose(v)) as T;
    }
    return value;
  }

  /** The raw object behind a proxy (one level into arrays), for values the script passes in. */
  unwrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const target = this.targets.get(value);
    if (target) return target;
    if (Array.isArray(value) && value.length > 0 && this.targets.has(value[0] as object)) {
      return value.map((v) => this.unwrap(v));
    }
    return value;
  }

  /** Turns an emulator exception into one the script can catch as its own Error. */
  translate(error: unknown): unknown {
    if (!(error instanceof GasError)) return error;
    const RealmError = this.hooks.errorConstructor();
    const e = new RealmError(error.message);
    e.name = 'Exception';
    return e;
  }

  private proxyFor(target: object): object {
    const cached = this.proxies.get(target);
    if (cached) return cached;
    const ctor = (target as { constructor: ServiceCtor }).constructor;
    const kind = ctor.serviceName as string;
    const open = ctor.openProperties === true;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(t, prop);
        if (prop.startsWith('_') || prop === 'constructor') return undefined;
        const value = Reflect.get(t, prop);
        if (typeof value === 'function') return this.method(t, kind, prop, value as (...a: unknown[]) => unknown);
        if (open || /^[A-Z]/.test(prop)) return value;
        return undefined;
      },
      set: (t, prop, value) => {
        if (!open) return true; // Apps Script ignores writes to service objects
        return Reflect.set(t, prop, value);
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private method(target: object, kind: string, name: string, fn: (...a: unknown[]) => unknown) {
    const qualified = `${kind}.${name}`;
    const sheetOf = (target as { [SHEET_OF]?: () => string })[SHEET_OF];
    return (...args: unknown[]): unknown => {
      try {
        if (!UNCOUNTED.has(name)) {
          this.calls.record(qualified, sheetOf ? sheetOf.call(target) : undefined);
          this.hooks.guard(qualified);
        }
        const result = fn.apply(
          target,
          args.map((a) => this.unwrap(a)),
        );
        if (!UNCOUNTED.has(name)) this.calls.recordResult(qualified, result);
        return this.expose(result);
      } catch (error) {
        throw this.translate(error);
      }
    };
  }
}
