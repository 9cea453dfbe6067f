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

/**
 * The options page: the connection code (pasted: it fills the URL and token, saves and tests at once), labelled
 * fields for the settings, Save (URL checked first) and Test connection.
 */
export async function mountOptions(doc: Document, overrides: Partial<OptionsDeps> = {}): Promise<void> {
  const deps: OptionsDeps = { settings: settingsItem, ask: (m) => askBackground(m), allowLoopback: () => allowsLoopback(), ...overrides };
  const input = (name: (typeof FIELDS)[number]) => doc.getElementById(name) as HTMLInputElement;
  const status = doc.getElementById('status') as HTMLElement;
  const say = (text: string, tone: 'ok' | 'bad' | '' = '') => {
    status.textContent = text;
    status.className = `status ${tone}`.trim();
  };

  /** The URL field's value if it is a tracker URL this build accepts; otherwise says why and returns null. */
  function checkedUrl(): string | null {
    const url = input('trackerUrl');
    const check = checkTrackerUrl(url.value, deps.allowLoopback());
    url.setAttribute('aria-invalid', String(!check.ok));
    if (check.ok) return check.url;
    say(check.message, 'bad');
    url.focus();
    return null;
  }

  const saved = await readSettings(deps.settings);
  for (const name of FIELDS) input(name).value = saved[name];

  /** Saves the fields (the URL as checked) and tells the background; false when the URL was refused. */
  async function save(): Promise<boolean> {
    const values = Object.fromEntries(FIELDS.map((name) => [name, input(name).value.trim()])) as Settings;
    if (values.trackerUrl !== '') {
      const url = checkedUrl();
      if (url === null) return false;
      values.trackerUrl = url;
    }
    await deps.settings.setValue(values);
    await deps.ask({ type: 'settings-changed' });
    const missing = [
      values.trackerUrl === '' && 'the tracker URL',
      values.token === '' && 'the token',
      values.senco === '' && 'your name',
    ].filter(Boolean);
    const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
    say(missing.length ? `Saved. Add ${list} before clipping.` : 'Saved.', missing.length ? 'bad' : 'ok');
    return true;
  }

  async function testNow(url: string, prefix = ''): Promise<void> {
    const button = doc.getElementById('test') as HTMLButtonElement;
    button.disabled = true;
    say(`${prefix}Testing…`);
    const reply = await deps.ask({ type: 'test-connection', url, token: input('token').value.trim() });
    button.disabled = false;
    say(prefix + reply.message, reply.ok ? 'ok' : 'bad');
  }

  /** The pasted connection code: checked, then the URL and token filled in, saved and tested at once. */
  async function connect(): Promise<void> {
    const code = doc.getElementById('code') as HTMLInputElement;
    const decoded = decodeConnectionCode(code.value);
    const url = decoded.ok ? checkTrackerUrl(decoded.url, deps.allowLoopback()) : null;
    code.setAttribute('aria-invalid', String(!decoded.ok || !url?.ok));
    if (!decoded.ok) return say(decoded.message, 'bad');
    if (!url?.ok) return say(`This code holds an address the clipper cannot use. ${url?.message ?? ''}`.trim(), 'bad');
    input('trackerUrl').value = url.url;
    input('token').value = decoded.token;
    if (!(await save())) return;
    code.value = '';
    await testNow(url.url, 'Code accepted and saved. ');
  }

  doc.getElementById('connect')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void connect();
  });
  // A paste is the whole code: connect at once, once the pasted text is in the field.
  doc.getElementById('code')!.addEventListener('paste', () => setTimeout(() => void connect(), 0));

  doc.getElementById('settings')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    await save();
  });

  doc.getElementById('test')!.addEventListener('click', async () => {
    const url = checkedUrl();
    if (url === null) return;
    await testNow(url);
  });
}
