// `npm start`: opens a browser with the freshly built extension loaded, for a person at a desktop.
// `npm start -- --firefox` uses Firefox instead of Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';
import { findFirefox } from './firefox-path.mjs';

const firefox = process.argv.includes('--firefox');

// A browser window needs a screen: over SSH or in a container there is none, and the browser would fail
// with a message about Ozone or GTK that does not say why (issue 21, item 7). Say it, and what to do instead.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    [
      'npm start opens a browser window, and this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).',
      'Run it from a desktop session, or with a virtual display: xvfb-run npm start',
      'The extension is built: load dist/chrome in chrome://extensions (Developer mode, Load unpacked)',
      'or dist/firefox/manifest.json in about:debugging. The tests need no display: npm test.',
    ].join('\n'),
  );
  process.exit(1);
}
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
