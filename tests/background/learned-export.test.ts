import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../shared/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

// Issue 23 point 3: corrections and trusted people travel in the settings export (the options page's
// templates file) and come back with its import; a damaged part of them costs nothing else.
const { analyseWithLearning, forgetLearnedState, recordCorrection, recordTrust } =
  await import('../../src/background/learning');
const { StorageError, exportLearned, importLearnedPart } = await import('../../src/shared/storage');
const { parseImportFile, toExportFile } = await import('../../src/shared/templates-store');

const { local } = fakeBrowser.storage;

const PITCH =
  'Hi Bram, I help SaaS founders like you at Brightwave book 20 more demos a month. Do you have 15 minutes this week for a quick call?';
const SIBLING =
  'Hi Lotte, I help SaaS founders like you at Acme Corp book 35 more demos a month. Do you have 15 minutes this week for a quick call?';
const OTHER_PITCH =
  'Quick question: would you be open to a 15 minute call about our recruiting platform? We place senior engineers in 2 weeks.';
const PERSON = 'ACoAATEST0000000000000000000000000000001';
const context = { kind: 'first-message' as const };
const TEMPLATES = {
  version: 1 as const,
  items: [
    { id: 'custom-1', intent: 'listen' as const, lang: 'en' as const, text: 'Tell me more, {firstName}.' },
  ],
};

async function verdictOf(text: string, person?: string) {
  const { verdicts } = await analyseWithLearning({
    items: [{ text, context, ...(person ? { person } : {}) }],
    strictness: 'normal',
  });
  return verdicts[0];
}

/** The settings file as the options page writes it: templates and, beside them, what Selge learned. */
async function exportedFile(): Promise<string> {
  return JSON.stringify(toExportFile(TEMPLATES, await exportLearned()));
}

/** Another browser: nothing stored, nothing remembered by the background. */
function freshBrowser() {
  resetFakeBrowser();
  forgetLearnedState();
}

describe('what Selge learned, in the settings export and import (issue 23)', () => {
  beforeEach(freshBrowser);

  it('round trip: exported, reset, imported, the corrected verdict and the trusted person are back', async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    await recordTrust(PERSON, true);
    const file = await exportedFile();
    for (const word of ['Bram', 'Brightwave', 'founders', PERSON]) expect(file).not.toContain(word);

    freshBrowser();
    expect((await verdictOf(PITCH))?.verdict).toBe('pitch');
    const parsed = parseImportFile(file);
    if (!parsed.ok) throw new Error('the export did not parse');
    expect(parsed.templates).toHaveLength(1);
    expect(await importLearnedPart(parsed.learned)).toEqual({ kind: 'merged', corrections: 1, trusted: 1 });
    forgetLearnedState();
    expect(await verdictOf(PITCH)).toMatchObject({ verdict: 'ok', user: { by: 'message', set: 'ok' } });
    expect(await verdictOf(SIBLING)).toMatchObject({ verdict: 'ok', user: { by: 'template' } });
    expect(await verdictOf(OTHER_PITCH, PERSON)).toMatchObject({ verdict: 'ok', user: { by: 'person' } });
    expect((await verdictOf(OTHER_PITCH))?.verdict).toBe('pitch');
  });

  it("re-importing one's own export says nothing changed and writes nothing", async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    await recordTrust(PERSON, true);
    const parsed = parseImportFile(await exportedFile());
    if (!parsed.ok) throw new Error('the export did not parse');
    const before = JSON.stringify(local.data);
    expect(await importLearnedPart(parsed.learned)).toEqual({ kind: 'unchanged' });
    expect(JSON.stringify(local.data)).toBe(before);
  });

  it('an older export of this device keeps the corrections made since', async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' }, Date.UTC(2026, 11, 1));
    const parsed = parseImportFile(await exportedFile());
    if (!parsed.ok) throw new Error('the export did not parse');
    await recordCorrection({ text: OTHER_PITCH, set: 'ok', was: 'pitch' }, Date.UTC(2026, 11, 2));
    expect(await importLearnedPart(parsed.learned)).toEqual({ kind: 'unchanged' });
    forgetLearnedState();
    expect((await verdictOf(PITCH))?.verdict).toBe('ok');
    expect((await verdictOf(OTHER_PITCH))?.verdict).toBe('ok');
  });

  it("another device's export replaces what was learned here with another secret, and says so", async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    const parsed = parseImportFile(await exportedFile());
    if (!parsed.ok) throw new Error('the export did not parse');
    freshBrowser();
    await recordCorrection({ text: OTHER_PITCH, set: 'ok', was: 'pitch' });
    expect(await importLearnedPart(parsed.learned)).toEqual({ kind: 'replaced', corrections: 1, trusted: 0 });
    forgetLearnedState();
    expect((await verdictOf(PITCH))?.verdict).toBe('ok');
    expect((await verdictOf(OTHER_PITCH))?.verdict).toBe('pitch');
  });

  it('a damaged learned part is refused with words for the person, and the templates and the store here stay', async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    const file = JSON.parse(await exportedFile()) as { learned: { learned: { corrections: unknown[] } } };
    file.learned.learned.corrections.push(['not a key', 'x']);
    const parsed = parseImportFile(JSON.stringify(file));
    // The templates of the file are still read: the learned part is judged on its own.
    if (!parsed.ok) throw new Error('the templates of the file did not parse');
    expect(parsed.templates).toHaveLength(1);
    const before = JSON.stringify(local.data);
    const refused = await importLearnedPart(parsed.learned).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StorageError);
    expect((refused as InstanceType<typeof StorageError>).userMessage.en).toMatch(
      /^The corrections and trusted people in this file cannot be read .*none of them were imported\.$/,
    );
    expect((refused as InstanceType<typeof StorageError>).userMessage.nl).toMatch(/onleesbaar/);
    expect(JSON.stringify(local.data)).toBe(before);
    for (const part of [
      {},
      null,
      'text',
      { format: 'selge-learned', version: 1, secret: 'short', learned: {} },
    ])
      await expect(importLearnedPart(part)).rejects.toBeInstanceOf(StorageError);
    forgetLearnedState();
    expect((await verdictOf(PITCH))?.verdict).toBe('ok');
  });

  it('a settings file without a learned part (templates only, or older) imports as before', () => {
    const parsed = parseImportFile(JSON.stringify(toExportFile(TEMPLATES)));
    expect(parsed).toEqual({ ok: true, templates: TEMPLATES.items });
  });
});
