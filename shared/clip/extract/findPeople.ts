/// <reference lib="dom" />
import { findLabelledNames } from '../../privacy/labelledNames';
import { isLaRole } from '../../privacy/laContacts';
import { readFields } from './fields';
import { inlineText, pageText } from './pageText';

/** The people a page names, sorted by what the page says they are; raw names, for extraction only. */
export interface PeopleOnPage {
  /** Under a label that means the child: "Child or young person", "Pupil", "Name of child", "CYP"… */
  children: string[];
  /** Under a bare "Name" or "Full name" outside any contacts table: perhaps the child, perhaps not. */
  unlabelled: string[];
  /** In a contacts, parents or professionals table or section, or after a parent label. */
  others: string[];
  /** Those of `others` whose row gives an LA role ("SEN caseworker"): their work addresses are kept. */
  officers?: string[];
}

const CHILD_LABEL =
  /^(?:child(?:ren)?(?:'s|’s)?\s*(?:\/|or|and)\s*young\s+person(?:'s|’s)?(?:\s+(?:full\s+)?name)?|name\s+of\s+(?:the\s+)?(?:child|young\s+person|pupil|student|learner|cyp)(?:\s+or\s+young\s+person)?|(?:child|young\s+person|pupil|student|learner|cyp)(?:'s|’s)?(?:\s+(?:full\s+|legal\s+)?name)?)$/i;
const ADULT_TITLE = /^(?:mr|mrs|ms|mx|dr|prof)\.?\s/i;
const BARE_NAME_LABEL = /^(?:(?:full|legal)\s+)?name$/i;
const FORENAME_LABEL = /^(?:legal\s+)?(?:forenames?|forename\(s\)|first\s+names?|given\s+names?)$/i;
const SURNAME_LABEL = /^(?:legal\s+)?(?:surname|last\s+name|family\s+name)$/i;
/** Column headings that make a table a list of contacts rather than the child's details. */
const CONTACT_COLUMN =
  /\b(?:relationship|relation|role|job title|phone|telephone|tel|mobile|e-?mail|contact|agency|organisation|service)\b/i;
/** Headings of a part of the page about the people around the child. */
const CONTACT_HEADING =
  /^(?:(?:key|family|other|useful|emergency)\s+)?contacts?(?:\s+details)?$|^parents?(?:\s*(?:\/|and|or)\s*carers?)?(?:\s+details)?$|^carers?$|^family(?:\s+(?:members|details))?$|^(?:other\s+)?professionals?(?:\s+involved)?|^people\s+(?:involved|working)|^agencies\s+involved|^who\s+is\s+involved|^team\s+around/i;

/**
 * The people a page names and what the page says they are. Tables whose columns are a contact's
 * relationship, role, phone or e-mail, and sections headed "Contacts", "Parents/carers",
 * "Professionals involved"…, hold other people, whatever their "Name" column says; everywhere else a
 * child label names the child, and a bare "Name" may or may not. Each name appears once.
 */
export function findPeople(doc: Document): PeopleOnPage {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { children: [], unlabelled: [], others: [] };
  const page = body.cloneNode(true) as Element;
  const others: string[] = [];
  const listedChildren: string[] = [];
  const officers: string[] = [];
  for (const part of contactParts(page)) {
    const rows = contactRows(part);
    listedChildren.push(...rows.children);
    officers.push(...rows.officers);
    const labelled = findLabelledNames(pageText(part));
    others.push(
      ...[...labelled.pupilNames, ...labelled.parentNames].filter((name) => !rows.children.includes(name)),
      ...firstColumnNames(part),
    );
    part.remove();
  }
  const inText = peopleInText(pageText(page));
  return {
    ...inText,
    children: unique([...inText.children, ...listedChildren]),
    others: unique([...others, ...inText.others]),
    officers: unique(officers),
  };
}

/** A contacts table may list the child too ("Relationship: Child", "Role: Self"): those rows name the child. */
const CHILD_ROLE = /^(?:child|young person|child\/young person|cyp|pupil|learner|student|self|subject)$/i;

function contactRows(part: Element): { children: string[]; officers: string[] } {
  const tables = part.tagName.toLowerCase() === 'table' ? [part] : [...part.querySelectorAll('table')];
  const children: string[] = [];
  const officers: string[] = [];
  for (const table of tables) {
    const headings = headingsOf(table);
    const nameAt = headings.findIndex((h) => /\bname\b/i.test(h));
    const roleAt = headings.findIndex((h) => /\b(?:relationship|relation|role)\b/i.test(h));
    if (nameAt < 0 || roleAt < 0) continue;
    for (const row of [...table.querySelectorAll('tr')].slice(1)) {
      const cells = [...row.children].filter((cell) => /^t[hd]$/i.test(cell.tagName));
      const name = cells[nameAt] ? nameIn(inlineText(cells[nameAt])) : undefined;
      const role = cells[roleAt] ? inlineText(cells[roleAt]).trim() : '';
      if (name && CHILD_ROLE.test(role)) children.push(name);
      if (name && isLaRole(role)) officers.push(name);
    }
  }
  return { children, officers };
}

/**
 * The people a text names in its "Label: value" lines (as `pageText` writes them, or a selection): child
 * labels and forename/surname pairs name the child, a bare "Name" may, parent labels name others.
 */
export function peopleInText(text: string): PeopleOnPage {
  const fields = readFields(text);
  const valuesOf = (label: RegExp) => fields.filter((field) => label.test(field.label)).flatMap((field) => nameIn(field.value) ?? []);
  // A bare "Name" written with an adult's title, or followed by a relationship or role, is someone else's.
  const adults = fields.flatMap((field, i) => {
    const name = BARE_NAME_LABEL.test(field.label) ? nameIn(field.value) : undefined;
    const described =
      fields[i + 1] &&
      /^(?:relationship|relation|role|job title)(?: to (?:the )?(?:child|young person|pupil))?$/i.test(fields[i + 1].label);
    return name && (ADULT_TITLE.test(name) || described) ? [name] : [];
  });
  const others = [...findLabelledNames(text).parentNames, ...adults];
  const forenames = valuesOf(FORENAME_LABEL);
  const surnames = valuesOf(SURNAME_LABEL);
  const joined = forenames.map((forename, i) => [forename, surnames[i] ?? surnames[0]].filter(Boolean).join(' '));
  const isOther = (name: string) => others.some((other) => other.toLowerCase() === name.toLowerCase());
  return {
    children: unique([...valuesOf(CHILD_LABEL), ...joined]).filter((name) => !isOther(name)),
    unlabelled: unique(valuesOf(BARE_NAME_LABEL)).filter((name) => !isOther(name)),
    others: unique(others),
  };
}

/** The contacts tables and sections of a (detached) page. */
function contactParts(page: Element): Element[] {
  const parts = new Set<Element>();
  for (const table of page.querySelectorAll('table')) {
    const headings = headingsOf(table);
    if (headings.some((h) => CONTACT_COLUMN.test(h)) && headings.some((h) => /\bname\b/i.test(h))) parts.add(table);
  }
  for (const heading of page.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, caption, [role="heading"]')) {
    if (
      !CONTACT_HEADING.test(
        inlineText(heading)
          .replace(/[:\s]+$/, '')
          .trim(),
      )
    )
      continue;
    const tag = heading.tagName.toLowerCase();
    const parent = heading.parentElement;
    if ((tag === 'legend' || tag === 'caption') && parent) parts.add(parent);
    else if (
      parent &&
      ['section', 'fieldset', 'aside', 'div'].includes(parent.tagName.toLowerCase()) &&
      parent.querySelector('h1, h2, h3, h4, h5, h6') === heading
    )
      parts.add(parent);
    else for (const sibling of sectionAfter(heading)) parts.add(sibling);
  }
  // A part inside another goes with it.
  return [...parts].filter((part) => ![...parts].some((other) => other !== part && other.contains(part)));
}

/** The heading and what follows it up to the next heading of the same or a higher level. */
function sectionAfter(heading: Element): Element[] {
  const level = Number(/^h(\d)$/i.exec(heading.tagName)?.[1] ?? 6);
  const out = [heading];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const nextLevel = /^h(\d)$/i.exec(next.tagName)?.[1];
    if (nextLevel && Number(nextLevel) <= level) break;
    out.push(next);
  }
  return out;
}

/** The column headings of a table: its first row when every cell there is a heading cell. */
function headingsOf(table: Element): string[] {
  const row = table.querySelector('tr');
  if (!row) return [];
  const cells = [...row.children].filter((cell) => /^t[hd]$/i.test(cell.tagName));
  return cells.every((cell) => cell.tagName.toLowerCase() === 'th') ? cells.map((cell) => inlineText(cell)) : [];
}

const RELATIONSHIP =
  /^(?:mum|mother|dad|father|parents?|carers?|guardian|step\S*|grand\S*|gran|nan|aunt|uncle|sister|brother|foster\s+\S+|social\s+worker)$/i;

/** Names in the first column of a contacts table with no heading row to say so ("Mrs Grace Okafor | Mother | …"). */
function firstColumnNames(part: Element): string[] {
  const tables = part.tagName.toLowerCase() === 'table' ? [part] : [...part.querySelectorAll('table')];
  return tables
    .filter((table) => headingsOf(table).length === 0)
    .flatMap((table) => [...table.querySelectorAll('tr')])
    .flatMap((row) => {
      const cell = row.querySelector('td');
      const name = cell ? nameIn(inlineText(cell)) : undefined;
      return name && !RELATIONSHIP.test(name) ? [name] : [];
    });
}

/** The person's name at the start of a field value, read as the privacy code reads a labelled name. */
function nameIn(value: string): string | undefined {
  return findLabelledNames(`Name: ${value}`).pupilNames[0];
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
