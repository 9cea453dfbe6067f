import { fail } from './gasError';
import type { Range } from './range';

/**
 * TextFinder, as Google's reference for Class TextFinder describes it: made by Range.createTextFinder(text) (the
 * Sheet and Spreadsheet forms are not modelled); by default the search is case-insensitive
 * ("otherwise the search defaults to case-insensitive matching"), matches part of a cell ("otherwise the search
 * defaults to doing a partial match"), reads the displayed value of a cell (formula text only with
 * matchFormulaText(true)), treats the text as plain text unless useRegularExpression(true), and matches
 * diacritics unless ignoreDiacritics(true). findNext() returns the next matching cell after the current match
 * (or after startFrom's range), row by row, or null when there is none; findPrevious() the one before;
 * findAll() every match; getCurrentMatch() the last one returned. Not modelled: wrapping past the end (the
 * reference does not say; here the search stops) and replaceWith / replaceAllWith.
 *
 * The search happens on Google's side: the script receives only the matching Range, never the cells searched,
 * so the call counter records one call and no cells read, as the real service costs one call.
 */
export class TextFinder {
  static serviceName = 'TextFinder';
  private caseSensitive = false;
  private entireCell = false;
  private regex = false;
  private formulaText = false;
  private noDiacritics = false;
  /** Index (row-major, within the range) of the current match; -1 before the first. */
  private at = -1;

  constructor(
    private readonly range: Range,
    private readonly text: string,
  ) {
    if (typeof text !== 'string' || text === '') fail('Invalid argument: findText');
  }

  matchCase(matchCase: boolean): TextFinder {
    this.caseSensitive = Boolean(matchCase);
    return this;
  }
  matchEntireCell(matchEntireCell: boolean): TextFinder {
    this.entireCell = Boolean(matchEntireCell);
    return this;
  }
  useRegularExpression(useRegEx: boolean): TextFinder {
    this.regex = Boolean(useRegEx);
    return this;
  }
  matchFormulaText(matchFormulaText: boolean): TextFinder {
    this.formulaText = Boolean(matchFormulaText);
    return this;
  }
  ignoreDiacritics(ignoreDiacritics: boolean): TextFinder {
    this.noDiacritics = Boolean(ignoreDiacritics);
    return this;
  }
  startFrom(startRange: Range): TextFinder {
    const row = startRange.getRow() - this.range.getRow();
    const column = startRange.getColumn() - this.range.getColumn();
    this.at = row * this.range.getNumColumns() + column;
    return this;
  }

  findNext(): Range | null {
    const cells = this.cells();
    for (let i = this.at + 1; i < cells.length; i++) if (this.matches(cells[i])) return this.select(i);
    return null;
  }

  findPrevious(): Range | null {
    const cells = this.cells();
    for (let i = (this.at < 0 ? cells.length : this.at) - 1; i >= 0; i--) if (this.matches(cells[i])) return this.select(i);
    return null;
  }

  findAll(): Range[] {
    const cells = this.cells();
    const out: Range[] = [];
    for (let i = 0; i < cells.length; i++) if (this.matches(cells[i])) out.push(this.cellAt(i));
    return out;
  }

  getCurrentMatch(): Range | null {
    return this.at >= 0 && this.matches(this.cells()[this.at]) ? this.cellAt(this.at) : null;
  }

  private cells(): string[] {
    const shown = this.range.getDisplayValues();
    if (!this.formulaText) return shown.flat();
    return this.range.getFormulas().flatMap((row, r) => row.map((f, c) => f || shown[r][c]));
  }

  private fold(s: string): string {
    const plain = this.noDiacritics ? s.normalize('NFD').replace(/\p{M}/gu, '') : s;
    return this.caseSensitive ? plain : plain.toLowerCase();
  }

  private matches(cell: string | undefined): boolean {
    if (cell === undefined || cell === '') return false;
    if (this.regex) {
      const re = new RegExp(this.entireCell ? `^(?:${this.text})$` : this.text, this.caseSensitive ? 'u' : 'iu');
      return re.test(this.noDiacritics ? this.fold(cell) : cell);
    }
    const want = this.fold(this.text);
    const have = this.fold(cell);
    return this.entireCell ? have === want : have.includes(want);
  }

  private cellAt(i: number): Range {
    const width = this.range.getNumColumns();
    return this.range.getCell(Math.floor(i / width) + 1, (i % width) + 1);
  }

  private select(i: number): Range {
    this.at = i;
    return this.cellAt(i);
  }
}
