/// <reference types="google-apps-script" />
// Where each clip id sits on the Tasks tab, kept in the script cache so that a clip checks for a duplicate in a
// constant number of calls whatever the number of tasks (docs/tracker-writes.md). The cache is only a guide:
//  - a hit names a row, and the row is read to confirm it (rows move when the SENCO deletes or sorts them);
//  - "not there" is trusted only while the index is complete, which READY records: it is written in the same
//    call as every bucket, and removed whenever the id column may have changed by other means than a clip;
//  - anything else (READY gone, a bucket gone: Google may evict cache items at any time, and keeps at most
//    1,000) falls back to a TextFinder search of the id column, one call that Google runs on its side.
import { COL } from '../../shared/tracker/trackerLayout';
import { ownedRole, TRACKER_KEY } from '../ownedSheets';
import { TASKS } from './trackerTabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cache = GoogleAppsScript.Cache.Cache;

const PREFIX = 'senco-time.clip-ids.';
const READY = `${PREFIX}ready`;
/**
 * Buckets the ids are spread over: 256 items stay well inside the cache's 1,000-item cap, and at 20,000 tasks a
 * bucket holds about 80 ids (≈ 4 KB of its 100 KB limit); past ≈ 500,000 tasks a bucket outgrows 100 KB, the
 * write fails and the index is dropped, so the TextFinder does the work.
 */
export const BUCKETS = 256;
/** The cache's longest expiry (6 hours): the index is rebuilt at the first refresh after it lapses. */
const EXPIRY_SECONDS = 21_600;
const ID_COLUMN = COL['Clip ID'] + 1;

type Bucket = Record<string, number>;

/** The bucket of an id (lower case): a string hash, so that ids typed by hand spread as evenly as UUIDs. */
export function bucketOf(id: string): number {
  let h = 5381;
  for (let i = 0; i < id.length; i++) h = ((h * 33) ^ id.charCodeAt(i)) >>> 0;
  return h % BUCKETS;
}

const bucketKey = (b: number) => `${PREFIX}${b}`;

/** What the index knows of one id: its row, that it is absent (index complete), or nothing. */
export type IndexAnswer = { known: true; row: number | null; bucket: Bucket } | { known: false };

/** One cache call: the index's word on `id` (lower case). */
export function lookUp(cache: Cache, id: string): IndexAnswer {
  const key = bucketKey(bucketOf(id));
  const got = cache.getAll([READY, key]);
  if (got[READY] === undefined || got[key] === undefined) return { known: false };
  let bucket: Bucket;
  try {
    bucket = JSON.parse(got[key]) as Bucket;
  } catch {
    return { known: false };
  }
  const row = bucket[id];
  return { known: true, row: typeof row === 'number' ? row : null, bucket };
}

/** One cache call: records that `id` is now on `row`. A failed write drops the index rather than leave it wrong. */
export function remember(cache: Cache, bucket: Bucket, id: string, row: number): void {
  bucket[id] = row;
  try {
    cache.put(bucketKey(bucketOf(id)), JSON.stringify(bucket), EXPIRY_SECONDS);
  } catch (err) {
    console.warn('The clip index could not be updated; clips will be checked by searching the id column.', err);
    forgetIndex(cache);
  }
}

/** Marks the index incomplete: every clip searches the id column until the next rebuild. */
export function forgetIndex(cache: Cache = CacheService.getScriptCache()): void {
  cache.remove(READY);
}

/**
 * The onEdit trigger's part: an edit reaching the Tasks tab's Clip ID column (an id typed, rows pasted) may add
 * ids the index does not hold, so the index is dropped. Deleting or sorting rows fires no edit, and needs none:
 * a hit is always checked against its row, and a deleted id is absent either way.
 */
export function forgetIndexAfterIdEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  const range = e?.range;
  if (!range || range.getColumn() > ID_COLUMN) return;
  if (ownedRole(range.getSheet(), TRACKER_KEY) !== TASKS) return;
  forgetIndex();
}

/** The row holding `id` (lower case), by a search of the id column on Google's side; null when absent. */
export function searchIdColumn(sheet: Sheet, id: string, lastRow: number): number | null {
  if (lastRow < 2) return null;
  const found = sheet
    .getRange(2, ID_COLUMN, lastRow - 1, 1)
    .createTextFinder(id)
    .matchCase(false)
    .matchEntireCell(true)
    .findNext();
  return found ? found.getRow() : null;
}

/**
 * The row of the clip `id` (lower case) on the Tasks tab, or null, in a constant number of calls: the index, a
 * one-cell read to confirm a hit, and the id column search when the index cannot answer.
 */
export function findClipRow(sheet: Sheet, cache: Cache, id: string, lastRow: number): { row: number | null; index: IndexAnswer } {
  const index = lookUp(cache, id);
  if (index.known && index.row === null) return { row: null, index };
  if (index.known && index.row !== null && index.row <= lastRow) {
    const there = String(sheet.getRange(index.row, ID_COLUMN).getValue()).toLowerCase();
    if (there === id) return { row: index.row, index };
  }
  return { row: searchIdColumn(sheet, id, lastRow), index };
}

/**
 * Rebuilds the index from the id column: one read of that column and one cache write. The caller holds the
 * script lock, so no clip lands between the read and the write.
 */
export function rebuildIndex(sheet: Sheet, cache: Cache = CacheService.getScriptCache()): boolean {
  const last = sheet.getLastRow();
  const ids = last >= 2 ? sheet.getRange(2, ID_COLUMN, last - 1, 1).getValues() : [];
  const buckets: Bucket[] = Array.from({ length: BUCKETS }, () => ({}));
  ids.forEach(([cell], i) => {
    const id = String(cell).trim().toLowerCase();
    if (id === '') return;
    const bucket = buckets[bucketOf(id)];
    if (bucket[id] === undefined) bucket[id] = i + 2;
  });
  const values: Record<string, string> = { [READY]: String(last) };
  buckets.forEach((b, i) => {
    values[bucketKey(i)] = JSON.stringify(b);
  });
  try {
    cache.putAll(values, EXPIRY_SECONDS);
    return true;
  } catch (err) {
    console.warn('The clip index could not be built; clips will be checked by searching the id column.', err);
    forgetIndex(cache);
    return false;
  }
}

/** Whether the index is complete now (one cache call). */
export function indexReady(cache: Cache = CacheService.getScriptCache()): boolean {
  return cache.get(READY) !== null;
}
