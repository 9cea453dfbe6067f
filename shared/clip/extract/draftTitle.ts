import type { IsoDate } from '../../dates/isoDate';
import { formatUkDate } from '../../deadlines/calendar';
import type { TaskType } from '../../tasks/taskTypes';
import { guessTaskType } from '../guessTaskType';
import { readFields } from './fields';

/** What the task is about, when the page's heading does not say. */
const TOPIC: Record<TaskType, string> = {
  'needs-assessment-request': 'EHC needs assessment request',
  advice: 'Advice',
  'draft-plan-response': 'Draft EHC plan',
  'consultation-response': 'Consultation',
  'annual-review': 'Annual review',
  'phase-transfer': 'Phase transfer review',
  'amendment-response': 'Amendment notice',
  'tribunal-mediation': 'Tribunal or mediation',
  'funding-claim': 'Funding claim',
  other: '',
};

/** What the school owes by the due date. */
const OWED: Record<TaskType, string> = {
  'needs-assessment-request': 'LA decision due',
  advice: 'advice due',
  'draft-plan-response': 'comments due',
  'consultation-response': 'response due',
  'annual-review': 'advice due',
  'phase-transfer': 'amended plan due',
  'amendment-response': 'response due',
  'tribunal-mediation': 'evidence due',
  'funding-claim': 'claim due',
  other: 'due',
};

/** Field labels whose value is the task's own title ("Subject: Annual review – advice"). */
const TITLE_LABEL = /^(?:re|subject|title|task|action(?: required)?|request(?: type)?)$/i;

/** Words that, alone on a line, label a field or a column rather than name a task. */
const LABEL_LINE =
  /^(?:(?:child|young person|pupil|learner|student|cyp|parent|carer|contact|professional)s?(?:['’]s)?(?:\s*(?:\/|or|and)\s*(?:young person|carers?)(?:['’]s)?)?(?: (?:full )?names?| details)?|name(?: of (?:the )?(?:child|young person|pupil))?|(?:full|legal) name|forenames?|surname|date of birth|d\.?o\.?b\.?|address|postcode|relationship|role|(?:tele)?phone|mobile|e-?mail|upn|uln|nhs number|(?:case )?ref(?:erence)?|school|setting|status|year(?: group)?|gender|(?:key )?contacts?|(?:personal|family) details|dates?|due(?: date)?)$/i;

/** Labels of a field's value rather than a title's parts: "Amendment notice issued: 09/03/2026", "Date of request: …". */
const FIELD_LABEL = /^date\b|\b(?:date|dated|issued|sent|received|due|name|number|no|ref|reference|id)$/i;

/**
 * The clip's title: the portal's task heading, else the selection's first sentence, unless either is only a
 * label ("Child or young person", a table row, "Name: …"); else one made from the page's heading (when it is
 * about the task) or the task type, and what is owed: "Amendment notice: response due", "Annual review: advice
 * due 12/03/2026". Not yet redacted.
 */
export function draftTitle(input: {
  portalTitle?: string;
  selectionSentence: string;
  heading?: string;
  taskType: TaskType;
  dueDate?: IsoDate;
}): { text: string; fromSelection: boolean } {
  if (input.portalTitle && !isLabel(input.portalTitle)) return { text: input.portalTitle, fromSelection: false };
  const own = titleField(input.selectionSentence);
  if (own) return { text: own, fromSelection: true };
  if (input.selectionSentence && !isLabel(input.selectionSentence)) return { text: input.selectionSentence, fromSelection: true };
  const heading = input.heading?.trim();
  const usable = heading && !isLabel(heading) ? heading : undefined;
  // An "other" task has no topic of its own to fall back on: the heading, else nothing (the caller says "Other").
  if (input.taskType === 'other')
    return { text: usable && input.dueDate ? `${usable}: due ${formatUkDate(input.dueDate)}` : (usable ?? ''), fromSelection: false };
  const head = usable && guessTaskType(usable) === input.taskType ? usable : TOPIC[input.taskType];
  const owed = `${OWED[input.taskType]}${input.dueDate ? ` ${formatUkDate(input.dueDate)}` : ''}`;
  return { text: `${head}${head.includes(':') ? ' –' : ':'} ${owed}`, fromSelection: false };
}

/** True for a line that only labels a field or column: a table row, "Label:", "Label: value", a label word. */
export function isLabel(line: string): boolean {
  const text = line.trim();
  if (text === '' || /\t| \| /.test(text) || /:$/.test(text)) return true;
  const [field] = readFields(text);
  const label = (field?.label ?? text).replace(/[.*]+$/, '').trim();
  return LABEL_LINE.test(label) || (field !== undefined && FIELD_LABEL.test(label));
}

/** The value of a "Subject: …" or "Task: …" line, which is the task's title. */
function titleField(line: string): string | undefined {
  const [field] = readFields(line);
  return field && TITLE_LABEL.test(field.label) && !isLabel(field.value) ? field.value : undefined;
}
