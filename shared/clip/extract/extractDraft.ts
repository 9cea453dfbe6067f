/// <reference lib="dom" />

import { basisWithoutAnchor } from '../../deadlines/basisWithoutAnchor';
import { findDatesOfBirth } from '../../privacy/datesOfBirth';
import { toInitials } from '../../privacy/initials';
import { keepLaContacts } from '../../privacy/keepLaContacts';
import type { LabelledNames } from '../../privacy/labelledNames';
import { findLabelledNames } from '../../privacy/labelledNames';
import type { LaContactContext } from '../../privacy/laContacts';
import { findLikelyNames } from '../../privacy/likelyNames';
import { nameParts } from '../../privacy/nameMentions';
import { normaliseText } from '../../privacy/normaliseText';
import { type KnownPersonalData, mergeCounts, type RedactionCount, redact } from '../../privacy/redact';
import { redactIdentifiers } from '../../privacy/redactIdentifiers';
import { redactUrl } from '../../privacy/redactUrl';
import { TASK_TYPE_LABELS } from '../../tasks/taskTypes';
import { INITIALS } from '../clipSchema';
import { findDates } from '../findDates';
import type { RawExtraction } from './adapter';
import { genericAdapter } from './adapters/generic';
import { choosePupil, type PupilChoice } from './choosePupil';
import { attempt, cut, dueDate, firstGuess, firstSentence, tidyTitle, unique } from './draftSteps';
import { draftTitle } from './draftTitle';
import { findPeople, type PeopleOnPage, peopleInText } from './findPeople';
import { hideParents } from './hideParents';
import { laContactOf } from './laContact';
import { pageText } from './pageText';
import { toPortalDates } from './portalDates';
import { adapterFor } from './registry';
import type { ClipDraft } from './types';

export { STATED_DUE_BASIS } from './draftSteps';

const MAX_DETAILS = 4000;

/**
 * The clip draft for a page: the site's adapter (else the generic one) reads the pupil, case
 * reference, task heading, task text and dates. The pupil is the person a child label names (never
 * one in a contacts table or after a parent label); when the page names several people who may be
 * the pupil, their initials go in `pupilCandidates` for the SENCO to choose. Everything that leaves
 * is redacted with the names and dates of birth found anywhere on the page, parents (even those
 * sharing the pupil's surname) becoming a tag. The task type is guessed from the heading, then the
 * selection, then the task text; the due date is one the page states ("due", "by", "deadline"…: in
 * the selection first, then the task panel), else the statutory one from `suggestDeadline`,
 * counted from the task's own step's date as the page words it; without that date, no due date and
 * a basis saying which date to enter. The title is the task heading or the selection's first
 * sentence, or, when that is only a label, the page's heading and what is owed. `today`
 * (YYYY-MM-DD) places dates written without a year. Never throws: an unreadable page gives a draft
 * with what could be found, at worst an empty "Other" task.
 */
export function extractDraft(input: { doc: Document; url: string; selection: string; today: string }): ClipDraft {
  try {
    return draftOf(input);
  } catch {
    return {
      title: TASK_TYPE_LABELS.other,
      taskType: 'other',
      details: '',
      sourceUrl: attempt(() => redactUrl(String(input.url)).url) ?? '',
      redactions: [],
    };
  }
}

function draftOf({
  doc,
  url,
  selection: rawSelection,
  today,
}: {
  doc: Document;
  url: string;
  selection: string;
  today: string;
}): ClipDraft {
  const selection = typeof rawSelection === 'string' ? rawSelection.replace(/\r\n?/g, '\n').trim() : '';
  const parsedUrl = attempt(() => new URL(url));
  const adapter = parsedUrl ? adapterFor(parsedUrl) : genericAdapter;
  const generic = attempt(() => genericAdapter.extract(doc, selection, today)) ?? {};
  const specific: Partial<RawExtraction> = adapter === genericAdapter ? {} : (attempt(() => adapter.extract(doc, selection, today)) ?? {});
  const rawDetails = selection || specific.taskText || generic.taskText || '';

  const taskType = firstGuess([specific.title, selection, specific.taskText, generic.title]);
  // With a selection, the generic adapter's dates are the selection's own (it reads nothing else): they rank
  // first. Only if the page could not be read at all are they found here.
  const selectionDates = !selection
    ? []
    : (generic.dates ?? attempt(() => findDates(selection, today).map(({ role, iso }) => ({ role, iso }))) ?? []);
  const due = dueDate(taskType, [selectionDates, specific.dates ?? [], generic.dates ?? []], today, rawDetails);

  const rawTitle = draftTitle({
    portalTitle: specific.title,
    selectionSentence: selection ? firstSentence(selection) : '',
    heading: generic.title,
    taskType,
    dueDate: due?.dueDate,
  });
  const page = attempt(() => pageText(doc)) ?? '';
  const people = whoIsOnThePage(doc, selection, specific, [rawTitle.text, rawDetails].join('\n'));
  const known = knownPersonalData(page, specific, people);
  // An address that spells the pupil's or a family member's name is theirs (see findLaContacts); an LA officer's
  // row in a contacts table ("SEN caseworker") is not family.
  const officers = new Set((people.all.officers ?? []).map((name) => name.toLowerCase()));
  const family = (known.parentNames ?? []).filter((name) => !officers.has(name.toLowerCase()));
  const keep: LaContactContext = {
    pageHost: parsedUrl?.hostname,
    pupilWords: new Set((known.pupilNames ?? []).flatMap(nameParts)),
    familyWords: new Set(family.flatMap(nameParts)),
  };
  const clean = cleaner(known, keep);
  const title = clean(rawTitle.text);
  const details = clean(rawDetails);
  const reference = specific.caseReference ? clean(specific.caseReference) : undefined;
  const source = attempt(() => redactUrl(url, known)) ?? { url: '', removed: [] };
  const caseReference = reference && !/^(?:\[[^\]]*\]|\s)*$/.test(reference.text) ? reference.text.trim() : undefined;

  const draft: ClipDraft = {
    title: tidyTitle(title.text) || TASK_TYPE_LABELS[taskType],
    taskType,
    details: cut(details.text, MAX_DETAILS),
    sourceUrl: source.url,
    redactions: mergeCounts(rawTitle.fromSelection ? [] : title.removed, details.removed, reference?.removed ?? [], source.removed),
  };
  const pupil = people.choice.pupil ? toInitials(people.choice.pupil) : '';
  if (INITIALS.test(pupil)) draft.pupil = pupil;
  const candidates = [...new Set(people.choice.candidates.map(toInitials))].filter((initials) => INITIALS.test(initials));
  if (!draft.pupil && candidates.length > 0) draft.pupilCandidates = candidates;
  if (due) {
    draft.dueDate = due.dueDate;
    draft.dueBasis = due.basis;
  } else {
    const prompt = attempt(() => basisWithoutAnchor(taskType, toPortalDates([], rawDetails)));
    if (prompt) draft.dueBasis = prompt;
  }
  if (caseReference) draft.caseReference = caseReference;
  const laContact = attempt(() => laContactOf([selection, page], keep));
  if (laContact) draft.laContact = laContact;
  return draft;
}

/**
 * Redaction of one outgoing text: identifiers first (an e-mail address holds names), then the people around the
 * pupil, then the pupil's names; the LA officers' contact details are set aside first and put back after.
 */
function cleaner(known: KnownPersonalData, keep: LaContactContext): (text: string) => { text: string; removed: RedactionCount[] } {
  return (text) => {
    let removed: RedactionCount[] = [];
    const out = keepLaContacts(normaliseText(text), keep, (masked) => {
      const identifiers = redactIdentifiers(masked);
      const hidden = hideParents(identifiers.text, { parents: known.parentNames ?? [], pupils: known.pupilNames ?? [] });
      const named = redact(hidden.text, known);
      removed = mergeCounts(identifiers.removed, hidden.count > 0 ? [{ kind: 'parent-name', count: hidden.count }] : [], named.removed);
      return named.text;
    });
    return { text: out, removed };
  };
}

/** Everyone the page and the clipped text name, and which of them the pupil is (or may be). */
function whoIsOnThePage(
  doc: Document,
  selection: string,
  specific: Partial<RawExtraction>,
  outgoing: string,
): { all: PeopleOnPage; likely: LabelledNames; choice: PupilChoice } {
  const onPage = attempt(() => findPeople(doc)) ?? { children: [], unlabelled: [], others: [] };
  const inSelection = peopleInText(selection);
  const all: PeopleOnPage = {
    children: [...onPage.children, ...inSelection.children],
    unlabelled: [...onPage.unlabelled, ...inSelection.unlabelled],
    others: [...onPage.others, ...inSelection.others],
    officers: onPage.officers ?? [],
  };
  const likely = findLikelyNames(outgoing);
  return { all, likely, choice: choosePupil({ portalName: specific.pupilName, people: all, likely: likely.pupilNames }) };
}

/**
 * Names and dates of birth to take out: everyone who is or may be the pupil becomes initials, everyone
 * around them (contacts, parents, professionals) a tag; dates of birth from the adapter and the page's labels.
 */
function knownPersonalData(
  page: string,
  specific: Partial<RawExtraction>,
  people: { all: PeopleOnPage; likely: LabelledNames; choice: PupilChoice },
): KnownPersonalData {
  const labelled = findLabelledNames(page);
  const others = unique([...people.all.others, ...labelled.parentNames, ...people.likely.parentNames]);
  const isOther = new Set(others.map((name) => name.toLowerCase()));
  const pupils = [
    people.choice.pupil,
    ...people.choice.candidates,
    specific.pupilName,
    ...people.all.children,
    ...people.all.unlabelled,
    ...labelled.pupilNames,
    ...people.likely.pupilNames,
  ];
  const datesOfBirth = [specific.dateOfBirth, ...findDatesOfBirth(page).map((span) => span.iso)].filter((iso): iso is string =>
    Boolean(iso),
  );
  return {
    pupilNames: unique(pupils).filter((name) => !isOther.has(name.toLowerCase())),
    parentNames: others,
    datesOfBirth: unique(datesOfBirth),
  };
}
