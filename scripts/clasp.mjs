#!/usr/bin/env node
// Runs the project's own clasp (a devDependency: no global install) after checking .clasp.json, so that a
// missing or wrong project file ends with one sentence saying what to do instead of a clasp stack trace.
//   node scripts/clasp.mjs push | deploy | logs | open | open-sheet | create-template | login
// The project folder is the current one, or SENCO_PROJECT_DIR (the tests point it at a temporary copy).
// docs/deploying.md walks through the whole deployment.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT_DIR = 'dist/apps-script';
const TEMPLATE_TITLE = 'SENCO Time';

/** Each npm script's clasp 3 command line (clasp 3 names: create-deployment, tail-logs, open-script, open-container). */
const COMMANDS = {
  push: ['push', '--force'],
  deploy: ['create-deployment', '--description', 'SENCO Time'],
  logs: ['tail-logs'],
  open: ['open-script'],
  'open-sheet': ['open-container'],
  'create-template': ['create-script', '--type', 'sheets', '--title', TEMPLATE_TITLE, '--rootDir', ROOT_DIR],
  login: ['login'],
};
/** Commands that make .clasp.json or need none. */
const WITHOUT_PROJECT = new Set(['create-template', 'login']);

/** The problem with the project's .clasp.json as one sentence, or null when clasp can use it. */
export function claspProblem(dir) {
  const file = join(dir, '.clasp.json');
  if (!existsSync(file)) {
    return 'Create .clasp.json from .clasp.example.json: copy it, then put your script id in it (Extensions → Apps Script → Project Settings → Script ID), or run npm run template to make a new template spreadsheet.';
  }
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return '.clasp.json is not readable JSON: copy .clasp.example.json again and put your script id in it.';
  }
  if (
    config === null ||
    typeof config !== 'object' ||
    typeof config.scriptId !== 'string' ||
    config.scriptId.trim() === '' ||
    config.scriptId.includes('<')
  ) {
    return '.clasp.json has no script id: put the id from Extensions → Apps Script → Project Settings → Script ID in its "scriptId".';
  }
  if (typeof config.rootDir !== 'string' || normalize(config.rootDir).replace(/[\\/]+$/, '') !== normalize(ROOT_DIR)) {
    return `.clasp.json must have "rootDir": "${ROOT_DIR}", the folder the build writes (it has ${JSON.stringify(config.rootDir ?? null)}).`;
  }
  return null;
}

/** Where the project's clasp is, or null when npm install has not been run. */
function claspBin(dir) {
  const bin = join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');
  return existsSync(bin) ? bin : null;
}

export function main(args, dir = process.env.SENCO_PROJECT_DIR || process.cwd()) {
  const [name, ...extra] = args;
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name ?? ''}": use one of ${Object.keys(COMMANDS).join(', ')}.`);
    return 2;
  }
  if (!WITHOUT_PROJECT.has(name)) {
    const problem = claspProblem(dir);
    if (problem) {
      console.error(problem);
      return 2;
    }
  } else if (name === 'create-template' && existsSync(join(dir, '.clasp.json'))) {
    console.error('.clasp.json already exists: move it away first, since a new template gets its own script id.');
    return 2;
  }
  const bin = claspBin(dir);
  if (!bin) {
    console.error('clasp is not installed in this folder: run npm install first (clasp comes with the project).');
    return 2;
  }
  const run = spawnSync(bin, [...command, ...extra], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
  // clasp create pulls the new project's starter Code.gs into the build folder; pushed beside Code.js it would
  // clash with it, so it goes (the folder holds only build output).
  if (name === 'create-template' && run.status === 0) removeStarterFiles(join(dir, ROOT_DIR));
  return run.status ?? 1;
}

function removeStarterFiles(folder) {
  if (!existsSync(folder)) return;
  for (const file of readdirSync(folder)) if (file.endsWith('.gs')) rmSync(join(folder, file));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exit(main(process.argv.slice(2)));
