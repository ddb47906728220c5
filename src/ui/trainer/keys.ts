import { useEffect, useRef } from 'preact/hooks';

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

/**
 * Listens for presenter keys on the whole page while `active`. The latest `onKey` is called, so a key pressed
 * right after the screen changed acts on what is on screen now.
 */
export function usePresenterKeys(active: boolean, onKey: (key: PresenterKey) => void): void {
  const latest = useRef(onKey);
  latest.current = onKey;
  useEffect(() => {
    if (!active) return undefined;
    const listener = (event: KeyboardEvent) => {
      const key = presenterKey(event);
      if (!key) return;
      event.preventDefault();
      latest.current(key);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [active]);
}
