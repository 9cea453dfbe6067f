import { SENCO_TIME_ROLE } from './builtIn/sencoTimeRole';
import { SENCO_WORKLOAD_WELLBEING } from './builtIn/sencoWorkloadWellbeing';
import type { Template } from './templateSchema';

/** The templates SENCO Time ships, in the order the dialog lists them. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [SENCO_WORKLOAD_WELLBEING, SENCO_TIME_ROLE];

export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
