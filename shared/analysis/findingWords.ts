/** Wording shared by the finding builders: whole percentages in sentences, exact figures in the record. */

/** "54%": findings round to whole percentages; report.json keeps the exact figure. */
export function wholePercent(percent: number): string {
  return `${Math.round(percent)}%`;
}

/** "(76 of 141; 95% CI 46–62%)" */
export function countAndInterval(x: { count: number; ciLow: number; ciHigh: number }, n: number): string {
  return `(${x.count} of ${n}; 95% CI ${Math.round(x.ciLow)}–${Math.round(x.ciHigh)}%)`;
}

/** Quoted question label for a sentence. */
export function quoted(label: string): string {
  return `“${label}”`;
}
