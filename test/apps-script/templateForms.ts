// Answering a template's form in the emulator, as schools do: each row of generated answers submitted to the form
// that createSurveyFromTemplate made, so the responses arrive in its tab the way Google Forms writes them.
import type { Template } from '../../shared/templates/templateSchema';
import type { Emulator } from '../emulator';
import { type Answer, submitResponse } from '../emulator/formResponses';

export type Created = { ok: true; title: string; sheetName: string; editUrl: string; publishedUrl: string };

export const formOf = (emulator: Emulator, created: Created) => emulator.forms.get(/\/d\/([^/]+)\/edit/.exec(created.editUrl)![1])!;

/** Submits every row of `values` (header first, as generateTemplateResponses makes them) to the created form. */
export function submitAll(emulator: Emulator, created: Created, values: (string | number)[][], template: Template): void {
  const form = formOf(emulator, created);
  const [header, ...rows] = values;
  for (const row of rows) {
    const answers: Record<string, Answer> = {};
    for (const item of template.sections.flatMap((s) => s.items)) {
      if (item.kind === 'grid') {
        const grid: Record<string, string> = {};
        for (const r of item.rows) {
          const v = row[header.indexOf(`${item.title} [${r}]`)];
          if (v !== '') grid[r] = String(v);
        }
        answers[item.title] = grid;
        continue;
      }
      const v = row[header.indexOf(item.title)];
      if (v === '') continue;
      answers[item.title] = item.kind === 'checkbox' ? String(v).split(', ') : v;
    }
    submitResponse(form, answers);
  }
}
