// Browser figures for `npm run bench`, in the system Chromium and Firefox with the built extension: what
// LinkedIn's tab and Selge's views feel like. tests/e2e/scenarios.ts measures; the time budgets live here, not
// in the e2e tests, which assert behaviour (a time on a shared machine is no test: issue 19).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chromiumDriver,
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
} from '../tests/e2e/harness';
import { firefoxDriver, launchFirefox } from '../tests/e2e/firefox-harness';
import {
  FIXTURE_PAGES,
  HOSTILE_MESSAGES,
  readFixture,
  readLongInbox,
  readLongThread,
  typeInLongThread,
  TYPING_DELAY_MS,
  type Driver,
  type TypingFigures,
} from '../tests/e2e/scenarios';
import { threadWith } from '../tests/e2e/variants';
import { typingPauseWithoutSelge } from './bench-baseline';
import { longThreadHtml } from './bench-content';

const BUDGET_MS = 50;
const met = (ms: number) => (ms < BUDGET_MS ? 'met' : 'NOT met');
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const TYPED = ' Heb je volgende week 15 minuten? Laat maar weten!';

async function figuresFor(driver: Driver, root: string): Promise<{ lines: string[]; typing: TypingFigures }> {
  const lines: string[] = [];
  let longest = { ms: 0, where: '' };
  const firstAnalyses: number[] = [];
  for (const [path, file] of FIXTURE_PAGES) {
    const read = await readFixture(driver, path, file);
    firstAnalyses.push(read.firstAnalysisMs);
    if (read.longestTaskMs > longest.ms)
      longest = { ms: read.longestTaskMs, where: `${file}, ${read.longestTaskLabel}` };
  }
  firstAnalyses.sort((a, b) => a - b);
  lines.push(
    `fixtures: longest Selge task ${ms(longest.ms)} (${longest.where}), budget ${met(longest.ms)}; ` +
      `first analysis median ${ms(firstAnalyses[Math.floor(firstAnalyses.length / 2)] ?? 0)}, ` +
      `slowest ${ms(firstAnalyses.at(-1) ?? 0)}`,
  );
  for (const [label, name, text] of HOSTILE_MESSAGES) {
    const read = await readFixture(driver, `/messaging/thread/bench-hostile/`, {
      html: threadWith(name, text),
    });
    lines.push(
      `hostile message (${label}): longest Selge task ${ms(read.longestTaskMs)} (${read.longestTaskLabel}), budget ${met(read.longestTaskMs)}`,
    );
  }
  const long = await readLongThread(driver, 2000, root);
  lines.push(
    `2,000-message thread: longest Selge task ${ms(long.longestTaskMs)} (${long.longestTaskLabel}), ` +
      `budget ${met(long.longestTaskMs)}; all verdicts in ${ms(long.firstAnalysisMs)} after start, ` +
      `${long.roundTrips} requests to the background, longest round trip ${ms(long.longestRoundTripMs)}`,
  );
  lines.push(
    `  page context for a view: ${kb(long.viewBytes)} in ${ms(long.viewMs)} (latest messages; "show all": ${kb(long.allBytes)} in ${ms(long.allMs)})`,
  );
  const inbox = await readLongInbox(driver, 100);
  lines.push(
    `inbox list of ${inbox.rows} rows: longest Selge task ${ms(inbox.longestTaskMs)} (${inbox.longestTaskLabel}), ` +
      `budget ${met(inbox.longestTaskMs)}; ${inbox.markedRows} of ${inbox.pitchRows} pitch rows marked, ` +
      `${inbox.requests} request(s)`,
  );
  const typing = await typeInLongThread(driver, 800, root, TYPED);
  return { lines, typing };
}

/** The typing line, with the page's longest pause beside the same typing without Selge. */
function typingLine(typing: TypingFigures, withoutSelge: string): string {
  return (
    `typing in an 800-message thread (view open): longest Selge task ${ms(typing.longestTaskMs)}, ` +
    `budget ${met(typing.longestTaskMs)}; longest pause of the page ${ms(typing.longestPauseMs)} (any cause; ` +
    `${withoutSelge} without Selge); view re-requests ${typing.viewRequests}; ` +
    `draft round trip ${ms(typing.roundTripMs)}`
  );
}

async function popupRender(): Promise<string> {
  const session = await launchWithExtension();
  try {
    session.routes.set('/messaging/thread/bench/', 'linkedin/messaging-thread.html');
    const page = await openLinkedIn(session, '/messaging/thread/bench/');
    const tabId = await tabIdOf(session, page);
    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
      await popup.getByRole('heading', { name: /Conversation with/ }).waitFor();
      renders.push(await popup.evaluate(() => performance.now()));
      await popup.close();
    }
    renders.sort((a, b) => a - b);
    return `popup (Chromium): thread verdicts rendered ${ms(renders[2] ?? 0)} after navigation (median of 5)`;
  } finally {
    await session.close();
  }
}

export async function benchBrowser(root: string): Promise<void> {
  for (const target of ['chrome', 'firefox']) {
    if (!existsSync(resolve(root, `dist/${target}/manifest.json`))) {
      console.log(`browser figures: dist/${target} is missing, run \`npm run build\` first`);
      return;
    }
  }
  console.log(`== in the browsers (budget: no Selge task over ${BUDGET_MS} ms on LinkedIn's main thread)`);
  try {
    console.log(await popupRender());
  } catch (error) {
    console.log(`popup: skipped (${(error as Error).message.split('\n')[0]})`);
  }
  const browsers = [
    {
      name: 'Chromium' as const,
      launch: async () => {
        const session = await launchWithExtension();
        return { driver: chromiumDriver(session), close: () => session.close() };
      },
    },
    {
      name: 'Firefox' as const,
      launch: async () => {
        const session = await launchFirefox();
        return { driver: firefoxDriver(session), close: () => session.close() };
      },
    },
  ];
  // One browser at a time (2 cores); the two browsers' figures are printed side by side, line for line.
  const results: { name: string; lines: string[] }[] = [];
  for (const browser of browsers) {
    let running;
    try {
      running = await browser.launch();
      const figures = await figuresFor(running.driver, root);
      await running.close();
      running = undefined;
      // Measured once Selge's browser has closed, so the two do not share the cores.
      const html = longThreadHtml(root, 800);
      const withoutSelge = await typingPauseWithoutSelge(browser.name, html, TYPED, TYPING_DELAY_MS)
        .then(ms)
        .catch((error: Error) => `not measured (${error.message.split('\n')[0]})`);
      results.push({
        name: browser.name,
        lines: [...figures.lines, typingLine(figures.typing, withoutSelge)],
      });
    } catch (error) {
      results.push({ name: browser.name, lines: [`skipped (${(error as Error).message.split('\n')[0]})`] });
    } finally {
      await running?.close();
    }
  }
  const rows = Math.max(...results.map((result) => result.lines.length));
  for (let row = 0; row < rows; row++)
    for (const result of results) {
      const line = result.lines[row];
      if (line) console.log(`${result.name.padEnd(8)} ${line}`);
    }
}
