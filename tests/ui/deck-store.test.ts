import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../shared/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { BUILTIN_DECK, DeckRefusal, loadDeck, updateDeck, deleteSetAside } =
  await import('../../src/ui/stores/deck');
const { local } = fakeBrowser.storage;

const pair = (id: string) => ({
  id,
  lang: 'en' as const,
  context: { kind: 'first-message' as const },
  names: [],
  title: `Pair ${id}`,
  bad: 'Hi! We help SaaS teams grow 3x. Quick call?',
  good: 'Hi, your talk was great. How did you start?',
});
const deckOf = (n: number, prefix = 'p') => ({
  version: 1 as const,
  pairs: Array.from({ length: n }, (_, i) => pair(`${prefix}${i}`)),
  quiz: [],
});

beforeEach(() => resetFakeBrowser());

describe('the trainer deck in storage (issue 19)', () => {
  it('edits one after another in one tab are never said to be another tab’s', async () => {
    let shown = (await loadDeck('en')).deck;
    expect(shown).toBe(BUILTIN_DECK);
    for (let edit = 0; edit < 3; edit++) {
      const saved = await updateDeck(shown, (latest) => ({ ...latest, pairs: latest.pairs.slice(1) }), 'en');
      expect(saved.changedElsewhere, `edit ${edit + 1}`).toBe(false);
      shown = saved.deck;
    }
    expect(shown.pairs).toHaveLength(BUILTIN_DECK.pairs.length - 3);
  });

  it('refuses a deck past 200 pairs before writing anything, in the trainer’s language', async () => {
    local.data.trainerDeck = deckOf(200);
    const error = await updateDeck(
      deckOf(200),
      (latest) => ({ ...latest, pairs: [...latest.pairs, pair('x')] }),
      'nl',
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeckRefusal);
    expect((error as Error).message).toBe(
      'Een deck heeft hoogstens 200 paren; met deze wijziging zouden het er 201 worden. Er is niets veranderd.',
    );
    expect(local.data.trainerDeck).toEqual(deckOf(200));
  });

  it('keeps every unreadable deck aside, never writing over one, also an older Selge’s single copy', async () => {
    local.data.trainerDeckUnreadable = { version: 1, pairs: 'old' };
    local.data.trainerDeck = deckOf(214, 'a');
    expect((await loadDeck('en')).problem).toMatch(/at most 200 pairs/);
    await updateDeck(BUILTIN_DECK, (latest) => ({ ...latest, pairs: [...latest.pairs, pair('new')] }), 'en');
    local.data.trainerDeck = deckOf(215, 'b');
    const { setAside } = await loadDeck('en');
    expect(setAside.map((entry) => (entry.value as { pairs: unknown[] | string }).pairs.length)).toEqual([
      3, 214, 215,
    ]);
    // Loading again keeps no second copy of the same deck.
    expect((await loadDeck('en')).setAside).toHaveLength(3);
    const left = await deleteSetAside(setAside[1]!.id);
    expect(left.map((entry) => entry.id)).toEqual([setAside[0]!.id, setAside[2]!.id]);
  });

  it('applies an edit to the latest stored deck: another tab’s pair stays, and it says so', async () => {
    const shown = deckOf(2);
    local.data.trainerDeck = { ...shown, pairs: [...shown.pairs, pair('other-tab')] };
    const saved = await updateDeck(
      shown,
      (latest) => ({ ...latest, pairs: [...latest.pairs, pair('mine')] }),
      'en',
    );
    expect(saved.changedElsewhere).toBe(true);
    expect((local.data.trainerDeck as typeof shown).pairs.map((p) => p.id)).toEqual([
      'p0',
      'p1',
      'other-tab',
      'mine',
    ]);
  });
});
