/**
 * Everything Selge stores, in one place, each key read with its schema and written only after the same
 * schema accepted it. Settings live in storage.sync (they follow the user across browsers); templates live in
 * storage.local and are mirrored to sync when they fit; statistics, notices and the statistics secret stay on
 * this device. Unreadable data is kept aside in bounded form ("quarantine"), what can be read is kept, and
 * the options page shows a plain notice.
 *
 * Keys: sync `settings`, `templates`; local `templates`, `settingsFallback`, `stats`, `statsSecret`, `learned`
 * and `learnedSecret` (corrections and trusted people, shared/learned.ts), `notices`, `quarantine`, `trainerDeck` and `trainerDecksSetAside` (ui/stores/deck.ts); session `picked`
 * (background/index.ts).
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { describeIssue } from './schema';
import {
  SettingsPatchSchema,
  applySettingsPatch,
  mergeSettingsPatches,
  parseSettings,
  type Settings,
  type SettingsPatch,
} from './settings';
import {
  EMPTY_LEARNED,
  isEmpty,
  mergeLearned,
  parseLearned,
  serializeLearned,
  type Learned,
} from './learned';
import { lastSeen, readEffective, readPendingPatch } from './settings-read';
import { STATS_VERSION, base64url, parseStats, type Stats } from './stats';
import {
  MAX_TEMPLATES,
  checkTemplateStore,
  newerTemplatesVersion,
  parseTemplateStore,
  type TemplateStore,
} from './templates-store';

/** storage.sync allows 8,192 bytes per item (Chrome and Firefox). */
export const SYNC_ITEM_LIMIT = 8192;

export type UserMessage = { en: string; nl: string };

export class StorageError extends Error {
  constructor(
    message: string,
    readonly userMessage: UserMessage,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function bytesOf(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/**
 * One writer at a time per kind of data, across every tab and the service worker (Web Locks are shared by
 * all pages of the extension's origin). Without a lock, two tabs that read, change and write at the same
 * moment lose one change. Not re-entrant: a task must not ask for the lock it runs under.
 */
export function withLock<T>(
  name: 'settings' | 'templates' | 'stats' | 'trainerDeck' | 'learned',
  task: () => Promise<T>,
): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  // The lock is held until the task's promise settles; `request` resolves with the task's result.
  return locks ? (locks.request(`selge-${name}`, task) as Promise<T>) : task();
}

/** A list stored under one key: the entries the schema accepts, the others left out. */
function readList<T>(raw: unknown, schema: v.GenericSchema<unknown, T>): T[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = v.safeParse(schema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

// Notices: which problem happened, never its wording, so the options page says it in the reader's language.

const NOTICE_IDS = ['corrupt-settings', 'corrupt-templates', 'corrupt-stats', 'corrupt-learned'] as const;
const NoticeSchema = v.object({ id: v.picklist(NOTICE_IDS), at: v.number() });
export type Notice = v.InferOutput<typeof NoticeSchema>;

export async function loadNotices(): Promise<Notice[]> {
  return readList((await browser.storage.local.get('notices')).notices, NoticeSchema);
}

async function addNotice(id: Notice['id']): Promise<void> {
  const notices = (await loadNotices()).filter((notice) => notice.id !== id);
  await browser.storage.local.set({ notices: [...notices, { id, at: Date.now() }] });
}

export async function dismissNotice(id: Notice['id']): Promise<void> {
  const notices = await loadNotices();
  await browser.storage.local.set({ notices: notices.filter((notice) => notice.id !== id) });
}

// Quarantine: a bounded copy of what could not be read, for the user or a developer to look at later.

const QUARANTINE_ENTRIES = 10;
/** A value larger than this is kept as the start of its JSON text: a 6 MB value must not fill the quota. */
const QUARANTINE_VALUE_BYTES = 16_384;
const QUARANTINE_EXCERPT_CHARS = 4096;

const QuarantineEntrySchema = v.object({
  key: v.string(),
  at: v.number(),
  problem: v.string(),
  bytes: v.optional(v.number()),
  value: v.optional(v.unknown()),
  excerpt: v.optional(v.string()),
});

/** Keeps a bounded copy of an unreadable value and leaves a notice. Never throws: recovery must go on. */
async function setAside(key: string, value: unknown, problems: string[], notice: Notice['id']) {
  try {
    const bytes = bytesOf(value);
    // A schema's message quotes the value it received, which can be the whole huge value.
    const problem = problems
      .slice(0, 5)
      .map((line) => line.slice(0, 200))
      .join('; ');
    const entry =
      bytes <= QUARANTINE_VALUE_BYTES
        ? { key, at: Date.now(), problem, bytes, value }
        : {
            key,
            at: Date.now(),
            problem,
            bytes,
            excerpt: (JSON.stringify(value) ?? '').slice(0, QUARANTINE_EXCERPT_CHARS),
          };
    const kept = readList((await browser.storage.local.get('quarantine')).quarantine, QuarantineEntrySchema);
    await browser.storage.local.set({ quarantine: [...kept, entry].slice(-QUARANTINE_ENTRIES) });
  } catch (error) {
    console.warn('Selge could not keep a copy of unreadable data', error);
  }
  try {
    await addNotice(notice);
  } catch (error) {
    console.warn('Selge could not leave a notice', error);
  }
}

// Settings

export { readSettings } from './settings-read';

/**
 * Reads settings; fields that cannot be read are kept aside, replaced by their defaults, and the user is
 * told. Settings of a newer Selge are read as far as understood and left as they are.
 */
export function loadSettingsRecovering(): Promise<Settings> {
  return withLock('settings', async () => {
    const { raw, settings } = await readEffective();
    const parsed = parseSettings(raw);
    if (parsed.newer) return settings;
    if (parsed.problems.length > 0) await setAside('settings', raw, parsed.problems, 'corrupt-settings');
    if (parsed.problems.length > 0 || parsed.migrated) {
      // Store the repaired or upgraded shape; if sync refuses now, the same repair runs next time.
      await browser.storage.sync.set({ settings: parsed.settings }).catch(() => undefined);
    }
    return settings;
  });
}

export type SaveResult = { synced: true } | { synced: false; reason: UserMessage };

const KEPT_ON_DEVICE: UserMessage = {
  en: 'Your settings are saved on this device; syncing them to your other browsers failed for now and will be tried again.',
  nl: 'Je instellingen zijn op dit apparaat bewaard; synchroniseren naar je andere browsers lukte nu niet en wordt later opnieuw geprobeerd.',
};

async function writeSettings(patch: SettingsPatch): Promise<{ settings: Settings } & SaveResult> {
  const { raw, pending } = await readEffective();
  const changes = pending ? mergeSettingsPatches(pending, patch) : patch;
  const parsed = parseSettings(raw);
  // Only the changed fields are written over what is stored: another tab's fields stay, and so does all a
  // newer Selge stored that this one does not know.
  const next = applySettingsPatch(parsed.newer && isRecord(raw) ? raw : parsed.settings, changes);
  const settings = parseSettings(next).settings;
  try {
    await browser.storage.sync.set({ settings: next });
    lastSeen.value = { raw: next, pending };
  } catch (error) {
    try {
      await browser.storage.local.set({ settingsFallback: { patch: changes, at: Date.now() } });
    } catch {
      throw new StorageError(String(error), {
        en: 'Your settings could not be saved (the browser refused to write). Nothing was changed.',
        nl: 'Je instellingen konden niet worden opgeslagen (de browser weigerde te schrijven). Er is niets veranderd.',
      });
    }
    return { settings, synced: false, reason: KEPT_ON_DEVICE };
  }
  if (pending) await browser.storage.local.remove('settingsFallback');
  return { settings, synced: true };
}

/**
 * Writes some fields of the settings. A change the schema refuses throws before anything is written; when
 * sync refuses (its write quota), the change is kept on this device, read back from there, and synced later.
 */
export async function saveSettingsPatch(patch: SettingsPatch): Promise<{ settings: Settings } & SaveResult> {
  const checked = v.safeParse(SettingsPatchSchema, patch);
  if (!checked.success) {
    const problem = describeIssue(checked.issues);
    throw new StorageError(problem, {
      en: `This setting was not saved: ${problem}. Nothing was changed.`,
      nl: `Deze instelling is niet opgeslagen: ${problem}. Er is niets veranderd.`,
    });
  }
  return withLock('settings', () => writeSettings(checked.output));
}

/**
 * A closing page's last edits, written at once: the storage write is started before this returns, over the
 * stored settings this page last saw, with no lock and no read first. A page that is being hidden may be
 * gone before any promise settles (and a message to a stopped service worker dies with it, issue 19), but
 * a write the browser was already asked for is done. Returns null when it cannot write safely that way
 * (nothing read yet, or changes that still wait for sync, which must be merged first): then hand off.
 */
export function writeSettingsPatchNow(patch: SettingsPatch): Promise<void> | null {
  const checked = v.safeParse(SettingsPatchSchema, patch);
  if (!checked.success || lastSeen.value === null || lastSeen.value.pending !== null) return null;
  const { raw } = lastSeen.value;
  const parsed = parseSettings(raw);
  const next = applySettingsPatch(parsed.newer && isRecord(raw) ? raw : parsed.settings, checked.output);
  lastSeen.value = { raw: next, pending: null };
  return browser.storage.sync
    .set({ settings: next })
    .catch(() => browser.storage.local.set({ settingsFallback: { patch: checked.output, at: Date.now() } }));
}

/** Tries again to sync settings kept on this device. True when nothing is left waiting. */
export function flushSettingsFallback(): Promise<boolean> {
  return withLock('settings', async () => {
    if (!(await readPendingPatch())) return true;
    return (await writeSettings({})).synced;
  });
}

// Templates

async function recoverTemplates(): Promise<TemplateStore> {
  const stored = (await browser.storage.local.get('templates')).templates;
  if (stored === undefined) {
    // A new browser of the same user: adopt the synced set (as it is, when a newer Selge wrote it).
    const raw: unknown = (await browser.storage.sync.get('templates')).templates;
    const synced = parseTemplateStore(raw);
    if (synced.store.items.length > 0)
      await browser.storage.local.set({ templates: synced.newer ? raw : synced.store });
    return synced.store;
  }
  const { store, problems } = parseTemplateStore(stored);
  if (problems.length === 0) return store;
  // The readable templates first (this also frees the room a huge corrupt value took), then a bounded copy.
  await browser.storage.local.set({ templates: store }).catch(() => undefined);
  await setAside('templates', stored, problems, 'corrupt-templates');
  return store;
}

/** Reads the user's templates; unreadable ones are kept aside, the readable ones kept, with a notice. */
export function loadTemplatesRecovering(): Promise<TemplateStore> {
  return withLock('templates', async () => {
    try {
      return await recoverTemplates();
    } catch {
      return parseTemplateStore(undefined).store;
    }
  });
}

function refusal(store: TemplateStore, problem: string): StorageError {
  if (store.items.length > MAX_TEMPLATES) {
    const n = store.items.length.toLocaleString('en');
    return new StorageError(problem, {
      en: `Selge keeps at most ${MAX_TEMPLATES} templates; this change would make ${n}. Nothing was changed.`,
      nl: `Selge bewaart hoogstens ${MAX_TEMPLATES} sjablonen; met deze wijziging zouden het er ${n} worden. Er is niets veranderd.`,
    });
  }
  return new StorageError(problem, {
    en: `This change would leave your templates unreadable (${problem}). Nothing was changed.`,
    nl: `Deze wijziging zou je sjablonen onleesbaar maken (${problem}). Er is niets veranderd.`,
  });
}

/** The format of templates a newer Selge stored here or in sync (this one only shows them), or null. */
export async function newerTemplatesFormat(): Promise<number | null> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get('templates'),
    browser.storage.sync.get('templates').catch(() => ({}) as Record<string, unknown>),
  ]);
  return newerTemplatesVersion(local.templates) ?? newerTemplatesVersion(sync.templates);
}

/**
 * A newer Selge (on another device, or before a downgrade) stored the templates: writing this version's set
 * over them would lose what it added, here and on every synced device. They are shown; changes wait for an update.
 */
async function refuseOverNewerTemplates(): Promise<void> {
  const version = await newerTemplatesFormat();
  if (version === null) return;
  throw new StorageError(`templates of version ${version}`, {
    en:
      `Your templates were saved by a newer Selge (format ${version}). This one shows them but does ` +
      `not change them, so nothing is lost on your other devices. Update Selge to edit them. Nothing ` +
      `was changed.`,
    nl:
      `Je sjablonen zijn opgeslagen door een nieuwere Selge (formaat ${version}). Deze toont ze maar ` +
      `verandert ze niet, zodat er op je andere apparaten niets verloren gaat. Werk Selge bij om ze te ` +
      `bewerken. Er is niets veranderd.`,
  });
}

/**
 * Saves templates on this device, then mirrors them to sync when they fit. A set the schema refuses throws
 * before anything is written; so does a failed local write (storage.local.set is atomic). A set too large
 * to sync is kept locally and said.
 */
async function writeTemplates(store: TemplateStore): Promise<SaveResult> {
  const problem = checkTemplateStore(store);
  if (problem) throw refusal(store, problem);
  await refuseOverNewerTemplates();
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

export function saveTemplates(store: TemplateStore): Promise<SaveResult> {
  return withLock('templates', () => writeTemplates(store));
}

/**
 * Applies an edit to the latest stored templates, not to this page's copy: another tab's additions are kept
 * (`changedElsewhere` says there were some), and two tabs saving at once are written one after the other.
 */
export function updateTemplates(
  loaded: TemplateStore,
  edit: (latest: TemplateStore) => TemplateStore,
): Promise<{ store: TemplateStore; result: SaveResult; changedElsewhere: boolean }> {
  return withLock('templates', async () => {
    const latest = await recoverTemplates();
    const changedElsewhere = JSON.stringify(latest) !== JSON.stringify(loaded);
    const store = edit(latest);
    const result = await writeTemplates(store);
    return { store, result, changedElsewhere };
  });
}

// Statistics

async function recoverStats(): Promise<Stats> {
  const raw = (await browser.storage.local.get('stats')).stats;
  const { stats, problems } = parseStats(raw);
  if (problems.length > 0) {
    await browser.storage.local.set({ stats }).catch(() => undefined);
    await setAside('stats', raw, problems, 'corrupt-stats');
  } else if (isRecord(raw) && raw.version !== STATS_VERSION) {
    // Upgraded: the old plain hashes must not stay in storage.
    await browser.storage.local.set({ stats }).catch(() => undefined);
  }
  return stats;
}

export function loadStatsRecovering(): Promise<Stats> {
  return withLock('stats', async () => {
    try {
      return await recoverStats();
    } catch {
      return parseStats(undefined).stats;
    }
  });
}

/** Reads, changes and writes the statistics as one step (null from `change`: nothing to write). */
export function updateStats(change: (stats: Stats) => Promise<Stats | null>): Promise<void> {
  return withLock('stats', async () => {
    const next = await change(await recoverStats());
    if (next) await browser.storage.local.set({ stats: next });
  });
}

const StatsSecretSchema = v.pipe(v.string(), v.regex(/^[\w-]{43}$/));

/**
 * This install's random secret for statistics fingerprints (32 bytes), made on first use. Call it inside
 * `updateStats`, so two writers never make two secrets.
 */
export async function statsSecret(): Promise<string> {
  const stored = v.safeParse(StatsSecretSchema, (await browser.storage.local.get('statsSecret')).statsSecret);
  if (stored.success) return stored.output;
  const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  await browser.storage.local.set({ statsSecret: secret });
  return secret;
}

// What Selge learned from its user (issue 23)

async function recoverLearned(): Promise<Learned> {
  const raw = (await browser.storage.local.get('learned')).learned;
  const { learned, problems } = parseLearned(raw);
  if (problems.length > 0) {
    // Reset first (frees what a huge corrupt value took), then a bounded copy and the notice; nothing else changes.
    await browser.storage.local.set({ learned: serializeLearned(EMPTY_LEARNED) }).catch(() => undefined);
    await setAside('learned', raw, problems, 'corrupt-learned');
  }
  return learned;
}

/** Reads the corrections and trusted people; a store the schema refuses is reset, kept aside, with a notice. */
export function loadLearnedRecovering(): Promise<Learned> {
  return withLock('learned', async () => {
    try {
      return await recoverLearned();
    } catch {
      return EMPTY_LEARNED;
    }
  });
}

/** Reads, changes and writes what Selge learned as one step; resolves with what is stored afterwards. */
export function updateLearned(change: (learned: Learned) => Promise<Learned> | Learned): Promise<Learned> {
  return withLock('learned', async () => {
    const next = await change(await recoverLearned());
    await browser.storage.local.set({ learned: serializeLearned(next) });
    return next;
  });
}

/**
 * The secret the fingerprints and template signatures of corrections are keyed with: made like the statistics
 * secret (32 random bytes, on first use) but its own, so an export of what Selge learned can carry it to
 * another browser without touching the statistics.
 */
export function learnedSecret(): Promise<string> {
  return withLock('learned', async () => {
    const stored = v.safeParse(
      StatsSecretSchema,
      (await browser.storage.local.get('learnedSecret')).learnedSecret,
    );
    if (stored.success) return stored.output;
    const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
    await browser.storage.local.set({ learnedSecret: secret });
    return secret;
  });
}

/** The export of what Selge learned: the store and its secret (without it the fingerprints match nothing). */
export async function exportLearned(): Promise<{
  format: 'selge-learned';
  version: 1;
  secret: string;
  learned: unknown;
}> {
  const secret = await learnedSecret();
  const learned = await loadLearnedRecovering();
  return { format: 'selge-learned', version: 1, secret, learned: serializeLearned(learned) };
}

/** Replaces what Selge learned with an export's; throws (changing nothing) when the file is not one. */
export async function importLearned(file: unknown): Promise<Learned> {
  const record = isRecord(file) ? file : {};
  const secret = v.safeParse(StatsSecretSchema, record.secret);
  const { learned, problems } = parseLearned(record.learned);
  if (
    record.format !== 'selge-learned' ||
    !secret.success ||
    problems.length > 0 ||
    record.learned === undefined
  )
    throw new StorageError(problems[0] ?? 'not an export of what Selge learned', {
      en: 'This file is not an export of what Selge learned from you. Nothing was changed.',
      nl: 'Dit bestand is geen export van wat Selge van je leerde. Er is niets veranderd.',
    });
  await withLock('learned', () =>
    browser.storage.local.set({ learned: serializeLearned(learned), learnedSecret: secret.output }),
  );
  return learned;
}

/** What importing the learned part of a settings export did, for the status line. */
export type LearnedImport =
  { kind: 'unchanged' } | { kind: 'merged' | 'replaced'; corrections: number; trusted: number };

/**
 * Restores the corrections and trusted people of a settings export (its `learned` part, what exportLearned
 * makes). The secret travels with them on purpose: every stored key is an HMAC of the message or profile id
 * with it and every template signature is seeded by it, so without it nothing imported on another device would
 * ever match a message again (and the messages themselves are not kept to key them anew). The file is as
 * private as the secret; the options page says so.
 *
 * With the same secret (one's own export, or one taken from this device before) the file's part is merged like
 * templates: re-importing one's own export changes nothing and says so. With another secret the two cannot be
 * merged (this device's keys would stop matching under the file's secret): the file's replace what was here,
 * and the status says how many. A part the schema refuses throws a StorageError and changes nothing.
 */
export async function importLearnedPart(part: unknown): Promise<LearnedImport> {
  const record = isRecord(part) ? part : {};
  const secret = v.safeParse(StatsSecretSchema, record.secret);
  const { learned: file, problems } = parseLearned(record.learned);
  if (record.format !== 'selge-learned' || !secret.success || problems.length > 0 || record.learned == null)
    throw new StorageError(problems[0] ?? 'not what Selge learned', {
      en: 'The corrections and trusted people in this file cannot be read (the file was changed or is damaged), so none of them were imported.',
      nl: 'De correcties en vertrouwde personen in dit bestand zijn onleesbaar (het bestand is veranderd of beschadigd), dus er is niets van geïmporteerd.',
    });
  return withLock('learned', async () => {
    const here = await recoverLearned();
    const stored = v.safeParse(
      StatsSecretSchema,
      (await browser.storage.local.get('learnedSecret')).learnedSecret,
    );
    const same = stored.success && stored.output === secret.output;
    const next = same ? mergeLearned(here, file) : file;
    const counts = { corrections: file.corrections.length, trusted: file.trusted.length };
    if (same && JSON.stringify(serializeLearned(next)) === JSON.stringify(serializeLearned(here)))
      return { kind: 'unchanged' };
    await browser.storage.local.set({ learned: serializeLearned(next), learnedSecret: secret.output });
    return { kind: same || isEmpty(here) ? 'merged' : 'replaced', ...counts };
  });
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
