import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv: RFC 4180 quoting', () => {
  it.each([
    ['plain text', 'Primary', 'Primary'],
    ['an empty cell', '', ''],
    ['a comma', 'EHCP paperwork, Annual reviews', '"EHCP paperwork, Annual reviews"'],
    ['a quote, doubled', 'She said "no"', '"She said ""no"""'],
    ['an LF', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a CR', 'line 1\rline 2', '"line 1\rline 2"'],
    ['a semicolon (not special in comma CSV)', 'a; b', 'a; b'],
    ['leading and trailing spaces, kept', '  spaced  ', '  spaced  '],
  ])('writes %s', (_name, cell, expected) => {
    expect(toCsv([[cell]])).toBe(`${expected}\r\n`);
  });

  it('separates cells with commas and ends every row, the last included, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', ''],
        ['', ''],
      ]),
    ).toBe('a,b\r\n1,\r\n,\r\n');
  });

  it('writes nothing for no rows and a bare line end for an empty row', () => {
    expect(toCsv([])).toBe('');
    expect(toCsv([[]])).toBe('\r\n');
  });
});

describe('toCsv: formula injection', () => {
  it.each([
    ['=', '=HYPERLINK("http://x.example","click")', `"'=HYPERLINK(""http://x.example"",""click"")"`],
    ['+', '+SUM(A1:A2)', "'+SUM(A1:A2)"],
    ['-', '- more admin time please', "'- more admin time please"],
    ['@', '@SUM(1,2)', `"'@SUM(1,2)"`],
    ['a tab', '\t=1+1', "'\t=1+1"],
    ['a CR', '\r=1+1', `"'\r=1+1"`],
    ['a lone minus', '-', "'-"],
    ['a phone number with spaces', '+44 20 7946 0000', "'+44 20 7946 0000"],
  ])('neutralises a cell starting with %s by prefixing an apostrophe', (_name, cell, expected) => {
    expect(toCsv([[cell]])).toBe(`${expected}\r\n`);
  });

  it.each(['-3', '+44', '-2.5', '+.5', '-1e-3', '3', '2.5'])('keeps the plain number %s as it is', (cell) => {
    expect(toCsv([[cell]])).toBe(`${cell}\r\n`);
  });

  it.each(['a=b', ' =1+1', "'=already safe", 'email@school.example'])('leaves %s alone (formula characters only matter first)', (cell) => {
    expect(toCsv([[cell]])).toBe(`${cell}\r\n`);
  });

  it('writes formula-like text raw when asked to reproduce an export exactly', () => {
    expect(toCsv([['=1+1', '- note']], { neutraliseFormulas: false })).toBe('=1+1,- note\r\n');
  });
});
