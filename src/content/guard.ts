import browser from 'webextension-polyfill';
import { message } from '../shared/protocol';
import { hasStopped, stopIfOrphaned } from './lifecycle';

/**
 * Runs Selge code so that nothing it throws reaches LinkedIn's page: errors are reported to the service
 * worker (and kept in the extension's own console), never left uncaught in the page.
 */
export function guard<T>(where: string, run: () => T, fallback: T): T {
  // An orphaned script runs nothing more (lifecycle.ts).
  if (hasStopped()) return fallback;
  try {
    const result = run();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        report(where, error);
        return fallback;
      }) as T;
    }
    return result;
  } catch (error) {
    report(where, error);
    return fallback;
  }
}

export function report(where: string, error: unknown): void {
  // The extension was updated, reloaded or removed: nobody to tell; stop instead.
  if (stopIfOrphaned(error)) return;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  try {
    browser.runtime
      .sendMessage(message('selge:content-error', { message: text.slice(0, 500), where }))
      .catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this page's copy of the script is orphaned; stay silent.
  }
}
