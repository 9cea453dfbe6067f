import { describe, expect, it } from 'vitest';
import { TASKS_HEADER } from './trackerLayout';
import { tasksFromRows, workloadTab } from './workload';

// Rows as the edge hands them over: dates already ISO text. Week numbers: Python's date.isocalendar().
const row = (o: Partial<Record<(typeof TASKS_HEADER)[number], string | number>>) => TASKS_HEADER.map((h) => o[h] ?? '');
const rows = [
  [...TASKS_HEADER],
  row({ 'Clipped at': '2026-03-02T09:00:00Z', SENCO: 'A. Khan', 'Task type': 'Annual review', 'Estimated minutes': 300, 'Due date': '2026-03-05', Title: 'AR advice', 'Pupil (initials)': 'J.S.', Status: 'Open' }),
  row({ 'Clipped at': '2026-03-04T09:00:00Z', SENCO: 'A. Khan', 'Task type': 'Advice contribution', 'Estimated minutes': 180, 'Minutes spent': 240, 'Due date': '2026-02-20', Title: 'EP advice', Status: 'Open' }),
  row({ 'Clipped at': '2026-03-09T09:00:00Z', SENCO: 'B. Jones', 'Task type': 'Annual review', 'Estimated minutes': 300, 'Due date': '2026-03-12', Title: 'Done one', Status: 'Done' }),
  row({ 'Clipped at': '2026-03-10T09:00:00Z', SENCO: 'B. Jones', 'Task type': 'Other', 'Estimated minutes': 60, 'Due date': '2026-03-14', Title: 'Form', Status: 'Open' }),
  row({}),
];

describe('workloadTab', () => {
  const tasks = tasksFromRows(rows);
  const tab = workloadTab(tasks, '2026-03-04', '4 March 2026, 10:00');
  const find = (text: string) => tab.cells.findIndex((r) => String(r[0]).startsWith(text));

  it('skips blank rows and prefers minutes spent over the estimate', () => {
    expect(tasks).toHaveLength(4);
    expect(tasks[1].minutes).toBe(240);
  });
  it('sums minutes by task type per ISO week, newest first, with total hours', () => {
    const head = find('Week');
    const types = tab.cells[head];
    const w11 = tab.cells[head + 1];
    const w10 = tab.cells[head + 2];
    expect(w11[0]).toBe('2026-W11 (from 2026-03-09)');
    expect(w10[0]).toBe('2026-W10 (from 2026-03-02)');
    expect(w10[types.indexOf('Annual review')]).toBe(300);
    expect(w10[types.indexOf('Advice contribution')]).toBe(240);
    expect(w10[types.indexOf('Total hours')]).toBe(9);
    expect(w11[types.indexOf('Total hours')]).toBe(6);
  });
  it('lists overdue and due-soon open tasks, leaving done ones out', () => {
    const overdue = find('Overdue');
    expect(tab.cells[overdue][0]).toBe('Overdue: open tasks past their due date (1)');
    expect(tab.cells[overdue + 2].slice(0, 5)).toEqual(['2026-02-20', 12, '', 'Advice contribution', 'EP advice']);
    const soon = find('Due in the next 7 days');
    expect(tab.cells[soon][0]).toBe('Due in the next 7 days (1)');
    expect(tab.cells[soon + 2][4]).toBe('AR advice');
    const later = find('Due in 8 to 14 days');
    expect(tab.cells[later][0]).toBe('Due in 8 to 14 days (1)');
    expect(tab.cells[later + 2][4]).toBe('Form');
  });
});
