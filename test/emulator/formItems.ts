import { fail, failSignature, requireNumbers } from './gasError';

/**
 * FormApp items, choices and text validations. Sources: Google's FormApp reference (class pages
 * ScaleItem, MultipleChoiceItem, CheckboxItem, ListItem, GridItem, CheckboxGridItem, TextItem,
 * ParagraphTextItem, SectionHeaderItem, PageBreakItem, DateItem, Item, Choice,
 * TextValidationBuilder) and behaviour observed on live Apps Script (marked "observed"):
 *  - a new scale is 1..5 with empty labels (observed); setBounds takes a lower bound of 0 or 1
 *    and an upper bound of 3..10 (reference). The rejection text is GUESSED: Forms' general
 *    "Invalid data updating form." (observed for other rejected updates; not seen for setBounds);
 *  - a new multiple-choice, checkbox or list item holds one choice whose value is '' (observed);
 *  - setChoiceValues([]) throws "Array is empty: values" (observed); the same shape for
 *    setChoices, setRows and setColumns is GUESSED by analogy;
 *  - only the generic Item (what getItems and getItemById return) has the as…Item() casts, and
 *    the wrong one throws "Invalid conversion for item type: PAGE_BREAK" (observed);
 *  - only question items have setRequired/isRequired; layout items (section headers, page
 *    breaks) have a title and help text only.
 * Every item is a view over one ItemState owned by its Form, so a ScaleItem from addScaleItem
 * and the Item from getItems() see the same data. `itemSpec` is the plain data tests read.
 */
export const ItemType = {
  CHECKBOX: 'CHECKBOX',
  CHECKBOX_GRID: 'CHECKBOX_GRID',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  FILE_UPLOAD: 'FILE_UPLOAD',
  GRID: 'GRID',
  IMAGE: 'IMAGE',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  PAGE_BREAK: 'PAGE_BREAK',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  RATING: 'RATING',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  TEXT: 'TEXT',
  TIME: 'TIME',
  VIDEO: 'VIDEO',
} as const;
export type ItemTypeName = keyof typeof ItemType;

export const PageNavigationType = { CONTINUE: 'CONTINUE', GO_TO_PAGE: 'GO_TO_PAGE', RESTART: 'RESTART', SUBMIT: 'SUBMIT' } as const;

/** Items that take no answer and so give no column in the response sheet. */
export const LAYOUT_TYPES: ReadonlySet<string> = new Set(['SECTION_HEADER', 'PAGE_BREAK', 'IMAGE', 'VIDEO']);

/** Every FormApp class the script can hold; authorization.ts asks for the forms scope on their calls. */
export const FORMS_SERVICE_NAMES = [
  'FormApp',
  'Form',
  'Item',
  'ScaleItem',
  'MultipleChoiceItem',
  'CheckboxItem',
  'ListItem',
  'GridItem',
  'CheckboxGridItem',
  'TextItem',
  'ParagraphTextItem',
  'SectionHeaderItem',
  'PageBreakItem',
  'DateItem',
  'Choice',
  'TextValidationBuilder',
  'TextValidation',
  'ParagraphTextValidationBuilder',
  'ParagraphTextValidation',
] as const;

/** Forms' catch-all rejection (observed wording; where it is used for a specific case, that use is a guess). */
export const INVALID_UPDATE = 'Invalid data updating form.';

export interface ChoiceState {
  value: string;
  /** PageNavigationType name, or null when the choice does not branch. */
  navigation: string | null;
}

export interface TextValidationSpec {
  /** 'TEXT' validations go on TextItems, 'PARAGRAPH_TEXT' ones on ParagraphTextItems. */
  kind: 'TEXT' | 'PARAGRAPH_TEXT';
  /** e.g. NUMBER, NUMBER_BETWEEN, TEXT_LENGTH_LESS_THAN_OR_EQUAL_TO; null when built empty. */
  criteria: string | null;
  values: (number | string)[];
  helpText: string;
}

export interface ItemState {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
  choices: ChoiceState[];
  otherOption: boolean;
  rows: string[];
  columns: string[];
  validation: TextValidationSpec | null;
  includesYear: boolean;
  navigation: string;
}

export interface ItemSpec {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required?: boolean;
  lowerBound?: number;
  upperBound?: number;
  leftLabel?: string;
  rightLabel?: string;
  choices?: string[];
  otherOption?: boolean;
  rows?: string[];
  columns?: string[];
  validation?: TextValidationSpec | null;
  includesYear?: boolean;
  pageNavigation?: string;
}

export function newItemState(id: number, type: ItemTypeName): ItemState {
  const choiceItem = type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX' || type === 'LIST';
  return {
    id,
    type,
    title: '',
    helpText: '',
    required: false,
    lowerBound: 1,
    upperBound: 5,
    leftLabel: '',
    rightLabel: '',
    choices: choiceItem ? [{ value: '', navigation: null }] : [],
    otherOption: false,
    rows: [],
    columns: [],
    validation: null,
    includesYear: true,
    navigation: PageNavigationType.CONTINUE,
  };
}

export function copyItemState(s: ItemState, id: number): ItemState {
  return {
    ...s,
    id,
    choices: s.choices.map((c) => ({ ...c })),
    rows: [...s.rows],
    columns: [...s.columns],
    validation: s.validation && { ...s.validation, values: [...s.validation.values] },
  };
}

/** The item as plain data: common fields plus those of its type. */
export function itemSpec(s: ItemState): ItemSpec {
  const spec: ItemSpec = { id: s.id, type: s.type, title: s.title, helpText: s.helpText };
  if (!LAYOUT_TYPES.has(s.type)) spec.required = s.required;
  switch (s.type) {
    case 'SCALE':
      Object.assign(spec, { lowerBound: s.lowerBound, upperBound: s.upperBound, leftLabel: s.leftLabel, rightLabel: s.rightLabel });
      break;
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX':
      Object.assign(spec, { choices: s.choices.map((c) => c.value), otherOption: s.otherOption });
      break;
    case 'LIST':
      spec.choices = s.choices.map((c) => c.value);
      break;
    case 'GRID':
    case 'CHECKBOX_GRID':
      Object.assign(spec, { rows: [...s.rows], columns: [...s.columns] });
      break;
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      spec.validation = s.validation && { ...s.validation, values: [...s.validation.values] };
      break;
    case 'DATE':
      spec.includesYear = s.includesYear;
      break;
    case 'PAGE_BREAK':
      spec.pageNavigation = s.navigation;
      break;
  }
  return spec;
}

/** What an item needs from the form that holds it. */
export interface ItemHost {
  _indexOf(state: ItemState): number;
  /** Appends a copy of the item to the end of the form (Item.duplicate). */
  _duplicate(state: ItemState): ItemState;
  /** Called after a change that can alter the response sheet's header row. */
  _changed(): void;
}

const M = 'FormApp';

function stringArray(method: string, name: string, values: unknown): string[] {
  if (!Array.isArray(values)) failSignature(`${M}.${method}`, [values]);
  if (values.length === 0) fail(`Array is empty: ${name}`);
  if (values.some((v) => typeof v !== 'string')) failSignature(`${M}.${method}`, [values]);
  return [...(values as string[])];
}

/** Title, help text, id, index and type: what every item has. */
abstract class BaseItem {
  constructor(
    readonly _host: ItemHost,
    readonly _state: ItemState,
  ) {}

  getId(): number {
    return this._state.id;
  }
  getIndex(): number {
    return this._host._indexOf(this._state);
  }
  getType(): string {
    return this._state.type;
  }
  getTitle(): string {
    return this._state.title;
  }
  getHelpText(): string {
    return this._state.helpText;
  }
  setTitle(title: string): this {
    this._state.title = String(title);
    this._host._changed();
    return this;
  }
  setHelpText(text: string): this {
    this._state.helpText = String(text);
    return this;
  }
  /** A copy at the end of the form, of the same class as this view. */
  duplicate(): this {
    const Ctor = this.constructor as new (host: ItemHost, state: ItemState) => this;
    return new Ctor(this._host, this._host._duplicate(this._state));
  }
  _name(): string {
    return (this.constructor as unknown as { serviceName: string }).serviceName;
  }
  toString(): string {
    return this._name();
  }
}

/** Items that ask something: they can be required. */
abstract class QuestionItem extends BaseItem {
  isRequired(): boolean {
    return this._state.required;
  }
  setRequired(enabled: boolean): this {
    this._state.required = Boolean(enabled);
    return this;
  }
}

/** The generic Item of getItems() / getItemById(): casts to its own type only. */
export class Item extends BaseItem {
  static serviceName = 'Item';

  _as<T>(type: ItemTypeName): T {
    if (this._state.type !== type) fail(`Invalid conversion for item type: ${this._state.type}`);
    return typedItem(this._host, this._state) as T;
  }
  asScaleItem(): ScaleItem {
    return this._as('SCALE');
  }
  asMultipleChoiceItem(): MultipleChoiceItem {
    return this._as('MULTIPLE_CHOICE');
  }
  asCheckboxItem(): CheckboxItem {
    return this._as('CHECKBOX');
  }
  asListItem(): ListItem {
    return this._as('LIST');
  }
  asGridItem(): GridItem {
    return this._as('GRID');
  }
  asCheckboxGridItem(): CheckboxGridItem {
    return this._as('CHECKBOX_GRID');
  }
  asTextItem(): TextItem {
    return this._as('TEXT');
  }
  asParagraphTextItem(): ParagraphTextItem {
    return this._as('PARAGRAPH_TEXT');
  }
  asSectionHeaderItem(): SectionHeaderItem {
    return this._as('SECTION_HEADER');
  }
  asPageBreakItem(): PageBreakItem {
    return this._as('PAGE_BREAK');
  }
  asDateItem(): DateItem {
    return this._as('DATE');
  }
}

export class ScaleItem extends QuestionItem {
  static serviceName = 'ScaleItem';

  getLowerBound(): number {
    return this._state.lowerBound;
  }
  getUpperBound(): number {
    return this._state.upperBound;
  }
  getLeftLabel(): string {
    return this._state.leftLabel;
  }
  getRightLabel(): string {
    return this._state.rightLabel;
  }
  /** Reference: "The lowest value must be 0 or 1. The highest value must be between 3 and 10, inclusive." */
  setBounds(lower: number, upper: number): ScaleItem {
    requireNumbers(`${M}.ScaleItem.setBounds`, [lower, upper]);
    const lo = Math.trunc(lower);
    const hi = Math.trunc(upper);
    if ((lo !== 0 && lo !== 1) || hi < 3 || hi > 10) fail(INVALID_UPDATE); // text GUESSED, see header
    this._state.lowerBound = lo;
    this._state.upperBound = hi;
    return this;
  }
  setLabels(lower: string, upper: string): ScaleItem {
    this._state.leftLabel = String(lower);
    this._state.rightLabel = String(upper);
    return this;
  }
}

export class Choice {
  static serviceName = 'Choice';

  constructor(readonly _state: ChoiceState) {}

  getValue(): string {
    return this._state.value;
  }
  getPageNavigationType(): string | null {
    return this._state.navigation;
  }
  getGotoPage(): null {
    return null;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
  toString(): string {
    return 'Choice';
  }
}

/** Multiple choice, checkbox and list items: a list of choices. */
abstract class ChoiceItem extends QuestionItem {
  /** createChoice(value), (value, isCorrect) or (value, navigationType | pageBreakItem). */
  createChoice(value: string, second?: unknown): Choice {
    const navigation = typeof second === 'string' ? second : second instanceof PageBreakItem ? PageNavigationType.GO_TO_PAGE : null;
    return new Choice({ value: String(value), navigation });
  }
  getChoices(): Choice[] {
    return this._state.choices.map((c) => new Choice({ ...c }));
  }
  setChoiceValues(values: string[]): this {
    this._state.choices = stringArray(`${this._name()}.setChoiceValues`, 'values', values).map((value) => ({ value, navigation: null }));
    return this;
  }
  setChoices(choices: Choice[]): this {
    if (!Array.isArray(choices)) failSignature(`${M}.${this._name()}.setChoices`, [choices]);
    if (choices.length === 0) fail('Array is empty: choices');
    if (choices.some((c) => !(c instanceof Choice))) failSignature(`${M}.${this._name()}.setChoices`, [choices]);
    this._state.choices = choices.map((c) => ({ ...c._state }));
    return this;
  }
}

/** Multiple choice and checkbox items may offer an "Other" box. */
abstract class ChoiceWithOtherItem extends ChoiceItem {
  hasOtherOption(): boolean {
    return this._state.otherOption;
  }
  showOtherOption(enabled: boolean): this {
    this._state.otherOption = Boolean(enabled);
    return this;
  }
}

export class MultipleChoiceItem extends ChoiceWithOtherItem {
  static serviceName = 'MultipleChoiceItem';
}
export class CheckboxItem extends ChoiceWithOtherItem {
  static serviceName = 'CheckboxItem';
}
export class ListItem extends ChoiceItem {
  static serviceName = 'ListItem';
}

/** Grid and checkbox grid items: rows answered against columns. */
abstract class GridLikeItem extends QuestionItem {
  getRows(): string[] {
    return [...this._state.rows];
  }
  getColumns(): string[] {
    return [...this._state.columns];
  }
  setRows(rows: string[]): this {
    this._state.rows = stringArray(`${this._name()}.setRows`, 'rows', rows);
    this._host._changed();
    return this;
  }
  setColumns(columns: string[]): this {
    this._state.columns = stringArray(`${this._name()}.setColumns`, 'columns', columns);
    return this;
  }
}

export class GridItem extends GridLikeItem {
  static serviceName = 'GridItem';
}
export class CheckboxGridItem extends GridLikeItem {
  static serviceName = 'CheckboxGridItem';
}

export class TextItem extends QuestionItem {
  static serviceName = 'TextItem';

  setValidation(validation: TextValidation): TextItem {
    if (!(validation instanceof TextValidation) || validation._state.kind !== 'TEXT')
      failSignature(`${M}.TextItem.setValidation`, [validation]);
    this._state.validation = { ...validation._state, values: [...validation._state.values] };
    return this;
  }
  clearValidation(): TextItem {
    this._state.validation = null;
    return this;
  }
}

export class ParagraphTextItem extends QuestionItem {
  static serviceName = 'ParagraphTextItem';

  setValidation(validation: ParagraphTextValidation): ParagraphTextItem {
    if (!(validation instanceof ParagraphTextValidation)) failSignature(`${M}.ParagraphTextItem.setValidation`, [validation]);
    this._state.validation = { ...validation._state, values: [...validation._state.values] };
    return this;
  }
  clearValidation(): ParagraphTextItem {
    this._state.validation = null;
    return this;
  }
}

export class DateItem extends QuestionItem {
  static serviceName = 'DateItem';

  includesYear(): boolean {
    return this._state.includesYear;
  }
  setIncludesYear(enableYear: boolean): DateItem {
    this._state.includesYear = Boolean(enableYear);
    return this;
  }
}

export class SectionHeaderItem extends BaseItem {
  static serviceName = 'SectionHeaderItem';
}

export class PageBreakItem extends BaseItem {
  static serviceName = 'PageBreakItem';

  getPageNavigationType(): string {
    return this._state.navigation;
  }
  getGoToPage(): null {
    return null;
  }
  /** setGoToPage(navigationType) or setGoToPage(pageBreakItem). */
  setGoToPage(target: unknown): PageBreakItem {
    if (typeof target === 'string' && target in PageNavigationType) this._state.navigation = target;
    else if (target instanceof PageBreakItem) this._state.navigation = PageNavigationType.GO_TO_PAGE;
    else failSignature(`${M}.PageBreakItem.setGoToPage`, [target]);
    return this;
  }
}

const CLASSES: Partial<Record<ItemTypeName, new (host: ItemHost, state: ItemState) => BaseItem>> = {
  SCALE: ScaleItem,
  MULTIPLE_CHOICE: MultipleChoiceItem,
  CHECKBOX: CheckboxItem,
  LIST: ListItem,
  GRID: GridItem,
  CHECKBOX_GRID: CheckboxGridItem,
  TEXT: TextItem,
  PARAGRAPH_TEXT: ParagraphTextItem,
  DATE: DateItem,
  SECTION_HEADER: SectionHeaderItem,
  PAGE_BREAK: PageBreakItem,
};

/** The typed view (ScaleItem, GridItem …) of an item. */
export function typedItem(host: ItemHost, state: ItemState): BaseItem {
  const Ctor = CLASSES[state.type];
  if (!Ctor) fail(`Invalid conversion for item type: ${state.type}`);
  return new Ctor(host, state);
}

// ---- text validation ----

export class TextValidation {
  static serviceName = 'TextValidation';
  constructor(readonly _state: TextValidationSpec) {}
  toString(): string {
    return 'TextValidation';
  }
}

export class ParagraphTextValidation {
  static serviceName = 'ParagraphTextValidation';
  constructor(readonly _state: TextValidationSpec) {}
  toString(): string {
    return 'ParagraphTextValidation';
  }
}

/** Criteria both builders share: text length and patterns. The last require… call wins, as in the Forms editor. */
abstract class ValidationBuilder {
  protected readonly state: TextValidationSpec;

  constructor(kind: 'TEXT' | 'PARAGRAPH_TEXT') {
    this.state = { kind, criteria: null, values: [], helpText: '' };
  }

  protected _require(criteria: string, ...values: (number | string)[]): this {
    this.state.criteria = criteria;
    this.state.values = values;
    return this;
  }
  protected _number(method: string, criteria: string, ...values: number[]): this {
    requireNumbers(`${M}.${method}`, values);
    return this._require(criteria, ...values);
  }

  requireTextContainsPattern(pattern: string) {
    return this._require('TEXT_CONTAINS_PATTERN', String(pattern));
  }
  requireTextDoesNotContainPattern(pattern: string) {
    return this._require('TEXT_DOES_NOT_CONTAIN_PATTERN', String(pattern));
  }
  requireTextMatchesPattern(pattern: string) {
    return this._require('TEXT_MATCHES_PATTERN', String(pattern));
  }
  requireTextDoesNotMatchPattern(pattern: string) {
    return this._require('TEXT_DOES_NOT_MATCH_PATTERN', String(pattern));
  }
  requireTextLengthGreaterThanOrEqualTo(number: number) {
    return this._number(`${this._name()}.requireTextLengthGreaterThanOrEqualTo`, 'TEXT_LENGTH_GREATER_THAN_OR_EQUAL_TO', number);
  }
  requireTextLengthLessThanOrEqualTo(number: number) {
    return this._number(`${this._name()}.requireTextLengthLessThanOrEqualTo`, 'TEXT_LENGTH_LESS_THAN_OR_EQUAL_TO', number);
  }
  setHelpText(text: string): this {
    this.state.helpText = String(text);
    return this;
  }

  _name(): string {
    return (this.constructor as unknown as { serviceName: string }).serviceName;
  }
  _copy(): TextValidationSpec {
    return { ...this.state, values: [...this.state.values] };
  }
}

export class TextValidationBuilder extends ValidationBuilder {
  static serviceName = 'TextValidationBuilder';

  constructor() {
    super('TEXT');
  }

  requireNumber() {
    return this._require('NUMBER');
  }
  requireWholeNumber() {
    return this._require('WHOLE_NUMBER');
  }
  requireNumberBetween(start: number, end: number) {
    return this._number('TextValidationBuilder.requireNumberBetween', 'NUMBER_BETWEEN', start, end);
  }
  requireNumberNotBetween(start: number, end: number) {
    return this._number('TextValidationBuilder.requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', start, end);
  }
  requireNumberEqualTo(n: number) {
    return this._number('TextValidationBuilder.requireNumberEqualTo', 'NUMBER_EQUAL_TO', n);
  }
  requireNumberNotEqualTo(n: number) {
    return this._number('TextValidationBuilder.requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', n);
  }
  requireNumberGreaterThan(n: number) {
    return this._number('TextValidationBuilder.requireNumberGreaterThan', 'NUMBER_GREATER_THAN', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this._number('TextValidationBuilder.requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberLessThan(n: number) {
    return this._number('TextValidationBuilder.requireNumberLessThan', 'NUMBER_LESS_THAN', n);
  }
  requireNumberLessThanOrEqualTo(n: number) {
    return this._number('TextValidationBuilder.requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  requireTextIsEmail() {
    return this._require('TEXT_IS_EMAIL');
  }
  requireTextIsUrl() {
    return this._require('TEXT_IS_URL');
  }
  build(): TextValidation {
    return new TextValidation(this._copy());
  }
}

export class ParagraphTextValidationBuilder extends ValidationBuilder {
  static serviceName = 'ParagraphTextValidationBuilder';

  constructor() {
    super('PARAGRAPH_TEXT');
  }

  build(): ParagraphTextValidation {
    return new ParagraphTextValidation(this._copy());
  }
}

/** Whether a respondent's text passes the validation (Forms refuses to submit it otherwise). */
export function passesValidation(v: TextValidationSpec, text: string): boolean {
  const [a, b] = v.values as number[];
  const n = text.trim() === '' ? NaN : Number(text.trim());
  const isNumber = Number.isFinite(n);
  switch (v.criteria) {
    case null:
      return true;
    case 'NUMBER':
      return isNumber;
    case 'WHOLE_NUMBER':
      return isNumber && Number.isInteger(n);
    case 'NUMBER_BETWEEN':
      return isNumber && n >= a && n <= b;
    case 'NUMBER_NOT_BETWEEN':
      return isNumber && (n < a || n > b);
    case 'NUMBER_EQUAL_TO':
      return isNumber && n === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return isNumber && n !== a;
    case 'NUMBER_GREATER_THAN':
      return isNumber && n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return isNumber && n >= a;
    case 'NUMBER_LESS_THAN':
      return isNumber && n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return isNumber && n <= a;
    case 'TEXT_CONTAINS_PATTERN':
      return text.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN_PATTERN':
      return !text.includes(String(a));
    case 'TEXT_MATCHES_PATTERN':
      return new RegExp(`^(?:${String(a)})$`).test(text);
    case 'TEXT_DOES_NOT_MATCH_PATTERN':
      return !new RegExp(`^(?:${String(a)})$`).test(text);
    case 'TEXT_IS_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'TEXT_IS_URL':
      return /^https?:\/\/\S+$/.test(text);
    case 'TEXT_LENGTH_GREATER_THAN_OR_EQUAL_TO':
      return text.length >= a;
    case 'TEXT_LENGTH_LESS_THAN_OR_EQUAL_TO':
      return text.length <= a;
    default:
      return true;
  }
}
