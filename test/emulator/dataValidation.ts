import { failSignature } from './gasError';
import type { Range } from './range';

/**
 * SpreadsheetApp.newDataValidation() and the rules it builds. Google's reference: a new rule
 * allows invalid data (shows a warning) until setAllowInvalid(false). requireValueInList takes
 * String[] — a list of numbers fails with the signature error, as in Apps Script.
 * Writes by script are not checked against rules (Sheets applies them to typed input only).
 */
export const DataValidationCriteria = {
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;

export interface DataValidationSpec {
  criteria: string | null;
  /** For VALUE_IN_RANGE the range is given as "Tab!A1:A9". */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

interface ValidationState {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

const METHOD = 'SpreadsheetApp.DataValidationBuilder';

export class DataValidation {
  static serviceName = 'DataValidation';

  constructor(private readonly state: ValidationState) {}

  get spec(): DataValidationSpec {
    const values = this.state.values.map((v) =>
      v && typeof v === 'object' && 'getA1Notation' in v ? `${(v as Range).getSheet().getName()}!${(v as Range).getA1Notation()}` : v,
    );
    return { criteria: this.state.criteria, values, allowInvalid: this.state.allowInvalid, helpText: this.state.helpText };
  }

  getCriteriaType(): string | null {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string {
    return this.state.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder({ ...this.state, values: [...this.state.values] });
  }
  toJSON(): DataValidationSpec {
    return this.spec;
  }
  toString(): string {
    return 'DataValidation';
  }
}

export class DataValidationBuilder {
  static serviceName = 'DataValidationBuilder';

  constructor(private readonly state: ValidationState = { criteria: null, values: [], allowInvalid: true, helpText: '' }) {}

  _require(criteria: string, ...values: unknown[]): this {
    this.state.criteria = criteria;
    this.state.values = values;
    return this;
  }

  requireValueInList(values: string[], showDropdown = true) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
      failSignature(`${METHOD}.requireValueInList`, [values, showDropdown]);
    return this._require(DataValidationCriteria.VALUE_IN_LIST, [...values], showDropdown);
  }
  requireValueInRange(range: Range, showDropdown = true) {
    return this._require(DataValidationCriteria.VALUE_IN_RANGE, range, showDropdown);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    return this._require(DataValidationCriteria.CHECKBOX, ...[checked, unchecked].filter((v) => v !== undefined));
  }
  requireNumberBetween(start: number, end: number) {
    return this._require(DataValidationCriteria.NUMBER_BETWEEN, start, end);
  }
  requireNumberGreaterThan(n: number) {
    return this._require(DataValidationCriteria.NUMBER_GREATER_THAN, n);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this._require(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, n);
  }
  requireNumberLessThan(n: number) {
    return this._require(DataValidationCriteria.NUMBER_LESS_THAN, n);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this._require(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, n);
  }
  requireTextContains(text: string) {
    return this._require(DataValidationCriteria.TEXT_CONTAINS, text);
  }
  requireTextIsEmail() {
    return this._require(DataValidationCriteria.TEXT_IS_VALID_EMAIL);
  }
  requireTextIsUrl() {
    return this._require(DataValidationCriteria.TEXT_IS_VALID_URL);
  }
  requireDate() {
    return this._require(DataValidationCriteria.DATE_IS_VALID_DATE);
  }
  requireFormulaSatisfied(formula: string) {
    return this._require(DataValidationCriteria.CUSTOM_FORMULA, formula);
  }

  setAllowInvalid(allowInvalidData: boolean) {
    this.state.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string) {
    this.state.helpText = String(helpText);
    return this;
  }
  getCriteriaType(): string | null {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string {
    return this.state.helpText;
  }

  build(): DataValidation {
    return new DataValidation({ ...this.state, values: [...this.state.values] });
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder({ ...this.state, values: [...this.state.values] });
  }
}
