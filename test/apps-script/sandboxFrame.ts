// A dialog's HTML in Chromium as Sheets shows it: inside an iframe with Google's sandbox keywords, alerts answered
// and recorded, page errors recorded.
import type { Browser, Frame, Page } from 'playwright-core';
import { IFRAME_SANDBOX } from '../emulator/html';

export interface SandboxFrame {
  page: Page;
  frame: Frame;
  alerts: string[];
  errors: string[];
}

export interface SandboxOptions {
  /** The iframe's sandbox attribute: Google's keywords unless a test narrows them. */
  sandbox?: string;
  width?: number;
  height?: number;
}

export async function inSandbox(browser: Browser, content: string, options: SandboxOptions = {}): Promise<SandboxFrame> {
  const { sandbox = IFRAME_SANDBOX, width = 1000, height = 700 } = options;
  const page = await browser.newPage({ viewport: { width, height } });
  const alerts: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(
    `<!doctype html><body style="margin:0"><iframe id="dialog" sandbox="${sandbox}" style="border:0;width:${width}px;height:${height}px"></iframe></body>`,
  );
  await page.locator('#dialog').evaluate(
    (f, html) =>
      new Promise<void>((done) => {
        (f as HTMLIFrameElement).addEventListener('load', () => done(), { once: true });
        (f as HTMLIFrameElement).srcdoc = html;
      }),
    content,
  );
  return { page, frame: page.frames().find((f) => f !== page.mainFrame())!, alerts, errors };
}
