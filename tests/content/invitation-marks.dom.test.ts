import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { Verdict } from '../../src/analyzer/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { compactVerdict, type AnalysisRequest } from '../../src/shared/wire';
import { loadFixture } from '../linkedin/fixtures';

// The content script's browser API, as far as the marks use it: the browser's language, the extension's id (gone
// once the extension is updated or removed: the script then stops).
const runtime: { id?: string; sendMessage: () => Promise<unknown> } = {
  id: 'selge',
  sendMessage: vi.fn(() => Promise.resolve({ ok: true })),
};
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getUILanguage: () => 'en-GB' }, runtime } }));
const { createVerdictCache } = await import('../../src/content/page-analysis');
const { readPage } = await import('../../src/content/read-page');
const { analysePage } = await import('../../src/content/state');
const { allFeatures } = await import('../../src/content/features/registry');
const { stopIfOrphaned } = await import('../../src/content/lifecycle');
await import('../../src/content/features/marks');
await import('../../src/content/features/invitationMarks');

const RECEIVED = 'https://www.linkedin.com/mynetwork/invitation-manager/';
const SENT = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';
const PITCH_NOTE =
  'Hi Joris, we help consultants like you book 3x more meetings. Free strategy call this week? https://calendly.com/markdh/15min';
const ON: Settings = { ...DEFAULT_SETTINGS, pageMarks: true, uiLanguage: 'en' };

/** The marks' closed shadow roots, kept as they are made: the test reads what a person sees in them. */
const roots = new Map<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
beforeEach(() => {
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
});
afterEach(() => vi.restoreAllMocks());

/** What each mark on the page says (its pill's accessible name: the label, then the tooltip) and offers. */
function marks(): { card: string; text: string; buttons: string[] }[] {
  return [...document.querySelectorAll('selge-mark')].map((mark) => {
    const root = roots.get(mark);
    const card = mark.closest('li.invitation-card, [data-view-name="pending-invitation"]');
    return {
      card: card?.querySelector('.invitation-card__title, strong')?.textContent?.trim() ?? '',
      text: root?.querySelector('.pill')?.getAttribute('aria-label') ?? '',
      buttons: [...(root?.querySelectorAll('[role=group] button') ?? [])].map(
        (button) => button.getAttribute('aria-label') ?? '',
      ),
    };
  });
}

/** LinkedIn's page in this document (the marks are looked for in it), as the browser renders a fixture. */
function showFixture(name: string): void {
  document.body.replaceChildren(
    ...[...loadFixture(name).body.childNodes].map((n) => document.importNode(n, true)),
  );
}

function read(url: string) {
  const steps = readPage(document, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The content script's round: read the page, analyse it (the real analyzer, as the background), tell the features. */
async function update(url: string, settings: Settings) {
  const source = {
    cache: createVerdictCache(),
    send: (request: AnalysisRequest) =>
      Promise.resolve({
        verdicts: request.items.map((item) =>
          compactVerdict(analyze(item.text, item.context, { strictness: request.strictness })),
        ),
      }),
  };
  const state = await analysePage(read(url), url, settings, source);
  for (const feature of allFeatures()) await feature.update(state, settings);
  return state;
}

const NOTE_MARK = /^Selge: this invitation note looks like a pitch \(score \d+\)\. Open Selge to see why/;

describe('marks on received invitations whose note is a pitch', () => {
  it('marks the pitch card below its note, with "Not a pitch", and not the genuine one; once, however often it runs', async () => {
    showFixture('invitations-received-classic.html');
    const state = await update(RECEIVED, ON);
    expect(
      state.context.surface === 'invitations' && state.context.verdicts.map((v) => v?.verdict ?? null),
    ).toEqual(['pitch', 'ok', null]);
    expect(marks()).toEqual([
      { card: 'Mark de Haan', text: expect.stringMatching(NOTE_MARK), buttons: ['Not a pitch'] },
    ]);
    // Below the note, in its own block: not among the name or the Accept and Ignore buttons.
    const mark = document.querySelector('selge-mark') as Element;
    expect(mark.parentElement?.className).toBe('invitation-card__custom-message-container');
    expect(mark.getAttributeNames()).toEqual([]);

    await update(RECEIVED, ON);
    expect(document.querySelectorAll('selge-mark')).toHaveLength(1);
    expect(document.querySelector('selge-mark')).toBe(mark);
    // The mark is not read as part of the note.
    const again = read(RECEIVED);
    expect(again.surface === 'invitations' && again.invitations.invitations[0]?.note).toBe(PITCH_NOTE);
  });

  it('in the 2024+ markup the note itself takes the mark, in Dutch when Selge speaks Dutch', async () => {
    showFixture('invitations-received-sdui.html');
    await update(RECEIVED, { ...ON, uiLanguage: 'nl' });
    expect(marks()).toEqual([
      {
        card: 'Ruud Meijer',
        text: expect.stringMatching(
          /^Selge: de notitie bij deze uitnodiging lijkt een pitch \(score \d+\)\. Open Selge/,
        ),
        buttons: ['Geen pitch'],
      },
    ]);
    expect(document.querySelector('selge-mark')?.parentElement?.localName).toBe('blockquote');
  });

  it('adds nothing with marks off, and takes its marks away when they are turned off', async () => {
    showFixture('invitations-received-classic.html');
    const before = document.body.innerHTML;
    await update(RECEIVED, { ...ON, pageMarks: false });
    expect(document.body.innerHTML).toBe(before);
    await update(RECEIVED, ON);
    expect(marks()).toHaveLength(1);
    await update(RECEIVED, { ...ON, pageMarks: false });
    expect(document.body.innerHTML).toBe(before);
  });

  it('does not mark the notes the user sent, even one that reads as a pitch', async () => {
    showFixture('invitations-sent-classic.html');
    const note = document.querySelector('.invitation-card__custom-message') as Element;
    note.replaceChildren(PITCH_NOTE);
    const state = await update(SENT, ON);
    expect(state.context.surface === 'invitations' && state.context.verdicts[0]?.verdict).toBe('pitch');
    expect(marks()).toEqual([]);
  });

  it('follows the verdict: the user\u2019s correction says so with its undo; a note no longer a pitch loses its mark', async () => {
    showFixture('invitations-received-classic.html');
    const state = await update(RECEIVED, ON);
    const { context } = state;
    if (context.surface !== 'invitations') throw new Error('not the invitations');
    const pitch = context.verdicts[0] as Verdict;
    const corrected: Verdict = {
      ...pitch,
      verdict: 'ok',
      user: { set: 'ok', was: 'pitch', at: 1, by: 'message' },
    };
    const withVerdict = (verdict: Verdict) => ({
      ...state,
      context: { ...context, verdicts: [verdict, ...context.verdicts.slice(1)] },
    });
    for (const feature of allFeatures()) await feature.update(withVerdict(corrected), ON);
    expect(marks()).toEqual([
      {
        card: 'Mark de Haan',
        text: 'Selge: you marked this as not a pitch. Your verdict: Selge keeps it on this device.',
        buttons: ['Undo'],
      },
    ]);
    for (const feature of allFeatures()) await feature.update(withVerdict({ ...pitch, verdict: 'ok' }), ON);
    expect(marks()).toEqual([]);
  });

  it('a card LinkedIn draws again gets one mark, on the new card', async () => {
    showFixture('invitations-received-classic.html');
    await update(RECEIVED, ON);
    const card = document.querySelector('li.invitation-card') as Element;
    const redrawn = card.cloneNode(true) as Element;
    redrawn.querySelector('selge-mark')?.remove();
    card.replaceWith(redrawn);
    await update(RECEIVED, ON);
    expect(marks().map((mark) => mark.card)).toEqual(['Mark de Haan']);
    expect(redrawn.querySelectorAll('selge-mark')).toHaveLength(1);
  });

  it('takes its marks away when the extension stops (updated or removed)', async () => {
    showFixture('invitations-received-classic.html');
    await update(RECEIVED, ON);
    expect(marks()).toHaveLength(1);
    delete runtime.id;
    expect(stopIfOrphaned()).toBe(true);
    expect(document.querySelectorAll('selge-mark')).toHaveLength(0);
  });
});
