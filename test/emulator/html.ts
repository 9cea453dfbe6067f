import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './gasError';

/**
 * HtmlService. Files come from the bundle directory (dist/apps-script/, beside Code.js):
 * createHtmlOutputFromFile('Sidebar') reads Sidebar.html, and a missing file throws
 * "No HTML file named Sidebar was found." (observed). Templates support Google's scriptlets —
 * <? code ?>, <?= printed, escaped ?> and <?!= printed raw ?> — and run in the script's own
 * context, so a template can call the bundle's top-level functions (the include() idiom) and
 * read variables assigned to the template object (t.report = …).
 */
/**
 * The sandbox Google puts every HtmlService page in (sidebars, dialogs, web apps): the keywords its HTML service
 * restrictions guide lists for IFRAME mode. allow-modals lets a dialog call print(), alert() and confirm();
 * allow-downloads lets it save a Blob. (allow-top-navigation-by-user-activation is set only for stand-alone
 * scripts, so not for a Sheets add-on.) Browser tests host a page in an iframe with exactly these.
 * Google documents no size limit for createHtmlOutput content or a dialog; the emulator enforces none, and the
 * add-on keeps its own budget (docs/sheets-report-dialog.md).
 */
export const IFRAME_SANDBOX =
  'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export interface HtmlEnvironment {
  bundleDir(): string | undefined;
  /** Compiles JavaScript source in the script's realm and returns its value. */
  compile(source: string): unknown;
}

export class HtmlOutput {
  static serviceName = 'HtmlOutput';
  private title = '';
  private width = 0;
  private height = 0;
  private sandboxMode: string = SandboxMode.IFRAME;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(private content = '') {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string) {
    this.content = String(content);
    return this;
  }
  append(addedContent: string) {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string) {
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  clear() {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string) {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number) {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number) {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: string) {
    this.sandboxMode = mode;
    return this;
  }
  getSandboxMode(): string {
    return this.sandboxMode;
  }
  setXFrameOptionsMode(mode: string) {
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string) {
    this.metaTags.push({ name, content });
    return this;
  }
  setFaviconUrl(_url: string) {
    return this;
  }
  toString(): string {
    return 'HtmlOutput';
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Turns a scriptlet template into the source of `function (vars, esc) → string`. */
export function compileTemplate(raw: string): string {
  let body = '';
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('<?', i);
    if (open < 0) {
      body += `__out += ${JSON.stringify(raw.slice(i))};\n`;
      break;
    }
    body += `__out += ${JSON.stringify(raw.slice(i, open))};\n`;
    const close = raw.indexOf('?>', open);
    if (close < 0) fail('Unterminated scriptlet in HTML template');
    const inner = raw.slice(open + 2, close);
    if (inner.startsWith('!=')) body += `__out += String(${inner.slice(2)});\n`;
    else if (inner.startsWith('=')) body += `__out += __esc(String(${inner.slice(1)}));\n`;
    else body += `${inner}\n`;
    i = close + 2;
  }
  return `(function (__vars, __esc) { with (__vars) { var __out = '';\n${body}return __out; } })`;
}

export class HtmlTemplate {
  static serviceName = 'HtmlTemplate';
  /** The script assigns template variables as properties. */
  static openProperties = true;

  constructor(
    private readonly _raw: string,
    private readonly _env: HtmlEnvironment,
  ) {}

  getRawContent(): string {
    return this._raw;
  }
  getCode(): string {
    return compileTemplate(this._raw);
  }

  evaluate(): HtmlOutput {
    const render = this._env.compile(compileTemplate(this._raw)) as (vars: object, esc: (s: string) => string) => string;
    const vars: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) if (!k.startsWith('_')) vars[k] = v;
    return new HtmlOutput(render(vars, escapeHtml));
  }
}

export class HtmlService {
  static serviceName = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly env: HtmlEnvironment) {}

  _read(filename: string): string {
    const dir = this.env.bundleDir();
    const name = String(filename);
    const candidates = dir ? [join(dir, `${name}.html`), join(dir, name)] : [];
    const found = candidates.find((p) => existsSync(p) && p.endsWith('.html'));
    if (!found) fail(`No HTML file named ${name.replace(/\.html$/, '')} was found.`);
    return readFileSync(found, 'utf8');
  }

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this._read(filename));
  }
  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(String(html), this.env);
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this._read(filename), this.env);
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated)';
  }
}
