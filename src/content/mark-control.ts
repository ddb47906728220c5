import type { LearnRequest } from '../shared/protocol';

/** One button of a mark's control: what it says and what it tells the background (issue 23, point 1). */
export interface MarkButton {
  label: string;
  request: LearnRequest;
}

export interface MarkControl {
  buttons: MarkButton[];
  /** The control's accessible name ("Your verdict"). */
  group: string;
  /** Said (by style, like the label) when the background did not keep it. */
  failed: string;
  /** Hands the request to the background; resolves whether it was kept. */
  send(request: LearnRequest): Promise<boolean>;
}

/** A CSS string literal of any text. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/**
 * Events that leave the control go no further than its shadow root: LinkedIn's rows are links and buttons, and a
 * press on Selge's button must not open the row or reach LinkedIn's own handlers (issue 23: Selge never acts on
 * LinkedIn's elements). A click's default is cancelled too, so an enclosing link does not follow.
 */
const CONTAINED = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];
const KEYS = ['keydown', 'keyup', 'keypress'];

function labelled<T extends HTMLElement>(element: T, text: string): T {
  // Drawn by the style, not a text node, so the page's window.find cannot find it (see marks.ts).
  element.style.setProperty('--label', cssString(text));
  element.setAttribute('aria-label', text);
  return element;
}

/**
 * Builds a mark's face in its (closed) shadow root: the pill and, with a control, a button that opens a small
 * inline group of buttons beside it ("Not a pitch", "Undo", ...). Inline, not floating, so it pushes the page's
 * content along rather than covering LinkedIn's buttons. Returns a function that opens the group and focuses its
 * first button (used when a mark is redrawn after the user pressed one of its buttons).
 */
export function buildMark(
  shadow: ShadowRoot,
  text: string,
  title: string,
  user: boolean,
  control?: MarkControl,
): () => void {
  const doc = shadow.ownerDocument;
  const pill = doc.createElement(control ? 'button' : 'span');
  pill.style.setProperty('--label', cssString(text));
  pill.setAttribute('aria-label', `${text}. ${title}`);
  pill.className = user ? 'pill user' : 'pill';
  pill.title = title;
  shadow.append(pill);
  if (!control) {
    // Read by screen readers inside the closed root; an attribute there is out of the page's reach like the text.
    pill.setAttribute('role', 'note');
    return () => undefined;
  }
  pill.setAttribute('type', 'button');
  pill.setAttribute('aria-expanded', 'false');
  // Named, not drawn: a --label here would be inherited by the status inside it and drawn there.
  const group = doc.createElement('span');
  group.setAttribute('aria-label', control.group);
  group.setAttribute('role', 'group');
  group.hidden = true;
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'status';
  // Busy is said by aria-disabled, not `disabled`: a disabled button drops the focus, and the redrawn mark takes
  // the focus only from a mark that still holds it (marks.ts).
  const busy = (on: boolean) => {
    for (const each of buttons) each.setAttribute('aria-disabled', String(on));
  };
  const buttons = control.buttons.map(({ label, request }) => {
    const button = labelled(doc.createElement('button'), label);
    button.type = 'button';
    button.addEventListener('click', (event) => {
      // Only a person's click or key: a page script's synthetic event is not the user teaching Selge.
      if (!event.isTrusted || button.getAttribute('aria-disabled') === 'true') return;
      busy(true);
      status.style.removeProperty('--label');
      status.removeAttribute('aria-label');
      void control.send(request).then(
        (ok) => ok || fail(),
        () => fail(),
      );
    });
    return button;
  });
  const fail = () => {
    busy(false);
    labelled(status, control.failed);
  };
  group.append(...buttons, status);
  shadow.append(group);
  const show = (open: boolean) => {
    group.hidden = !open;
    pill.setAttribute('aria-expanded', String(open));
  };
  pill.addEventListener('click', () => show(group.hidden));
  for (const type of CONTAINED)
    shadow.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type === 'click') event.preventDefault();
    });
  for (const type of KEYS)
    shadow.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type !== 'keydown' || (event as KeyboardEvent).key !== 'Escape' || group.hidden) return;
      show(false);
      pill.focus();
    });
  return () => {
    show(true);
    buttons[0]?.focus();
  };
}
