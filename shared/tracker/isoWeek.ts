/** The ISO 8601 week of a date ("2026-W10"), and the Monday that starts it, both from an ISO date YYYY-MM-DD. */
export function isoWeek(isoDate: string): { week: string; monday: string } {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = Date.UTC(y, m - 1, d);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  const monday = day - weekday * 86_400_000;
  // The week belongs to the year of its Thursday.
  const thursday = new Date(monday + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, monday: new Date(monday).toISOString().slice(0, 10) };
}
