import { toInitials } from '../../../shared/privacy/initials';
import { TASK_TYPE_LABELS, TASK_TYPES, TaskTypeSchema } from '../../../shared/tasks/taskTypes';
import { DEFAULT_MINUTES } from '../../../shared/tracker/trackerLayout';
import type { DraftForm } from '../draft/draftForm';
import type { DraftField, Problem } from '../draft/problem';
import { renderPupilChoice } from './pupilChoice';

const TEXT_FIELDS = ['title', 'pupil', 'dueDate', 'dueBasis', 'estimatedMinutes', 'details'] as const;
/** The form controls a problem's field can point at (the SENCO's name lives in the options page, not here). */
const MARKABLE: readonly DraftField[] = ['title', 'pupil', 'taskType', 'dueDate', 'estimatedMinutes', 'details'];

type Find = <T extends HTMLElement>(id: string) => T;
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Lists the problems and marks each field a problem names (aria-invalid), unmarking the rest. */
function showProblemsIn($: Find, problems: readonly Problem[]) {
  const list = $('problems');
  const doc = list.ownerDocument;
  list.replaceChildren(...problems.map((p) => Object.assign(doc.createElement('li'), { textContent: p.message })));
  list.hidden = problems.length === 0;
  for (const name of MARKABLE) $(name).setAttribute('aria-invalid', String(problems.some((p) => p.field === name)));
}

/** Writes a draft into the form: its fields, the source link (only http/https), what was redacted, the pupil question. */
function fillForm($: Find, draft: DraftForm, onChoose: (initials: string) => void) {
  for (const name of TEXT_FIELDS) $<Control>(name).value = draft[name];
  $<Control>('taskType').value = draft.taskType;
  const source = $<HTMLAnchorElement>('source');
  source.textContent = draft.sourceUrl || '—';
  if (/^https?:/.test(draft.sourceUrl)) source.href = draft.sourceUrl;
  else source.removeAttribute('href');
  $('redactions').textContent = draft.redactionNote;
  $('redactions').hidden = draft.redactionNote === '';
  $('laContact').textContent = draft.laContact ? `Kept: LA contact ${draft.laContact}` : '';
  $('laContactLine').hidden = !draft.laContact;
  fitToText($<HTMLTextAreaElement>('dueBasis'));
  renderPupilChoice($<HTMLFieldSetElement>('pupilChoice'), { candidates: draft.pupilCandidates ?? [], chosen: draft.pupil, onChoose });
  showProblemsIn($, draft.problems);
}

/** A text box as tall as its text, so the whole due-basis sentence shows (the popup has no room for scrolling boxes). */
function fitToText(box: HTMLTextAreaElement) {
  box.style.height = 'auto';
  if (box.scrollHeight > 0) box.style.height = `${box.scrollHeight + 2}px`;
}

export interface DraftView {
  /** Shows a draft in the form, or the "no clip" panel (with its text) when there is none. */
  render(draft: DraftForm | null, emptyText?: string): void;
  /** The draft as the form now reads; null when no draft is shown. */
  read(): DraftForm | null;
  /** The draft last shown or kept. */
  current(): DraftForm | null;
  showProblems(problems: readonly Problem[]): void;
}

/**
 * The popup's draft form inside `root`: fills it from a draft, keeps every edit through `keep` (so a draft survives
 * the popup closing), fills the type's default minutes until the SENCO types their own, and turns a typed name
 * into initials as soon as the pupil field is left.
 */
export function setupDraftView(root: HTMLElement, keep: (draft: DraftForm) => Promise<void>): DraftView {
  const doc = root.ownerDocument;
  const $: Find = <T extends HTMLElement>(id: string) => root.querySelector(`#${id}`) as T;
  const field = (name: (typeof TEXT_FIELDS)[number] | 'taskType') => $<Control>(name);
  let current: DraftForm | null = null;

  for (const type of TASK_TYPES)
    field('taskType').append(Object.assign(doc.createElement('option'), { value: type, textContent: TASK_TYPE_LABELS[type] }));

  const read = (): DraftForm | null => {
    if (!current) return null;
    const type = TaskTypeSchema.safeParse(field('taskType').value);
    const next: DraftForm = { ...current, taskType: type.success ? type.data : current.taskType };
    for (const name of TEXT_FIELDS) next[name] = field(name).value;
    return next;
  };
  const keepForm = async () => {
    const next = read();
    if (!next) return;
    current = next;
    await keep(next);
  };
  const render = (draft: DraftForm | null, emptyText?: string) => {
    current = draft;
    $('draft').hidden = draft === null;
    $('empty').hidden = draft !== null;
    if (emptyText) $('emptyText').textContent = emptyText;
    if (!draft) return;
    fillForm($, draft, (initials) => {
      field('pupil').value = initials;
      void keepForm();
    });
  };

  $('draft').addEventListener('input', () => void keepForm());
  field('dueBasis').addEventListener('input', () => fitToText($<HTMLTextAreaElement>('dueBasis')));
  // The SENCO may keep the LA officer's contact out of the tracker.
  $('removeLaContact').addEventListener('click', () => {
    if (!current) return;
    const { laContact: _removed, ...rest } = current;
    current = rest;
    $('laContactLine').hidden = true;
    void keep(rest);
  });
  field('taskType').addEventListener('change', () => {
    const type = TaskTypeSchema.safeParse(field('taskType').value);
    if (current && !current.minutesEdited && type.success) field('estimatedMinutes').value = String(DEFAULT_MINUTES[type.data]);
    void keepForm();
  });
  field('estimatedMinutes').addEventListener('input', () => {
    if (current) current = { ...current, minutesEdited: true };
  });
  // Only initials may leave the browser: a name typed here becomes its initials as soon as the field is left.
  field('pupil').addEventListener('change', () => {
    const initials = toInitials(field('pupil').value);
    if (initials !== field('pupil').value) field('pupil').value = initials;
    void keepForm();
  });
  return { render, read, current: () => current, showProblems: (problems) => showProblemsIn($, problems) };
}
