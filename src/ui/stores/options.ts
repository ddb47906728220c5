import browser from 'webextension-polyfill';
import {
  StorageError,
  deleteAllData,
  dismissNotice,
  loadNotices,
  loadSettingsRecovering,
  loadStatsRecovering,
  loadTemplatesRecovering,
  newerTemplatesFormat,
  updateTemplates,
  type Notice,
  type SaveResult,
  type UserMessage,
} from '../../shared/storage';

export {
  deleteAllData,
  dismissNotice,
  loadNotices,
  loadSettingsRecovering,
  loadStatsRecovering as loadStats,
  loadTemplatesRecovering,
  newerTemplatesFormat,
  StorageError,
  updateTemplates as storeTemplates,
};
export type { Notice, SaveResult, UserMessage };

/** Calls `listener` with the keys that changed in any storage area (another tab, the service worker). */
export function onStorageChange(listener: (keys: string[]) => void): () => void {
  const handler = (changes: Record<string, unknown>) => listener(Object.keys(changes));
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
