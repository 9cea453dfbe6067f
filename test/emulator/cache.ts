import { fail } from './gasError';

/**
 * CacheService. Google's limits: keys up to 250 characters, values up to 100 KB, expiry up to
 * 21,600 s (6 hours), default 600 s. Over-long keys and values throw "Argument too large: key"
 * / "… value" (the same shape as PropertiesService's observed text); an expiry past 6 hours
 * throws "Argument too large: expirationInSeconds" (modelled). Time is the emulator's clock,
 * so tests can expire entries with emulator.advanceTime(ms). The reference also caps a cache at 1,000 items:
 * "If more than 1,000 items are written, the cache stores the 900 items farthest from expiration", so an
 * entry can vanish long before its expiry; modelled on each put.
 */
export const KEY_LIMIT_CHARS = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const MAX_EXPIRY_SECONDS = 21_600;
const DEFAULT_EXPIRY_SECONDS = 600;
export const CACHE_ITEM_CAP = 1000;
const KEPT_OVER_CAP = 900;

export class CacheStore {
  readonly data = new Map<string, { value: string; expiresAt: number }>();
}

export class Cache {
  static serviceName = 'Cache';

  constructor(
    private readonly store: CacheStore,
    private readonly now: () => number,
  ) {}

  get(key: string): string | null {
    const entry = this.store.data.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.store.data.delete(String(key));
      return null;
    }
    return entry.value;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  put(key: string, value: unknown, expirationInSeconds = DEFAULT_EXPIRY_SECONDS): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_EXPIRY_SECONDS): void {
    if (expirationInSeconds > MAX_EXPIRY_SECONDS) fail('Argument too large: expirationInSeconds');
    for (const [k, v] of Object.entries(values)) {
      if (k.length > KEY_LIMIT_CHARS) fail('Argument too large: key');
      if (Buffer.byteLength(String(v), 'utf8') > CACHE_VALUE_LIMIT_BYTES) fail('Argument too large: value');
    }
    const expiresAt = this.now() + Math.max(1, expirationInSeconds) * 1000;
    for (const [k, v] of Object.entries(values)) this.store.data.set(k, { value: String(v), expiresAt });
    this.enforceCap();
  }

  private enforceCap(): void {
    const { data } = this.store;
    for (const [k, e] of data) if (e.expiresAt <= this.now()) data.delete(k);
    if (data.size <= CACHE_ITEM_CAP) return;
    const kept = [...data].sort((a, b) => b[1].expiresAt - a[1].expiresAt).slice(0, KEPT_OVER_CAP);
    data.clear();
    for (const [k, e] of kept) data.set(k, e);
  }

  remove(key: string): void {
    this.store.data.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.data.delete(String(k));
  }
}

export class CacheService {
  static serviceName = 'CacheService';
  private readonly stores = new Map<string, CacheStore>();

  constructor(private readonly context: { now(): number; userEmail(): string; documentId(): string | null }) {}

  _store(key: string): CacheStore {
    return this.stores.get(key) ?? this.stores.set(key, new CacheStore()).get(key)!;
  }

  getScriptCache(): Cache {
    return new Cache(this._store('script'), this.context.now);
  }
  getUserCache(): Cache {
    return new Cache(this._store(`user:${this.context.userEmail()}`), this.context.now);
  }
  getDocumentCache(): Cache | null {
    const id = this.context.documentId();
    return id === null ? null : new Cache(this._store(`document:${id}`), this.context.now);
  }
}
