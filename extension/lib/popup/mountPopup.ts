import { browser } from 'wxt/browser';
import { TASK_TYPE_LABELS, TASK_TYPES, TaskTypeSchema } from '../../../shared/tasks/taskTypes';
import { toInitials } from '../../../shared/privacy/initials';
import { DEFAULT_MINUTES } from '../../../shared/tracker/trackerLayout';
import type { Message, Reply } from '../../messages';
import { askBackground } from '../askBackground';
import { draftItem, DraftFormSchema, readDraft, type DraftForm } from '../draft/draftForm';
import { PROBLEMS } from '../draft/buildClip';
import { noticeItem } from '../notice';
import { outboxItem, parseOutbox, type OutboxEntry } from '../outbox/outboxStore';
import { renderPupilChoice } from './pupilChoice';

interface Watchable<T> {
  getValue(): Promise<unknown>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

export interface PopupDeps {
  ask: (message: Message) => Promise<Reply>;
  draft: Watchable<DraftForm | null>;
  outbox: Pick<Watchable<unknown>, 'getValue' | 'watch'>;
  notice: { getValue(): Promise<string | null>; setValue(value: null): Promise<void> };
  openOptions: () => unknown;
}

const defaults = (): PopupDeps => ({
  ask: (m) => askBackground(m),
  draft: draftItem,
  outbox: outboxItem,
  notice: noticeItem,
  openOptions: () => browser.runtime.openOptionsPage(),
});

const TEXT_FIELDS = ['title', 'pupil', 'dueDate', 'dueBasis', 'estimatedMinutes', 'details'] as const;

/**
 * The popup: shows the current draft (or makes one from the active tab), keeps every edit in storage so the draft
 * survives the popup closing, saves through the background, and lists clips not yet in the tracker.
 */
export async function mountPopup(doc: Document, overrides: Partial<PopupDeps> = {}): Promise<void> {
  const deps = { ...defaults(), ...overrides };
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const form = $<HTMLFormElement>('draft');
  const field = (name: (typeof TEXT_FIELDS)[number]) => $<HTMLInputElement | HTMLTextAreaElement>(name);
  const taskType = $<HTMLSelectElement>('taskType');
  const result = $('result');
  let current: DraftForm | null = null;

  for (const type of TASK_TYPES) taskType.append(Object.assign(doc.createElement('option'), { value: type, textContent: TASK_TYPE_LABELS[type] }));

  function say(text: string, tone: 'ok' | 'queued' | 'bad' | '' = '') {
    result.textContent = text;
    result.className = `result ${tone}`.trim();
  }

  function sayReply(reply: Reply) {
    say(reply.message, !reply.ok ? 'bad' : reply.status === 'queued' ? 'queued' : reply.status === 'saved' ? 'ok' : '');
  }

  function showProblems(problems: string[]) {
    const list = $('problems');
    list.replaceChildren(...problems.map((p) => Object.assign(doc.createElement('li'), { textContent: p })));
    list.hidden = problems.length === 0;
  }

  function render(draft: DraftForm | null, emptyText?: string) {
    current = draft;
    form.hidden = draft === null;
    $('empty').hidden = draft !== null;
    if (emptyText) $('emptyText').textContent = emptyText;
    if (!draft) return;
    for (const name of TEXT_FIELDS) field(name).value = draft[name];
    taskType.value = draft.taskType;
    const source = $<HTMLAnchorElement>('source');
    source.textContent = draft.sourceUrl || '—';
    if (/^https?:/.test(draft.sourceUrl)) source.href = draft.sourceUrl;
    else source.removeAttribute('href');
    $('redactions').textContent = draft.redactionNote;
    $('redactions').hidden = draft.redactionNote === '';
    field('pupil').setAttribute('aria-invalid', String(draft.problems.includes(PROBLEMS.pupil)));
    renderPupilChoice($<HTMLFieldSetElement>('pupilChoice'), {
      candidates: draft.pupilCandidates ?? [],
      chosen: draft.pupil,
      onChoose: (initials) => {
        field('pupil').value = initials;
        void keep();
      },
    });
    showProblems(draft.problems);
  }

  function readForm(): DraftForm | null {
    if (!current) return null;
    const type = TaskTypeSchema.safeParse(taskType.value);
    const next: DraftForm = { ...current, taskType: type.success ? type.data : current.taskType };
    for (const name of TEXT_FIELDS) next[name] = field(name).value;
    return next;
  }

  async function keep() {
    const next = readForm();
    if (!next) return;
    current = next;
    await deps.draft.setValue(next);
  }

  function renderOutbox(entries: OutboxEntry[]) {
    $('outbox').hidden = entries.length === 0;
    const waiting = entries.filter((e) => e.status === 'waiting').length;
    $('outboxHeading').textContent = `Not yet in the tracker (${entries.length})`;
    $('sendNow').hidden = waiting === 0;
    $('outboxList').replaceChildren(...entries.map(outboxRow));
  }

  function outboxRow(entry: OutboxEntry): HTMLLIElement {
    const li = doc.createElement('li');
    li.className = entry.status;
    const title = Object.assign(doc.createElement('div'), { className: 'title', textContent: entry.clip.title });
    const when = new Date(entry.nextAttemptAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    const why = Object.assign(doc.createElement('div'), {
      className: 'why',
      textContent:
        entry.status === 'refused'
          ? `Refused by the tracker: ${entry.lastError?.message ?? ''}`
          : entry.attempts === 0
            ? 'Sending…'
            : `Waiting — next try at ${when}. ${entry.lastError?.message ?? ''}`.trim(),
    });
    li.append(title, why);
    if (entry.status === 'refused') {
      const actions = Object.assign(doc.createElement('div'), { className: 'row-actions' });
      const button = (label: string, message: Message, after?: () => void) => {
        const b = Object.assign(doc.createElement('button'), { type: 'button', textContent: label });
        b.setAttribute('aria-label', `${label}: ${entry.clip.title}`);
        b.addEventListener('click', async () => {
          b.disabled = true;
          const reply = await deps.ask(message);
          if (reply.message) sayReply(reply);
          after?.();
          b.disabled = false;
        });
        return b;
      };
      actions.append(
        button('Edit', { type: 'edit-clip', id: entry.clip.id }, () => void loadDraft()),
        button('Resend', { type: 'resend-clip', id: entry.clip.id }),
        button('Delete', { type: 'delete-clip', id: entry.clip.id }),
      );
      li.append(actions);
    }
    return li;
  }

  async function loadDraft(makeIfNone = false) {
    let draft = await readDraft(deps.draft);
    let emptyText: string | undefined;
    if (!draft && makeIfNone) {
      const reply = await deps.ask({ type: 'clip-active-tab' });
      if (!reply.ok) emptyText = reply.message;
      draft = await readDraft(deps.draft);
    }
    render(draft, emptyText);
  }

  async function clipPage() {
    say('');
    const reply = await deps.ask({ type: 'clip-active-tab' });
    if (!reply.ok) say(reply.message, 'bad');
    await loadDraft();
  }

  form.addEventListener('input', () => void keep());
  taskType.addEventListener('change', () => {
    const type = TaskTypeSchema.safeParse(taskType.value);
    if (current && !current.minutesEdited && type.success) field('estimatedMinutes').value = String(DEFAULT_MINUTES[type.data]);
    void keep();
  });
  field('estimatedMinutes').addEventListener('input', () => {
    if (current) current = { ...current, minutesEdited: true };
  });
  // Only initials may leave the browser: a name typed here becomes its initials as soon as the field is left.
  field('pupil').addEventListener('change', () => {
    const pupil = field('pupil');
    const initials = toInitials(pupil.value);
    if (initials !== pupil.value) pupil.value = initials;
    void keep();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const draft = readForm();
    if (!draft) return;
    const save = $<HTMLButtonElement>('save');
    save.disabled = true;
    say('Saving…');
    const reply = await deps.ask({ type: 'save-draft', draft });
    save.disabled = false;
    if (reply.problems) {
      showProblems(reply.problems);
      say('');
      return;
    }
    sayReply(reply);
    if (reply.ok) render(null, 'Clip another request: select it on the portal page, then clip it.');
  });
  $('discard').addEventListener('click', async () => {
    await deps.ask({ type: 'discard-draft' });
    say('');
    render(null);
  });
  $('clipAgain').addEventListener('click', () => void clipPage());
  $('clipPage').addEventListener('click', () => void clipPage());
  $('sendNow').addEventListener('click', async () => {
    say('Sending…');
    sayReply(await deps.ask({ type: 'send-now' }));
  });
  $('openOptions').addEventListener('click', (event) => {
    event.preventDefault();
    deps.openOptions();
  });

  deps.outbox.watch((value) => renderOutbox(parseOutbox(value)));
  // A new clip made while the popup is open (context menu, edit) replaces the form; the popup's own writes do not.
  deps.draft.watch((value) => {
    // The watcher is handed the new value: no second read of storage on every keystroke.
    const parsed = DraftFormSchema.safeParse(value);
    const stored = parsed.success ? parsed.data : null;
    if (stored?.id !== current?.id) render(stored);
  });

  const notice = await deps.notice.getValue();
  if (notice) {
    $('notice').textContent = notice;
    $('notice').hidden = false;
    await deps.notice.setValue(null);
  }
  renderOutbox(parseOutbox(await deps.outbox.getValue()));
  await loadDraft(!notice);
}
