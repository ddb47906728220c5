import browser from 'webextension-polyfill';

/**
 * An update, a reload or an uninstall of Selge leaves this script running in tabs that were open, cut off
 * from the extension: every browser call then throws "Extension context invalidated" (issue 19: 41 uncaught
 * errors in 8 s on a LinkedIn tab). The script notices, undoes what it set up (observers, timers, listeners,
 * marks) and stops without a word; the page is LinkedIn's again until it is reloaded.
 */
const cleanups: (() => void)[] = [];
let stopped = false;

/** False once the extension this script belongs to is gone (Chrome: runtime.id becomes undefined). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function isInvalidatedError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(text);
}

/** Runs `cleanup` when the script stops (it is orphaned). */
export function onStop(cleanup: () => void): void {
  if (stopped) cleanup();
  else cleanups.push(cleanup);
}

export function hasStopped(): boolean {
  return stopped;
}

/** Stops the script if it is orphaned (or `error` says it is): true when it has stopped. Cheap to call often. */
export function stopIfOrphaned(error?: unknown): boolean {
  if (stopped) return true;
  if (extensionAlive() && (error === undefined || !isInvalidatedError(error))) return false;
  stopped = true;
  for (const cleanup of cleanups.splice(0)) {
    try {
      cleanup();
    } catch {
      // Removing a listener from a dead extension API may throw too: go on with the rest.
    }
  }
  return true;
}
