import { describe, expect, it } from 'vitest';
import { buildMark, type MarkControl } from '../../src/content/mark-control';
import type { LearnRequest } from '../../src/shared/protocol';

/** A mark inside a LinkedIn row that is a link, as the inbox's rows are; every event the row hears is kept. */
function markInRow(control?: MarkControl) {
  const row = document.createElement('a');
  row.href = 'https://www.linkedin.com/messaging/thread/2-sanne/';
  document.body.replaceChildren(row);
  const heard: string[] = [];
  for (const type of ['click', 'mousedown', 'pointerdown', 'keydown', 'keyup'])
    row.addEventListener(type, () => heard.push(type));
  const host = document.createElement('selge-mark');
  row.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const open = buildMark(
    shadow,
    'Selge: looks like a pitch (score 71)',
    'Open Selge to see why.',
    false,
    control,
  );
  const pill = shadow.querySelector('.pill') as HTMLElement;
  const group = shadow.querySelector('[role="group"]') as HTMLElement | null;
  const buttons = () => [...(group?.querySelectorAll('button') ?? [])];
  return { row, host, shadow, pill, group, buttons, heard, open };
}

const CORRECT: LearnRequest = { action: 'correct', text: 'Quick call?', set: 'ok', was: 'pitch' };

function control(reply: boolean | Error = true) {
  const sent: LearnRequest[] = [];
  const value: MarkControl = {
    group: 'Your verdict',
    failed: 'Selge could not save this. Try again.',
    buttons: [
      { label: 'Not a pitch', request: CORRECT },
      {
        label: 'Always trust this person',
        request: { action: 'trust', profile: 'ACoAATEST', trusted: true },
      },
    ],
    send: (request) => {
      sent.push(request);
      return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
    },
  };
  return { value, sent };
}

/** A click as a person makes it: browsers mark those trusted, which a page script's click never is. */
function personClick(target: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

function key(target: Element, name: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the mark on the page offers the user their verdict (issue 23, point 1)', () => {
  it('without a control it is a note, as before: no button, nothing to tab to', () => {
    const { pill, group } = markInRow();
    expect(pill.tagName).toBe('SPAN');
    expect(pill.getAttribute('role')).toBe('note');
    expect(pill.getAttribute('aria-label')).toBe(
      'Selge: looks like a pitch (score 71). Open Selge to see why.',
    );
    expect(group).toBeNull();
  });

  it('is a button that opens and closes its verdict buttons, each with its accessible name and no text node', () => {
    const { value } = control();
    const { pill, group, buttons, shadow } = markInRow(value);
    expect(pill.tagName).toBe('BUTTON');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(group?.hidden).toBe(true);
    expect(group?.getAttribute('aria-label')).toBe('Your verdict');
    pill.click();
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    expect(group?.hidden).toBe(false);
    expect(buttons().map((button) => button.getAttribute('aria-label'))).toEqual([
      'Not a pitch',
      'Always trust this person',
    ]);
    expect(buttons().map((button) => button.style.getPropertyValue('--label'))).toEqual([
      '"Not a pitch"',
      '"Always trust this person"',
    ]);
    // What it says is drawn by the style: the page's text search finds no text node in the mark.
    expect(shadow.textContent).toBe('');
    pill.click();
    expect(group?.hidden).toBe(true);
  });

  it('Escape closes the buttons and gives the focus back to the mark', () => {
    const { value } = control();
    const { pill, group, buttons, shadow, heard } = markInRow(value);
    pill.click();
    buttons()[0]?.focus();
    key(buttons()[0] as HTMLElement, 'Escape');
    expect(group?.hidden).toBe(true);
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(pill);
    expect(heard).toEqual([]);
  });

  it("a person's press sends the correction, and nothing reaches the LinkedIn row around it: it does not open", async () => {
    const { value, sent } = control();
    const { pill, buttons, heard } = markInRow(value);
    pill.click();
    const press = personClick(buttons()[0] as HTMLElement);
    key(buttons()[0] as HTMLElement, 'Enter');
    await flush();
    expect(sent).toEqual([CORRECT]);
    // The link's default (following it) is cancelled and no handler of the row hears the click or the keys.
    expect(press.defaultPrevented).toBe(true);
    expect(heard).toEqual([]);
    // Pressed once: the buttons wait for the new verdict (the mark is redrawn when the store changes).
    expect(buttons().every((button) => button.getAttribute('aria-disabled') === 'true')).toBe(true);
    // Still focusable: the focus stays in the mark until the redrawn one takes it.
    expect(buttons().every((button) => !button.disabled)).toBe(true);
  });

  it("a page script's synthetic click teaches nothing", async () => {
    const { value, sent } = control();
    const { pill, buttons } = markInRow(value);
    pill.click();
    (buttons()[0] as HTMLElement).click();
    buttons()[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await flush();
    expect(sent).toEqual([]);
  });

  it('when the background does not keep it, the mark says so and the buttons work again', async () => {
    for (const reply of [false, new Error('gone')]) {
      const { value, sent } = control(reply);
      const { pill, buttons, shadow } = markInRow(value);
      pill.click();
      personClick(buttons()[1] as HTMLElement);
      await flush();
      expect(sent).toHaveLength(1);
      const status = shadow.querySelector('[role="status"]') as HTMLElement;
      expect(status.getAttribute('aria-label')).toBe('Selge could not save this. Try again.');
      expect(buttons().some((button) => button.getAttribute('aria-disabled') === 'true')).toBe(false);
    }
  });

  it('the function it returns opens the buttons and focuses the first (the undo of a redrawn mark)', () => {
    const { value } = control();
    const { open, group, buttons, shadow } = markInRow(value);
    open();
    expect(group?.hidden).toBe(false);
    expect(shadow.activeElement).toBe(buttons()[0]);
  });
});
