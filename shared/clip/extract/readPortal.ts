/// <reference lib="dom" />
import { findDates } from '../findDates';
import type { RawExtraction } from './adapter';
import { fieldValue, readFields } from './fields';
import { inlineText, pageText } from './pageText';

/** Where a portal keeps what a clip needs: CSS selectors, tried in order, and field labels. */
export interface PortalLayout {
  /** The banner or panel with the child's details. */
  child: readonly string[];
  /** An element whose whole text is the child's name, when the portal shows it as a heading. */
  childName?: readonly string[];
  /** The panel of the task in hand: its dates are the task's dates, its text the details. */
  task: readonly string[];
  /** The task's heading, looked for inside the task panel first, then in the page. */
  title: readonly string[];
  /** Labels of the field holding the child's name. */
  pupilLabel?: RegExp;
  /** Labels of the field holding the LA's reference for the case or request. */
  referenceLabel?: RegExp;
}

const PUPIL_LABEL =
  /^(?:child(?:'s)?\s*(?:\/|or)\s*young person(?:'s)?(?: name)?|child(?:'s)? name|name of child|young person|child|pupil(?: name)?|student(?: name)?|learner(?: name)?|full name|name)$/i;
const REFERENCE_LABEL =
  /^(?:(?:case|hub|ehc|ehcp|ehc plan|request|form|plan|sen|send|task)\s*(?:ref(?:erence)?|number|no\.?|id)|reference|ref\.?)$/i;
const DOB_LABEL = /^(?:date of birth|dob|d\.o\.b\.?|birth date)$/i;
const FORENAME_LABEL = /^(?:legal )?(?:forenames?|forename\(s\)|first names?|given names?)$/i;
const SURNAME_LABEL = /^(?:legal )?(?:surname|last name|family name)$/i;

/** What a portal page says about the child and the task, read by its layout; any part may be missing. */
export function readPortal(doc: Document, layout: PortalLayout, today: string): Partial<RawExtraction> {
  const childRoot = first(doc, layout.child);
  const taskRoot = first(doc, layout.task);
  const childFields = readFields(childRoot ? pageText(childRoot) : '');
  const taskText = taskRoot ? pageText(taskRoot) : undefined;
  const taskFields = readFields(taskText ?? '');

  const heading = first(doc, layout.childName ?? []);
  const forename = fieldValue(childFields, FORENAME_LABEL);
  const surname = fieldValue(childFields, SURNAME_LABEL);
  const pupilName =
    (heading ? inlineText(heading) : undefined) ||
    fieldValue(childFields, layout.pupilLabel ?? PUPIL_LABEL) ||
    [forename, surname].filter(Boolean).join(' ') ||
    undefined;

  const dobText = fieldValue(childFields, DOB_LABEL);
  const dateOfBirth = dobText ? findDates(dobText, today)[0]?.iso : undefined;
  const referenceLabel = layout.referenceLabel ?? REFERENCE_LABEL;
  const caseReference = fieldValue(taskFields, referenceLabel) ?? fieldValue(childFields, referenceLabel);

  const titleElement = (taskRoot && first(taskRoot, layout.title)) ?? first(doc, layout.title);
  const title = titleElement ? inlineText(titleElement) : undefined;
  const dates = taskText ? findDates(taskText, today).map(({ role, iso }) => ({ role, iso })) : [];

  return dropEmpty({ pupilName, dateOfBirth, caseReference, title: title || undefined, taskText: taskText || undefined, dates });
}

/** The first element matching any of `selectors`, tried in order. */
export function first(root: Document | Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function dropEmpty(raw: Partial<RawExtraction>): Partial<RawExtraction> {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== '')) as Partial<RawExtraction>;
}
