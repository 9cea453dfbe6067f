import type { Template, TemplateItem } from '../shared/templates/templateSchema';
import { mulberry32 } from '../shared/util/mulberry32';

/**
 * Responses to a template's form, as Google Forms writes them into a response tab (numbers for scales, option
 * text for choices, ticked options joined with ", ", one column per grid row, '' for skipped questions), one
 * table per school. Seeded: each construct has a latent score per respondent (the first construct is a
 * "pressure" trait; each later one falls as pressure rises, as wellbeing does), and an item follows its
 * construct's latent, or the opposite way when reverse-coded, so constructs hang together the way a real
 * network's answers do.
 */
export function generateTemplateResponses(
  template: Template,
  schools: readonly { name: string; respondents: number }[],
  seed = 7,
): { source: string; values: (string | number)[][] }[] {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
  const items = template.sections.flatMap((s) => s.items);
  const header = ['Timestamp', ...items.flatMap((i) => (i.kind === 'grid' ? i.rows.map((r) => `${i.title} [${r}]`) : [i.title]))];
  const comments = [
    'More admin time would change everything.',
    'Annual reviews take most evenings in the spring term.',
    'We need consistent LA processes, please.',
    '- fewer forms, more time with pupils',
  ];
  const level = (latent: number, k: number) =>
    Math.max(0, Math.min(k - 1, Math.round((k - 1) / 2 + latent * ((k - 1) / 3) + normal() * 1.1)));
  const constructs = (template.constructs ?? []).map((c) => c.id);
  const answer = (item: TemplateItem, latent: Map<string, number>): (string | number)[] => {
    const own = 'construct' in item && item.construct ? (latent.get(item.construct) ?? 0) : 0;
    const signed = 'reverse' in item && item.reverse ? -own : own;
    const skip = !item.required && random() < 0.03;
    switch (item.kind) {
      case 'scale':
        return [skip ? '' : item.low + level(item.construct ? signed : normal(), item.high - item.low + 1)];
      case 'choice':
        return [
          skip
            ? ''
            : item.options[
                item.ordered
                  ? level(item.construct ? signed : normal(), item.options.length)
                  : Math.floor(random() ** 1.6 * item.options.length)
              ],
        ];
      case 'checkbox':
        return [skip ? '' : item.options.filter(() => random() < 0.35).join(', ') || item.options[0]];
      case 'grid':
        return item.rows.map(() =>
          skip ? '' : item.columns[item.ordered ? level(normal(), item.columns.length) : Math.floor(random() * item.columns.length)],
        );
      case 'number':
        return [skip ? '' : Math.round(Math.max(item.min ?? 0, Math.min(item.max ?? 40, 8 + 4 * normal())) * 2) / 2];
      case 'short-text':
      case 'paragraph':
        return [random() < 0.3 ? comments[Math.floor(random() * comments.length)] : ''];
    }
  };
  let day = 0;
  return schools.map((school) => ({
    source: school.name,
    values: [
      header,
      ...Array.from({ length: school.respondents }, () => {
        const pressure = normal();
        const latent = new Map(constructs.map((c, k) => [c, k === 0 ? pressure : -0.6 * pressure + 0.8 * normal()] as const));
        day++;
        const stamp = `${String(1 + (day % 28)).padStart(2, '0')}/10/2026 ${String(8 + (day % 10)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}:00`;
        return [stamp, ...items.flatMap((i) => answer(i, latent))];
      }),
    ],
  }));
}
