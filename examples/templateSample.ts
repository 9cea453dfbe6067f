import { toCsv } from '../shared/csv/toCsv';
import { SENCO_WORKLOAD_WELLBEING } from '../shared/templates/builtIn/sencoWorkloadWellbeing';
import { generateTemplateResponses } from './generateTemplateResponses';

/** The template demo: three schools answering "SENCO workload and wellbeing"; Elm Special has 3, so it is always suppressed. */
export const TEMPLATE_SAMPLE_SCHOOLS = [
  { name: 'Oak Primary', file: 'oak-primary.csv', respondents: 40 },
  { name: 'Ash Academy', file: 'ash-academy.csv', respondents: 35 },
  { name: 'Elm Special', file: 'elm-special.csv', respondents: 3 },
] as const;

/** Each school's CSV text, as Google Forms would export its response tab. */
export function templateSampleFiles(): { file: string; csv: string }[] {
  const tables = generateTemplateResponses(SENCO_WORKLOAD_WELLBEING, TEMPLATE_SAMPLE_SCHOOLS);
  return tables.map((t, i) => ({
    file: TEMPLATE_SAMPLE_SCHOOLS[i].file,
    csv: toCsv(
      t.values.map((r) => r.map(String)),
      { neutraliseFormulas: false },
    ),
  }));
}

/** The template itself as the JSON a network sends to its schools. */
export function templateSampleJson(): string {
  return `${JSON.stringify(SENCO_WORKLOAD_WELLBEING, null, 2)}\n`;
}
