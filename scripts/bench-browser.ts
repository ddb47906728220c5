// Browser figures for `npm run bench`, in the system Chromium with the built extension: popup time to first
// render, and how long the content script takes to answer for a 2,000-message thread.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, openExtensionPage, openLinkedIn, tabIdOf, askTab } from '../tests/e2e/harness';
import type { Diagnostics } from '../src/shared/protocol';
import { longThreadHtml } from './bench-content';

export async function benchBrowser(root: string): Promise<void> {
  if (!existsSync(resolve(root, 'dist/chrome/manifest.json'))) {
    console.log('browser figures: dist/chrome is missing, run `npm run build` first');
    return;
  }
  let session;
  try {
    session = await launchWithExtension();
  } catch (error) {
    console.log(`browser figures: skipped (${(error as Error).message.split('\n')[0]})`);
    return;
  }
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
    console.log(
      `popup: thread verdicts rendered ${Math.round(renders[2] ?? 0)} ms after navigation (median of 5)`,
    );

    session.routes.set('/messaging/thread/bench-long/', { html: longThreadHtml(root, 2000) });
    const long = await openLinkedIn(session, '/messaging/thread/bench-long/');
    const longTab = await tabIdOf(session, long);
    const start = Date.now();
    await askTab(session, longTab, { type: 'selge:get-page-context' });
    const elapsed = Date.now() - start;
    const diagnostics = await askTab<Diagnostics>(session, longTab, { type: 'selge:get-diagnostics' });
    console.log(
      `2,000-message thread (Chromium): read ${Math.round(diagnostics.lastReadMs)} ms + analysed ${Math.round(diagnostics.lastAnalyseMs)} ms in slices; longest task ${diagnostics.longestTaskMs.toFixed(1)} ms (${diagnostics.longestTaskLabel}), tasks over 50 ms: ${diagnostics.tasksOver50ms}; page context answered ${elapsed} ms after load`,
    );
  } finally {
    await session.close();
  }
}
