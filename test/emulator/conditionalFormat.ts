import { failSignature } from './gasError';
import type { Range } from './range';

/**
 * SpreadsheetApp.newConditionalFormatRule() and the rules it builds. A rule is either a colour
 * scale (gradient min/mid/max points) or a boolean condition with a format; as in Apps Script,
 * setting a gradient point turns the builder into a gradient rule and a when…() call turns it
 * into a boolean one. `rule.spec` is the rule as plain data for tests.
 */
export const InterpolationType = { MIN: 'MIN', MAX: 'MAX', NUMBER: 'NUMBER', PERCENT: 'PERCENT', PERCENTILE: 'PERCENTILE' } as const;

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
} as const;

export interface GradientPoint {
  color: string;
  type: string;
  /** Google takes the value as a string ('' for MIN and MAX). */
  value: string;
}

export interface ConditionalFormatSpec {
  /** A1 ranges with their tab: "Correlations!B2:F6". */
  ranges: string[];
  gradient?: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint };
  boolean?: {
    criteria: string;
    values: unknown[];
    format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean; strikethrough?: boolean; underline?: boolean };
  };
}

interface RuleState {
  ranges: Range[];
  gradient?: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint };
  criteria?: { criteria: string; values: unknown[] };
  format: NonNullable<ConditionalFormatSpec['boolean']>['format'];
}

function copyState(s: RuleState): RuleState {
  return {
    ranges: [...s.ranges],
    gradient: s.gradient && { ...s.gradient },
    criteria: s.criteria && { ...s.criteria },
    format: { ...s.format },
  };
}

export class ConditionalFormatRule {
  static serviceName = 'ConditionalFormatRule';

  constructor(private readonly state: RuleState) {}

  get spec(): ConditionalFormatSpec {
    const s = this.state;
    const spec: ConditionalFormatSpec = { ranges: s.ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`) };
    if (s.gradient) spec.gradient = { ...s.gradient };
    else if (s.criteria) spec.boolean = { ...s.criteria, format: { ...s.format } };
    return spec;
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  getGradientCondition(): GradientCondition | null {
    return this.state.gradient ? new GradientCondition(this.state.gradient) : null;
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.state.criteria ? new BooleanCondition(this.state.criteria, this.state.format) : null;
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(copyState(this.state));
  }

  toJSON(): ConditionalFormatSpec {
    return this.spec;
  }

  toString(): string {
    return 'ConditionalFormatRule';
  }
}

export class GradientCondition {
  static serviceName = 'GradientCondition';
  constructor(private readonly g: NonNullable<RuleState['gradient']>) {}
  getMinType() {
    return this.g.min?.type ?? null;
  }
  getMinValue() {
    return this.g.min?.value ?? '';
  }
  getMinColor() {
    return this.g.min?.color ?? '';
  }
  getMidType() {
    return this.g.mid?.type ?? null;
  }
  getMidValue() {
    return this.g.mid?.value ?? '';
  }
  getMidColor() {
    return this.g.mid?.color ?? '';
  }
  getMaxType() {
    return this.g.max?.type ?? null;
  }
  getMaxValue() {
    return this.g.max?.value ?? '';
  }
  getMaxColor() {
    return this.g.max?.color ?? '';
  }
}

export class BooleanCondition {
  static serviceName = 'BooleanCondition';
  constructor(
    private readonly c: NonNullable<RuleState['criteria']>,
    private readonly f: RuleState['format'],
  ) {}
  getCriteriaType() {
    return this.c.criteria;
  }
  getCriteriaValues() {
    return [...this.c.values];
  }
  getBackground() {
    return this.f.background ?? null;
  }
  getFontColor() {
    return this.f.fontColor ?? null;
  }
  getBold() {
    return this.f.bold ?? null;
  }
  getItalic() {
    return this.f.italic ?? null;
  }
}

export class ConditionalFormatRuleBuilder {
  static serviceName = 'ConditionalFormatRuleBuilder';

  constructor(private readonly state: RuleState = { ranges: [], format: {} }) {}

  _point(which: 'min' | 'mid' | 'max', color: string, type: string, value: unknown): this {
    delete this.state.criteria;
    this.state.gradient = {
      ...this.state.gradient,
      [which]: { color: String(color), type: String(type), value: value === undefined ? '' : String(value) },
    };
    return this;
  }

  _when(criteria: string, ...values: unknown[]): this {
    delete this.state.gradient;
    this.state.criteria = { criteria, values };
    return this;
  }

  setGradientMinpoint(color: string) {
    return this._point('min', color, InterpolationType.MIN, '');
  }
  setGradientMaxpoint(color: string) {
    return this._point('max', color, InterpolationType.MAX, '');
  }
  setGradientMinpointWithValue(color: string, type: string, value: string) {
    return this._point('min', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: string, value: string) {
    return this._point('mid', color, type, value);
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string) {
    return this._point('max', color, type, value);
  }

  setBackground(color: string | null) {
    this.state.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null) {
    this.state.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean) {
    this.state.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean) {
    this.state.format.italic = italic;
    return this;
  }
  setStrikethrough(on: boolean) {
    this.state.format.strikethrough = on;
    return this;
  }
  setUnderline(on: boolean) {
    this.state.format.underline = on;
    return this;
  }

  whenCellEmpty() {
    return this._when(BooleanCriteria.CELL_EMPTY);
  }
  whenCellNotEmpty() {
    return this._when(BooleanCriteria.CELL_NOT_EMPTY);
  }
  whenFormulaSatisfied(formula: string) {
    return this._when(BooleanCriteria.CUSTOM_FORMULA, formula);
  }
  whenNumberBetween(start: number, end: number) {
    return this._when(BooleanCriteria.NUMBER_BETWEEN, start, end);
  }
  whenNumberNotBetween(start: number, end: number) {
    return this._when(BooleanCriteria.NUMBER_NOT_BETWEEN, start, end);
  }
  whenNumberEqualTo(n: number) {
    return this._when(BooleanCriteria.NUMBER_EQUAL_TO, n);
  }
  whenNumberNotEqualTo(n: number) {
    return this._when(BooleanCriteria.NUMBER_NOT_EQUAL_TO, n);
  }
  whenNumberGreaterThan(n: number) {
    return this._when(BooleanCriteria.NUMBER_GREATER_THAN, n);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this._when(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, n);
  }
  whenNumberLessThan(n: number) {
    return this._when(BooleanCriteria.NUMBER_LESS_THAN, n);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this._when(BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, n);
  }
  whenTextContains(text: string) {
    return this._when(BooleanCriteria.TEXT_CONTAINS, text);
  }
  whenTextDoesNotContain(text: string) {
    return this._when(BooleanCriteria.TEXT_DOES_NOT_CONTAIN, text);
  }
  whenTextEndsWith(text: string) {
    return this._when(BooleanCriteria.TEXT_ENDS_WITH, text);
  }
  whenTextEqualTo(text: string) {
    return this._when(BooleanCriteria.TEXT_EQUAL_TO, text);
  }
  whenTextStartsWith(text: string) {
    return this._when(BooleanCriteria.TEXT_STARTS_WITH, text);
  }

  setRanges(ranges: Range[]) {
    if (!Array.isArray(ranges)) failSignature('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this.state.ranges = [...ranges];
    return this;
  }
  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(copyState(this.state));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(copyState(this.state));
  }
}
