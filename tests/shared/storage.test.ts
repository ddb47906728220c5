import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const {
  StorageError,
  deleteAllData,
  loadNotices,
  loadSettingsRecovering,
  loadTemplatesRecovering,
  saveSettings,
  saveTemplates,
} = await import('../../src/shared/storage');
const { storeTemplates } = await import('../../src/ui/stores/options');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

const template = (id: string, text = 'Thanks {firstName}!') => ({
  id,
  intent: 'listen' as const,
  lang: 'en' as const,
  text,
});

describe('storage faults', () => {
  beforeEach(() => resetFakeBrowser());

  it('keeps corrupt settings aside, starts on defaults and leaves a notice', async () => {
    fakeBrowser.storage.sync.data.settings = 'not an object';
    expect(await loadSettingsRecovering()).toEqual(DEFAULT_SETTINGS);
    expect(fakeBrowser.storage.sync.data.settings).toEqual(DEFAULT_SETTINGS);
    expect(fakeBrowser.storage.local.data.quarantine).toMatchObject([
      { key: 'settings', value: 'not an object' },
    ]);
    expect((await loadNotices()).map((n) => n.id)).toEqual(['corrupt-settings']);
  });

  it('migrates unversioned settings instead of throwing them away', async () => {
    fakeBrowser.storage.sync.data.settings = { strictness: 'strict', aboutMe: { workMode: 'alone' } };
    const settings = await loadSettingsRecovering();
    expect(settings).toMatchObject({
      version: 1,
      strictness: 'strict',
      aboutMe: { workMode: 'alone', name: '' },
    });
    expect(await loadNotices()).toEqual([]);
  });

  it('a failed template write (quota exceeded) throws a clear message and loses nothing', async () => {
    await saveTemplates({ version: 1, items: [template('a')] });
    fakeBrowser.storage.local.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    await expect(saveTemplates({ version: 1, items: [template('a'), template('b')] })).rejects.toBeInstanceOf(
      StorageError,
    );
    expect(await loadTemplatesRecovering()).toEqual({ version: 1, items: [template('a')] });
  });

  it('a template set too large to sync stays on this device, and says so', async () => {
    const big = {
      version: 1 as const,
      items: Array.from({ length: 10 }, (_, i) => template(`t${i}`, 'x'.repeat(1500))),
    };
    const result = await saveTemplates(big);
    expect(result).toMatchObject({
      synced: false,
      reason: { en: expect.stringContaining('kept on this device only') },
    });
    expect(fakeBrowser.storage.local.data.templates).toEqual(big);
    expect(fakeBrowser.storage.sync.data.templates).toBeUndefined();
  });

  it('a concurrent change from another window is kept when this window saves', async () => {
    const loadedHere = { version: 1 as const, items: [template('a')] };
    await saveTemplates(loadedHere);
    // Another window adds "b" after this page loaded its copy.
    await saveTemplates({ version: 1, items: [template('a'), template('b')] });
    const { store, changedElsewhere } = await storeTemplates(loadedHere, (latest) => ({
      ...latest,
      items: [...latest.items, template('c')],
    }));
    expect(changedElsewhere).toBe(true);
    expect(store.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('settings that cannot be synced are kept on this device and the user is told', async () => {
    fakeBrowser.storage.sync.failNextSet = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE');
    const changed = { ...DEFAULT_SETTINGS, strictness: 'strict' as const };
    await expect(saveSettings(changed)).rejects.toMatchObject({
      userMessage: { en: expect.stringContaining('kept on this device') },
    });
    expect(fakeBrowser.storage.local.data.settingsFallback).toEqual(changed);
  });

  it('corrupt templates are kept aside and replaced by an empty list, with a notice', async () => {
    fakeBrowser.storage.local.data.templates = { version: 1, items: [{ id: 1 }] };
    expect(await loadTemplatesRecovering()).toEqual({ version: 1, items: [] });
    expect(fakeBrowser.storage.local.data.quarantine).toMatchObject([{ key: 'templates' }]);
    expect((await loadNotices()).map((n) => n.id)).toEqual(['corrupt-templates']);
  });

  it('"Delete all my data" empties every area', async () => {
    fakeBrowser.storage.sync.data.settings = DEFAULT_SETTINGS;
    fakeBrowser.storage.local.data.stats = { version: 1 };
    fakeBrowser.storage.session.data.picked = 'text';
    await deleteAllData();
    expect([
      fakeBrowser.storage.sync.data,
      fakeBrowser.storage.local.data,
      fakeBrowser.storage.session.data,
    ]).toEqual([{}, {}, {}]);
  });
});
