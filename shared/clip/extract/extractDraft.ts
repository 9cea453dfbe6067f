/// <reference lib="dom" />
import { suggestDeadline } from '../../deadlines/dueDate';
import { INITIALS } from '../clipSchema';
import { TASK_TYPE_LABELS, type TaskType } from '../../tasks/taskTypes';
import { findDatesOfBirth } from '../../privacy/datesOfBirth';
import { findDates } from '../findDates';
import { guessTaskType } from '../guessTaskType';
import { toInitials } from '../../privacy/initials';
import { findLabelledNames } from '../../privacy/labelledNames';
import { findLikelyNames } from '../../privacy/likelyNames';
import { mergeCounts, redact, type KnownPersonalData } from '../../privacy/redact';
import { redactUrl } from '../../privacy/redactUrl';
import type { RawDate, RawExtraction } from './adapter';
import { genericAdapter } from './adapters/generic';
import { pageText } from './pageText';
import { toPortalDates } from './portalDates';
import { adapterFor } from './registry';
import type { ClipDraft } from './types';

export const STATED_DUE_BASIS = 'Due date stated on the page';
const MAX_TITLE = 100;
const MAX_DETAILS = 4000;

/**
 * The clip draft for a page: the site's adapter (else the generic one) reads the pupil, case
 * reference, task heading, task text and dates; everything that leaves is redacted with the names
 * and dates of birth found anywhere on the page (title, details, case reference and address alike);
 * the task type is guessed from the heading, then the selection, then the task text; the due date
 * is one the page states ("due", "by", "deadline"…: in the selection first, then the task panel),
 * else the statutory one from `suggestDeadline` counted from the request, draft, meeting or decision
 * date the page shows. `today` (YYYY-MM-DD) places dates written without a year. Never throws: an
 * unreadable page gives a draft with what could be found, at worst an empty "Other" task.
 */
export function extractDraft(input: { doc: Document; url: string; selection: string; today: string }): ClipDraft {
  try {
    return draftOf(input);
  } catch {
    return { title: TASK_TYPE_LABELS.other, taskType: 'other', details: '', sourceUrl: attempt(() => redactUrl(String(input.url)).url) ?? '', redactions: [] };
  }
}

function draftOf({ doc, url, selection: rawSelection, today }: { doc: Document; url: string; selection: string; today: string }): ClipDraft {
  const selection = typeof rawSelection === 'string' ? rawSelection.replace(/\r\n?/g, '\n').trim() : '';
  const parsedUrl = attempt(() => new URL(url));
  const adapter = parsedUrl ? adapterFor(parsedUrl) : genericAdapter;
  const generic = attempt(() => genericAdapter.extract(doc, selection, today)) ?? {};
  const specific: Partial<RawExtraction> = adapter === genericAdapter ? {} : (attempt(() => adapter.extract(doc, selection, today)) ?? {});

  const titleFromSelection = !specific.title && selection !== '';
  const rawTitle = specific.title || (selection ? firstSentence(selection) : '') || generic.title || '';
  const rawDetails = selection || specific.taskText || generic.taskText || '';

  const page = attempt(() => pageText(doc)) ?? '';
  const known = knownPersonalData(page, specific, [rawTitle, rawDetails].join('\n'));

  const title = redact(rawTitle, known);
  const details = redact(rawDetails, known);
  const reference = specific.caseReference ? redact(specific.caseReference, known) : undefined;
  const source = attempt(() => redactUrl(url, known)) ?? { url: '', removed: [] };

  const taskType = firstGuess([specific.title, selection, specific.taskText, generic.title]);
  // With a selection, the generic adapter's dates are the selection's own (it reads nothing else): they rank
  // first. Only if the page could not be read at all are they found here.
  const selectionDates = !selection ? [] : (generic.dates ?? attempt(() => findDates(selection, today).map(({ role, iso }) => ({ role, iso }))) ?? []);
  const due = dueDate(taskType, [selectionDates, specific.dates ?? [], generic.dates ?? []], today, rawDetails);
  const pupilName = specific.pupilName ?? known.pupilNames?.[0];
  const pupil = pupilName ? toInitials(pupilName) : '';
  const caseReference = reference && !/^(?:\[[^\]]*\]|\s)*$/.test(reference.text) ? reference.text.trim() : undefined;

  const draft: ClipDraft = {
    title: tidyTitle(title.text) || TASK_TYPE_LABELS[taskType],
    taskType,
    details: cut(details.text, MAX_DETAILS),
    sourceUrl: source.url,
    redactions: mergeCounts(titleFromSelection ? [] : title.removed, details.removed, reference?.removed ?? [], source.removed),
  };
  if (INITIALS.test(pupil)) draft.pupil = pupil;
  if (due) {
    draft.dueDate = due.dueDate;
    draft.dueBasis = due.basis;
  }
  if (caseReference) draft.caseReference = caseReference;
  return draft;
}

/** Names and dates of birth from the adapter, the page's labelled fields and the outgoing text's phrases. */
function knownPersonalData(page: string, specific: Partial<RawExtraction>, outgoing: string): KnownPersonalData {
  const labelled = findLabelledNames(page);
  const likely = findLikelyNames(outgoing);
  const datesOfBirth = [specific.dateOfBirth, ...findDatesOfBirth(page).map((span) => span.iso)].filter((iso): iso is string => Boolean(iso));
  return {
    pupilNames: unique([specific.pupilName, ...labelled.pupilNames, ...likely.pupilNames]),
    parentNames: unique([...labelled.parentNames, ...likely.parentNames]),
    datesOfBirth: unique(datesOfBirth),
  };
}

function firstGuess(texts: readonly (string | undefined)[]): TaskType {
  for (const text of texts) {
    if (!text) continue;
    const guess = guessTaskType(text);
    if (guess !== 'other') return guess;
  }
  return 'other';
}

/**
 * A stated due date from the first group (selection, task panel, page) that has one: the earliest
 * not before today, else the latest (a missed deadline is still the deadline). Else the statutory date.
 */
function dueDate(taskType: TaskType, groups: readonly (readonly RawDate[])[], today: string, text: string): { dueDate: string; basis: string } | null {
  for (const group of groups) {
    const stated = group.filter((date) => date.role === 'due').map((date) => date.iso).sort();
    if (stated.length === 0) continue;
    return { dueDate: stated.find((iso) => iso >= today) ?? stated[stated.length - 1], basis: STATED_DUE_BASIS };
  }
  const suggestion = attempt(() => suggestDeadline(taskType, toPortalDates(groups.flat(), text)));
  return suggestion ? { dueDate: suggestion.dueDate, basis: suggestion.basis } : null;
}

/**
 * The first sentence of the first line, cut before redaction (a sentence end never splits a name,
 * and initials are not there yet to look like one); "Mrs. Smith" and "J. Smith" do not end a sentence.
 */
function firstSentence(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return line.split(/(?<=\p{Ll}{2}|\d|\))(?<!\b(?:Mrs|Mr|Ms|Dr|St|No|Ref|approx))[.!?](?:\s|$)/u)[0].trim();
}

/** A title from redacted text: without parentheses that only held removed data, at most 100 characters. */
function tidyTitle(text: string): string {
  const withoutTags = text
    .replace(/\s*\((?:[^()]*?\[[^\]]*removed\][^()]*?)\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cut(withoutTags, MAX_TITLE);
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, '')}…`;
}

function unique(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
