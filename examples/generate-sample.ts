import { mulberry32 } from '../shared/util/mulberry32';

/**
 * A made-up autumn survey of a SENCO network, shaped like a Google Forms CSV export (UK locale), for demos,
 * docs and end-to-end tests. Every answer comes from a seeded latent model, so the same seed gives the same
 * bytes. examples/sample-survey.csv is `toCsv(generateSampleSurvey(), { neutraliseFormulas: false })` and a
 * test keeps the two in step.
 *
 * Latent traits per respondent (standard normal): workload pressure W, support S, role expansion X.
 * Stress T = 0.7·W − 0.55·S + noise, so workload↔stress and stress↔exhaustion are positive, and
 * support↔stress and feeling valued↔stress negative; need for recognition loads on X.
 */

export const SAMPLE_RESPONDENTS = 150;
export const SAMPLE_SEED = 2023;

const SCALE_HEADERS = [
  'How has your workload changed since last year? (1 = greatly decreased, 5 = greatly increased)',
  'How has the amount of EHCP admin changed? (1–5)',
  'How stressed do you feel in your SENCO role? (1–5)',
  'How emotionally exhausted do you feel at the end of a typical week? (1–5)',
  'How much has your role expanded beyond SEND? (1–5)',
  'How much do you need your work to be recognised? (1–5)',
  'How confident are you about outcomes for pupils with SEND? (1–5)',
  'How much would you value more networking with other SENCOs? (1–5)',
  'How adequate is the support and resourcing you receive? (1–5)',
  'How valued do you feel by your senior leadership? (1–5)',
] as const;

const PHASES: readonly [string, number][] = [
  ['Primary', 78],
  ['Secondary', 44],
  ['All-through', 11],
  ['Special', 14],
  // Three on purpose: under five, so every comparison must suppress this group.
  ['Alternative provision', 3],
];

const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const FREQUENCY = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
const TASKS = [
  'EHCP paperwork',
  'Annual reviews',
  'Meetings with parents',
  'Staff training',
  'Timetabling support staff',
  'Liaising with external agencies',
];
const GRID_STEM = 'How often do you receive these supports?';
const GRID_ROWS = ['Admin support', 'Supervision', 'Protected time'];

export const SAMPLE_HEADERS: readonly string[] = [
  'Timestamp',
  'Email address',
  'Which phase is your school?',
  ...SCALE_HEADERS,
  'I have enough time to carry out my SENCO duties.',
  'How often do you complete EHCP paperwork outside working hours?',
  'Which tasks take most of your SENCO time?',
  ...GRID_ROWS.map((row) => `${GRID_STEM} [${row}]`),
  'How many hours a week are allocated to your SENCO role?',
  'Are you on the senior leadership team?',
  'Any other comments?',
];

/** Sixty distinct comments (40% of 150), some with commas, quotes, a line break and formula-like starts. */
const COMMENTS = [
  'The EHCP paperwork has doubled since last year and none of it is protected time.',
  'I love the role but I cannot keep doing it at this pace.',
  'We need more admin support, full stop.',
  'Annual reviews take up most of my summer term, and then the LA misses its own deadlines.',
  'I am also DSL, a class teacher and the attendance lead, so SENCO time is whatever is left.',
  'Our head is supportive, but the budget simply is not there.',
  'Parents are frustrated with waiting lists, and I am the person they speak to.',
  'The network meetings are the one place I feel understood.',
  'More networking please – half-termly would be ideal.',
  '- more admin time please',
  '=more protected time, less paperwork',
  'As one colleague put it, "we are the sponge for everything the system cannot absorb".',
  'I was told SEND is "everyone\'s responsibility", yet every referral lands on my desk.',
  'Three things would help:\n1. admin support\n2. protected time\n3. a seat on SLT',
  'I am leaving the role at Christmas.',
  'I have 2.5 days a week allocated but work closer to 4.',
  'Our educational psychologist time has been cut to six sessions a year.',
  'Thanks for running this survey.',
  'Waiting times for CAMHS are over a year in our area.',
  'I feel valued by my head but not by governors.',
  'Supervision would make a huge difference; nobody checks how we are doing.',
  'The new portal is slower than the old paper forms.',
  'Too many meetings, not enough time with pupils.',
  'I would like SENCO time to be ring-fenced in the timetable.',
  'Half my week goes on chasing other agencies for reports.',
  'I am new to the role this year, so I cannot compare with last year.',
  'Support staff are being cut, which makes timetabling a nightmare.',
  'Our LA has introduced a new EHCP template mid-year, again.',
  'It is a lonely job in a small school.',
  'I work every Sunday evening on paperwork.',
  'Some weeks are fine, others are impossible; it depends on tribunal deadlines.',
  'I would value training on the new Ofsted framework for SEND.',
  'Please share the results with the LA.',
  'The NASENCO award was brilliant but the workload alongside it was too much.',
  'My senior leaders listen, but nothing changes.',
  'Staff wellbeing is talked about a lot; SENCO wellbeing is not.',
  'Funding bands have not risen in line with costs.',
  'The number of pupils on SEN support has risen by a third in two years.',
  'More time for staff CPD on adaptive teaching would help everyone.',
  'I share the role with a colleague, which helps enormously.',
  'Being on SLT has made a real difference to what I can get done.',
  'I am not on SLT and decisions about SEND are made without me.',
  'N/A',
  'No further comments.',
  'Transition to secondary is where things fall apart for our pupils.',
  'Our trust has a SENCO lead now, which has been a big help.',
  'Annual reviews for pupils in other settings take far longer than for our own.',
  'I spend hours formatting reports that nobody reads.',
  'The job is impossible to do well in the time given.',
  'Please, please make the forms shorter!',
  'Recognition matters: a thank-you from the head goes a long way.',
  'I coordinate 14 teaching assistants, 3 part-time, with no admin help.',
  'Parents increasingly come with solicitors; every letter has to be perfect.',
  'I am proud of what we achieve with so little.',
  'Would welcome a shared bank of templates across the network.',
  'Our AP placements are full, so pupils wait at home.',
  'Exhausted but still hopeful.',
  'Tribunals have doubled; each one is weeks of work.',
  'I value the network, but I rarely have time to attend.',
  '@Network team: could we have an online session after school?',
];

/**
 * Header plus one row per respondent, as a Google Forms CSV export gives them (all text; blank = skipped).
 * The design (phase counts, correlations, top-box, bases) is asserted in sample-survey.test.ts.
 */
export function generateSampleSurvey(seed = SAMPLE_SEED): string[][] {
  const random = mulberry32(seed);
  const normal = () => gaussian(random);
  const n = SAMPLE_RESPONDENTS;

  const phases = shuffle(
    PHASES.flatMap(([phase, count]) => Array<string>(count).fill(phase)),
    random,
  );
  const times = Array.from({ length: n }, () => submissionTime(random)).sort((a, b) => a - b);
  const commenters = new Set(shuffle(range(n), random).slice(0, COMMENTS.length));
  const comments = shuffle([...COMMENTS], random);
  const skips = SCALE_HEADERS.map(() => new Set(shuffle(range(n), random).slice(0, 1 + Math.floor(random() * 5))));

  const rows: string[][] = [[...SAMPLE_HEADERS]];
  let nextComment = 0;
  for (let i = 0; i < n; i++) {
    const phase = phases[i];
    const workload = normal();
    const support = normal() + (phase === 'Special' ? 0.4 : 0);
    const expansion = normal() + (phase === 'Secondary' ? 0.3 : 0);
    const stress = 0.7 * workload - 0.55 * support + 0.45 * normal();
    const slt = random();

    const latent = [
      0.9 * workload + 0.45 * normal(),
      0.65 * workload + 0.75 * normal(),
      0.9 * stress + 0.4 * normal(),
      0.8 * stress + 0.6 * normal(),
      0.85 * expansion + 0.5 * normal(),
      0.6 * expansion + 0.8 * normal(),
      0.35 * support - 0.25 * stress + 0.9 * normal(),
      normal(),
      0.85 * support + 0.5 * normal(),
      0.6 * support - 0.35 * stress + (slt < 0.45 ? 0.5 : 0) + 0.6 * normal(),
    ];
    // Cut points per item: workload is ceilinged (about two thirds answer 5), support and time run low.
    const scale = latent.map((x, item) => (skips[item].has(i) ? '' : String(cut(x, SCALE_CUTS[item]) + 1)));

    const time = -0.6 * workload - 0.3 * stress + 0.3 * support + 0.6 * normal();
    const enoughTime = random() < 0.03 ? "Don't know" : AGREEMENT[cut(time, [-0.7, 0.2, 0.8, 1.6])];
    const afterHours = FREQUENCY[cut(0.7 * workload + 0.3 * stress + 0.6 * normal(), [-1.6, -0.9, -0.1, 0.8])];
    const tasks = TASKS.filter((_, t) => random() < TASK_SHARES[t]).join(', ');
    const grid = [
      FREQUENCY[cut(0.7 * support + 0.7 * normal(), [-0.7, 0.1, 0.9, 1.7])],
      FREQUENCY[cut(0.5 * support + 0.9 * normal(), [-0.3, 0.5, 1.2, 1.9])],
      FREQUENCY[cut(0.6 * support - 0.2 * workload + 0.8 * normal(), [-0.5, 0.3, 1.0, 1.8])],
    ];
    const baseHours = phase === 'Primary' ? 5 : phase === 'Secondary' ? 12 : phase === 'Alternative provision' ? 8 : 15;
    const hours = Math.max(0.5, Math.round(2 * baseHours * Math.exp(0.35 * normal() + 0.1 * support)) / 2);

    rows.push([
      ukTimestamp(times[i]),
      `senco${i + 1}@school.example`,
      phase,
      ...scale,
      random() < 0.015 ? '' : enoughTime,
      random() < 0.01 ? '' : afterHours,
      tasks,
      ...grid,
      i === 17 || i === 96 ? '' : String(hours),
      slt < 0.45 ? 'Yes' : slt < 0.95 ? 'No' : 'Prefer not to say',
      commenters.has(i) ? comments[nextComment++] : '',
    ]);
  }
  return rows;
}

const SCALE_CUTS: readonly (readonly number[])[] = [
  [-2.2, -1.6, -1.0, -0.42],
  [-1.9, -1.1, -0.3, 0.5],
  [-1.9, -1.1, -0.2, 0.8],
  [-1.8, -1.0, -0.1, 0.9],
  [-1.5, -0.7, 0.1, 0.9],
  [-1.7, -0.8, 0.1, 1.0],
  [-1.4, -0.5, 0.5, 1.4],
  [-2.0, -1.3, -0.4, 0.5],
  [-0.6, 0.2, 1.0, 1.8],
  [-1.0, -0.2, 0.6, 1.4],
];

/** Share of respondents ticking each task, in the form's option order. */
const TASK_SHARES = [0.82, 0.7, 0.55, 0.25, 0.3, 0.45];

/** A moment between 07:00 and 23:00 on a day from 1 September to 30 November 2025 (91 days), as UTC wall time. */
function submissionTime(random: () => number): number {
  const day = Math.floor(random() * 91);
  const second = 7 * 3600 + Math.floor(random() * 16 * 3600);
  return Date.UTC(2025, 8, 1 + day) + second * 1000;
}

/** 0-based level: how many cut points the value is above. */
function cut(x: number, cuts: readonly number[]): number {
  let level = 0;
  while (level < cuts.length && x > cuts[level]) level++;
  return level;
}

/** "dd/mm/yyyy HH:MM:SS", as Google Forms writes Timestamp for a UK spreadsheet. */
function ukTimestamp(ms: number): string {
  const d = new Date(ms);
  const two = (v: number) => String(v).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Box–Muller standard normal. */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
