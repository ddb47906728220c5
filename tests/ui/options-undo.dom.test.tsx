import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../shared/fake-browser';
import { button, root } from './dom';

// The options page as it runs, on storage held in memory that tells the page what changed, as browsers do.
const listeners = new Set<(changes: Record<string, unknown>) => void>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      ...fakeBrowser.storage,
      onChanged: {
        addListener: (listener: (changes: Record<string, unknown>) => void) => listeners.add(listener),
        removeListener: (listener: (changes: Record<string, unknown>) => void) => listeners.delete(listener),
      },
    },
    i18n: { getUILanguage: () => 'en-GB' },
    runtime: { sendMessage: async () => undefined, onMessage: { addListener() {}, removeListener() {} } },
  },
}));
for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.sync]) {
  const set = area.set.bind(area);
  area.set = async (items) => {
    await set(items);
    for (const listener of listeners)
      listener(Object.fromEntries(Object.keys(items).map((key) => [key, {}])));
  };
}

const { Options } = await import('../../src/ui/options/Options');
const { OPTION_STRINGS } = await import('../../src/ui/options/strings');
const { recordCorrection, recordTrust } = await import('../../src/background/learning');
const { storeTemplates } = await import('../../src/ui/stores/options');
const { EMPTY_TEMPLATE_STORE } = await import('../../src/shared/templates-store');

const t = OPTION_STRINGS.en;
const TEMPLATES = ['Tell me more, {firstName}.', 'Thanks, {firstName}, not for me.', 'Ha, {firstName}! No.'];

/** Lets the page read storage and draw what it read, with the effects after it. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 60));
const templates = () =>
  [...document.querySelectorAll('[data-template] .message-text')].map((p) => p.textContent);
const status = () => document.querySelector('[data-testid="status"]')?.textContent;
const undo = () => document.querySelector<HTMLButtonElement>('[data-testid="undo"]');
const deleteOf = (text: string) =>
  [...document.querySelectorAll('[data-template]')]
    .find((li) => li.querySelector('.message-text')?.textContent === text)!
    .querySelectorAll('button')[1] as HTMLButtonElement;

beforeEach(async () => {
  resetFakeBrowser();
  await storeTemplates(EMPTY_TEMPLATE_STORE, (store) => ({
    ...store,
    items: TEMPLATES.map((text, index) => ({ id: `custom-${index}`, intent: 'listen', lang: 'en', text })),
  }));
  await recordCorrection({
    text: 'Do you have 15 minutes this week for a quick call about our platform?',
    set: 'ok',
    was: 'pitch',
  });
  await recordTrust('ACoAATEST0000000000000000000000000000001', true);
});

afterEach(() => {
  render(null, root());
  document.body.innerHTML = '';
});

// Undo put back only the latest delete: a template and a trusted person removed in a row, and the first was lost.
describe('each delete on the options page can be undone in turn', () => {
  it('two templates, a correction and a trusted person deleted, and Undo puts each back, newest first', async () => {
    render(<Options />, root());
    await settled();
    expect(templates()).toEqual(TEMPLATES);
    const rows = () => document.querySelectorAll('[data-testid="correction"]').length;
    const people = () => document.querySelectorAll('[data-testid="trusted"] li').length;
    expect([rows(), people()]).toEqual([1, 1]);

    deleteOf(TEMPLATES[0]!).click();
    await settled();
    expect(document.activeElement).toBe(undo());
    document.querySelector<HTMLButtonElement>('[data-testid="correction"] button')!.click();
    await settled();
    document.querySelector<HTMLButtonElement>('[data-testid="trusted"] button')!.click();
    await settled();
    deleteOf(TEMPLATES[2]!).click();
    await settled();
    expect(templates()).toEqual([TEMPLATES[1]]);
    expect([rows(), people()]).toEqual([0, 0]);
    expect(document.activeElement).toBe(undo());

    undo()!.click();
    await settled();
    expect(templates()).toEqual([TEMPLATES[1], TEMPLATES[2]]);
    expect(status()).toBe(`${t.templateRestored} ${t.undoEarlier} ${t.undo}`);
    // The template put back takes the focus, as before; Undo is still there for the deletes before.
    expect(document.activeElement?.closest('[data-template]')?.getAttribute('data-template')).toBe(
      'custom-2',
    );

    undo()!.click();
    await settled();
    expect(people()).toBe(1);
    expect(status()).toBe(`${t.trustedRestored} ${t.undoEarlier} ${t.undo}`);
    expect(document.activeElement?.closest('[data-learned]')).not.toBeNull();

    undo()!.click();
    await settled();
    expect(rows()).toBe(1);
    button(t.undo).click();
    await settled();
    expect(templates()).toEqual(TEMPLATES);
    expect(status()).toBe(t.templateRestored);
    expect(undo()).toBeNull();
  });
});
