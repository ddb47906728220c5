/**
 * Everything Selge stores, in one place. Settings live in storage.sync (they follow the user across
 * browsers); templates live in storage.local and are mirrored to sync when they fit; statistics and notices
 * stay on this device. Unreadable data is kept aside ("quarantine") and the extension starts on defaults,
 * with a notice the options page shows.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { EMPTY_TEMPLATE_STORE, parseTemplateStore, type TemplateStore } from './templates-store';

/** storage.sync allows 8,192 bytes per item (Chrome and Firefox). */
export const SYNC_ITEM_LIMIT = 8192;

export interface Notice {
  id: string;
  at: number;
  /** Shown to the user as is. */
  text: { en: string; nl: string };
}

export class StorageError extends Error {
  constructor(
    message: string,
    readonly userMessage: { en: string; nl: string },
  ) {
    super(message);
  }
}

function bytesOf(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

async function addNotice(notice: Omit<Notice, 'at'>): Promise<void> {
  const stored = await browser.storage.local.get('notices');
  const notices = Array.isArray(stored.notices) ? (stored.notices as Notice[]) : [];
  await browser.storage.local.set({
    notices: [...notices.filter((n) => n.id !== notice.id), { ...notice, at: Date.now() }].slice(-20),
  });
}

async function quarantine(key: string, value: unknown, problem: string): Promise<void> {
  const stored = await browser.storage.local.get('quarantine');
  const kept = Array.isArray(stored.quarantine) ? stored.quarantine : [];
  await browser.storage.local.set({
    quarantine: [...kept, { key, value, problem, at: Date.now() }].slice(-10),
  });
}

/** Reads settings without repairing anything (the service worker and the options page do that). */
export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings((await browser.storage.sync.get('settings')).settings).settings;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function loadNotices(): Promise<Notice[]> {
  const stored = await browser.storage.local.get('notices');
  return Array.isArray(stored.notices) ? (stored.notices as Notice[]) : [];
}

export async function dismissNotice(id: string): Promise<void> {
  const notices = await loadNotices();
  await browser.storage.local.set({ notices: notices.filter((n) => n.id !== id) });
}

/** Reads settings; corrupt ones are kept aside, replaced by the defaults, and the user is told. */
export async function loadSettingsRecovering(): Promise<Settings> {
  const stored = await browser.storage.sync.get('settings');
  const parsed = parseSettings(stored.settings);
  if (parsed.ok) {
    if (
      stored.settings !== undefined &&
      JSON.stringify(stored.settings) !== JSON.stringify(parsed.settings)
    ) {
      await browser.storage.sync.set({ settings: parsed.settings }); // a migration ran: store the new shape
    }
    return parsed.settings;
  }
  await quarantine('settings', stored.settings, parsed.problem);
  await browser.storage.sync.set({ settings: DEFAULT_SETTINGS });
  await addNotice({
    id: 'corrupt-settings',
    text: {
      en: `Your stored settings could not be read (${parsed.problem}). Selge started with default settings; the old data was kept aside.`,
      nl: `Je opgeslagen instellingen waren onleesbaar (${parsed.problem}). Selge is gestart met de standaardinstellingen; de oude gegevens zijn apart bewaard.`,
    },
  });
  return DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.sync.set({ settings });
  } catch (error) {
    // Sync can refuse (quota, rate limits); the settings must not be lost: keep them on this device.
    await browser.storage.local.set({ settingsFallback: settings });
    throw new StorageError(String(error), {
      en: 'Your settings could not be synced and are kept on this device only for now.',
      nl: 'Je instellingen konden niet gesynchroniseerd worden en zijn voorlopig alleen op dit apparaat bewaard.',
    });
  }
}

/** Reads the user's templates; a corrupt store is kept aside and replaced by an empty one, with a notice. */
export async function loadTemplatesRecovering(): Promise<TemplateStore> {
  const stored = await browser.storage.local.get('templates');
  if (stored.templates === undefined) {
    // A new browser of the same user: adopt the synced set.
    const synced = parseTemplateStore((await browser.storage.sync.get('templates')).templates);
    if (synced.ok && synced.store.items.length > 0) {
      await browser.storage.local.set({ templates: synced.store });
      return synced.store;
    }
  }
  const parsed = parseTemplateStore(stored.templates);
  if (parsed.ok) return parsed.store;
  await quarantine('templates', stored.templates, parsed.problem);
  await browser.storage.local.set({ templates: EMPTY_TEMPLATE_STORE });
  await addNotice({
    id: 'corrupt-templates',
    text: {
      en: `Your stored templates could not be read (${parsed.problem}). They were kept aside; you start with an empty list.`,
      nl: `Je opgeslagen sjablonen waren onleesbaar (${parsed.problem}). Ze zijn apart bewaard; je begint met een lege lijst.`,
    },
  });
  return EMPTY_TEMPLATE_STORE;
}

export type TemplateSaveResult = { synced: true } | { synced: false; reason: { en: string; nl: string } };

/**
 * Saves templates on this device, then mirrors them to sync when they fit. A failed local write throws
 * (nothing is half-written: storage.local.set is atomic); a set too large to sync is kept locally and said.
 */
export async function saveTemplates(store: TemplateStore): Promise<TemplateSaveResult> {
  try {
    await browser.storage.local.set({ templates: store });
  } catch (error) {
    throw new StorageError(String(error), {
      en: 'Your templates could not be saved (the browser refused to write). Nothing was changed.',
      nl: 'Je sjablonen konden niet worden opgeslagen (de browser weigerde te schrijven). Er is niets veranderd.',
    });
  }
  const size = bytesOf(store);
  if (size > SYNC_ITEM_LIMIT) {
    await browser.storage.sync.remove('templates').catch(() => undefined);
    const kb = (size / 1024).toFixed(1);
    return {
      synced: false,
      reason: {
        en: `Your templates (${kb} KB) are larger than the browser syncs (8 KB): they are kept on this device only.`,
        nl: `Je sjablonen (${kb} KB) zijn groter dan de browser synchroniseert (8 KB): ze blijven alleen op dit apparaat.`,
      },
    };
  }
  try {
    await browser.storage.sync.set({ templates: store });
    return { synced: true };
  } catch {
    return {
      synced: false,
      reason: {
        en: 'Syncing is not available right now; your templates are saved on this device.',
        nl: 'Synchroniseren lukt nu niet; je sjablonen zijn op dit apparaat bewaard.',
      },
    };
  }
}

/** "Delete all my data": every key Selge wrote, in every storage area. */
export async function deleteAllData(): Promise<void> {
  await Promise.all([
    browser.storage.sync.clear(),
    browser.storage.local.clear(),
    (browser.storage as unknown as { session?: { clear(): Promise<void> } }).session?.clear() ??
      Promise.resolve(),
  ]);
}
