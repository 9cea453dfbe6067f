import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, fireTriggers, loadBundle } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any -- the globals are the script's untyped view */
function sheetWith(values: unknown[][]) {
  const emulator = createEmulator({ spreadsheet: { sheets: [{ name: 'Tasks', values }] } });
  const sheet = (emulator.globals.SpreadsheetApp as any).getActiveSpreadsheet().getSheetByName('Tasks');
  emulator.calls.reset();
  return { emulator, sheet };
}

// Google's reference for Class TextFinder: case-insensitive and partial by default; matchCase, matchEntireCell;
// findNext returns the next matching cell or null; findAll every matching cell.
describe('TextFinder', () => {
  const ids = [['Clip ID'], ['abc-1'], ['ABC-12'], ['x abc-1 y'], ['abc-1']];

  it('matches part of a cell, in any case, by default', () => {
    const { sheet } = sheetWith(ids);
    const all = sheet.getRange(1, 1, 5, 1).createTextFinder('abc-1').findAll();
    expect(all.map((r: any) => r.getA1Notation())).toEqual(['A2', 'A3', 'A4', 'A5']);
  });

  it('matches the entire cell and the case when asked, and walks on with findNext until null', () => {
    const { sheet } = sheetWith(ids);
    const finder = sheet.getRange(2, 1, 4, 1).createTextFinder('ABC-1').matchEntireCell(true);
    expect(finder.findNext().getRow()).toBe(2);
    expect(finder.findNext().getRow()).toBe(5);
    expect(finder.findNext()).toBeNull();
    const exact = sheet.getRange(2, 1, 4, 1).createTextFinder('abc-1').matchEntireCell(true).matchCase(true);
    expect(exact.findAll().map((r: any) => r.getRow())).toEqual([2, 5]);
    expect(sheet.getRange(2, 1, 4, 1).createTextFinder('ABC-12').matchCase(true).findNext().getRow()).toBe(3);
  });

  it('searches displayed values, plain text unless a regular expression is asked for', () => {
    const { sheet } = sheetWith([['a.c'], ['abc'], [3.5]]);
    const range = sheet.getRange(1, 1, 3, 1);
    expect(
      range
        .createTextFinder('a.c')
        .findAll()
        .map((r: any) => r.getRow()),
    ).toEqual([1]);
    expect(
      range
        .createTextFinder('a.c')
        .useRegularExpression(true)
        .findAll()
        .map((r: any) => r.getRow()),
    ).toEqual([1, 2]);
    expect(range.createTextFinder('3.5').matchEntireCell(true).findNext().getRow()).toBe(3);
  });

  it('costs the script one call and no cells read, whatever the size of the range (the search is Google-side)', () => {
    const { emulator, sheet } = sheetWith([['Clip ID']]);
    sheet.insertRowsAfter(sheet.getMaxRows(), 20_001 - sheet.getMaxRows());
    sheet.getRange(2, 1, 20_000, 1).setValues(Array.from({ length: 20_000 }, (_, i) => [`id-${i}`]));
    emulator.calls.reset();
    const found = sheet.getRange(2, 1, 20_000, 1).createTextFinder('id-19999').matchEntireCell(true).findNext();
    expect(found.getRow()).toBe(20_001);
    expect(emulator.calls.count('TextFinder.findNext')).toBe(1);
    expect(emulator.calls.cellsRead).toBe(0);
    sheet.getRange(2, 1, 20_000, 1).getValues();
    expect(emulator.calls.cellsRead).toBe(20_000);
  });
});

// Google's reference for Class Cache: "The cap for cached items is 1,000. If more than 1,000 items are written,
// the cache stores the 900 items farthest from expiration."
describe('the cache item cap', () => {
  it('keeps the 900 items farthest from expiry once more than 1,000 are written', () => {
    const emulator = createEmulator();
    const cache = (emulator.globals.CacheService as any).getScriptCache();
    cache.put('soonest', 'x', 60);
    cache.putAll(Object.fromEntries(Array.from({ length: 999 }, (_, i) => [`k${i}`, 'v'])), 600);
    expect(cache.get('soonest')).toBe('x');
    cache.put('latest', 'y', 21_600);
    expect(cache.get('soonest')).toBeNull();
    expect(cache.get('latest')).toBe('y');
    const left = cache.getAll(Array.from({ length: 999 }, (_, i) => `k${i}`));
    expect(Object.keys(left)).toHaveLength(899);
  });
});

// Google's reference for ClockTriggerBuilder.after: "the minimum duration (in milliseconds) after the current
// time that the trigger runs".
describe('one-off triggers', () => {
  it('run once, not before their time, and stay listed until deleted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-once-'));
    writeFileSync(
      join(dir, 'Code.js'),
      'function make() { ScriptApp.newTrigger("later").timeBased().after(60000).create(); }\nfunction later(e) { return "ran"; }\n',
    );
    const emulator = createEmulator({ clock: new Date('2026-11-30T10:00:00Z') });
    const app = loadBundle(emulator, join(dir, 'Code.js'));
    app.call('make');
    expect(fireTriggers(emulator, app)).toEqual([]);
    emulator.advanceTime(60_000);
    expect(fireTriggers(emulator, app)).toEqual(['ran']);
    expect(fireTriggers(emulator, app)).toEqual([]);
    expect(emulator.triggers.all.map((t) => t.handler)).toEqual(['later']);
  });
});
