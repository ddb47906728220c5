import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../shared/fake-browser';
import type { Deck } from '../../src/ui/trainer/deck';
import type { Draft } from '../../src/ui/trainer/deck-draft';
import { PAIRS } from '../../src/ui/trainer/pairs';
import { QUIZ_ITEMS } from '../../src/ui/trainer/quiz-items';
import { TRAINER_STRINGS } from '../../src/ui/trainer/strings';
import { button, root } from './dom';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { DeckEditor } = await import('../../src/ui/trainer/DeckEditor');

const t = TRAINER_STRINGS.en;
const BUILT_IN: Deck = { version: 1, pairs: PAIRS.slice(0, 4), quiz: QUIZ_ITEMS.slice(0, 4) };

/** Lets Preact finish the render a click queued, and the effects after it. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

/** The trainer page's part of the deck editor: a stored deck that every save and reset writes. */
function Page({ initial }: { initial: Deck }) {
  const [deck, setDeck] = useState(initial);
  const [draft, setDraft] = useState<Draft | null>(null);
  const stored = useRef(initial);
  return (
    <DeckEditor
      deck={deck}
      draft={draft}
      setDraft={setDraft}
      setAside={[]}
      t={t}
      onSave={async (edit) => {
        stored.current = edit(stored.current);
        setDeck(stored.current);
        return { changedElsewhere: false };
      }}
      onReset={async () => {
        stored.current = BUILT_IN;
        setDeck(BUILT_IN);
      }}
      onDeleteSetAside={async () => undefined}
    />
  );
}

const titles = (list: 'deck-pairs' | 'deck-quiz') =>
  [...document.querySelectorAll(`[data-testid="${list}"] li`)].map((li) => li.getAttribute('data-item'));
const status = () => document.querySelector('[data-testid="deck-status"]')?.textContent;
const deleteButtons = (list: 'deck-pairs' | 'deck-quiz') =>
  [...document.querySelectorAll<HTMLButtonElement>(`[data-testid="${list}"] button`)].filter((b) =>
    b.getAttribute('aria-label')?.startsWith(`${t.delete}: `),
  );

afterEach(() => {
  render(null, root());
  document.body.innerHTML = '';
});

// Undo put back only the latest delete: two pairs deleted in a row in front of a room, and the first was lost.
describe('each delete in the deck can be undone in turn', () => {
  for (const list of ['deck-pairs', 'deck-quiz'] as const) {
    it(`${list}: two deletes, two Undos, both back in their places, the focus on Undo and then on each item`, async () => {
      render(<Page initial={BUILT_IN} />, root());
      await settled();
      const before = titles(list);
      deleteButtons(list)[0]!.click();
      await settled();
      expect(document.activeElement?.textContent).toBe(t.undo);
      deleteButtons(list)[1]!.click();
      await settled();
      expect(titles(list)).toEqual([before[1], before[3]]);
      expect(document.activeElement?.textContent).toBe(t.undo);

      button(t.undo).click();
      await settled();
      expect(titles(list)).toEqual([before[1], before[2], before[3]]);
      // Undo is still offered, for the delete before, and the status says so.
      expect(document.querySelector('[data-testid="deck-undo"]'), 'Undo for the first delete').not.toBeNull();
      expect(status()).toContain(t.undoEarlier);
      expect(document.activeElement?.closest('li')?.getAttribute('data-item')).toBe(before[2]);

      button(t.undo).click();
      await settled();
      expect(titles(list)).toEqual(before);
      expect(document.activeElement?.closest('li')?.getAttribute('data-item')).toBe(before[0]);
      expect(status()).not.toContain(t.undoEarlier);
      expect(document.querySelector('[data-testid="deck-undo"]')).toBeNull();
    });
  }

  it('a save of anything else ends what Undo can put back', async () => {
    render(<Page initial={BUILT_IN} />, root());
    await settled();
    deleteButtons('deck-pairs')[0]!.click();
    await settled();
    document
      .querySelector<HTMLButtonElement>('[data-testid="deck-pairs"] button[data-move]:not(:disabled)')!
      .click();
    await settled();
    expect(status()).toBe(t.saved);
    expect(document.querySelector('[data-testid="deck-undo"]')).toBeNull();
  });
});

/** Types into a field of the deck form as a user does: the value, then the input event Preact listens to. */
function type(id: string, text: string) {
  const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

// A form left open across "Restore the built-in examples" saved its pair into the restored deck: a pair being
// edited came back into the deck just replaced, or overwrote the built-in one with the same id.
describe('“Restore the built-in examples” with the form open', () => {
  const asked: string[] = [];
  beforeEach(() => {
    asked.length = 0;
    vi.stubGlobal('confirm', (message: string) => (asked.push(message), true));
  });
  afterEach(() => vi.unstubAllGlobals());
  const own: Deck = { version: 1, pairs: [{ ...PAIRS[0]!, id: 'mine', title: 'My own pair' }], quiz: [] };

  it('asks with the form’s text named, then closes the form: nothing of it reaches the restored deck', async () => {
    render(<Page initial={own} />, root());
    await settled();
    button(`${t.edit}`).click();
    await settled();
    type('deck-title', 'My own pair, edited');
    await settled();
    button(t.reset).click();
    await settled();
    expect(asked).toEqual([t.resetConfirmDraft]);
    expect(document.querySelector('[data-testid="deck-form"]')).toBeNull();
    expect(titles('deck-pairs')).toEqual(BUILT_IN.pairs.map((pair) => pair.id));
    expect(status()).toBe(t.resetDone);
  });

  it('a form with nothing typed in it closes without a word more', async () => {
    render(<Page initial={own} />, root());
    await settled();
    button(t.addQuizItem).click();
    await settled();
    button(t.reset).click();
    await settled();
    expect(asked).toEqual([t.resetConfirm]);
    expect(document.querySelector('[data-testid="deck-form"]')).toBeNull();
    expect(titles('deck-quiz')).toEqual(BUILT_IN.quiz.map((item) => item.id));
  });

  it('kept open when the trainer says no', async () => {
    vi.stubGlobal('confirm', () => false);
    render(<Page initial={own} />, root());
    await settled();
    button(t.addPair).click();
    await settled();
    type('deck-title', 'Half written');
    button(t.reset).click();
    await settled();
    expect((document.getElementById('deck-title') as HTMLInputElement).value).toBe('Half written');
    expect(titles('deck-pairs')).toEqual(['mine']);
  });
});

// On a busy machine the form put the cursor in its first field a frame after it opened, by then the trainer had
// clicked into "The pitch-slap" and was typing: the rest of the words went into the heading.
describe('the pair form opening', () => {
  it('puts the cursor in its first field at once, and leaves it where the trainer clicked next', async () => {
    render(<Page initial={BUILT_IN} />, root());
    await settled();
    button(t.addPair).click();
    // The form is drawn (Preact renders in a microtask); no frame has been painted yet.
    await Promise.resolve();
    await Promise.resolve();
    expect(document.activeElement?.id).toBe('deck-title');
    const bad = document.getElementById('deck-bad') as HTMLTextAreaElement;
    bad.focus();
    await settled();
    await settled();
    expect(document.activeElement).toBe(bad);
  });
});
