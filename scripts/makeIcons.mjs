// Draws the extension's icons (public/icon/{16,32,48,128}.png) from one SVG, in Debian's headless Chromium.
// Run by hand when the design changes: `node scripts/makeIcons.mjs`. The PNGs are committed as source assets.
import { chromium } from 'playwright-core';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#2166ac"/>
  <circle cx="64" cy="64" r="40" fill="none" stroke="#fff" stroke-width="10"/>
  <path d="M64 36 V64 L84 76" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M94 20 l14 0 l0 14" fill="none" stroke="#f4a582" stroke-width="8" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('Wrote public/icon/16.png, 32.png, 48.png, 128.png');
