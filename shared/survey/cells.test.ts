import { describe, expect, it } from 'vitest';
import { cellNumber, cellText, cellTime, detectDateOrder } from './cells';

describe('cellText', () => {
  it.each([
    ['', ''],
    [null, ''],
    [undefined, ''],
    ['  Agree ', 'Agree'],
    [3, '3'],
    [true, 'TRUE'],
    [new Date(Date.UTC(2025, 8, 1)), '2025-09-01T00:00:00.000Z'],
  ])('reads %j as %j', (cell, text) => expect(cellText(cell)).toBe(text));
});

describe('cellNumber', () => {
  it.each([
    [4, 4],
    ['4', 4],
    [' 2.5 ', 2.5],
    ['-3', -3],
    ['.5', 0.5],
  ])('reads %j as the number %d', (cell, n) => expect(cellNumber(cell)).toBe(n));
  it.each([['2.5 hours'], ['about 3'], [''], [true], ['1,5'], [Infinity]])('refuses %j rather than guessing', (cell) => {
    expect(cellNumber(cell)).toBeNaN();
  });
});

describe('cellTime', () => {
  // Google Forms in a UK spreadsheet exports "dd/mm/yyyy HH:MM:SS"; Microsoft Forms (US locale) "m/d/yy H:MM:SS".
  it('reads a UK Google Forms timestamp day first', () => {
    expect(cellTime('03/11/2025 14:05:09')).toBe(Date.UTC(2025, 10, 3, 14, 5, 9));
  });
  it('reads month first when told the column is month first', () => {
    expect(cellTime('11/23/25 14:03:11', 'mdy')).toBe(Date.UTC(2025, 10, 23, 14, 3, 11));
  });
  it('reads ISO dates and 12-hour clocks', () => {
    expect(cellTime('2025-09-01')).toBe(Date.UTC(2025, 8, 1));
    expect(cellTime('01/09/2025 2:30 pm')).toBe(Date.UTC(2025, 8, 1, 14, 30));
  });
  it('keeps a Date from getValues() as its instant', () => {
    const d = new Date(Date.UTC(2025, 8, 1, 9));
    expect(cellTime(d)).toBe(d.getTime());
  });
  it('refuses impossible dates instead of rolling them over', () => {
    expect(cellTime('31/02/2025')).toBeNaN();
    expect(cellTime('12/13/2025')).toBeNaN();
  });
});

describe('detectDateOrder', () => {
  it('is day first unless a value can only be month first', () => {
    expect(detectDateOrder(['01/02/2025', '03/04/2025'])).toBe('dmy');
    expect(detectDateOrder(['11/23/25 14:03:11', '11/02/25 09:00:00'])).toBe('mdy');
  });
});

describe('timestamps from other exports', () => {
  it.each([
    // Google Forms' own "Download responses (.csv)" writes year first with am/pm and a zone; read as wall time.
    ['2023/11/14 10:23:45 am GMT', Date.UTC(2023, 10, 14, 10, 23, 45)],
    ['2024/3/5 4:05:12 PM GMT+1', Date.UTC(2024, 2, 5, 16, 5, 12)],
    ['2024/03/05', Date.UTC(2024, 2, 5)],
  ])('reads %j', (text, ms) => expect(cellTime(text)).toBe(ms));
  it('refuses an impossible ISO date instead of rolling it over', () => {
    expect(cellTime('2024-02-30')).toBeNaN();
  });
  it('reads a 400-digit answer as unreadable, not as Infinity', () => {
    expect(cellNumber('9'.repeat(400))).toBeNaN();
  });
});
