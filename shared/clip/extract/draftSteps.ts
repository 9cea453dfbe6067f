// The small text and date steps of extractDraft: guessing the task type, choosing the due date, making a title.
import { suggestDeadline } from '../../deadlines/dueDate';
import type { TaskType } from '../../tasks/taskTypes';
import { guessTaskType } from '../guessTaskType';
import type { RawDate } from './adapter';
import { toPortalDates } from './portalDates';

export const STATED_DUE_BASIS = 'Due date stated on the page';
const MAX_TITLE = 100;

/** The first task type that the texts, in order, give ('other' when none does). */
export function firstGuess(texts: readonly (string | undefined)[]): TaskType {
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
export function dueDate(
  taskType: TaskType,
  groups: readonly (readonly RawDate[])[],
  today: string,
  text: string,
): { dueDate: string; basis: string } | null {
  for (const group of groups) {
    const stated = group
      .filter((date) => date.role === 'due')
      .map((date) => date.iso)
      .sort();
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
export function firstSentence(text: string): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return line.split(/(?<=\p{Ll}{2}|\d|\))(?<!\b(?:Mrs|Mr|Ms|Dr|St|No|Ref|approx))[.!?](?:\s|$)/u)[0].trim();
}

/** A title from redacted text: without parentheses that only held removed data, at most 100 characters. */
export function tidyTitle(text: string): string {
  const withoutTags = text
    .replace(/\s*\((?:[^()]*?\[[^\]]*removed\][^()]*?)\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cut(withoutTags, MAX_TITLE);
}

export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, '')}…`;
}

export function unique(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

export function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
