import { decodeConnectionCode } from '../../../shared/clip/connectionCode';
import type { Message, Reply } from '../../messages';
import { allowsLoopback } from '../allowsLoopback';
import { askBackground } from '../askBackground';
import { checkTrackerUrl } from '../checkTrackerUrl';
import { readSettings, type Settings, settingsItem } from '../settings';

export interface OptionsDeps {
  settings: { getValue(): Promise<unknown>; setValue(value: Settings): Promise<void> };
  ask: (message: Message) => Promise<Reply>;
  allowLoopback: () => boolean;
}

const FIELDS = ['trackerUrl', 'token', 'senco', 'school', 'la'] as const;

interface Page {
  doc: Document;
  deps: OptionsDeps;
  input(name: (typeof FIELDS)[number]): HTMLInputElement;
  say(text: string, tone?: 'ok' | 'bad' | ''): void;
}

/** The URL field's value if it is a tracker URL this build accepts; otherwise says why and returns null. */
function checkedUrl(page: Page): string | null {
  const url = page.input('trackerUrl');
  const check = checkTrackerUrl(url.value, page.deps.allowLoopback());
  url.setAttribute('aria-invalid', String(!check.ok));
  if (check.ok) return check.url;
  page.say(check.message, 'bad');
  url.focus();
  return null;
}

/** Saves the fields (the URL as checked) and tells the background; false when the URL was refused. */
async function save(page: Page): Promise<boolean> {
  const values = Object.fromEntries(FIELDS.map((name) => [name, page.input(name).value.trim()])) as Settings;
  if (values.trackerUrl !== '') {
    const url = checkedUrl(page);
    if (url === null) return false;
    values.trackerUrl = url;
  }
  await page.deps.settings.setValue(values);
  await page.deps.ask({ type: 'settings-changed' });
  const missing = [
    values.trackerUrl === '' && 'the tracker URL',
    values.token === '' && 'the token',
    values.senco === '' && 'your name',
  ].filter(Boolean);
  const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
  page.say(missing.length ? `Saved. Add ${list} before clipping.` : 'Saved.', missing.length ? 'bad' : 'ok');
  return true;
}

async function testNow(page: Page, url: string, prefix = ''): Promise<void> {
  const button = page.doc.getElementById('test') as HTMLButtonElement;
  button.disabled = true;
  page.say(`${prefix}Testing…`);
  const reply = await page.deps.ask({ type: 'test-connection', url, token: page.input('token').value.trim() });
  button.disabled = false;
  page.say(prefix + reply.message, reply.ok ? 'ok' : 'bad');
}

/** The pasted connection code: checked, then the URL and token filled in, saved and tested at once. */
async function connect(page: Page): Promise<void> {
  const code = page.doc.getElementById('code') as HTMLInputElement;
  const decoded = decodeConnectionCode(code.value);
  const url = decoded.ok ? checkTrackerUrl(decoded.url, page.deps.allowLoopback()) : null;
  code.setAttribute('aria-invalid', String(!decoded.ok || !url?.ok));
  if (!decoded.ok) return page.say(decoded.message, 'bad');
  if (!url?.ok) return page.say(`This code holds an address the clipper cannot use. ${url?.message ?? ''}`.trim(), 'bad');
  page.input('trackerUrl').value = url.url;
  page.input('token').value = decoded.token;
  if (!(await save(page))) return;
  code.value = '';
  await testNow(page, url.url, 'Code accepted and saved. ');
}

/**
 * The options page: the connection code (pasted: it fills the URL and token, saves and tests at once), labelled
 * fields for the settings, Save (URL checked first) and Test connection.
 */
export async function mountOptions(doc: Document, overrides: Partial<OptionsDeps> = {}): Promise<void> {
  const deps: OptionsDeps = { settings: settingsItem, ask: (m) => askBackground(m), allowLoopback: () => allowsLoopback(), ...overrides };
  const status = doc.getElementById('status') as HTMLElement;
  const page: Page = {
    doc,
    deps,
    input: (name) => doc.getElementById(name) as HTMLInputElement,
    say: (text, tone = '') => {
      status.textContent = text;
      status.className = `status ${tone}`.trim();
    },
  };
  const saved = await readSettings(deps.settings);
  for (const name of FIELDS) page.input(name).value = saved[name];

  doc.getElementById('connect')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void connect(page);
  });
  // A paste is the whole code: connect at once, once the pasted text is in the field.
  doc.getElementById('code')!.addEventListener('paste', () => setTimeout(() => void connect(page), 0));
  doc.getElementById('settings')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    await save(page);
  });
  doc.getElementById('test')!.addEventListener('click', async () => {
    const url = checkedUrl(page);
    if (url !== null) await testNow(page, url);
  });
}
