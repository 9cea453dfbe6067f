// Text that breaks out of HTML text, attributes and URLs, and the checks that none of it ran, for
// hostileInput.browser.test.ts.
import { expect } from 'vitest';
import type { DialogPage, Server } from './dialogPage';

// What injected code would do: set a flag, open an alert, and read the tracker token through the server.
export const RUN = 'window.__pwned=1;alert(1);google.script.run.rotateTrackerToken()';
export const HOSTILE = {
  imgInText: `"><img src=x onerror="${RUN}">`,
  mouseover: `Stress" onmouseover="${RUN}" x="`,
  autofocus: `Support" autofocus onfocus="${RUN}" x="`,
  singleQuote: `Valued' onmouseover='${RUN}' x='`,
  script: `<script>${RUN}</script>`,
  textarea: `</textarea><img src=x onerror=${RUN}>`,
  summary: `</summary></details><svg onload=${RUN}>`,
  jsUrl: `javascript:${RUN}`,
  entities: '&lt;b&gt; &amp; &quot; stay as typed',
  // Short enough (under 50 characters) to be quoted whole in a template problem.
  short: '"><img src=x onerror=__pwned=1>',
};

/** Opens every <details>, moves the mouse over every element, then Tabs through and focuses every control. */
export async function provoke(page: DialogPage): Promise<void> {
  for (const summary of await page.$$('details:not([open]) > summary')) await summary.click();
  // hover() scrolls each element into view first (the question list scrolls); hidden ones are skipped.
  for (const handle of await page.$$('body *')) {
    if (await handle.isVisible()) await handle.hover({ force: true, timeout: 1000 });
  }
  const controls = await page.$$('input, select, textarea, button, a[href], summary');
  for (let i = 0; i < controls.length + 2; i++) await page.keyboard.press('Tab');
  // Tab visits one radio button per group: focus each control directly as well.
  for (const control of controls) await control.focus();
  // An injected <img src=x onerror> fires once the load fails: give it time to.
  await page.waitForTimeout(300);
}

/** Nothing injected ran, nothing injected exists, and the page called exactly these server functions. */
export async function expectNothingRan(page: DialogPage, dialogs: string[], expectedCalls: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(page.calls.map((c) => c.name)).toEqual(expectedCalls);
  expect(page.errors).toEqual([]);
  const injected = await page.evaluate(() => ({
    elements: document.querySelectorAll('body img, body svg, body iframe, body object, body embed').length,
    scripts: document.querySelectorAll('body script').length,
    handlers: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on'))),
    links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  }));
  expect(injected.elements).toBe(0);
  expect(injected.scripts).toBe(1); // the dialog's own bundled script
  expect(injected.handlers).toEqual([]);
  for (const href of injected.links) expect(href).toMatch(/^https:\/\/docs\.google\.com\//);
}

/** A server that answers from a table and refuses anything else. */
export function canned(answers: Record<string, (...args: unknown[]) => unknown>): Server {
  return (name, args) => {
    const answer = answers[name];
    if (!answer) throw new Error(`The page called ${name}, which this test did not expect.`);
    return answer(...args);
  };
}
