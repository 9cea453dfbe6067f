import { fail } from './gasError';

/**
 * PropertiesService. Google's quotas: 9 KB per value, 500 KB per property store. Over the
 * first, setProperty throws "Argument too large: value" (observed); over the second, "You have
 * exceeded the property storage quota. Please remove some properties and try again."
 * Values are stored as strings ("Data types that are not already strings are automatically
 * converted to strings"). Sizes are UTF-8 bytes; a store's size counts keys and values.
 * Document properties are null where Google returns null: outside a document (a web app of
 * a standalone script).
 */
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** One property store (script, one user's, one document's); tests may read and seed `data`. */
export class PropertyStore {
  readonly data = new Map<string, string>();

  size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(v);
    return n;
  }
}

export class Properties {
  static serviceName = 'Properties';

  constructor(private readonly store: PropertyStore) {}

  getProperty(key: string): string | null {
    return this.store.data.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store.data);
  }

  getKeys(): string[] {
    return [...this.store.data.keys()];
  }

  setProperty(key: string, value: unknown): Properties {
    this._put({ [String(key)]: value }, false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    this._put(properties, deleteAllOthers);
    return this;
  }

  deleteProperty(key: string): Properties {
    this.store.data.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.data.clear();
    return this;
  }

  /** Checks the whole write before changing anything, as the service is atomic per call. */
  _put(properties: Record<string, unknown>, deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store.data);
    for (const [k, v] of Object.entries(properties)) {
      const value = String(v);
      if (bytes(k) > VALUE_LIMIT_BYTES) fail('Argument too large: key');
      if (bytes(value) > VALUE_LIMIT_BYTES) fail('Argument too large: value');
      next.set(k, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT_BYTES) fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.data.clear();
    for (const [k, v] of next) this.store.data.set(k, v);
  }

  toString(): string {
    return 'Properties';
  }
}

export interface PropertyStores {
  script: PropertyStore;
  /** By user email. */
  user(email: string): PropertyStore;
  /** By spreadsheet id. */
  document(id: string): PropertyStore;
}

export function createPropertyStores(): PropertyStores {
  const users = new Map<string, PropertyStore>();
  const documents = new Map<string, PropertyStore>();
  const get = (m: Map<string, PropertyStore>, k: string) => m.get(k) ?? m.set(k, new PropertyStore()).get(k)!;
  return { script: new PropertyStore(), user: (e) => get(users, e), document: (id) => get(documents, id) };
}

export class PropertiesService {
  static serviceName = 'PropertiesService';

  constructor(
    private readonly stores: PropertyStores,
    private readonly context: { userEmail(): string; documentId(): string | null },
  ) {}

  getScriptProperties(): Properties {
    return new Properties(this.stores.script);
  }
  getUserProperties(): Properties {
    return new Properties(this.stores.user(this.context.userEmail()));
  }
  getDocumentProperties(): Properties | null {
    const id = this.context.documentId();
    return id === null ? null : new Properties(this.stores.document(id));
  }
}
