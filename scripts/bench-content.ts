// Content-script figures for `npm run bench`: bundle size (gzipped) of the built content script.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function benchContentScript(root: string): Promise<void> {
  const manifestPath = resolve(root, 'dist/chrome/manifest.json');
  if (!existsSync(manifestPath)) {
    console.log('content script size: dist/chrome is missing, run `npm run build` first');
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const file = resolve(root, 'dist/chrome', manifest.content_scripts[0].js[0]);
  const code = readFileSync(file);
  console.log(
    `content script size: ${(code.length / 1024).toFixed(1)} KB, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped (target < 30 KB gzipped, polyfill included)`,
  );
}
