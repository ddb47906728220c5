import browser from 'webextension-polyfill';
import type { Settings } from '../../shared/settings';
import { parseStats, type Stats } from '../../shared/stats';
import {
  StorageError,
  deleteAllData,
  dismissNotice,
  loadNotices,
  loadSettingsRecovering,
  loadTemplatesRecovering,
  saveSettings,
  saveTemplates,
  type Notice,
  type TemplateSaveResult,
} from '../../shared/storage';
import type { TemplateStore } from '../../shared/templates-store';

export {
  deleteAllData,
  dismissNotice,
  loadNotices,
  loadSettingsRecovering,
  loadTemplatesRecovering,
  StorageError,
};
export type { Notice, TemplateSaveResult };

export async function storeSettings(settings: Settings): Promise<void> {
  await saveSettings(settings);
}

/**
 * Saves after a fresh read: if another window changed the templates since this page loaded them, the other
 * window's items are kept and this page's edit applied on top (`changedElsewhere` says so).
 */
export async function storeTemplates(
  loaded: TemplateStore,
  edit: (latest: TemplateStore) => TemplateStore,
): Promise<{ store: TemplateStore; result: TemplateSaveResult; changedElsewhere: boolean }> {
  const latest = await loadTemplatesRecovering();
  const changedElsewhere = JSON.stringify(latest) !== JSON.stringify(loaded);
  const store = edit(latest);
  const result = await saveTemplates(store);
  return { store, result, changedElsewhere };
}

export async function loadStats(): Promise<Stats> {
  const stored = await browser.storage.local.get('stats');
  return parseStats(stored.stats);
}

export function onStorageChange(listener: (keys: string[]) => void): () => void {
  const handler = (changes: Record<string, unknown>) => listener(Object.keys(changes));
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
