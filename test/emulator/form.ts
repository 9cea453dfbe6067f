import {
  type CheckboxGridItem,
  type CheckboxItem,
  copyItemState,
  type DateItem,
  type GridItem,
  INVALID_UPDATE,
  Item,
  type ItemHost,
  type ItemSpec,
  type ItemState,
  ItemType,
  type ItemTypeName,
  itemSpec,
  LAYOUT_TYPES,
  type ListItem,
  type MultipleChoiceItem,
  newItemState,
  type PageBreakItem,
  PageNavigationType,
  type ParagraphTextItem,
  ParagraphTextValidationBuilder,
  type ScaleItem,
  type SectionHeaderItem,
  type TextItem,
  TextValidationBuilder,
  typedItem,
} from './formItems';
import { fail, failSignature, requireNumbers } from './gasError';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

/**
 * FormApp and Form. Sources: Google's FormApp, Form and DestinationType reference pages, and
 * behaviour observed on live Apps Script (marked "observed"):
 *  - FormApp.create(title) names the Drive file but leaves the form's own title empty
 *    (observed 2025, issuetracker.google.com/issues/442747794): call setTitle as well;
 *  - getActiveForm() is the form a script is bound to: null here, where scripts are bound to
 *    a spreadsheet or standalone (reference);
 *  - openByUrl of something that is not a form URL throws "Invalid argument: url" (observed);
 *    an unknown id throws "Unexpected error while getting the method or property openById on
 *    object FormApp." (GUESSED by analogy with SpreadsheetApp.openById);
 *  - setDestination(SPREADSHEET, id) adds a NEW sheet "Form responses N" (the lowest N not in
 *    use) as the FIRST sheet of that spreadsheet, without making it active; its header row is
 *    "Timestamp", then "Email address" when the form collects emails (wording GUESSED), then
 *    one column per question in form order — a grid gives one per row, "Title [Row]";
 *    section headers and page breaks give none. Questions added later get new columns at the
 *    right; a renamed question renames its column; a deleted question keeps its column.
 *    Linking again adds another new sheet. English files made in en_US have been seen with
 *    "Form Responses 1"; the emulator uses the en_GB wording;
 *  - Sheet.getFormUrl() / Spreadsheet.getFormUrl() give the form's URL (…/forms/d/<id>/viewform,
 *    shape observed in third-party code, which feeds it to FormApp.openByUrl) or null;
 *  - rejections whose text is unknown (an index out of range, an unknown spreadsheet id) use
 *    Forms' catch-all "Invalid data updating form." — GUESSED for these cases;
 *  - removeDestination() unlinks: the sheet and its rows stay, getFormUrl() becomes null;
 *    getDestinationId() with no destination throws (observed); the text "The form currently
 *    has no response destination." is GUESSED.
 * Not modelled: getResponses/FormResponse, onFormSubmit triggers, quizzes, images and videos,
 * the delay before a new response sheet shows in a Spreadsheet opened earlier in the same run.
 * Respondents are simulated by submitResponse (formResponses.ts). `form.spec` is the form as
 * plain data for tests.
 */
export const DestinationType = { SPREADSHEET: 'SPREADSHEET' } as const;

/** Header of the column Forms adds for respondents' emails (GUESSED casing; see above). */
export const EMAIL_HEADER = 'Email address';

export interface FormDestinationSpec {
  type: 'SPREADSHEET';
  spreadsheetId: string;
  /** The response sheet's current name. */
  sheetName: string;
}

export interface FormSpec {
  id: string;
  /** The Drive file's name (what FormApp.create was given). */
  fileName: string;
  title: string;
  description: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  progressBar: boolean;
  shuffleQuestions: boolean;
  confirmationMessage: string;
  acceptingResponses: boolean;
  published: boolean;
  editUrl: string;
  publishedUrl: string;
  items: ItemSpec[];
  destination: FormDestinationSpec | null;
  /** Responses submitted with submitResponse. */
  responses: number;
}

/** One response sheet: the sheet and which question each of its columns belongs to. */
export interface Destination {
  spreadsheet: Spreadsheet;
  sheet: Sheet;
  /** Column keys in sheet order: 'timestamp', 'email', an item id, or "<item id>[<row>]". */
  columns: string[];
}

export interface SubmittedResponse {
  timestamp: number;
  email: string;
  answers: Record<string, unknown>;
}

/** A column of the response sheet: the key it is tracked by and its header. */
export interface ResponseColumn {
  key: string;
  header: string;
}

export function gridColumnKey(item: ItemState, row: string): string {
  return `${item.id}[${row}]`;
}

/** The response sheet's columns for the form as it is now, in form order. */
export function responseColumns(form: Form): ResponseColumn[] {
  const columns: ResponseColumn[] = [{ key: 'timestamp', header: 'Timestamp' }];
  if (form._collectEmail) columns.push({ key: 'email', header: EMAIL_HEADER });
  for (const item of form._items) {
    if (LAYOUT_TYPES.has(item.type)) continue;
    if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
      for (const row of item.rows) columns.push({ key: gridColumnKey(item, row), header: `${item.title} [${row}]` });
    } else {
      columns.push({ key: String(item.id), header: item.title });
    }
  }
  return columns;
}

/** Raw form behind a script-facing proxy (the boundary passes symbol reads to the target). */
export const RAW_FORM = Symbol('rawForm');

export interface FormEnvironment {
  spreadsheet(id: string): Spreadsheet | undefined;
  now(): number;
  nextItemId(): number;
}

export class Form implements ItemHost {
  static serviceName = 'Form';

  _items: ItemState[] = [];
  _title = '';
  _description = '';
  _collectEmail = false;
  _allowResponseEdits = false;
  _limitOneResponsePerUser = false;
  _progressBar = false;
  _shuffleQuestions = false;
  _confirmationMessage = '';
  _acceptingResponses = true;
  _destination: Destination | null = null;
  readonly _responses: SubmittedResponse[] = [];

  constructor(
    readonly _env: FormEnvironment,
    private readonly id: string,
    private readonly publishedId: string,
    readonly _fileName: string,
    public _published: boolean,
  ) {}

  get [RAW_FORM](): Form {
    return this;
  }

  get spec(): FormSpec {
    const d = this._destination;
    return {
      id: this.id,
      fileName: this._fileName,
      title: this._title,
      description: this._description,
      collectEmail: this._collectEmail,
      allowResponseEdits: this._allowResponseEdits,
      limitOneResponsePerUser: this._limitOneResponsePerUser,
      progressBar: this._progressBar,
      shuffleQuestions: this._shuffleQuestions,
      confirmationMessage: this._confirmationMessage,
      acceptingResponses: this._acceptingResponses,
      published: this._published,
      editUrl: this.getEditUrl(),
      publishedUrl: this.getPublishedUrl(),
      items: this._items.map(itemSpec),
      destination: d && { type: 'SPREADSHEET', spreadsheetId: d.spreadsheet.getId(), sheetName: d.sheet.getName() },
      responses: this._responses.length,
    };
  }

  getId(): string {
    return this.id;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): Form {
    this._title = String(title);
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  setDescription(description: string): Form {
    this._description = String(description);
    return this;
  }
  collectsEmail(): boolean {
    return this._collectEmail;
  }
  setCollectEmail(collect: boolean): Form {
    this._collectEmail = Boolean(collect);
    this._changed();
    return this;
  }
  canEditResponse(): boolean {
    return this._allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): Form {
    this._allowResponseEdits = Boolean(enabled);
    return this;
  }
  setLimitOneResponsePerUser(enabled: boolean): Form {
    this._limitOneResponsePerUser = Boolean(enabled);
    return this;
  }
  hasLimitOneResponsePerUser(): boolean {
    return this._limitOneResponsePerUser;
  }
  setProgressBar(enabled: boolean): Form {
    this._progressBar = Boolean(enabled);
    return this;
  }
  hasProgressBar(): boolean {
    return this._progressBar;
  }
  setShuffleQuestions(shuffle: boolean): Form {
    this._shuffleQuestions = Boolean(shuffle);
    return this;
  }
  getShuffleQuestions(): boolean {
    return this._shuffleQuestions;
  }
  setConfirmationMessage(message: string): Form {
    this._confirmationMessage = String(message);
    return this;
  }
  getConfirmationMessage(): string {
    return this._confirmationMessage;
  }
  setAcceptingResponses(enabled: boolean): Form {
    this._acceptingResponses = Boolean(enabled);
    return this;
  }
  isAcceptingResponses(): boolean {
    return this._acceptingResponses;
  }
  setPublished(enabled: boolean): Form {
    this._published = Boolean(enabled);
    return this;
  }
  isPublished(): boolean {
    return this._published;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
  /** Reference: "Converts a long URL for a form to a short URL." */
  shortenFormUrl(url: string): string {
    if (typeof url !== 'string') failSignature('FormApp.Form.shortenFormUrl', [url]);
    return `https://forms.gle/${this.publishedId.slice(-10)}`;
  }

  // ---- items ----

  _add<T>(type: ItemTypeName): T {
    const state = newItemState(this._env.nextItemId(), type);
    this._items.push(state);
    this._changed();
    return typedItem(this, state) as T;
  }
  addScaleItem(): ScaleItem {
    return this._add(ItemType.SCALE);
  }
  addMultipleChoiceItem(): MultipleChoiceItem {
    return this._add(ItemType.MULTIPLE_CHOICE);
  }
  addCheckboxItem(): CheckboxItem {
    return this._add(ItemType.CHECKBOX);
  }
  addListItem(): ListItem {
    return this._add(ItemType.LIST);
  }
  addGridItem(): GridItem {
    return this._add(ItemType.GRID);
  }
  addCheckboxGridItem(): CheckboxGridItem {
    return this._add(ItemType.CHECKBOX_GRID);
  }
  addTextItem(): TextItem {
    return this._add(ItemType.TEXT);
  }
  addParagraphTextItem(): ParagraphTextItem {
    return this._add(ItemType.PARAGRAPH_TEXT);
  }
  addDateItem(): DateItem {
    return this._add(ItemType.DATE);
  }
  addSectionHeaderItem(): SectionHeaderItem {
    return this._add(ItemType.SECTION_HEADER);
  }
  addPageBreakItem(): PageBreakItem {
    return this._add(ItemType.PAGE_BREAK);
  }

  /** Reference: every item, or those of one ItemType, as generic Items. */
  getItems(itemType?: string): Item[] {
    if (itemType !== undefined && !(typeof itemType === 'string' && itemType in ItemType))
      failSignature('FormApp.Form.getItems', [itemType]);
    return this._items.filter((s) => itemType === undefined || s.type === itemType).map((s) => new Item(this, s));
  }
  /** Reference: the item with the given id, or null. */
  getItemById(id: number): Item | null {
    const state = this._items.find((s) => s.id === Number(id));
    return state ? new Item(this, state) : null;
  }

  /** deleteItem(index) or deleteItem(item). The out-of-range text is GUESSED. */
  deleteItem(indexOrItem: number | object): void {
    const i = this._indexArg('deleteItem', indexOrItem);
    this._items.splice(i, 1);
  }

  /** moveItem(from, to) or moveItem(item, toIndex); returns the moved item. */
  moveItem(from: number | object, toIndex: number): Item {
    const i = this._indexArg('moveItem', from, toIndex);
    requireNumbers('FormApp.Form.moveItem', [toIndex]);
    const to = Math.trunc(toIndex);
    if (to < 0 || to >= this._items.length) fail(INVALID_UPDATE); // GUESSED text
    const [state] = this._items.splice(i, 1);
    this._items.splice(to, 0, state);
    return new Item(this, state);
  }

  _indexArg(method: string, value: unknown, ...rest: unknown[]): number {
    let i: number;
    if (typeof value === 'number') i = Math.trunc(value);
    else if (value && typeof value === 'object' && '_state' in value && '_host' in value && (value as { _host: unknown })._host === this) {
      i = this._items.indexOf((value as { _state: ItemState })._state);
    } else failSignature(`FormApp.Form.${method}`, [value, ...rest]);
    if (i < 0 || i >= this._items.length) fail(INVALID_UPDATE); // GUESSED text
    return i;
  }

  _indexOf(state: ItemState): number {
    return this._items.indexOf(state);
  }

  _duplicate(state: ItemState): ItemState {
    const copy = copyItemState(state, this._env.nextItemId());
    this._items.push(copy);
    this._changed();
    return copy;
  }

  // ---- destination ----

  setDestination(type: string, id: string): Form {
    if (type !== DestinationType.SPREADSHEET || typeof id !== 'string') failSignature('FormApp.Form.setDestination', [type, id]);
    const spreadsheet = this._env.spreadsheet(id);
    if (!spreadsheet) fail(INVALID_UPDATE); // GUESSED text
    this._unlink();
    let n = 1;
    while (spreadsheet.getSheetByName(`Form responses ${n}`)) n++;
    const sheet = spreadsheet._insertSheetQuietly(`Form responses ${n}`, 0);
    sheet._formUrl = `https://docs.google.com/forms/d/${this.id}/viewform`;
    this._destination = { spreadsheet, sheet, columns: [] };
    this._changed();
    return this;
  }

  getDestinationId(): string {
    if (!this._destination) fail('The form currently has no response destination.'); // GUESSED text; throwing is observed
    return this._destination.spreadsheet.getId();
  }

  getDestinationType(): string {
    if (!this._destination) fail('The form currently has no response destination.'); // GUESSED text
    return DestinationType.SPREADSHEET;
  }

  /** Reference: "Unlinks the form from its current response destination." Previous responses stay in the sheet. */
  removeDestination(): Form {
    this._unlink();
    return this;
  }

  _unlink(): void {
    if (this._destination) this._destination.sheet._formUrl = null;
    this._destination = null;
  }

  /** Keeps the response sheet's header row in step with the questions (see the file header). */
  _changed(): void {
    const d = this._destination;
    if (!d) return;
    for (const column of responseColumns(this)) {
      let c = d.columns.indexOf(column.key);
      if (c < 0) {
        c = d.columns.length;
        d.columns.push(column.key);
        d.sheet._grow(1, d.columns.length);
      }
      // Headers are text whatever they look like ("2024", "=x"): the apostrophe keeps them so.
      d.sheet._cells.writeValues(0, c, [[column.header === '' ? '' : `'${column.header}`]]);
    }
  }

  toString(): string {
    return 'Form';
  }
}

/** Every form the emulator holds, and the ids it hands out. */
export class FormStore {
  readonly forms = new Map<string, Form>();
  private formCount = 0;
  private itemCount = 0;
  readonly environment: FormEnvironment;

  constructor(spreadsheet: (id: string) => Spreadsheet | undefined, now: () => number) {
    this.environment = { spreadsheet, now, nextItemId: () => 1_000_000_000 + ++this.itemCount };
  }

  create(fileName: string, published: boolean): Form {
    const n = String(++this.formCount).padStart(6, '0');
    const form = new Form(this.environment, `1EmUlAtEd${n}FormId`, `1FAIpQLSeEmUlAtEd${n}PublishedId`, fileName, published);
    this.forms.set(form.getId(), form);
    return form;
  }
}

export class FormApp {
  static serviceName = 'FormApp';
  readonly ItemType = ItemType;
  readonly DestinationType = DestinationType;
  readonly PageNavigationType = PageNavigationType;

  constructor(private readonly store: FormStore) {}

  /**
   * Reference: "Creates and returns a new Form. Throws an exception if the given title is null
   * or empty." (that text GUESSED). The title names the Drive file only (observed, see header).
   */
  create(title: string, isPublished?: boolean): Form {
    if (title === undefined || title === null || String(title) === '') fail('Invalid argument: title');
    return this.store.create(String(title), isPublished === undefined ? true : Boolean(isPublished));
  }

  openById(id: string): Form {
    const form = this.store.forms.get(String(id));
    if (!form) fail('Unexpected error while getting the method or property openById on object FormApp.');
    return form;
  }

  openByUrl(url: string): Form {
    const id = /docs\.google\.com\/forms\/d\/(?!e\/)([^/?#]+)/.exec(String(url))?.[1];
    if (id === undefined) fail('Invalid argument: url');
    const form = this.store.forms.get(id);
    if (!form) fail('Unexpected error while getting the method or property openByUrl on object FormApp.');
    return form;
  }

  /** Reference: the form the script is bound to; scripts here are bound to a spreadsheet or standalone. */
  getActiveForm(): Form | null {
    return null;
  }

  createTextValidation(): TextValidationBuilder {
    return new TextValidationBuilder();
  }
  createParagraphTextValidation(): ParagraphTextValidationBuilder {
    return new ParagraphTextValidationBuilder();
  }

  toString(): string {
    return 'FormApp';
  }
}
