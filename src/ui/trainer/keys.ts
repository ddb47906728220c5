import { useLayoutEffect, useRef } from 'preact/hooks';

export type PresenterKey = 'next' | 'previous' | 'first' | 'last' | 'findings';

/** A field the key goes into (a checkbox or a button takes no arrow keys, so those still move the slides). */
function typesText(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!element) return false;
  if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT')
    return true;
  return (
    element.tagName === 'INPUT' && !['checkbox', 'button', 'submit', 'reset'].includes(element.type ?? '')
  );
}

/**
 * What a key means in presenter mode. Presentation clickers send PageDown and PageUp; arrow keys, Home and
 * End do what they do in slide software. Keys typed into a field, or with a modifier, mean nothing here.
 */
export function presenterKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
): PresenterKey | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (typesText(event.target)) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'findings';
    default:
      return undefined;
  }
}

/** The key itself beside its meaning: a clicker's PageUp and PageDown also answer the quiz (QuizView). */
export type PresenterKeyHandler = (key: PresenterKey, pressed: string) => void;

interface Listener {
  active: boolean;
  onKey: PresenterKeyHandler;
}

/** The mounted views that take presenter keys, the latest mounted last. */
const listeners: Listener[] = [];
let listening = false;

function onKeydown(event: KeyboardEvent): void {
  const listener = listeners.findLast((candidate) => candidate.active);
  if (!listener) return;
  const key = presenterKey(event);
  if (!key) return;
  event.preventDefault();
  listener.onKey(key, event.key);
}

/**
 * Listens for presenter keys on the whole page while `active`, from the render that shows the screen on.
 * One page listener is attached once and reads what each view rendered last: attaching it in an effect,
 * after the next frame, lost a key pressed right after the screen changed (issue 19: → right after an
 * answer, F right after presenter mode was switched on). The latest `onKey` is called, so a key acts on
 * what is on screen now.
 */
export function usePresenterKeys(active: boolean, onKey: PresenterKeyHandler): void {
  const self = useRef<Listener>({ active, onKey }).current;
  // Set while rendering: Preact commits a render at once, so no key lands between the two.
  self.active = active;
  self.onKey = onKey;
  // A layout effect runs in the same task as the render that mounted the view, before any key can land.
  useLayoutEffect(() => {
    if (!listening) {
      window.addEventListener('keydown', onKeydown);
      listening = true;
    }
    listeners.push(self);
    return () => {
      const at = listeners.indexOf(self);
      if (at >= 0) listeners.splice(at, 1);
    };
  }, [self]);
}
