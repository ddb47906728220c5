import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { PairsView, type ShownPair } from '../../src/ui/trainer/PairsView';
import { PAIRS } from '../../src/ui/trainer/pairs';
import { QUIZ_ITEMS } from '../../src/ui/trainer/quiz-items';
import { QuizView } from '../../src/ui/trainer/QuizView';
import { TRAINER_STRINGS } from '../../src/ui/trainer/strings';
import { button, root } from './dom';

const t = TRAINER_STRINGS.en;

/** Lets Preact finish the render a click or a key queued; its effects wait for the next frame. */
const rendered = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => undefined);

function press(key: string) {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

afterEach(() => {
  render(null, root());
  document.body.innerHTML = '';
});

// Issue 19: a key pressed right after the screen changed was lost, because the listener was attached in an
// effect (after the next frame) rather than with the render that showed the new screen.
describe('presenter keys count from the first press', () => {
  it('→ right after an answer goes to the next quiz message', async () => {
    const items = QUIZ_ITEMS.slice(0, 3).map((item) => ({ item, text: item.text }));
    render(<QuizView items={items} t={t} />, root());
    await new Promise((resolve) => setTimeout(resolve, 50));
    button(t.answerNot).click();
    await rendered();
    expect(document.querySelector('[data-testid="quiz-reveal"]')).not.toBeNull();
    press('ArrowRight');
    await rendered();
    expect(document.querySelector('#quiz-count')?.textContent).toMatch(/Message 2 of 3$/);
    button(t.answerPitch).click();
    await rendered();
    press('PageDown');
    await rendered();
    expect(document.querySelector('#quiz-count')?.textContent).toMatch(/Message 3 of 3$/);
  });

  // Issue 21: a clicker has two buttons, PageUp and PageDown; with them alone the room's answer is given.
  it('a clicker answers the quiz: PageUp a pitch, PageDown not a pitch, then either goes on', async () => {
    const items = QUIZ_ITEMS.slice(0, 3).map((item) => ({ item, text: item.text }));
    render(<QuizView items={items} t={t} />, root());
    await new Promise((resolve) => setTimeout(resolve, 50));
    press('ArrowRight');
    await rendered();
    expect(document.querySelector('[data-testid="quiz-reveal"]'), 'an arrow key answers nothing').toBeNull();
    press('PageUp');
    await rendered();
    expect(document.querySelector('[data-testid="quiz-reveal"] [role="status"]')?.textContent).toContain(
      `“${t.answerPitch}”`,
    );
    press('PageDown');
    await rendered();
    expect(document.querySelector('#quiz-count')?.textContent).toMatch(/Message 2 of 3$/);
    expect(document.querySelector('[data-testid="quiz-reveal"]')).toBeNull();
    press('PageDown');
    await rendered();
    expect(document.querySelector('[data-testid="quiz-reveal"] [role="status"]')?.textContent).toContain(
      `“${t.answerNot}”`,
    );
    press('PageUp');
    await rendered();
    expect(document.querySelector('#quiz-count')?.textContent).toMatch(/Message 3 of 3$/);
    expect(document.querySelector('[data-testid="quiz-score"]')?.textContent).toMatch(/ of 2 right$/);
  });

  it('F right after presenter mode is switched on shows the findings', async () => {
    const pairs: ShownPair[] = PAIRS.slice(0, 3).map((pair) => ({
      pair,
      bad: pair.bad,
      good: pair.good,
      badVerdict: analyze(pair.bad, pair.context),
      goodVerdict: analyze(pair.good, pair.context),
    }));
    render(<PairsView pairs={pairs} presenter={false} t={t} />, root());
    await new Promise((resolve) => setTimeout(resolve, 50));
    render(<PairsView pairs={pairs} presenter t={t} />, root());
    expect(document.querySelectorAll('li.finding')).toHaveLength(0);
    press('f');
    await rendered();
    expect(document.querySelectorAll('li.finding').length).toBeGreaterThan(0);
    press('ArrowRight');
    await rendered();
    expect(document.querySelector('[data-testid="slide-count"]')?.textContent).toBe('Pair 2 of 3');
  });
});
