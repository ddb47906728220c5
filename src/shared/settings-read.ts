/**
 * Reading the settings, apart from the rest of storage.ts: the content script needs only this, and storage.ts
 * brings the schemas of corrections, templates and statistics (and the text folding they use) into LinkedIn's
 * tab with it. Writing stays in storage.ts.
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  applySettingsPatch,
  parseSettings,
  type Settings,
  type SettingsPatch,
} from './settings';

/** Settings changed on this device while sync refused to write (write quota, offline account): not yet synced. */
const SettingsFallbackSchema = v.object({ patch: SettingsPatchSchema, at: v.number() });

export async function readPendingPatch(): Promise<SettingsPatch | null> {
  const raw = (await browser.storage.local.get('settingsFallback')).settingsFallback;
  const parsed = v.safeParse(SettingsFallbackSchema, raw);
  return parsed.success ? parsed.output.patch : null;
}

/**
 * The stored settings as this page last read or wrote them, so a closing page can write its last edits at
 * once, with no read first (see writeSettingsPatchNow in storage.ts). Null until read.
 */
export const lastSeen: { value: { raw: unknown; pending: SettingsPatch | null } | null } = { value: null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Stored settings with the changes that still wait for sync applied over them. */
export async function readEffective(): Promise<{
  raw: unknown;
  pending: SettingsPatch | null;
  settings: Settings;
}> {
  const raw = (await browser.storage.sync.get('settings')).settings;
  const pending = await readPendingPatch();
  lastSeen.value = { raw, pending };
  const withPending = pending ? applySettingsPatch(isRecord(raw) ? raw : DEFAULT_SETTINGS, pending) : raw;
  return { raw, pending, settings: parseSettings(withPending).settings };
}

/** Reads settings without repairing anything (the service worker and the options page do that). */
export async function readSettings(): Promise<Settings> {
  try {
    return (await readEffective()).settings;
  } catch {
    return DEFAULT_SETTINGS;
  }
}
