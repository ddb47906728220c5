import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getUILanguage: () => 'en' }, runtime: { id: 'selge-test' } },
}));
const { analyze } = await import('../../src/analyzer');
const { INDICATOR_TAG } = await import('../../src/content/features/draftIndicator');
const { allFeatures } = await import('../../src/content/features/registry');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');
type PageState = import('../../src/content/state').PageState;

const PITCH = 'We help SaaS companies 3x their pipeline. Do you have 15 minutes for a call?';

/** The "Add a note" field holding a pitch, as the content script's state has it once the verdict is in. */
function noteState(field: HTMLTextAreaElement): PageState {
  return {
    read: { surface: 'connect-note', field },
    context: { surface: 'connect-note', note: { note: PITCH }, verdict: analyze(PITCH) },
  } as unknown as PageState;
}

describe('the draft indicator setting (issue 21)', () => {
  let field: HTMLTextAreaElement;
  const indicator = allFeatures().find((feature) => feature.name === 'draft indicator')!;
  const shown = () => document.querySelector(INDICATOR_TAG) !== null;
  beforeAll(() => {
    field = document.createElement('textarea');
    document.body.append(field);
  });

  it('is on by default: a pitch in the note field shows the indicator', () => {
    expect(DEFAULT_SETTINGS.draftIndicator).toBe(true);
    void indicator.update(noteState(field), DEFAULT_SETTINGS);
    expect(shown()).toBe(true);
  });

  it('goes at once when switched off, with the pitch still in the field, and comes back when switched on', () => {
    void indicator.update(noteState(field), DEFAULT_SETTINGS);
    expect(shown()).toBe(true);
    void indicator.update(noteState(field), { ...DEFAULT_SETTINGS, draftIndicator: false });
    expect(shown()).toBe(false);
    // Typing goes on with it off: still nothing.
    indicator.onDraft?.(noteState(field), { ...DEFAULT_SETTINGS, draftIndicator: false });
    expect(shown()).toBe(false);
    void indicator.update(noteState(field), DEFAULT_SETTINGS);
    expect(shown()).toBe(true);
  });
});

describe('the draft indicator with two conversations open (two overlay bubbles)', () => {
  const indicator = allFeatures().find((feature) => feature.name === 'draft indicator')!;
  const first = 'We help SaaS companies 3x their pipeline. Do you have 15 minutes for a call?';
  const second = 'Hi Tom, we help agencies double their leads. Can we book a quick demo this week?';

  function box(text: string): HTMLElement {
    const field = document.createElement('div');
    field.contentEditable = 'true';
    field.textContent = text;
    document.body.append(field);
    return field;
  }

  function twoThreads(a: HTMLElement, b: HTMLElement): PageState {
    const view = (draft: string) => ({
      key: draft,
      thread: { draft, items: [], participant: { name: '' } },
      draftVerdict: analyze(draft),
    });
    return {
      read: { surface: 'thread', threads: [{ composeBox: a }, { composeBox: b }] },
      context: { surface: 'thread', threads: [view(first), view(second)] },
    } as unknown as PageState;
  }

  it('stays with the draft typed last when a click on the pill takes the focus out of its field', async () => {
    const { diagnostics } = await import('../../src/content/diagnostics');
    const a = box(first);
    const b = box(second);
    const state = twoThreads(a, b);
    b.focus();
    b.dispatchEvent(new InputEvent('input', { bubbles: true }));
    void indicator.update(state, DEFAULT_SETTINGS);
    expect(diagnostics.indicator.at(-1)?.judged).toBe(second);
    // The pill takes the focus (it lives in Selge's own element, outside both fields); the page redraws.
    const pill = document.createElement('button');
    document.body.append(pill);
    pill.focus();
    void indicator.update({ ...state }, DEFAULT_SETTINGS);
    expect(diagnostics.indicator.at(-1)?.judged).toBe(second);
  });
});
