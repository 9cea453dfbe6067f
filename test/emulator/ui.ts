import { fail, failSignature } from './gasError';
import { HtmlOutput } from './html';

/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts, all recorded for tests
 * (emulator.ui). Google's facts kept: only addToUi() puts a menu in the UI; an add-on menu
 * appears under Extensions with the add-on's name; sidebars are 300 px wide whatever
 * setWidth says. alert() and prompt() answer from a queue the test fills
 * (ui.answers.push(...)), else OK (or YES for yes/no questions).
 */
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  kind: 'addon' | 'custom';
  title: string;
  items: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface UiAnswer {
  button: string;
  text?: string;
}

/** Everything the script showed; tests read it. */
export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: (ShownHtml & { modal: boolean })[] = [];
  readonly alerts: { title: string; prompt: string; buttons: string }[] = [];
  readonly prompts: { title: string; prompt: string; buttons: string }[] = [];
  /** Answers for the next alert() / prompt() calls, in order. */
  readonly answers: UiAnswer[] = [];

  /** Every menu item, flattened, for "each item's function exists" checks. */
  menuItems(): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (m: MenuRecord) => {
      for (const e of m.items) {
        if (e.kind === 'item') out.push({ caption: e.caption, functionName: e.functionName });
        if (e.kind === 'submenu') walk(e.menu);
      }
    };
    this.menus.forEach(walk);
    return out;
  }
}

export class Menu {
  static serviceName = 'Menu';

  constructor(
    private readonly record: MenuRecord,
    private readonly recorder: UiRecorder,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') fail('Invalid argument: caption or functionName');
    this.record.items.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.record.items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    this.record.items.push({ kind: 'submenu', menu: menu.record });
    return this;
  }

  addToUi(): void {
    if (!this.recorder.menus.includes(this.record)) this.recorder.menus.push(this.record);
  }
}

const SIDEBAR_WIDTH = 300;

export class Ui {
  static serviceName = 'Ui';
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  constructor(
    private readonly recorder: UiRecorder,
    private readonly addonName: string,
  ) {}

  createAddonMenu(): Menu {
    return new Menu({ kind: 'addon', title: this.addonName, items: [] }, this.recorder);
  }
  createMenu(caption: string): Menu {
    return new Menu({ kind: 'custom', title: String(caption), items: [] }, this.recorder);
  }

  _requireHtml(method: string, userInterface: unknown, ...rest: unknown[]): void {
    if (!(userInterface instanceof HtmlOutput)) failSignature(`SpreadsheetApp.Ui.${method}`, [userInterface, ...rest]);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this._requireHtml('showSidebar', userInterface);
    this.recorder.sidebars.push({
      title: userInterface.getTitle(),
      content: userInterface.getContent(),
      width: SIDEBAR_WIDTH,
      height: userInterface.getHeight(),
    });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._requireHtml('showModalDialog', userInterface, title);
    this.recorder.dialogs.push({
      modal: true,
      title: String(title),
      content: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._requireHtml('showModelessDialog', userInterface, title);
    this.recorder.dialogs.push({
      modal: false,
      title: String(title),
      content: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }

  _answer(buttons: string): UiAnswer {
    return this.recorder.answers.shift() ?? { button: buttons.startsWith('YES') ? Button.YES : Button.OK, text: '' };
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] = c !== undefined ? [a, b!, c] : b !== undefined && b in ButtonSet ? ['', a, b] : ['', a, ButtonSet.OK];
    this.recorder.alerts.push({ title: String(title), prompt: String(prompt), buttons });
    return this._answer(buttons).button;
  }

  prompt(a: string, b?: string, c?: string): PromptResponse {
    const [title, prompt, buttons] = c !== undefined ? [a, b!, c] : b !== undefined && b in ButtonSet ? ['', a, b] : ['', a, ButtonSet.OK];
    this.recorder.prompts.push({ title: String(title), prompt: String(prompt), buttons });
    const answer = this._answer(buttons);
    return new PromptResponse(answer.button, answer.text ?? '');
  }
}

export class PromptResponse {
  static serviceName = 'PromptResponse';
  constructor(
    private readonly button: string,
    private readonly text: string,
  ) {}
  getSelectedButton(): string {
    return this.button;
  }
  getResponseText(): string {
    return this.text;
  }
}
