import { describe, expect, it } from 'vitest';
import { TRACKER_HEADER } from './trackerLayout';
import { readTrackerSettings, settingsTabRows, sheetsSerial, TYPICAL_TERMS } from './trackerSettings';
import { tasksFromRows, whenDue, workloadTab } from './workload';

// Rows as the edge hands them over: dates already ISO text.
const row = (o: Partial<Record<(typeof TRACKER_HEADER)[number], string | number>>) => TRACKER_HEADER.map((h) => o[h] ?? '');
const rows = [
  [...TRACKER_HEADER],
  row({
    'Clipped at': '2026-11-09',
    SENCO: 'A. Khan',
    'Task type': 'Annual review',
    'Estimated minutes': 300,
    'Due date': '2026-11-12',
    Status: 'Done',
    'Done at': '2026-11-11',
  }),
  row({
    'Clipped at': '2026-11-10',
    SENCO: 'A. Khan',
    'Task type': 'Advice contribution',
    'Estimated minutes': 180,
    'Minutes spent': 240,
    'Due date': '2026-11-20',
    Title: 'EP advice',
    Status: 'Open',
  }),
  row({}),
];
// The Settings tab as written at setup, with 6 protected hours for A. Khan; date cells read back as ISO days.
const settingsValues = settingsTabRows().map((r) =>
  r.map((c, i) =>
    i > 0 && typeof c === 'number' && c > 40_000
      ? TYPICAL_TERMS.flatMap((t) => [t.start, t.halfTermStart, t.halfTermEnd, t.end]).find((d) => d !== '' && sheetsSerial(d) === c)
      : c,
  ),
);
settingsValues.splice(settingsValues.findIndex((r) => r[0] === 'Any other SENCO') + 1, 0, ['A. Khan', 6]);

describe('workloadTab', () => {
  const tasks = tasksFromRows(rows);
  const { tab, chart } = workloadTab({
    tasks,
    settings: readTrackerSettings(settingsValues),
    today: '2026-11-23',
    updatedAt: '23 November 2026, 10:00',
  });
  const find = (text: string) => tab.cells.findIndex((r) => String(r[0]).startsWith(text));

  it('skips blank rows and prefers minutes spent over the estimate', () => {
    expect(tasks).toHaveLength(2);
    expect(tasks[1].minutes).toBe(240);
  });

  it('puts each week as a date serial with hours by type, protected hours and the share', () => {
    const head = find('Week starting');
    const header = tab.cells[head].slice(0, 6);
    // Only the two types with hours; the done review counts in the week it was done (9 Nov), the open advice
    // in the week it was clipped (also 9 Nov): 5 h + 4 h = 9 h against 6 protected hours.
    expect(header).toEqual([
      'Week starting',
      'Advice contribution',
      'Annual review',
      'EHCP admin hours',
      'Protected hours',
      'Share of protected time',
    ]);
    const week = tab.cells[head + 1].slice(0, 6);
    expect(week).toEqual([sheetsSerial('2026-11-09'), 4, 5, 9, 6, 9 / 6]);
    expect(tab.formats).toContainEqual({ range: { row: head + 1, column: 0, rows: 3, columns: 1 }, numberFormat: 'dd/mm/yyyy' });
    expect(chart).toMatchObject({
      lineSeries: 2,
      ranges: [
        { row: head, column: 0, rows: 4, columns: 3 },
        { row: head, column: 4, rows: 4, columns: 1 },
      ],
    });
  });

  it('words days to a due date', () => {
    expect([whenDue(-1), whenDue(-3), whenDue(0), whenDue(1), whenDue(5)]).toEqual([
      '1 day overdue',
      '3 days overdue',
      'due today',
      'due in 1 day',
      'due in 5 days',
    ]);
  });
});
