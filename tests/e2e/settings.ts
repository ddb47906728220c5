import type { Locator } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { ExtensionSession } from './harness';

/** Changes the stored settings the way the options page would (storage.sync), starting from the defaults. */
export async function setSettings(session: ExtensionSession, patch: Record<string, unknown>): Promise<void> {
  await session.serviceWorker.evaluate(
    async ({ changes, defaults }) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? defaults), ...changes } });
    },
    { changes: patch, defaults: DEFAULT_SETTINGS },
  );
}

/** How many lines of text each element takes on screen (a score that wraps, "+1" over "5", takes two). */
export function lineCounts(locator: Locator): Promise<number[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );
}
