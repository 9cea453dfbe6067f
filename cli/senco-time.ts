// The command line: `senco-time analyse <responses.csv> [--out DIR] [--method …] [--adjust …]` and `senco-time demo`.

import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CorrelationMethodSchema, PAdjustSchema } from '../shared/analysis/analysisSchema';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../shared/templates/builtInTemplates';
import type { Template } from '../shared/templates/templateSchema';
import { validateTemplate } from '../shared/templates/validateTemplate';
import { analyseFiles } from './analyseFiles';
import { cliAnalysisOptions } from './orderOptions';
import { UserError } from './userError';

const USAGE = `SENCO Time: analyse a Google Forms or Microsoft Forms survey export.

Usage:
  npm run analyse -- <responses.csv> [more.csv …] [--out DIR] [--method spearman|pearson|kendall]
                     [--adjust holm|bh|none] [--template FILE.json | --template ${BUILT_IN_TEMPLATES.map((t) => t.id).join(' | ')}]
                     [--order "QUESTION=Lowest,…,Highest" …] [--options OPTIONS.json]
                     [--compare EARLIER.csv [--compare MORE.csv …]]
  npm run demo      analyse the bundled sample surveys into ./analysis/demo and ./analysis/demo-template

Writes report.html (open it in a browser), report.json and one CSV per tab into DIR (default ./analysis).
A question whose answers are read as categories but have an order: give it with --order (repeat it for more
questions), or in an options file (the JSON the Sheets add-on saves: {"scaleOrders": {"QUESTION": ["Never", …]}}).
Several files of one survey (one per school) are analysed together, each file a Source to compare.
--compare gives an earlier run of the same survey (last year's export; repeat it for several files): each
question asked in both gets its change, in a Trends tab and a report section.`;

/** A template from a JSON file, or a built-in one by its id; problems become one message listing them all. */
function loadTemplate(spec: string): Template {
  if (!existsSync(spec)) {
    const builtIn = builtInTemplate(spec);
    if (builtIn) return builtIn;
    throw new UserError(
      `There is no template file at "${spec}", and no built-in template has that id (${BUILT_IN_TEMPLATES.map((t) => t.id).join(', ')}).`,
    );
  }
  const r = validateTemplate(readFileSync(spec, 'utf8'));
  if (r.ok) return r.template;
  throw new UserError(
    `The template "${spec}" cannot be used (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}):\n  ${r.problems.join('\n  ')}`,
  );
}

function now(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }).format(new Date());
}

/** The command's options, or one sentence naming the option that is wrong. */
function parsedArguments(rest: string[]) {
  try {
    return parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        method: { type: 'string' },
        adjust: { type: 'string' },
        template: { type: 'string' },
        order: { type: 'string', multiple: true },
        options: { type: 'string' },
        compare: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UserError(`${(err as Error).message.replace(/\.$/, '')}. Run "npm run analyse -- --help" for the options.`);
  }
}

function run(argv: string[]): void {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return;
  }
  const parsed = parsedArguments(rest);
  const { values } = parsed;
  // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
  const here = process.env.INIT_CWD ?? process.cwd();
  const positionals = parsed.positionals.map((p) => resolve(here, p));
  const swallowed = ['out', 'method', 'adjust', 'template', 'order', 'options', 'compare'].filter(
    (o) => process.env[`npm_config_${o}`] !== undefined,
  );
  if (swallowed.length > 0) {
    throw new UserError(
      `npm kept --${swallowed[0]} for itself: put -- before the file and options, for example: npm run analyse -- responses.csv --${swallowed[0]} …`,
    );
  }
  const outDir = (fallback: string) => resolve(here, values.out ?? fallback);
  if (values.help) return void console.log(USAGE);
  const method = CorrelationMethodSchema.optional().safeParse(values.method);
  if (!method.success) throw new UserError(`--method must be spearman, pearson or kendall, not "${values.method}".`);
  const adjust = PAdjustSchema.optional().safeParse(values.adjust);
  if (!adjust.success) throw new UserError(`--adjust must be holm, bh or none, not "${values.adjust}".`);
  const analysisOptions = cliAnalysisOptions({ file: values.options && resolve(here, values.options), orders: values.order });

  const common = {
    method: method.data,
    adjust: adjust.data,
    analysisOptions,
    generatedAt: now(),
    // Progress is for someone watching a terminal; a log or a pipe gets only results and problems.
    progress: (m: string) => void (process.stderr.isTTY && process.stderr.write(`${m}\n`)),
    progressStream: process.stderr,
  };
  if (command === 'demo') {
    const example = (path: string) => fileURLToPath(new URL(`../../examples/${path}`, import.meta.url));
    const base = outDir('analysis');
    report([example('sample-survey.csv')], analyseFiles([example('sample-survey.csv')], { ...common, out: `${base}/demo` }));
    const schools = ['oak-primary.csv', 'ash-academy.csv', 'elm-special.csv'].map((f) => example(`template-survey/${f}`));
    const template = loadTemplate(example('template-survey/senco-workload-wellbeing.template.json'));
    console.log('');
    report(schools, analyseFiles(schools, { ...common, template, out: `${base}/demo-template` }));
    return;
  }
  if (command !== 'analyse' && command !== 'analyze') throw new UserError(`Unknown command "${command}": use "analyse" or "demo".`);
  if (positionals.length === 0) throw new UserError('Give the CSV file to analyse, for example: npm run analyse -- responses.csv');
  const template = values.template
    ? loadTemplate(builtInTemplate(values.template) ? values.template : resolve(here, values.template))
    : undefined;
  const compare = values.compare?.map((p) => resolve(here, p));
  report(positionals, analyseFiles(positionals, { ...common, template, out: outDir('analysis'), ...(compare ? { compare } : {}) }));
}

function report(inputs: string[], { analysis, files }: ReturnType<typeof analyseFiles>): void {
  const here = process.env.INIT_CWD ?? process.cwd();
  const shown = (f: string) => relative(here, f) || f;
  const html = shown(files.find((f) => f.endsWith('report.html'))!);
  const from = inputs.map(shown).join(', ');
  console.log(
    `Analysed ${analysis.respondents} responses from ${from}${analysis.template ? ` with the template "${analysis.template.title}"` : ''}.`,
  );
  for (const f of analysis.findings.slice(0, 3)) console.log(`  • ${f.text}`);
  console.log(`Report: ${html}  (open it in a browser)`);
  console.log(
    `Also:   ${files
      .filter((f) => !f.endsWith('report.html'))
      .map(shown)
      .join(', ')}`,
  );
}

try {
  run(process.argv.slice(2));
} catch (err) {
  if (err instanceof UserError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `SENCO Time stopped on an internal error: ${(err as Error)?.message ?? err}. Please report it with the command you ran.\n`,
    );
    if (process.env.SENCO_DEBUG) process.stderr.write(`${String((err as Error)?.stack)}\n`);
    process.exitCode = 1;
  }
}
