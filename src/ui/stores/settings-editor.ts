import browser from 'webextension-polyfill';
import { message } from '../../shared/protocol';
import {
  applySettingsPatch,
  isEmptySettingsPatch,
  mergeSettingsPatches,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings';
import {
  flushSettingsFallback,
  readSettings,
  saveSettingsPatch,
  type SaveResult,
} from '../../shared/storage';

export interface SettingsEditorHooks {
  /** The settings to show: what is stored, with this page's unsaved edits over it. */
  show(settings: Settings): void;
  saved(result: SaveResult): void;
  failed(error: unknown): void;
}

export interface SettingsEditor {
  edit(patch: SettingsPatch): void;
  /** Writes the edits waiting for the debounce now. */
  flush(): Promise<void>;
  /**
   * The page is closing: edits not yet written (waiting, or on their way) go to the background in one
   * message, and it writes them. A write this page started now would die with it.
   */
  handOff(): void;
  /**
   * Stored settings changed (loaded, another tab, sync from another browser): show them with this page's
   * edits over them. Without `settings`, reads them.
   */
  refresh(settings?: Settings): Promise<void>;
  /** Start over from these stored settings, dropping unsaved edits ("Delete all my data"). */
  reset(settings: Settings): void;
  dispose(): void;
}

/** Sync allows 120 writes a minute; typing writes once it pauses, so a sentence costs a write or two. */
const SETTINGS_WRITE_DELAY_MS = 400;
const SYNC_RETRY_MS = 60_000;

/** Sends settings edits to the background, which writes them (the page may be gone by then). */
function handToBackground(patch: SettingsPatch): void {
  browser.runtime.sendMessage(message('selge:save-settings', { patch })).catch(() => undefined);
}

/**
 * The options page's settings: edits are kept as changed fields, written after a short pause, and written
 * over the latest stored settings field by field. Another tab's changes to other fields are shown and kept.
 */
export function createSettingsEditor(
  initial: Settings,
  hooks: SettingsEditorHooks,
  delayMs = SETTINGS_WRITE_DELAY_MS,
  handOff: (patch: SettingsPatch) => void = handToBackground,
): SettingsEditor {
  let stored = initial;
  let pending: SettingsPatch = {};
  /** Edits being written: still shown, so a field does not flicker back while sync answers. */
  let inFlight: SettingsPatch = {};
  let writing: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const show = () => hooks.show(applySettingsPatch(stored, mergeSettingsPatches(inFlight, pending)));

  const retrySyncLater = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      void flushSettingsFallback().then(
        (done) => (done ? undefined : retrySyncLater()),
        () => retrySyncLater(),
      );
    }, SYNC_RETRY_MS);
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (isEmptySettingsPatch(pending)) return writing;
    const changes = pending;
    pending = {};
    writing = writing.then(async () => {
      inFlight = changes;
      try {
        const result = await saveSettingsPatch(changes);
        stored = result.settings;
        if (!result.synced) retrySyncLater();
        hooks.saved(result);
      } catch (error) {
        stored = await readSettings();
        hooks.failed(error);
      }
      inFlight = {};
      show();
    });
    return writing;
  };

  return {
    edit(patch) {
      pending = mergeSettingsPatches(pending, patch);
      show();
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    handOff() {
      clearTimeout(timer);
      timer = undefined;
      const unwritten = mergeSettingsPatches(inFlight, pending);
      pending = {};
      if (!isEmptySettingsPatch(unwritten)) handOff(unwritten);
    },
    async refresh(settings) {
      stored = settings ?? (await readSettings());
      show();
    },
    reset(settings) {
      clearTimeout(timer);
      pending = {};
      stored = settings;
      show();
    },
    dispose() {
      clearTimeout(timer);
      clearTimeout(retryTimer);
    },
  };
}
