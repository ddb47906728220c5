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

/** Lets Preact finish the render a click queued, and the effects after it. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

/** What a keyboard user presses Enter on: the focused button, clicked. */
async function pressEnterOn(target: HTMLButtonElement) {
  target.focus();
  expect(document.activeElement).toBe(target);
  target.click();
  await settled();
}

afterEach(() => {
  render(null, root());
  document.body.innerHTML = '';
});

// A trainer who presents with Tab and Enter (no clicker) lost the focus on every press: the slide was drawn
// anew, buttons and all, and the quiz's answer buttons gave way to the reveal, so the next Enter did nothing
// and the next Tab started again at the top of the page.
describe('the keyboard stays where the trainer is', () => {
  const pairs: ShownPair[] = PAIRS.slice(0, 3).map((pair) => ({
    pair,
    bad: pair.bad,
    good: pair.good,
    badVerdict: analyze(pair.bad, pair.context),
    goodVerdict: analyze(pair.good, pair.context),
  }));

  it('Enter on “Next” in presenter mode keeps the focus on “Next”', async () => {
    render(<PairsView pairs={pairs} presenter t={t} />, root());
    await settled();
    await pressEnterOn(button(`${t.next} →`));
    expect(document.querySelector('[data-testid="slide-count"]')?.textContent).toBe('Pair 2 of 3');
    expect(document.activeElement?.textContent?.trim()).toBe(`${t.next} →`);
    await pressEnterOn(button(`${t.showFindings}`));
    expect(document.activeElement?.textContent?.trim()).toBe(t.hideFindings);
  });

  it('on the last pair, where “Next” is off, the focus goes to “Previous”', async () => {
    render(<PairsView pairs={pairs.slice(0, 2)} presenter t={t} />, root());
    await settled();
    await pressEnterOn(button(`${t.next} →`));
    expect(document.querySelector('[data-testid="slide-count"]')?.textContent).toBe('Pair 2 of 2');
    expect(document.activeElement?.textContent?.trim()).toBe(`← ${t.previous}`);
  });

  it('an answer given with Enter puts the focus on “Next message”, and that on the next message', async () => {
    const items = QUIZ_ITEMS.slice(0, 2).map((item) => ({ item, text: item.text }));
    render(<QuizView items={items} t={t} />, root());
    await settled();
    await pressEnterOn(button(t.answerPitch));
    expect(document.querySelector('[data-testid="quiz-reveal"]')).not.toBeNull();
    expect(document.activeElement?.textContent?.trim()).toBe(`${t.nextQuestion} →`);
    await pressEnterOn(button(`${t.nextQuestion} →`));
    expect(document.querySelector('#quiz-count')?.textContent).toMatch(/Message 2 of 2$/);
    // The message itself, so a screen reader reads it and Tab reaches the answers next; not an answer button,
    // which a second Enter would press by mistake.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('quiz-text');
    await pressEnterOn(button(t.answerNot));
    await pressEnterOn(button(`${t.nextQuestion} →`));
    expect(document.activeElement?.textContent?.trim()).toBe(t.restart);
  });

  it('a clicker’s keys move no focus: no ring appears on the projector', async () => {
    const items = QUIZ_ITEMS.slice(0, 2).map((item) => ({ item, text: item.text }));
    render(<QuizView items={items} t={t} />, root());
    await settled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }));
    await settled();
    expect(document.querySelector('[data-testid="quiz-reveal"]')).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });
});
