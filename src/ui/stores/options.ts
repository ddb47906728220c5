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
  updateLearned,
  updateTemplates,
  type Notice,
  type SaveResult,
  type UserMessage,
} from '../../shared/storage';
import {
  EMPTY_LEARNED,
  mergeLearned,
  settled,
  withTrust,
  withoutCorrection,
  type Correction,
  type Trusted,
} from '../../shared/learned';

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

/** What Selge learned from the user (issue 23), as stored: corrections and trusted people, no text. */
export { exportLearned, importLearnedPart, loadLearnedRecovering as loadLearned } from '../../shared/storage';

/**
 * Removes one correction and exactly its nudge of the wording model: each correction keeps its own nudge and
 * the adjustment is worked out from those left (shared/learned.ts).
 */
export function removeCorrection(key: string): Promise<unknown> {
  return updateLearned((learned) => withoutCorrection(learned, key));
}

export function removeTrusted(key: string): Promise<unknown> {
  return updateLearned((learned) => withTrust(learned, key, false, 0));
}

/** Undo of a removal: the correction as it was (its time and its nudge of the model) back among the others. */
export function restoreCorrection(correction: Correction): Promise<unknown> {
  return updateLearned((learned) => mergeLearned(learned, settled([correction], [])));
}

/** Undo of a removal: trusted again since the day first trusted, in its place in the list. */
export function restoreTrusted(person: Trusted): Promise<unknown> {
  return updateLearned((learned) => mergeLearned(learned, settled([], [person])));
}

/** Forgets every correction, trusted person and the model's adjustment: the shipped verdicts again. */
export function resetLearned(): Promise<unknown> {
  return updateLearned(() => EMPTY_LEARNED);
}
