import { longDate } from '../../deadlines/longDate';
import { escapeHtml as e } from './escape';
import { pageCss } from './page.css';
import { shareBar } from './svg';

// What the one-page summary for senior leaders shows: counts and hours only. It has no field for a pupil, a task
// title or a SENCO's name, so none can reach the page. shared/tracker/leadersSummary.ts fills it in.

/** Hours of one task type in a term, and its share of the term's admin hours (0.5 = half). */
export interface TypeHours {
  type: string;
  hours: number;
  share: number;
}

/** The school's own deadlines due in a term: met by the due date, met late, or still open past it. */
export interface DeadlineCounts {
  due: number;
  onTime: number;
  late: number;
  open: number;
  share: number | null;
}

/** One LA's statutory steps whose time limit fell in a term (or the total, with `la` 'All LAs'). */
export interface LaCounts {
  la: string;
  steps: number;
  onTime: number;
  late: number;
  notYet: number;
  share: number | null;
}

export interface TermSummary {
  name: string;
  start: string;
  end: string;
  /** The last day counted: today while the term runs, else its end. */
  countedTo: string;
  running: boolean;
  schoolDays: number;
  sencos: number;
  adminHours: number;
  /** Null when no protected hours are set in Settings. */
  protectedHours: number | null;
  share: number | null;
  /** Per school week (5 school days); null when the term has had no school day. */
  adminPerWeek: number | null;
  protectedPerWeek: number | null;
  topTypes: TypeHours[];
  /** The task types after the top ones, summed; null when there are none. */
  otherTypes: { count: number; hours: number; share: number } | null;
  deadlines: DeadlineCounts;
  las: LaCounts[];
  /** LAs after the ones listed, summed; null when there are none. */
  otherLas: (LaCounts & { count: number }) | null;
  laTotal: LaCounts;
  /** The plain statement: one sentence per figure, then the Code of Practice. */
  statement: string[];
}

export interface LeadersSummary {
  today: string;
  schools: string[];
  /** Open tasks past the school's own due date, and LA steps past their limit not yet taken, today. */
  overdueNow: { tasks: number; laSteps: number };
  /** Every term begun by today, oldest first. */
  terms: TermSummary[];
  /** Index in `terms` of the term shown first: the one running today, else the latest. */
  chosen: number;
}

export const LEADERS_TITLE = 'SENCO Time: summary for senior leaders';

const hours = (x: number) => x.toFixed(1);
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const others = (n: number, one: string, many: string) => (n === 1 ? `1 other ${one}` : `The other ${n} ${many}`);

const SUMMARY_CSS = `
section.leaders h2 { font-size: 16px; margin: 14px 0 6px; }
section.leaders table { width: 100%; margin: 4px 0 8px; }
section.leaders td.text { text-align: left; overflow-wrap: anywhere; }
section.leaders td.bar { width: 32%; }
section.leaders th { white-space: nowrap; }
section.leaders tr.total td { font-weight: 600; border-top: 2px solid #8c959f; }
ul.statement { padding-left: 18px; margin: 6px 0; }
ul.statement li { margin: 4px 0; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin: 6px 0; }
.tiles.five { grid-template-columns: 1.4fr repeat(4, 1fr); }
.tile { border: 1px solid var(--line); border-radius: 4px; padding: 6px 8px; }
.tile b { display: block; font-size: 20px; }
.tile span { display: block; color: var(--muted); font-size: 12px; line-height: 1.3; }
p.cite { font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 6px; }
@media print {
  section.leaders { font-size: 9pt; line-height: 1.3; }
  section.leaders header { margin-bottom: 8px; padding-bottom: 5px; }
  section.leaders h1 { font-size: 15pt; }
  section.leaders h2 { font-size: 11pt; margin: 9px 0 4px; }
  section.leaders table { font-size: 8.5pt; margin: 2px 0 4px; }
  section.leaders th, section.leaders td { padding: 1px 4px; }
  ul.statement li { margin: 2px 0; }
  .tile { padding: 3px 6px; }
  .tile b { font-size: 12pt; }
  .tile span { font-size: 7.5pt; }
  p.cite { font-size: 7.5pt; }
  .tiles, table { break-inside: avoid; page-break-inside: avoid; }
}`;

const tile = (value: string, label: string) => `<div class="tile"><b>${e(value)}</b><span>${e(label)}</span></div>`;

function timeTiles(t: TermSummary): string {
  return `<div class="tiles">${[
    tile(t.adminPerWeek === null ? '–' : hours(t.adminPerWeek), 'EHCP admin hours a school week'),
    tile(t.protectedPerWeek === null ? 'not set' : hours(t.protectedPerWeek), 'protected SENCO hours a week'),
    tile(pct(t.share), 'of protected time taken by admin'),
    tile(`${hours(t.adminHours)} h`, `admin in ${t.schoolDays} school days`),
  ].join('')}</div>`;
}

function typeTable(t: TermSummary): string {
  if (t.topTypes.length === 0) return '<p class="note">No EHCP admin was recorded in this term.</p>';
  const row = (label: string, h: number, share: number) =>
    `<tr><td class="text">${e(label)}</td><td>${hours(h)}</td><td>${pct(share)}</td><td class="bar">${shareBar(share * 100, '#2166ac')}</td></tr>`;
  const rows = t.topTypes.map((x) => row(x.type, x.hours, x.share));
  if (t.otherTypes) rows.push(row(others(t.otherTypes.count, 'task type', 'task types'), t.otherTypes.hours, t.otherTypes.share));
  return `<table><thead><tr><th class="text">Task type</th><th>Hours</th><th>Share of admin</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function deadlineTiles(t: TermSummary, s: LeadersSummary): string {
  const d = t.deadlines;
  const today = longDate(s.today);
  return `<div class="tiles five">${[
    tile(`${d.onTime} of ${d.due}`, `own deadlines met by the due date (${pct(d.share)})`),
    tile(String(d.late), 'done late'),
    tile(String(d.open), 'still open past the due date'),
    tile(String(s.overdueNow.tasks), `tasks overdue on ${today}`),
    tile(String(s.overdueNow.laSteps), `LA steps past their time limit on ${today}`),
  ].join('')}</div>`;
}

function laTable(t: TermSummary): string {
  if (t.laTotal.steps === 0) return '<p class="note">No statutory step of a local authority fell due in this term.</p>';
  const row = (r: LaCounts, total = false) =>
    `<tr${total ? ' class="total"' : ''}><td class="text">${e(r.la)}</td><td>${r.steps}</td><td>${r.onTime}</td><td>${r.late}</td><td>${r.notYet}</td><td>${pct(r.share)}</td></tr>`;
  const rows = t.las.map((r) => row(r));
  if (t.otherLas) rows.push(row({ ...t.otherLas, la: others(t.otherLas.count, 'LA', 'LAs') }));
  rows.push(row(t.laTotal, true));
  return `<table><thead><tr><th class="text">Local authority</th><th>Steps due</th><th>On time</th><th>Late</th><th>Not yet taken</th><th>Share on time</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function termSection(t: TermSummary, s: LeadersSummary, shown: boolean): string {
  const named = s.schools.length > 3 ? [...s.schools.slice(0, 3), `${s.schools.length - 3} more`] : s.schools;
  const schools = named.length ? `${named.join(', ')} · ` : '';
  const counted = t.running ? `counted to ${longDate(t.countedTo)}, ` : '';
  const meta = `${schools}${longDate(t.start)} to ${longDate(t.end)} (${counted}${t.schoolDays} school days) · ${t.sencos} SENCO${t.sencos === 1 ? '' : 's'} · prepared ${longDate(s.today)}`;
  return `<section class="leaders" data-term="${e(t.name)}"${shown ? '' : ' hidden'}>
<header><h1>EHCP admin and SENCO time: ${e(t.name)}</h1><p class="meta">${e(meta)}</p></header>
<h2>What the figures show</h2><ul class="statement">${t.statement.map((x) => `<li>${e(x)}</li>`).join('')}</ul>
<h2>Time given and time taken</h2>${timeTiles(t)}
<h2>Where the admin time went</h2>${typeTable(t)}
<h2>Deadlines</h2>${deadlineTiles(t, s)}
<h2>Local authority timeliness</h2>${laTable(t)}
<p class="cite">Hours are minutes spent where the SENCO recorded them, else the estimate, counted on the day a task was done (or clipped, while open). Protected hours are each SENCO’s weekly hours in the Settings tab, pro rata to the term’s school days; a school week is 5 school days. An LA step counts once the LA has acted or its time limit has passed. Figures from the SENCO Time workload tracker; no pupil or task is named.</p>
</section>`;
}

/**
 * The summary as one self-contained page: one section per term begun, the chosen one shown and the others hidden
 * (the dialog's term picker shows another). Each section prints on one A4 page with the survey report's print
 * rules; every text from the tracker (term, LA and school names) is escaped.
 */
export function leadersSummaryHtml(s: LeadersSummary): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(LEADERS_TITLE)}</title><style>${pageCss(LEADERS_TITLE)}${SUMMARY_CSS}</style></head>
<body><main>
${s.terms.map((t, i) => termSection(t, s, i === s.chosen)).join('\n')}
</main></body></html>
`;
}
