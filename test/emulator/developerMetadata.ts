import { fail } from './gasError';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

/**
 * Developer metadata: key/value tags on the spreadsheet or on a sheet, found again with
 * createDeveloperMetadataFinder().withKey(k).find(). The add-on uses it to recognise the tabs
 * it wrote, whatever the user renamed them to. Deleting a sheet deletes its metadata, as in
 * Sheets. Row and column locations are not modelled.
 */
export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export const DeveloperMetadataLocationType = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
  RANGE: 'RANGE',
} as const;

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** undefined = on the spreadsheet itself */
  sheet?: Sheet;
}

const VISIBILITIES = new Set<string>(Object.values(DeveloperMetadataVisibility));

/** Reads the (key, value?, visibility?) overloads of addDeveloperMetadata. */
export function metadataArgs(key: unknown, second?: unknown, third?: unknown): { key: string; value: string | null; visibility: string } {
  if (typeof key !== 'string' || key === '') fail('Invalid argument: key');
  if (third !== undefined) return { key, value: second == null ? null : String(second), visibility: String(third) };
  if (typeof second === 'string' && VISIBILITIES.has(second)) return { key, value: null, visibility: second };
  return { key, value: second == null ? null : String(second), visibility: DeveloperMetadataVisibility.DOCUMENT };
}

export class DeveloperMetadata {
  static serviceName = 'DeveloperMetadata';

  constructor(
    private readonly entry: MetadataEntry,
    private readonly spreadsheet: Spreadsheet,
  ) {}

  getId(): number {
    return this.entry.id;
  }
  getKey(): string {
    return this.entry.key;
  }
  getValue(): string | null {
    return this.entry.value;
  }
  getVisibility(): string {
    return this.entry.visibility;
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.entry, this.spreadsheet);
  }
  setKey(key: string) {
    this.entry.key = String(key);
    return this;
  }
  setValue(value: string) {
    this.entry.value = value == null ? null : String(value);
    return this;
  }
  setVisibility(visibility: string) {
    this.entry.visibility = String(visibility);
    return this;
  }
  remove(): void {
    this.spreadsheet._metadata = this.spreadsheet._metadata.filter((e) => e !== this.entry);
  }
  toString(): string {
    return 'DeveloperMetadata';
  }
}

export class DeveloperMetadataLocation {
  static serviceName = 'DeveloperMetadataLocation';

  constructor(
    private readonly entry: MetadataEntry,
    private readonly spreadsheet: Spreadsheet,
  ) {}

  getLocationType(): string {
    return this.entry.sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET;
  }
  getSheet(): Sheet | null {
    return this.entry.sheet ?? null;
  }
  getSpreadsheet(): Spreadsheet | null {
    return this.entry.sheet ? null : this.spreadsheet;
  }
}

export class DeveloperMetadataFinder {
  static serviceName = 'DeveloperMetadataFinder';
  private readonly filters: ((e: MetadataEntry) => boolean)[] = [];

  constructor(
    private readonly spreadsheet: Spreadsheet,
    /** A sheet's finder searches only that sheet's metadata. */
    private readonly sheet?: Sheet,
  ) {}

  withKey(key: string) {
    this.filters.push((e) => e.key === key);
    return this;
  }
  withValue(value: string) {
    this.filters.push((e) => e.value === value);
    return this;
  }
  withId(id: number) {
    this.filters.push((e) => e.id === id);
    return this;
  }
  withVisibility(visibility: string) {
    this.filters.push((e) => e.visibility === visibility);
    return this;
  }
  withLocationType(type: string) {
    this.filters.push((e) => (e.sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET) === type);
    return this;
  }

  find(): DeveloperMetadata[] {
    return this.spreadsheet._metadata
      .filter((e) => (this.sheet ? e.sheet === this.sheet : true) && this.filters.every((f) => f(e)))
      .map((e) => new DeveloperMetadata(e, this.spreadsheet));
  }
}
