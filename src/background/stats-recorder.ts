import { addToStats, base64url, type StatsItem } from '../shared/stats';
import { statsSecret, updateStats } from '../shared/storage';

const encoder = new TextEncoder();

/** HMAC-SHA-256 with this install's secret; 12 bytes are kept (collisions stay negligible at 5,000 items). */
async function fingerprinter(secret: string): Promise<(value: string) => Promise<string>> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return async (value) =>
    base64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value))).slice(0, 12));
}

/** Counts the items a page reported: identities keyed with the secret, then counted within the bounds. */
export function recordStats(items: readonly StatsItem[], now = new Date()): Promise<void> {
  return updateStats(async (stats) => {
    const sign = await fingerprinter(await statsSecret());
    const keyed = await Promise.all(
      items.map(async (item) => ({
        ...item,
        message: await sign(`message|${item.message}`),
        conversation: await sign(`conversation|${item.conversation}`),
      })),
    );
    return addToStats(stats, keyed, now);
  });
}

/** Most items one batch holds; a page reporting more in a second is not a person reading. */
const MAX_PENDING = 1000;

/**
 * Collects reports and writes them once a second: a page that changes forty times a second causes one
 * statistics write, not forty. Items are kept by identity, so a page reported again adds nothing.
 */
export function createStatsBatcher(
  write: (items: StatsItem[]) => Promise<void> = recordStats,
  delayMs = 1000,
): (items: readonly StatsItem[]) => void {
  let pending = new Map<string, StatsItem>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const items = [...pending.values()];
    pending = new Map();
    write(items).catch((error: unknown) => console.warn('Selge could not update statistics', error));
  };
  return (items) => {
    for (const item of items) {
      if (pending.size >= MAX_PENDING) break;
      pending.set(item.message, item);
    }
    if (pending.size > 0 && timer === undefined) timer = setTimeout(flush, delayMs);
  };
}
