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
  writeSettingsPatchNow,
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
   * The page is hidden (closed, or another tab shown): edits not yet written (waiting, or on their way) are
   * written now, the storage write started before this returns, since the page may be gone before any
   * promise settles. Where the page cannot write that way, they go to the background in one message.
   */
  writeNow(): void;
  /**
   * The page is closing: what writeNow could not write goes to the background in one message. Call writeNow
   * first: Chrome fires pagehide before the closing page's visibilitychange.
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
  writeAtOnce: (patch: SettingsPatch) => Promise<void> | null = writeSettingsPatchNow,
): SettingsEditor {
  let stored = initial;
  let pending: SettingsPatch = {};
  /** Edits being written: still shown, so a field does not flicker back while sync answers. */
  let inFlight: SettingsPatch = {};
  /** The edits being written were also written at once by writeNow: a hand-off need not send them again. */
  let inFlightWritten = false;
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
      inFlightWritten = false;
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
    writeNow() {
      clearTimeout(timer);
      timer = undefined;
      const unwritten = mergeSettingsPatches(inFlightWritten ? {} : inFlight, pending);
      if (isEmptySettingsPatch(unwritten)) return;
      // Before anything awaits: a page being closed gets no second turn. Without the stopped-worker detour,
      // Chrome lost every such edit when its service worker was stopped (issue 19: 0 of 3 saved).
      const writing = writeAtOnce(unwritten);
      if (writing === null) {
        pending = {};
        handOff(unwritten);
        return;
      }
      // Written, as far as this page goes; if the page stays (another tab shown), show what is stored then.
      pending = {};
      inFlightWritten = !isEmptySettingsPatch(inFlight);
      void writing.then(
        () =>
          readSettings().then((settings) => {
            stored = settings;
            show();
          }),
        hooks.failed,
      );
    },
    handOff() {
      clearTimeout(timer);
      timer = undefined;
      const unwritten = mergeSettingsPatches(inFlightWritten ? {} : inFlight, pending);
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
