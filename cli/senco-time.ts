// The command line: `senco-time analyse <responses.csv> [--out DIR] [--method …] [--adjust …]` and `senco-time demo`.
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CorrelationMethodSchema, PAdjustSchema } from '../shared/analysis/analysisSchema';
import { analyseFiles } from './analyseFiles';
import { UserError } from './userError';

const USAGE = `SENCO Time: analyse a Google Forms or Microsoft Forms survey export.

Usage:
  npm run analyse -- <responses.csv> [--out DIR] [--method spearman|pearson|kendall] [--adjust holm|bh|none]
  npm run demo      analyse the bundled sample survey into ./analysis/demo

Writes report.html (open it in a browser), report.json and one CSV per tab into DIR (default ./analysis).`;

function now(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }).format(new Date());
}

function run(argv: string[]): void {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { out: { type: 'string' }, method: { type: 'string' }, adjust: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    throw new UserError(`${(err as Error).message.replace(/\.$/, '')}. Run "npm run analyse -- --help" for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return void console.log(USAGE);
  const method = CorrelationMethodSchema.safeParse(values.method ?? 'spearman');
  if (!method.success) throw new UserError(`--method must be spearman, pearson or kendall, not "${values.method}".`);
  const adjust = PAdjustSchema.safeParse(values.adjust ?? 'holm');
  if (!adjust.success) throw new UserError(`--adjust must be holm, bh or none, not "${values.adjust}".`);

  let input: string;
  let out: string;
  if (command === 'demo') {
    input = fileURLToPath(new URL('../../examples/sample-survey.csv', import.meta.url));
    out = values.out ?? 'analysis/demo';
  } else if (command === 'analyse' || command === 'analyze') {
    if (positionals.length === 0) throw new UserError('Give the CSV file to analyse, for example: npm run analyse -- responses.csv');
    if (positionals.length > 1) throw new UserError(`Give one CSV file at a time (got ${positionals.length}: ${positionals.join(', ')}).`);
    input = positionals[0];
    out = values.out ?? 'analysis';
  } else {
    throw new UserError(`Unknown command "${command}": use "analyse" or "demo".`);
  }
  const { analysis, files } = analyseFiles(input, {
    out,
    method: method.data,
    adjust: adjust.data,
    generatedAt: now(),
    progress: (m) => process.stderr.write(m + '\n'),
  });
  const html = files.find((f) => f.endsWith('report.html'))!;
  console.log(`Analysed ${analysis.respondents} responses from ${relative(process.cwd(), resolve(input)) || input}.`);
  for (const f of analysis.findings.slice(0, 3)) console.log(`  • ${f.text}`);
  console.log(`\nReport: ${html}  (open it in a browser)`);
  console.log(`Also:   ${files.filter((f) => f !== html).join(', ')}`);
}

try {
  run(process.argv.slice(2));
} catch (err) {
  if (err instanceof UserError) {
    process.stderr.write(err.message + '\n');
    process.exitCode = 2;
  } else {
    process.stderr.write(`SENCO Time stopped on an internal error: ${(err as Error)?.message ?? err}. Please report it with the command you ran.\n`);
    if (process.env.SENCO_DEBUG) process.stderr.write(String((err as Error)?.stack) + '\n');
    process.exitCode = 1;
  }
}
