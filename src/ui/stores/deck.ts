import browser from 'webextension-polyfill';
import { withLock } from '../../shared/storage';
import type { UiLang } from '../../shared/ui-lang';
import { DECK_FORMAT, DECK_VERSION, parseStoredDeck, refusalOf, type Deck } from '../trainer/deck';
import { PAIRS } from '../trainer/pairs';
import { QUIZ_ITEMS } from '../trainer/quiz-items';

const KEY = 'trainerDeck';
/**
 * Every stored deck that could not be read, each kept until the trainer deletes it: saving a new deck, or a
 * second unreadable one, never destroys the trainer's work (issue 19).
 */
const SET_ASIDE_KEY = 'trainerDecksSetAside';
/** Where Selge before issue 19 kept one unreadable deck (each new one replaced it); read, never written. */
const LEGACY_SET_ASIDE_KEY = 'trainerDeckUnreadable';

export const BUILTIN_DECK: Deck = { version: DECK_VERSION, pairs: [...PAIRS], quiz: [...QUIZ_ITEMS] };

/** A stored deck that could not be read, as it was stored. */
export interface SetAsideDeck {
  id: string;
  /** When it was set aside (0: unknown, kept by an older Selge). */
  at: number;
  problem: string;
  value: unknown;
}

/** Refused before anything was written; `message` is one sentence in the trainer's language. */
export class DeckRefusal extends Error {}

const isSetAside = (entry: unknown): entry is SetAsideDeck =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as SetAsideDeck).id === 'string' &&
  typeof (entry as SetAsideDeck).at === 'number' &&
  'value' in entry;

async function readSetAside(): Promise<SetAsideDeck[]> {
  const stored = await browser.storage.local.get([SET_ASIDE_KEY, LEGACY_SET_ASIDE_KEY]);
  const list = Array.isArray(stored[SET_ASIDE_KEY]) ? stored[SET_ASIDE_KEY].filter(isSetAside) : [];
  const legacy = stored[LEGACY_SET_ASIDE_KEY];
  return legacy === undefined ? list : [{ id: 'legacy', at: 0, problem: '', value: legacy }, ...list];
}

/** Keeps a copy of an unreadable stored deck beside the others, unless the same one is kept already. */
async function setAside(raw: unknown, problem: string): Promise<void> {
  const kept = await readSetAside();
  const text = JSON.stringify(raw);
  if (kept.some((entry) => JSON.stringify(entry.value) === text)) return;
  const entry: SetAsideDeck = { id: crypto.randomUUID(), at: Date.now(), problem, value: raw };
  const own = kept.filter((other) => other.id !== 'legacy');
  await browser.storage.local.set({ [SET_ASIDE_KEY]: [...own, entry] });
}

/** The stored deck, or the built-in one; an unreadable one is set aside first (and said). */
async function readLatest(lang: UiLang): Promise<{ deck: Deck; problem?: string }> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return { deck: BUILTIN_DECK };
  const parsed = parseStoredDeck(stored, lang);
  if (parsed.ok) return { deck: parsed.value };
  await setAside(stored, parsed.problem);
  return { deck: BUILTIN_DECK, problem: parsed.problem };
}

/** The trainer's deck: their own once they changed anything, else the built-in one; and the decks set aside. */
export function loadDeck(lang: UiLang): Promise<{ deck: Deck; problem?: string; setAside: SetAsideDeck[] }> {
  return withLock('trainerDeck', async () => {
    const latest = await readLatest(lang).catch(async () => {
      // Not even a copy could be kept (the storage is full): the unreadable deck stays where it is, and
      // every save is refused until it is kept (updateDeck).
      const stored = (await browser.storage.local.get(KEY))[KEY];
      const parsed = parseStoredDeck(stored, lang);
      return { deck: BUILTIN_DECK, problem: parsed.ok ? undefined : parsed.problem };
    });
    return { ...latest, setAside: await readSetAside() };
  });
}

const NO_ROOM: Record<UiLang, string> = {
  en: 'Your saved deck could not be read, and there is no room left to keep it aside. Nothing was changed.',
  nl: 'Je bewaarde deck kon niet worden gelezen en er is geen ruimte meer om het apart te bewaren. Er is niets veranderd.',
};
const NOT_WRITTEN: Record<UiLang, string> = {
  en: 'Your deck could not be saved (the browser refused to write). Nothing was changed.',
  nl: 'Je deck kon niet worden opgeslagen (de browser weigerde te schrijven). Er is niets veranderd.',
};

/**
 * Applies an edit to the latest stored deck, not to this page's copy: another tab's changes are kept
 * (`changedElsewhere` says there were some), and two tabs saving at once are written one after the other. A
 * deck past its limits, or one that would not read back, is refused with a sentence that says so.
 */
export function updateDeck(
  loaded: Deck,
  edit: (latest: Deck) => Deck,
  lang: UiLang,
): Promise<{ deck: Deck; changedElsewhere: boolean; setAside: SetAsideDeck[] }> {
  return withLock('trainerDeck', async () => {
    let latest: Deck;
    try {
      latest = (await readLatest(lang)).deck;
    } catch {
      throw new DeckRefusal(NO_ROOM[lang]);
    }
    const changedElsewhere = JSON.stringify(latest) !== JSON.stringify(loaded);
    const deck = edit(latest);
    const refusal = refusalOf(deck, lang);
    if (refusal) throw new DeckRefusal(refusal);
    try {
      await browser.storage.local.set({ [KEY]: deck });
    } catch {
      throw new DeckRefusal(NOT_WRITTEN[lang]);
    }
    // As the next save will read it back: the built-in pairs hold their keys in another order than a read
    // deck, and the page's copy compared unequal to storage, so the second edit was said to be another tab's.
    const readBack = parseStoredDeck(deck, lang);
    return { deck: readBack.ok ? readBack.value : deck, changedElsewhere, setAside: await readSetAside() };
  });
}

/** Back to the built-in deck (the trainer confirmed it). */
export function resetDeck(): Promise<void> {
  return withLock('trainerDeck', () => browser.storage.local.remove(KEY));
}

/** Deletes one deck set aside (the trainer confirmed it). */
export function deleteSetAside(id: string): Promise<SetAsideDeck[]> {
  return withLock('trainerDeck', async () => {
    if (id === 'legacy') await browser.storage.local.remove(LEGACY_SET_ASIDE_KEY);
    const own = (await readSetAside()).filter((entry) => entry.id !== id && entry.id !== 'legacy');
    await browser.storage.local.set({ [SET_ASIDE_KEY]: own });
    return readSetAside();
  });
}

/** A deck set aside as a file to download: a deck file when it has a deck's lists, else the value as stored. */
export function setAsideFile(entry: SetAsideDeck): unknown {
  const value = entry.value as { pairs?: unknown; quiz?: unknown } | null;
  if (typeof value !== 'object' || value === null || !Array.isArray(value.pairs)) return entry.value;
  return {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    pairs: value.pairs,
    quiz: Array.isArray(value.quiz) ? value.quiz : [],
  };
}
