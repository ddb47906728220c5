// One place that knows where a system Firefox lives. Tests never download a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const HOW_TO_GET_FIREFOX =
  'No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary (142 or newer).';

/** @returns {string} */
export function findFirefox() {
  const found = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error(HOW_TO_GET_FIREFOX);
  return found;
}
