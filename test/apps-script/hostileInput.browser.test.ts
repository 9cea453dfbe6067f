// Every dialog fed text that would break out of HTML text, attributes and URLs, as a pasted template or a
// response sheet can supply it (question titles, headers, answers, tab and template names, form URLs). After
// rendering, the mouse moves over every element and Tab walks every control; then no injected script may have
// run (the flag it sets stays unset, no alert opened) and the page may have called only the server functions
// it asks for itself. Each hostile string must appear literally. Screenshots: the printed temp folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../chromium';
import { createEmulator, loadBundle } from '../emulator';
import { DIST, openDialog, type Server } from './dialogPage';
import { canned, expectNothingRan, HOSTILE, provoke, RUN } from './hostileInput';
import { asSeed, sampleSurveyValues } from './sheetValues';

const shots = mkdtempSync(join(tmpdir(), 'senco-hostile-'));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
  browser = await launchChromium();
  console.log(`Hostile-input screenshots: ${shots}`);
});
afterAll(() => browser?.close());

async function open(file: string, server: Server, size: { width: number; height: number }) {
  const page = await openDialog(browser, { file, ...size, server });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs };
}

function hostileWorld() {
  const values = asSeed(sampleSurveyValues());
  const phases = ['Primary', 'Secondary', 'Special', 'All-through', 'Alternative provision'];
  const phaseAnswers = [HOSTILE.imgInText, HOSTILE.textarea, HOSTILE.summary, HOSTILE.script, HOSTILE.entities];
  const header = values[0] as string[];
  [header[2], header[3], header[5], header[13], header[14], header[20], header[21]] = [
    HOSTILE.autofocus,
    HOSTILE.singleQuote,
    HOSTILE.mouseover,
    HOSTILE.summary,
    HOSTILE.textarea,
    'constructor',
    HOSTILE.script,
  ];
  for (const row of values.slice(1)) row[2] = phaseAnswers[phases.indexOf(row[2] as string)];
  const emulator = createEmulator({
    spreadsheet: {
      name: 'Hostile',
      sheets: [
        { name: 'Form responses 1', values },
        { name: HOSTILE.imgInText, values: [['x']] },
      ],
    },
  });
  const app = loadBundle(emulator, join(DIST, 'Code.js'));
  return { emulator, app };
}

describe('the Analysis options sidebar with hostile headers, answers and tab names', { timeout: 180_000 }, () => {
  it('shows them as text, runs none of them, and saves them unchanged', async () => {
    const { emulator, app } = hostileWorld();
    // A saved order for the phase question (so its <details> opens with the hostile answers in the textarea).
    const order = [HOSTILE.imgInText, HOSTILE.textarea, HOSTILE.summary, HOSTILE.script, HOSTILE.entities];
    expect(app.call('saveOptions', { sheetName: 'Form responses 1', scaleOrders: { [HOSTILE.autofocus]: order } })).toMatchObject({
      ok: true,
    });
    const { page, dialogs } = await open('Sidebar.html', (name, args) => app.call(name, ...args), { width: 300, height: 1500 });
    await page.waitForSelector('[data-col]');
    await provoke(page);
    await page.screenshot({ path: join(shots, 'sidebar.png'), fullPage: true });
    await page.locator('#cols').evaluate((cols) => cols.scrollTo(0, 0));
    await page.locator('#cols').screenshot({ path: join(shots, 'sidebar-questions-top.png') });
    await expectNothingRan(page, dialogs, ['getSidebarState']);

    const shown = await page.evaluate(() => ({
      tabs: [...document.querySelectorAll('#sheet option')].map((o) => o.textContent),
      columns: [...document.querySelectorAll<HTMLElement>('#cols label')].map((l) => l.title),
      groups: [...document.querySelectorAll<HTMLElement>('#groups label')].map((l) => l.title),
      summaries: [...document.querySelectorAll('summary')].map((s) => s.textContent),
      orders: [...document.querySelectorAll('textarea')].map((t) => t.value),
    }));
    expect(shown.tabs).toEqual(['Form responses 1', HOSTILE.imgInText]);
    expect(shown.columns).toEqual(
      expect.arrayContaining([
        HOSTILE.autofocus,
        HOSTILE.singleQuote,
        HOSTILE.mouseover,
        HOSTILE.summary,
        HOSTILE.textarea,
        'constructor',
        HOSTILE.script,
      ]),
    );
    expect(shown.groups).toEqual(expect.arrayContaining([HOSTILE.autofocus, 'constructor']));
    expect(shown.summaries).toEqual(expect.arrayContaining([HOSTILE.autofocus, 'constructor']));
    expect(shown.orders).toContain(order.join('\n'));
    // "constructor" has no saved order: its answers are the sheet's (examples/sample-survey.csv; "Prefer not to
    // say" is no answer), not Object.prototype.constructor.
    expect(shown.orders).toContain('No\nYes');

    await page.click('#save');
    await page.waitForFunction(() => /^Saved\./.test(document.getElementById('status')!.textContent ?? ''));
    const saved = JSON.parse(emulator.properties.document(emulator.spreadsheet.getId()).data.get('senco-time.options')!);
    expect(saved.scaleOrders).toEqual({ [HOSTILE.autofocus]: order });
    expect(page.calls.map((c) => c.name)).toEqual(['getSidebarState', 'saveOptions']);

    // Choosing the hostile tab asks for it by its exact name; it holds only a header row.
    await page.selectOption('#sheet', HOSTILE.imgInText);
    await page.waitForSelector('#status.error');
    expect(page.calls[2]).toEqual({ name: 'getSidebarState', args: [HOSTILE.imgInText] });
    expect(await page.locator('#status').textContent()).toBe(
      'There is a header row but no responses yet: analyse again once people have answered.',
    );
    await provoke(page);
    await expectNothingRan(page, dialogs, ['getSidebarState', 'saveOptions', 'getSidebarState']);
    await page.close();
  });

  it('shows a hostile error message as text', async () => {
    const { page, dialogs } = await open(
      'Sidebar.html',
      canned({
        getSidebarState: () => {
          throw new Error(HOSTILE.imgInText);
        },
      }),
      { width: 300, height: 700 },
    );
    await page.waitForSelector('#status.error');
    await provoke(page);
    expect(await page.locator('#status').textContent()).toBe(
      `Something went wrong: ${HOSTILE.imgInText}. Try again, or reload the spreadsheet.`,
    );
    await expectNothingRan(page, dialogs, ['getSidebarState']);
    await page.close();
  });
});

/** A pasted template whose every title is hostile; `high` makes it invalid when given out of range. */
function hostileTemplate(high: number): string {
  return JSON.stringify({
    format: 'senco-time-template',
    formatVersion: 1,
    id: 'hostile',
    title: HOSTILE.imgInText,
    version: '1',
    description: HOSTILE.script,
    sections: [
      {
        title: HOSTILE.summary,
        items: [
          { id: 'a', kind: 'scale', title: HOSTILE.short, low: 1, high },
          { id: 'b', kind: 'choice', title: HOSTILE.textarea, options: [HOSTILE.singleQuote, HOSTILE.entities] },
        ],
      },
    ],
  });
}

describe('New survey from template with hostile template names and URLs', { timeout: 180_000 }, () => {
  it('shows hostile choices and results as text and links only https Google URLs', async () => {
    const editUrl = `https://docs.google.com/forms/d/x" onmouseover="${RUN}/edit`;
    const server = canned({
      getTemplateChoices: () => [
        { id: HOSTILE.autofocus, title: HOSTILE.imgInText, version: HOSTILE.singleQuote, description: HOSTILE.script, questions: 3 },
        { id: 'plain', title: HOSTILE.summary, version: '1', description: HOSTILE.entities, questions: 1 },
      ],
      createSurveyFromTemplate: () => ({
        ok: true,
        title: HOSTILE.script,
        sheetName: HOSTILE.imgInText,
        publishedUrl: HOSTILE.jsUrl,
        editUrl,
      }),
    });
    const { page, dialogs } = await open('NewSurvey.html', server, { width: 560, height: 700 });
    await page.waitForSelector('#choices input');
    await provoke(page);
    expect(await page.locator('#choices label').allTextContents()).toEqual([
      ` ${HOSTILE.imgInText} (version ${HOSTILE.singleQuote}, 3 questions)${HOSTILE.script}`,
      ` ${HOSTILE.summary} (version 1, 1 questions)${HOSTILE.entities}`,
    ]);
    await page.click('#create');
    await page.waitForFunction(() => /Send this link/.test(document.getElementById('status')!.textContent ?? ''));
    await provoke(page);
    await page.screenshot({ path: join(shots, 'new-survey-choices-and-links.png'), fullPage: true });
    await expectNothingRan(page, dialogs, ['getTemplateChoices', 'createSurveyFromTemplate']);
    // The first (pre-ticked) choice's id went to the server exactly as the server gave it.
    expect(page.calls[1].args).toEqual([{ builtIn: HOSTILE.autofocus }]);
    expect(await page.locator('#status').textContent()).toBe(
      `Made “${HOSTILE.script}”. Responses will arrive in the tab “${HOSTILE.imgInText}”.Send this link to SENCOs: ${HOSTILE.jsUrl}Edit the form: ${editUrl}`,
    );
    // Only the https docs.google.com URL is a link (its quotes percent-encoded by URL parsing); javascript: is text.
    expect(await page.locator('#status a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual([
      new URL(editUrl).href,
    ]);
    await page.close();
  });

  it("builds a pasted template with hostile titles through the bundle, and lists a bad one's problems as text", async () => {
    const { emulator, app } = hostileWorld();
    const { page, dialogs } = await open('NewSurvey.html', (name, args) => app.call(name, ...args), { width: 560, height: 700 });
    await page.waitForSelector('#choices input');
    await page.fill('#json', hostileTemplate(12));
    await page.click('#create');
    await page.waitForSelector('#status li');
    await provoke(page);
    // The problem names the item by its title (shared/templates/validateTemplate): shown literally.
    expect(await page.locator('#status li').allTextContents()).toEqual([
      `Item 1 ("${HOSTILE.short}"): a scale needs an upper bound from 3 to 10.`,
    ]);
    await page.screenshot({ path: join(shots, 'new-survey-problems.png'), fullPage: true });

    await page.fill('#json', hostileTemplate(5));
    await page.click('#create');
    await page.waitForFunction(() => /Send this link/.test(document.getElementById('status')!.textContent ?? ''));
    await provoke(page);
    expect(await page.locator('#status').textContent()).toMatch(
      new RegExp(`^Made “${HOSTILE.imgInText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”\\.`),
    );
    expect(emulator.forms.size).toBe(1);
    await page.screenshot({ path: join(shots, 'new-survey-made.png'), fullPage: true });
    await expectNothingRan(page, dialogs, ['getTemplateChoices', 'createSurveyFromTemplate', 'createSurveyFromTemplate']);
    await page.close();
  });
});

describe('Clip settings with a hostile URL and token', { timeout: 180_000 }, () => {
  it('puts them in the boxes as text and runs nothing', async () => {
    const server = canned({ getClipSettings: () => ({ url: HOSTILE.jsUrl, token: HOSTILE.imgInText, code: HOSTILE.imgInText }) });
    const { page, dialogs } = await open('ClipSettings.html', server, { width: 520, height: 520 });
    await page.waitForFunction(() => (document.getElementById('token') as HTMLInputElement).value.length > 1);
    await provoke(page);
    expect(await page.locator('#url').inputValue()).toBe(HOSTILE.jsUrl);
    expect(await page.locator('#token').inputValue()).toBe(HOSTILE.imgInText);
    expect(await page.locator('#code').inputValue()).toBe(HOSTILE.imgInText);
    await page.screenshot({ path: join(shots, 'clip-settings.png'), fullPage: true });
    await expectNothingRan(page, dialogs, ['getClipSettings']);
    await page.close();
  });
});

describe('Export template with hostile titles', { timeout: 180_000 }, () => {
  it('shows the template made from a hostile pasted one, through the bundle', async () => {
    const { emulator, app } = hostileWorld();
    expect(app.call('createSurveyFromTemplate', { json: hostileTemplate(5) })).toMatchObject({ ok: true });
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Form responses 2')!);
    const { page, dialogs } = await open('ExportTemplate.html', (name, args) => app.call(name, ...args), { width: 560, height: 560 });
    await page.waitForFunction(() => (document.getElementById('json') as HTMLTextAreaElement).value.length > 100);
    await provoke(page);
    expect(await page.locator('#intro').textContent()).toMatch(/^The template behind “Form responses 2”: “"><img src=x onerror=/);
    expect(JSON.parse(await page.locator('#json').inputValue()).sections[0].items[1].title).toBe(HOSTILE.textarea);
    await page.screenshot({ path: join(shots, 'export-template.png'), fullPage: true });
    await expectNothingRan(page, dialogs, ['getTemplateForExport']);
    await page.close();
  });

  it('shows hostile names, JSON and messages as text', async () => {
    const cases: [string, Server, string][] = [
      [
        'a result',
        canned({ getTemplateForExport: () => ({ ok: true, json: HOSTILE.textarea, title: HOSTILE.script, sheetName: HOSTILE.imgInText }) }),
        `The template behind “${HOSTILE.imgInText}”: “${HOSTILE.script}”. Send this`,
      ],
      ['a refusal', canned({ getTemplateForExport: () => ({ ok: false, message: HOSTILE.summary }) }), HOSTILE.summary],
      [
        'a failure',
        canned({
          getTemplateForExport: () => {
            throw new Error(HOSTILE.autofocus);
          },
        }),
        `Something went wrong: ${HOSTILE.autofocus}`,
      ],
    ];
    for (const [what, server, text] of cases) {
      const { page, dialogs } = await open('ExportTemplate.html', server, { width: 560, height: 560 });
      await page.waitForFunction(
        () => document.getElementById('status')!.textContent || (document.getElementById('json') as HTMLTextAreaElement).value,
      );
      await provoke(page);
      expect(await page.evaluate(() => document.body.textContent), what).toContain(text);
      if (what === 'a result') expect(await page.locator('#json').inputValue()).toBe(HOSTILE.textarea);
      await page.screenshot({ path: join(shots, `export-template-${what.replace(' ', '-')}.png`), fullPage: true });
      await expectNothingRan(page, dialogs, ['getTemplateForExport']);
      await page.close();
    }
  });
});
