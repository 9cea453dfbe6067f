import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../shared/util/mulberry32';

const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const ROLES = ['SENCO', 'Teacher', 'Teaching assistant', 'Head teacher', 'Deputy head teacher', 'Inclusion lead'];
const PHASES = ['Primary', 'Secondary', 'Special', 'All-through'];
const COMMENTS = [
  'Too much paperwork, not enough time with pupils',
  'The annual reviews all fall in the summer term, which is hard',
  'We need more support from the local authority, especially with EHCP assessments',
];

export interface LargeExportShape {
  /** Agreement items ("Strongly disagree" … "Strongly agree"). */
  agreement: number;
  /** Linear-scale items answered 1–5. */
  scales: number;
}

export const EXPORT_SHAPE: LargeExportShape = { agreement: 20, scales: 20 };

/** Bytes the analysis keeps per respondent for this shape: 8 per scale, number and time, 4 per choice, 8 per text slot. */
export function codedBytesPerRow(shape: LargeExportShape = EXPORT_SHAPE): number {
  return 8 * (shape.agreement + shape.scales + 1) + 4 * 2 + 8;
}

/**
 * Writes a Google Forms–style export of about `bytes` bytes to `path`, a batch of rows at a time (never the whole
 * file in memory): a timestamp, role and phase, agreement items, 1–5 scales and an occasional comment, driven by
 * one latent factor so that the items correlate. Returns the number of responses written.
 */
export function writeLargeExport(path: string, bytes: number, shape: LargeExportShape = EXPORT_SHAPE, seed = 5): number {
  const next = mulberry32(seed);
  const header = [
    'Timestamp',
    'What is your role?',
    'Which phase is your school?',
    ...Array.from({ length: shape.agreement }, (_, i) => `Statement ${i + 1}: my workload is manageable in this respect`),
    ...Array.from({ length: shape.scales }, (_, i) => `How confident do you feel about task ${i + 1}? (1–5)`),
    'Any other comments?',
  ];
  const fd = openSync(path, 'w');
  let written = writeSync(fd, `${header.map(quoted).join(',')}\r\n`);
  let rows = 0;
  try {
    while (written < bytes) {
      const batch: string[] = [];
      for (let k = 0; k < 5000; k++, rows++) batch.push(row(rows, next, shape));
      written += writeSync(fd, `${batch.join('\r\n')}\r\n`);
    }
  } finally {
    closeSync(fd);
  }
  return rows;
}

function row(i: number, next: () => number, shape: LargeExportShape): string {
  const factor = (next() + next() + next() - 1.5) * 2;
  const level = () => {
    const x = 0.6 * factor + 0.8 * (next() + next() + next() - 1.5) * 2;
    return x < -1.3 ? 0 : x < -0.5 ? 1 : x < 0.3 ? 2 : x < 1.1 ? 3 : 4;
  };
  const cells: string[] = [timestamp(i), ROLES[Math.floor(next() * ROLES.length)], PHASES[Math.floor(next() * PHASES.length)]];
  for (let j = 0; j < shape.agreement; j++) cells.push(next() < 0.04 ? '' : AGREEMENT[level()]);
  for (let j = 0; j < shape.scales; j++) cells.push(next() < 0.04 ? '' : String(level() + 1));
  cells.push(next() < 0.1 ? quoted(`${COMMENTS[i % COMMENTS.length]} (response ${i + 1})`) : '');
  return cells.join(',');
}

/** Google Forms' own CSV timestamps: "2024/03/05 10:23:45 am GMT", a response every 7 seconds from 1 Sep 2024. */
function timestamp(i: number): string {
  const d = new Date(Date.UTC(2024, 8, 1, 8) + i * 7000);
  const h = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ${h % 12 || 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'am' : 'pm'} GMT`;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
