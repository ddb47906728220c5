import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { Correction, LearnContext } from '../../src/ui/components/Correction';
import { STRINGS } from '../../src/ui/i18n';
import type { LearnRequest } from '../../src/shared/protocol';
import { button, root } from './dom';

const t = STRINGS.en;
const PITCH =
  'Hi Bram, I help SaaS founders book 20 more demos a month. Do you have 15 minutes this week for a call?';

/** Lets Preact finish the render a click queued, and the effects after it. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

// happy-dom keeps the focus on a button that is switched off; browsers follow the HTML focus fixup rule and move it
// to the body, which is what a keyboard user of the popup met. The same here, so the test sees what they saw.
const disabled = Object.getOwnPropertyDescriptor(HTMLButtonElement.prototype, 'disabled')!;
beforeEach(() => {
  Object.defineProperty(HTMLButtonElement.prototype, 'disabled', {
    ...disabled,
    set(this: HTMLButtonElement, off: boolean) {
      // Blurred first: happy-dom does not blur a button that is already off.
      if (off && document.activeElement === this) this.blur();
      disabled.set!.call(this, off);
    },
  });
});
afterEach(() => {
  Object.defineProperty(HTMLButtonElement.prototype, 'disabled', disabled);
  render(null, root());
  document.body.innerHTML = '';
});

describe('a correction that could not be saved', () => {
  it('keeps the focus on the button pressed, says it failed, and is sent once however often it is pressed', async () => {
    const sent: LearnRequest[] = [];
    let answer: (kept: boolean) => void = () => undefined;
    const learn = (request: LearnRequest) => {
      sent.push(request);
      return new Promise<boolean>((resolve) => (answer = resolve));
    };
    const verdict = analyze(PITCH, { kind: 'first-message' });
    expect(verdict.verdict).toBe('pitch');
    render(
      <LearnContext.Provider value={learn}>
        <Correction text={PITCH} verdict={verdict} />
      </LearnContext.Provider>,
      root(),
    );
    await settled();
    const pressed = button(t.notPitch);
    pressed.focus();
    pressed.click();
    await settled();
    // While it is saved: still where the user is, and said to be unavailable rather than taken away.
    expect(document.activeElement).toBe(pressed);
    expect(pressed.getAttribute('aria-disabled')).toBe('true');
    pressed.click();
    await settled();
    expect(sent).toHaveLength(1);

    answer(false);
    await settled();
    expect(document.activeElement).toBe(pressed);
    expect(pressed.getAttribute('aria-disabled')).toBeNull();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(t.learnFailed);
    // The user can try again from where they are.
    pressed.click();
    await settled();
    expect(sent).toHaveLength(2);
  });
});
