// Renders public/icons/icon.svg to the PNG sizes the manifest names, with the system Chromium.
// Run by hand when the icon changes; the PNGs are committed so a build needs no browser.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.mjs';

const svg = await readFile(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
}
await browser.close();
