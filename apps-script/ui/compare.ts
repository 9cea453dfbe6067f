// The Compare with an earlier survey dialog: the other tabs to tick, and the result of comparing. Tab names are
// the user's own text: all are shown as text.
import { byId, el } from './el';
import { closeDialog, errorText, type ServerCalls, serverCall } from './serverCall';

type Choices = Extract<ServerCalls['getCompareChoices']['result'], { ok: true }>;

function say(message: string, isError = false): void {
  const status = byId('status');
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

function busy(on: boolean): void {
  for (const id of ['compare', 'stop']) byId<HTMLButtonElement>(id).disabled = on;
}

function ticked(): string[] {
  return [...byId('tabs').querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value);
}

function run(names: string[]): void {
  busy(true);
  say(names.length > 0 ? 'Comparing…' : 'Removing the comparison…');
  serverCall('compareWithEarlier', names).then(
    (r) => {
      busy(false);
      say(r.message, !r.ok);
      if (r.ok) byId('stop').hidden = names.length === 0;
    },
    (error) => {
      busy(false);
      say(`Something went wrong: ${errorText(error)}`, true);
    },
  );
}

function show(c: Choices): void {
  byId('intro').prepend(`This survey: “${c.current}”. `);
  byId('tabs').append(
    ...c.tabs.map((t) => el('label', {}, el('input', { type: 'checkbox', value: t.name, checked: t.chosen }), ' ', t.name)),
  );
  byId('stop').hidden = !c.tabs.some((t) => t.chosen);
}

byId('compare').addEventListener('click', () => {
  const names = ticked();
  if (names.length === 0) return say('Tick the tab (or tabs) that hold the earlier survey first.', true);
  run(names);
});
byId('stop').addEventListener('click', () => run([]));
byId('close').addEventListener('click', closeDialog);
busy(true);
serverCall('getCompareChoices').then(
  (r) => {
    if (!r.ok) return say(r.message, true);
    busy(false);
    show(r);
  },
  (error) => say(`Something went wrong: ${errorText(error)}`, true),
);
