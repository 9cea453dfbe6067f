import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape';
import { type LeadersSummary, leadersSummaryHtml, type TermSummary } from './leadersSummaryHtml';

const EVIL = `<img src=x onerror="alert('x')">&`;

const term = (name: string): TermSummary => ({
  name,
  start: '2026-09-03',
  end: '2026-12-18',
  countedTo: '2026-11-30',
  running: true,
  schoolDays: 58,
  sencos: 2,
  adminHours: 53.5,
  protectedHours: 92.8,
  share: 53.5 / 92.8,
  adminPerWeek: 53.5 / 11.6,
  protectedPerWeek: 8,
  topTypes: [{ type: `Annual review ${EVIL}`, hours: 30, share: 30 / 53.5 }],
  otherTypes: { count: 1, hours: 0.5, share: 0.5 / 53.5 },
  deadlines: { due: 25, onTime: 21, late: 3, open: 1, share: 21 / 25 },
  las: [{ la: `Anyshire ${EVIL}`, steps: 1, onTime: 1, late: 0, notYet: 0, share: 1 }],
  otherLas: { la: 'Other LAs', count: 2, steps: 2, onTime: 0, late: 1, notYet: 1, share: 0 },
  laTotal: { la: 'All LAs', steps: 3, onTime: 1, late: 1, notYet: 1, share: 1 / 3 },
  statement: [`A sentence ${EVIL}`],
});

const summary = (o: Partial<LeadersSummary> = {}): LeadersSummary => ({
  today: '2026-11-30',
  schools: [`Oak ${EVIL}`],
  overdueNow: { tasks: 1, laSteps: 1 },
  terms: [term(`Summer ${EVIL}`), term('Autumn 2026')],
  chosen: 1,
  ...o,
});

describe('leadersSummaryHtml', () => {
  const html = leadersSummaryHtml(summary());

  it('escapes every text from the tracker: term, school, LA and task type names', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror="');
    expect(html).toContain(`data-term="Summer ${escapeHtml(EVIL)}"`);
    expect(html).toContain(`Oak ${escapeHtml(EVIL)}`);
    expect(html).toContain(`Anyshire ${escapeHtml(EVIL)}`);
    expect(html).toContain(`Annual review ${escapeHtml(EVIL)}`);
  });

  it('shows the chosen term and hides the others; the page itself runs no script', () => {
    const sections = [...html.matchAll(/<section class="leaders" data-term="([^"]*)"( hidden)?>/g)].map((m) => Boolean(m[2]));
    expect(sections).toEqual([true, false]);
    expect(html).not.toContain('<script');
  });

  it('prints with the survey report’s page rules: A4, the title in the margin', () => {
    expect(html).toContain('size: A4 portrait');
    expect(html).toContain('@top-left { content: "SENCO Time: summary for senior leaders"');
  });

  it('names one remaining type or LA in the singular, and counts schools past three', () => {
    expect(html).toContain('1 other task type');
    expect(html).toContain('The other 2 LAs');
    const many = leadersSummaryHtml(summary({ schools: ['Ash', 'Birch', 'Cedar', 'Elm', 'Oak'] }));
    expect(many).toContain('Ash, Birch, Cedar, 2 more · 3 September 2026 to 18 December 2026');
  });
});
