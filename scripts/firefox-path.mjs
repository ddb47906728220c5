// One place that knows where a system Firefox lives. Tests never download a browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const HOW_TO_GET_FIREFOX =
  'No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary (142 or newer).';

/** The add-on's strict_min_version (vite.config.ts): an older Firefox refuses to install it. */
const OLDEST_FIREFOX = 142;

/** @returns {number | null} the major version a Firefox binary reports, null when it does not say */
function majorVersionOf(path) {
  try {
    const printed = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    const major = /Firefox\D*(\d+)\./.exec(printed)?.[1];
    return major === undefined ? null : Number(major);
  } catch {
    return null;
  }
}

/** @returns {string} */
export function findFirefox() {
  const found = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error(HOW_TO_GET_FIREFOX);
  const major = majorVersionOf(found);
  // A stale package index installs an older ESR (140) that refuses the add-on with a cryptic protocol error.
  if (major !== null && major < OLDEST_FIREFOX)
    throw new Error(
      `${found} is Firefox ${major}; Selge needs ${OLDEST_FIREFOX} or newer. ` +
        'Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`, or point FIREFOX_PATH at a newer one.',
    );
  return found;
}
