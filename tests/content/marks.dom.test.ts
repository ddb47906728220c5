import { describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../src/analyzer/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { LearnRequest } from '../../src/shared/protocol';

// The content script's browser API, as far as the marks use it: the browser's language.
vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getUILanguage: () => 'en-GB' }, runtime: { id: 'selge', sendMessage: vi.fn() } },
}));
const { messageMark, placeMark } = await import('../../src/content/features/marks');

const PITCH: Verdict = {
  score: 82,
  verdict: 'pitch',
  lang: 'en',
  findings: [],
  signals: {} as Verdict['signals'],
};
const TEXT = 'We help consultants book 3x more meetings. Free strategy call this week?';
const send = (_request: LearnRequest) => Promise.resolve(true);
const settings = (uiLanguage: Settings['uiLanguage']): Settings => ({ ...DEFAULT_SETTINGS, uiLanguage });

describe("a message's mark offers the user's verdict (issue 23, point 1)", () => {
  it('a pitch offers "Not a pitch" and, with a profile id, "Always trust this person"', () => {
    const mark = messageMark(PITCH, TEXT, 'ACoAATEST', settings('en'), send);
    expect(mark.label.text).toBe('Selge: looks like a pitch (score 82)');
    expect(mark.user).toBe(false);
    expect(mark.control.buttons).toEqual([
      { label: 'Not a pitch', request: { action: 'correct', text: TEXT, set: 'ok', was: 'pitch' } },
      {
        label: 'Always trust this person',
        request: { action: 'trust', profile: 'ACoAATEST', trusted: true },
      },
    ]);
    expect(messageMark(PITCH, TEXT, undefined, settings('en'), send).control.buttons).toHaveLength(1);
  });

  it("the user's own verdict says so and offers its undo, in Dutch too", () => {
    const corrected: Verdict = {
      ...PITCH,
      verdict: 'ok',
      user: { set: 'ok', was: 'pitch', at: 1, by: 'message' },
    };
    const en = messageMark(corrected, TEXT, 'ACoAATEST', settings('en'), send);
    expect(en.label.text).toBe('Selge: you marked this as not a pitch');
    expect(en.user).toBe(true);
    expect(en.control.buttons).toEqual([
      { label: 'Undo', request: { action: 'correct', text: TEXT, set: null, was: 'pitch' } },
    ]);
    const nl = messageMark(corrected, TEXT, 'ACoAATEST', settings('nl'), send);
    expect(nl.label.text).toBe('Selge: je hebt dit als geen pitch gemarkeerd');
    expect(nl.control.buttons.map((button) => button.label)).toEqual(['Ongedaan maken']);
    expect(nl.control.group).toBe('Jouw oordeel');

    const trusted: Verdict = { ...corrected, user: { set: 'ok', was: 'pitch', at: 1, by: 'person' } };
    const byPerson = messageMark(trusted, TEXT, 'ACoAATEST', settings('nl'), send);
    expect(byPerson.label.text).toBe('Selge: je vertrouwt deze persoon');
    expect(byPerson.control.buttons).toEqual([
      { label: 'Niet meer vertrouwen', request: { action: 'trust', profile: 'ACoAATEST', trusted: false } },
    ]);
  });

  it('a mark redrawn while it holds the focus gives it to the new mark, open on its first button', () => {
    const message = document.createElement('li');
    document.body.replaceChildren(message);
    const first = messageMark(PITCH, TEXT, undefined, settings('en'), send);
    placeMark(message, first.label, 'messages', first.control);
    const before = message.querySelector('selge-mark') as HTMLElement;
    expect(before.getAttributeNames()).toEqual([]);
    // Focus inside a shadow root shows as its host being the document's focused element; the test cannot reach
    // into the closed root, so it focuses the host itself.
    before.tabIndex = -1;
    before.focus();
    expect(document.activeElement).toBe(before);
    const corrected: Verdict = {
      ...PITCH,
      verdict: 'ok',
      user: { set: 'ok', was: 'pitch', at: 1, by: 'message' },
    };
    const next = messageMark(corrected, TEXT, undefined, settings('en'), send);
    placeMark(message, next.label, 'messages', next.control, next.user);
    const after = message.querySelector('selge-mark');
    expect(after).not.toBe(before);
    expect(message.querySelectorAll('selge-mark')).toHaveLength(1);
    expect(document.activeElement).toBe(after);
    // The same verdict again leaves the mark (and its focus) alone.
    placeMark(message, next.label, 'messages', next.control, next.user);
    expect(message.querySelector('selge-mark')).toBe(after);
  });
});
