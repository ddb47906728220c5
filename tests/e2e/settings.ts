import type { Locator } from 'playwright-core';
import type { ExtensionSession } from './harness';

/** Changes the stored settings the way the options page would (storage.sync), starting from the defaults. */
export async function setSettings(session: ExtensionSession, patch: Record<string, unknown>): Promise<void> {
  await session.serviceWorker.evaluate(async (changes) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const base = settings ?? {
      version: 2,
      uiLanguage: 'auto',
      strictness: 'normal',
      pageMarks: false,
      listMarks: true,
      aboutMe: { workMode: 'unknown', role: '', sector: '', description: '', name: '' },
      statsOwnDrafts: false,
    };
    await chrome.storage.sync.set({ settings: { ...base, ...changes } });
  }, patch);
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
