import browser from 'webextension-polyfill';
import type { UiLang } from '../../shared/ui-lang';
import { DECK_VERSION, parseStoredDeck, type Deck } from '../trainer/deck';
import { PAIRS } from '../trainer/pairs';
import { QUIZ_ITEMS } from '../trainer/quiz-items';

const KEY = 'trainerDeck';
/** Where an unreadable stored deck is kept, so saving a new one never destroys the trainer's work. */
const UNREADABLE_KEY = 'trainerDeckUnreadable';

export const BUILTIN_DECK: Deck = { version: DECK_VERSION, pairs: [...PAIRS], quiz: [...QUIZ_ITEMS] };

/** The trainer's deck: their own once they changed anything, else the built-in one. */
export async function loadDeck(lang: UiLang): Promise<{ deck: Deck; problem?: string }> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return { deck: BUILTIN_DECK };
  const parsed = parseStoredDeck(stored, lang);
  if (parsed.ok) return { deck: parsed.value };
  await browser.storage.local.set({ [UNREADABLE_KEY]: stored });
  return { deck: BUILTIN_DECK, problem: parsed.problem };
}

export async function saveDeck(deck: Deck): Promise<void> {
  await browser.storage.local.set({ [KEY]: deck });
}

/** Back to the built-in deck (the trainer confirmed it). */
export async function resetDeck(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
