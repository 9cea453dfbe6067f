// The New survey from template dialog: the built-in templates to choose from, a box to paste one, and the
// links to the new form. Template titles and problems can come from pasted JSON: all are shown as text.
import { byId, type Child, el } from './el';
import { safeLink } from './safeLink';
import { errorText, type ServerCalls, serverCall, type TemplateRequest } from './serverCall';

type TemplateChoice = ServerCalls['getTemplateChoices']['result'][number];
type Created = Extract<ServerCalls['createSurveyFromTemplate']['result'], { ok: true }>;

function say(content: Child[], isError = false): void {
  const status = byId('status');
  status.replaceChildren(...content.filter((c): c is Node | string => !!c));
  status.className = isError ? 'error' : '';
}

function fail(error: unknown): void {
  byId<HTMLButtonElement>('create').disabled = false;
  say([`Something went wrong: ${errorText(error)}`], true);
}

function choiceLabel(t: TemplateChoice, first: boolean): HTMLLabelElement {
  return el(
    'label',
    { className: 'choice' },
    el('input', { type: 'radio', name: 't', value: t.id, checked: first }),
    ' ',
    el('b', {}, t.title),
    ` (version ${t.version}, ${t.questions} questions)`,
    el('span', { className: 'desc' }, t.description),
  );
}

function created(r: Created): Child[] {
  return [
    `Made “${r.title}”. Responses will arrive in the tab “${r.sheetName}”.`,
    el('br'),
    'Send this link to SENCOs: ',
    safeLink(r.publishedUrl),
    el('br'),
    'Edit the form: ',
    safeLink(r.editUrl),
  ];
}

function chosen(): TemplateRequest {
  const picked = document.querySelector<HTMLInputElement>('input[name="t"]:checked');
  return !picked || picked === byId('paste') ? { json: byId<HTMLTextAreaElement>('json').value } : { builtIn: picked.value };
}

serverCall('getTemplateChoices').then((list) => byId('choices').replaceChildren(...list.map((t, i) => choiceLabel(t, i === 0))), fail);
byId('json').addEventListener('input', () => {
  byId<HTMLInputElement>('paste').checked = true;
});
byId('create').addEventListener('click', () => {
  const create = byId<HTMLButtonElement>('create');
  create.disabled = true;
  say(['Creating the form… this takes a few seconds.']);
  serverCall('createSurveyFromTemplate', chosen()).then((r) => {
    create.disabled = false;
    if (!r.ok) say(['The template cannot be used:', el('ul', {}, ...r.problems.map((p) => el('li', {}, p)))], true);
    else say(created(r));
  }, fail);
});
