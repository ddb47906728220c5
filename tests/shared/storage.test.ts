import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const {
  StorageError,
  deleteAllData,
  flushSettingsFallback,
  loadNotices,
  loadSettingsRecovering,
  loadStatsRecovering,
  loadTemplatesRecovering,
  readSettings,
  saveSettingsPatch,
  saveTemplates,
  updateTemplates,
} = await import('../../src/shared/storage');
const { createSettingsEditor } = await import('../../src/ui/stores/settings-editor');
const { DEFAULT_SETTINGS, SETTINGS_VERSION } = await import('../../src/shared/settings');

const { sync, local } = fakeBrowser.storage;

const template = (id: string, text = 'Thanks {firstName}!') => ({
  id,
  intent: 'listen' as const,
  lang: 'en' as const,
  text,
});
const many = (count: number) => Array.from({ length: count }, (_, i) => template(`t${i}`));

describe('settings', () => {
  beforeEach(() => resetFakeBrowser());

  it('settings that are not an object are kept aside; defaults and a notice', async () => {
    sync.data.settings = 'not an object';
    expect(await loadSettingsRecovering()).toEqual(DEFAULT_SETTINGS);
    expect(sync.data.settings).toEqual(DEFAULT_SETTINGS);
    expect(local.data.quarantine).toMatchObject([{ key: 'settings', value: 'not an object' }]);
    expect((await loadNotices()).map((n) => n.id)).toEqual(['corrupt-settings']);
  });

  it('one unreadable field (a 150-character name) costs that field only', async () => {
    sync.data.settings = {
      ...DEFAULT_SETTINGS,
      strictness: 'strict',
      aboutMe: { ...DEFAULT_SETTINGS.aboutMe, workMode: 'alone', role: 'Roofer', name: 'J'.repeat(150) },
    };
    const settings = await loadSettingsRecovering();
    expect(settings).toMatchObject({
      strictness: 'strict',
      aboutMe: { workMode: 'alone', role: 'Roofer', name: '' },
    });
    expect(sync.data.settings).toEqual(settings);
    expect(local.data.quarantine).toMatchObject([
      { key: 'settings', problem: expect.stringMatching(/aboutMe\.name/) },
    ]);
  });

  it('refuses to write what it could not read back (a 150-character name), and writes nothing', async () => {
    await expect(saveSettingsPatch({ aboutMe: { name: 'J'.repeat(150) } })).rejects.toMatchObject({
      userMessage: { en: expect.stringMatching(/at most 100 characters.*Nothing was changed/) },
    });
    expect(sync.writes).toEqual([]);
  });

  it('migrates unversioned settings instead of throwing them away', async () => {
    sync.data.settings = { strictness: 'strict', aboutMe: { workMode: 'alone' } };
    const settings = await loadSettingsRecovering();
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      strictness: 'strict',
      aboutMe: { workMode: 'alone', name: '' },
    });
    expect(await loadNotices()).toEqual([]);
  });

  it('upgrades version-1 settings (before list marks) without a notice: list marks on, every choice kept', async () => {
    const { listMarks: _added, ...before } = { ...DEFAULT_SETTINGS, version: 1, pageMarks: true };
    sync.data.settings = { ...before, strictness: 'strict', aboutMe: { ...before.aboutMe, name: 'Ada' } };
    expect(await loadSettingsRecovering()).toMatchObject({
      version: SETTINGS_VERSION,
      pageMarks: true,
      listMarks: true,
      strictness: 'strict',
      aboutMe: { name: 'Ada' },
    });
    expect(await loadNotices()).toEqual([]);
  });

  it('upgrades version-2 settings (before the indicator setting) without a notice: the indicator on, every choice kept', async () => {
    const { draftIndicator: _added, ...before } = { ...DEFAULT_SETTINGS, version: 2, listMarks: false };
    sync.data.settings = { ...before, pageMarks: true, uiLanguage: 'nl' };
    expect(await loadSettingsRecovering()).toMatchObject({
      version: SETTINGS_VERSION,
      draftIndicator: true,
      pageMarks: true,
      listMarks: false,
      uiLanguage: 'nl',
    });
    expect(await loadNotices()).toEqual([]);
  });

  it('reads settings of a newer Selge as far as it knows them, and writes only the fields it changes', async () => {
    const newer = {
      version: SETTINGS_VERSION + 1,
      uiLanguage: 'nl',
      strictness: 'strict',
      pageMarks: true,
      statsOwnDrafts: false,
      replyTone: 'warm',
      aboutMe: {
        workMode: 'alone',
        role: 'Baker',
        sector: '',
        description: '',
        name: 'Ada',
        pronouns: 'she',
      },
    };
    sync.data.settings = structuredClone(newer);
    expect(await loadSettingsRecovering()).toMatchObject({
      uiLanguage: 'nl',
      strictness: 'strict',
      aboutMe: { name: 'Ada' },
    });
    expect(sync.writes).toEqual([]);
    expect(await loadNotices()).toEqual([]);

    await saveSettingsPatch({ strictness: 'relaxed', aboutMe: { role: 'Chef' } });
    expect(sync.data.settings).toEqual({
      ...newer,
      strictness: 'relaxed',
      aboutMe: { ...newer.aboutMe, role: 'Chef' },
    });
  });

  it('a change to one field keeps another tab’s change to another field', async () => {
    sync.data.settings = { ...DEFAULT_SETTINGS, aboutMe: { ...DEFAULT_SETTINGS.aboutMe, name: 'Ada' } };
    await saveSettingsPatch({ strictness: 'strict' });
    expect(sync.data.settings).toMatchObject({ strictness: 'strict', aboutMe: { name: 'Ada' } });
  });

  it('settings sync refused are kept on this device, read back, and synced on the next try', async () => {
    sync.failNextSet = new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    const result = await saveSettingsPatch({ strictness: 'strict', aboutMe: { name: 'Ada' } });
    expect(result).toMatchObject({
      synced: false,
      reason: { en: expect.stringContaining('saved on this device') },
    });
    expect(sync.data.settings).toBeUndefined();
    expect(await readSettings()).toMatchObject({ strictness: 'strict', aboutMe: { name: 'Ada' } });
    expect(await loadSettingsRecovering()).toMatchObject({ strictness: 'strict', aboutMe: { name: 'Ada' } });

    expect(await flushSettingsFallback()).toBe(true);
    expect(sync.data.settings).toMatchObject({ strictness: 'strict', aboutMe: { name: 'Ada' } });
    expect(local.data.settingsFallback).toBeUndefined();
    expect(await readSettings()).toMatchObject({ strictness: 'strict', aboutMe: { name: 'Ada' } });
  });

  describe('the options page editor', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('typing a sentence costs one sync write, and what was typed is written without leaving the field', async () => {
      const shown: string[] = [];
      const editor = createSettingsEditor(DEFAULT_SETTINGS, {
        show: (settings) => shown.push(settings.aboutMe.description),
        saved: () => undefined,
        failed: (error) => {
          throw error;
        },
      });
      const sentence = 'I build dormer windows for a living.';
      for (let i = 1; i <= sentence.length; i++) {
        editor.edit({ aboutMe: { description: sentence.slice(0, i) } });
        await vi.advanceTimersByTimeAsync(60);
      }
      expect(shown.at(-1)).toBe(sentence);
      await vi.advanceTimersByTimeAsync(1000);
      expect(sync.writes).toHaveLength(1);
      expect(sync.data.settings).toMatchObject({ aboutMe: { description: sentence } });
      editor.dispose();
    });

    it('retries a refused sync a minute later while the page is open', async () => {
      const editor = createSettingsEditor(DEFAULT_SETTINGS, {
        show: () => undefined,
        saved: () => undefined,
        failed: () => undefined,
      });
      sync.failNextSet = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE');
      editor.edit({ strictness: 'strict' });
      await editor.flush();
      expect(local.data.settingsFallback).toBeDefined();
      await vi.advanceTimersByTimeAsync(61_000);
      expect(sync.data.settings).toMatchObject({ strictness: 'strict' });
      expect(local.data.settingsFallback).toBeUndefined();
      editor.dispose();
    });

    it('hands what it has not written yet to the background when the page closes, once', async () => {
      const handed: unknown[] = [];
      const hooks = { show: () => undefined, saved: () => undefined, failed: () => undefined };
      const editor = createSettingsEditor(DEFAULT_SETTINGS, hooks, 400, (patch) => handed.push(patch));
      editor.edit({ aboutMe: { name: 'Ada' } });
      editor.edit({ strictness: 'strict' });
      editor.handOff();
      await vi.advanceTimersByTimeAsync(1000);
      expect(handed).toEqual([{ aboutMe: { name: 'Ada' }, strictness: 'strict' }]);
      expect(sync.writes).toHaveLength(0);
      editor.handOff();
      expect(handed).toHaveLength(1);
      editor.dispose();
    });

    it('a hidden page writes its unwritten edits itself, the write started before anything awaits (issue 19)', async () => {
      sync.data.settings = { ...DEFAULT_SETTINGS, uiLanguage: 'nl' };
      const handed: unknown[] = [];
      const hooks = { show: () => undefined, saved: () => undefined, failed: () => undefined };
      const editor = createSettingsEditor(DEFAULT_SETTINGS, hooks, 400, (patch) => handed.push(patch));
      await editor.refresh(await loadSettingsRecovering());
      const before = sync.writes.length;
      editor.edit({ aboutMe: { name: 'Ada' } });
      editor.writeNow();
      // Synchronously: a closing page gets no further turn of the event loop.
      expect(sync.writes.length).toBe(before + 1);
      editor.handOff();
      editor.writeNow();
      await vi.advanceTimersByTimeAsync(1000);
      expect(handed).toEqual([]);
      expect(sync.writes.length).toBe(before + 1);
      expect(sync.data.settings).toMatchObject({ uiLanguage: 'nl', aboutMe: { name: 'Ada' } });
      editor.dispose();
    });

    it('a hidden page that has not read the stored settings yet hands its edits off instead', async () => {
      const handed: unknown[] = [];
      const hooks = { show: () => undefined, saved: () => undefined, failed: () => undefined };
      const editor = createSettingsEditor(
        DEFAULT_SETTINGS,
        hooks,
        400,
        (patch) => handed.push(patch),
        () => null,
      );
      editor.edit({ strictness: 'strict' });
      editor.writeNow();
      expect(handed).toEqual([{ strictness: 'strict' }]);
      editor.dispose();
    });
  });
});

describe('templates', () => {
  beforeEach(() => resetFakeBrowser());

  it('shows templates a newer Selge synced, and never writes this version over them', async () => {
    const newer = {
      version: SETTINGS_VERSION + 1,
      items: [{ ...template('a', 'Hoi {firstName}, dank je!'), lang: 'nl', tags: ['warm'] }],
    };
    sync.data.templates = structuredClone(newer);
    // A second browser of the same user: nothing on this device yet.
    const shown = await loadTemplatesRecovering();
    expect(shown.items.map((item) => item.text)).toEqual(['Hoi {firstName}, dank je!']);
    expect(local.data.templates).toEqual(newer);
    expect(await loadNotices()).toEqual([]);
    expect(local.data.quarantine).toBeUndefined();

    await expect(
      updateTemplates(shown, (latest) => ({ ...latest, items: [...latest.items, template('b')] })),
    ).rejects.toMatchObject({
      userMessage: { en: expect.stringMatching(/newer Selge.*Nothing was changed/) },
    });
    await expect(saveTemplates({ version: 1, items: [] })).rejects.toBeInstanceOf(StorageError);
    expect(sync.data.templates).toEqual(newer);
    expect(local.data.templates).toEqual(newer);
  });

  it('refuses a 501st template with a clear message; nothing changes, nothing is quarantined', async () => {
    await saveTemplates({ version: 1, items: many(500) });
    const before = structuredClone({ local: local.data, sync: sync.data });
    const error = await updateTemplates({ version: 1, items: many(500) }, (latest) => ({
      ...latest,
      items: [...latest.items, template('one-more')],
    })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as InstanceType<typeof StorageError>).userMessage.en).toBe(
      'Selge keeps at most 500 templates; this change would make 501. Nothing was changed.',
    );
    expect({ local: local.data, sync: sync.data }).toEqual(before);
    expect((await loadTemplatesRecovering()).items).toHaveLength(500);
    expect(local.data.quarantine).toBeUndefined();
  });

  it('a failed template write (quota exceeded) throws a clear message and loses nothing', async () => {
    await saveTemplates({ version: 1, items: [template('a')] });
    local.failNextSet = new Error('QUOTA_BYTES quota exceeded');
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
    expect(local.data.templates).toEqual(big);
    expect(sync.data.templates).toBeUndefined();
  });

  it('a concurrent change from another window is kept when this window saves', async () => {
    const loadedHere = { version: 1 as const, items: [template('a')] };
    await saveTemplates(loadedHere);
    await saveTemplates({ version: 1, items: [template('a'), template('b')] });
    const { store, changedElsewhere } = await updateTemplates(loadedHere, (latest) => ({
      ...latest,
      items: [...latest.items, template('c')],
    }));
    expect(changedElsewhere).toBe(true);
    expect(store.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('one unreadable template is kept aside; the readable ones stay, with a notice', async () => {
    local.data.templates = { version: 1, items: [template('a'), { id: 1 }, template('b'), template('a')] };
    expect(await loadTemplatesRecovering()).toEqual({ version: 1, items: [template('a'), template('b')] });
    expect(local.data.templates).toEqual({ version: 1, items: [template('a'), template('b')] });
    expect(local.data.quarantine).toMatchObject([{ key: 'templates' }]);
    expect((await loadNotices()).map((n) => n.id)).toEqual(['corrupt-templates']);
  });

  it('a 6 MB unreadable value is kept aside as a bounded excerpt', async () => {
    local.data.templates = { version: 1, items: 'x'.repeat(6_000_000) };
    expect(await loadTemplatesRecovering()).toEqual({ version: 1, items: [] });
    const quarantine = local.data.quarantine as { bytes: number; excerpt: string; value?: unknown }[];
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]!.bytes).toBeGreaterThan(6_000_000);
    expect(quarantine[0]!.value).toBeUndefined();
    expect(JSON.stringify(quarantine).length).toBeLessThan(10_000);
  });
});

describe('every stored key', () => {
  beforeEach(() => resetFakeBrowser());

  const garbage: unknown[] = [
    null,
    0,
    'text',
    [],
    [null, 1, 'x', { id: 'corrupt-templates' }],
    {},
    { version: 99 },
    { version: 1, weeks: null, items: null, patch: null },
    { version: 1, weeks: { '2026-W01': null, '2026-W02': 7 }, items: [{}], patch: { strictness: 'extreme' } },
  ];
  const keys: ['sync' | 'local', string][] = [
    ['sync', 'settings'],
    ['sync', 'templates'],
    ['local', 'templates'],
    ['local', 'settingsFallback'],
    ['local', 'stats'],
    ['local', 'statsSecret'],
    ['local', 'notices'],
    ['local', 'quarantine'],
  ];

  it.each(keys)('%s.%s is read with its schema: garbage never breaks a reader', async (area, key) => {
    for (const value of garbage) {
      resetFakeBrowser();
      fakeBrowser.storage[area].data[key] = structuredClone(value);
      expect(await loadSettingsRecovering()).toMatchObject({ version: SETTINGS_VERSION });
      expect(await readSettings()).toMatchObject({ version: SETTINGS_VERSION });
      expect(Array.isArray((await loadTemplatesRecovering()).items)).toBe(true);
      const stats = await loadStatsRecovering();
      expect(Object.values(stats.weeks).every((week) => typeof week.pitchMessages === 'number')).toBe(true);
      const notices = await loadNotices();
      expect(notices.every((notice) => typeof notice.id === 'string')).toBe(true);
      const save = saveTemplates({ version: 1, items: [template('a')] });
      // Templates of a newer Selge are only shown (see above); every other stored value is written over.
      if (key === 'templates' && (value as { version?: unknown } | null)?.version === 99)
        await expect(save).rejects.toBeInstanceOf(StorageError);
      else await save;
      await saveSettingsPatch({ strictness: 'strict' });
      expect(await readSettings()).toMatchObject({ strictness: 'strict' });
    }
  });

  it('"Delete all my data" empties every area', async () => {
    sync.data.settings = DEFAULT_SETTINGS;
    local.data.stats = { version: 1 };
    fakeBrowser.storage.session.data.picked = 'text';
    await deleteAllData();
    expect([sync.data, local.data, fakeBrowser.storage.session.data]).toEqual([{}, {}, {}]);
  });
});
