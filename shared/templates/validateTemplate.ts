import { type Template, type TemplateItem, TemplateSchema } from './templateSchema';

export type TemplateResult = { ok: true; template: Template } | { ok: false; problems: string[] };

const KINDS = 'scale, choice, checkbox, grid, short-text, paragraph, number';
const FIELD_NAMES: Record<string, string> = {
  id: 'the id',
  title: 'the question',
  kind: 'the kind',
  low: 'the lower bound',
  high: 'the upper bound',
  options: 'the options',
  rows: 'the rows',
  columns: 'the columns',
  version: 'the version',
  sections: 'the sections',
  items: 'the items',
  format: 'the format',
  formatVersion: 'the format version',
  name: 'the name',
};

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
}

/** "Item 4 ("How stressed…")": the number counts items across sections from 1; long questions are cut at 50 characters. */
function itemLabel(number: number, title: unknown): string {
  if (typeof title !== 'string' || !title.trim()) return `Item ${number}`;
  return `Item ${number} ("${title.length > 50 ? `${title.slice(0, 49).trimEnd()}…` : title}")`;
}

/** Where an issue's path points, for a path into sections[s].items[i], counting items across sections from 1. */
function where(raw: unknown, path: PropertyKey[]): { place: string; rest: PropertyKey[] } {
  const sections = (raw as { sections?: { items?: { title?: unknown }[] }[] })?.sections;
  if (
    path[0] === 'sections' &&
    typeof path[1] === 'number' &&
    path[2] === 'items' &&
    typeof path[3] === 'number' &&
    Array.isArray(sections)
  ) {
    let number = path[3] + 1;
    for (let s = 0; s < path[1]; s++) number += Array.isArray(sections[s]?.items) ? sections[s].items!.length : 0;
    return { place: itemLabel(number, sections[path[1]]?.items?.[path[3]]?.title), rest: path.slice(4) };
  }
  if (path[0] === 'sections' && typeof path[1] === 'number') return { place: `Section ${path[1] + 1}`, rest: path.slice(2) };
  if (path[0] === 'constructs' && typeof path[1] === 'number') return { place: `Construct ${path[1] + 1}`, rest: path.slice(2) };
  return { place: 'The template', rest: path };
}

function describe(issue: Issue): string {
  const field = issue.path[issue.path.length - 1];
  const name = typeof field === 'string' ? (FIELD_NAMES[field] ?? `"${field}"`) : 'this entry';
  if (issue.code === 'invalid_union' || (issue.code === 'invalid_value' && field === 'kind')) return `the kind must be one of ${KINDS}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${name} is missing`;
  if (issue.code === 'invalid_type') return `${name} has the wrong type (${issue.message.replace(/^Invalid input: /, '')})`;
  if (issue.code === 'unrecognized_keys') return issue.message;
  return issue.message;
}

function semanticProblems(t: Template): string[] {
  const problems: string[] = [];
  const items = t.sections.flatMap((s) => s.items);
  const label = (i: number) => itemLabel(i + 1, items[i].title);
  const seenIds = new Map<string, number>();
  const seenTitles = new Map<string, number>();
  const constructs = new Set((t.constructs ?? []).map((c) => c.id));
  const members = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (seenIds.has(item.id)) problems.push(`${label(i)}: the id "${item.id}" is already used by item ${seenIds.get(item.id)! + 1}`);
    seenIds.set(item.id, i);
    // Form responses are headed by the question text, so two items with one title could not be told apart.
    const key = item.title.trim().toLowerCase();
    if (seenTitles.has(key))
      problems.push(`${label(i)}: the same question as item ${seenTitles.get(key)! + 1}; each question needs its own wording`);
    seenTitles.set(key, i);
    const list = 'options' in item ? item.options : item.kind === 'grid' ? [...item.rows, ...item.columns] : [];
    const dup = list.find((o, k) => list.indexOf(o) !== k);
    if (dup !== undefined && item.kind !== 'grid') problems.push(`${label(i)}: the option "${dup}" appears twice`);
    if (item.kind === 'grid') {
      const d = item.rows.find((o, k) => item.rows.indexOf(o) !== k) ?? item.columns.find((o, k) => item.columns.indexOf(o) !== k);
      if (d !== undefined) problems.push(`${label(i)}: "${d}" appears twice`);
    }
    if ('construct' in item && item.construct) {
      if (!constructs.has(item.construct)) problems.push(`${label(i)}: the construct "${item.construct}" is not listed under "constructs"`);
      if (item.kind === 'choice' && !item.ordered)
        problems.push(`${label(i)}: only a scale, or a choice marked "ordered", can score towards a construct`);
      members.set(item.construct, [...(members.get(item.construct) ?? []), i]);
    } else if ('reverse' in item && item.reverse) {
      problems.push(`${label(i)}: "reverse" only means something for an item in a construct`);
    }
  });
  for (const c of t.constructs ?? []) {
    const m = members.get(c.id) ?? [];
    if (m.length < 2) problems.push(`Construct "${c.name}": needs at least 2 items (it has ${m.length})`);
    const ranges = new Set(m.map((i) => rangeOf(items[i])));
    if (ranges.size > 1)
      problems.push(
        `Construct "${c.name}": its items use different scales (${[...ranges].join(', ')}); give them the same range so that they can be averaged`,
      );
  }
  return problems;
}

function rangeOf(item: TemplateItem): string {
  if (item.kind === 'scale') return `${item.low}–${item.high}`;
  if (item.kind === 'choice') return `1–${item.options.length}`;
  return '?';
}

/**
 * Reads a template from JSON text or a parsed value and explains every problem in words, each naming where it is
 * ("Item 4 ("How stressed…"): a scale needs an upper bound from 3 to 10").
 */
export function validateTemplate(input: unknown): TemplateResult {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (err) {
      return {
        ok: false,
        problems: [`This is not valid JSON (${(err as Error).message}). Paste the whole template, from the first { to the last }.`],
      };
    }
  }
  const parsed = TemplateSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = (parsed.error.issues as Issue[]).map((issue) => {
      const { place, rest } = where(raw, issue.path);
      const field = rest.length > 1 ? ` (${rest.join('.')})` : '';
      return `${place}${field}: ${describe(issue)}.`;
    });
    return { ok: false, problems: [...new Set(problems)] };
  }
  const problems = semanticProblems(parsed.data).map((p) => `${p}.`);
  return problems.length ? { ok: false, problems } : { ok: true, template: parsed.data };
}
