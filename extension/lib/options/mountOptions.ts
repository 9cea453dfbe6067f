import type { Message, Reply } from '../../messages';
import { allowsLoopback } from '../allowsLoopback';
import { askBackground } from '../askBackground';
import { checkTrackerUrl } from '../checkTrackerUrl';
import { readSettings, settingsItem, type Settings } from '../settings';

export interface OptionsDeps {
  settings: { getValue(): Promise<unknown>; setValue(value: Settings): Promise<void> };
  ask: (message: Message) => Promise<Reply>;
  allowLoopback: () => boolean;
}

const FIELDS = ['trackerUrl', 'token', 'senco', 'school', 'la'] as const;

/** The options page: labelled fields for the settings, Save (URL checked first) and Test connection. */
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

  doc.getElementById('settings')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(FIELDS.map((name) => [name, input(name).value.trim()])) as Settings;
    if (values.trackerUrl !== '') {
      const url = checkedUrl();
      if (url === null) return;
      values.trackerUrl = url;
    }
    await deps.settings.setValue(values);
    await deps.ask({ type: 'settings-changed' });
    const missing = [values.trackerUrl === '' && 'the tracker URL', values.token === '' && 'the token', values.senco === '' && 'your name'].filter(Boolean);
    const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
    say(missing.length ? `Saved. Add ${list} before clipping.` : 'Saved.', missing.length ? 'bad' : 'ok');
  });

  doc.getElementById('test')!.addEventListener('click', async () => {
    const url = checkedUrl();
    if (url === null) return;
    const button = doc.getElementById('test') as HTMLButtonElement;
    button.disabled = true;
    say('Testing…');
    const reply = await deps.ask({ type: 'test-connection', url });
    button.disabled = false;
    say(reply.message, reply.ok ? 'ok' : 'bad');
  });
}
