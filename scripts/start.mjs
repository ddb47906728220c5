// `npm start`: opens a browser with the freshly built extension loaded, for a person at a desktop.
// `npm start -- --firefox` uses Firefox instead of Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';
import { findFirefox } from './firefox-path.mjs';

const firefox = process.argv.includes('--firefox');
const args = firefox
  ? [
      'web-ext',
      'run',
      '--source-dir',
      'dist/firefox',
      '--target',
      'firefox-desktop',
      '--firefox',
      findFirefox(),
      '--start-url',
      'https://www.linkedin.com/messaging/',
    ]
  : [
      'web-ext',
      'run',
      '--source-dir',
      'dist/chrome',
      '--target',
      'chromium',
      '--chromium-binary',
      findChromium(),
      '--start-url',
      'https://www.linkedin.com/messaging/',
    ];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
