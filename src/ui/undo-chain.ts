import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** Puts one deleted item back; resolves whether it is back (a refused write leaves it to undo again). */
export type UndoDelete = () => Promise<boolean>;

/** Enough for a row of hasty deletes; the oldest beyond it can no longer be undone. */
const KEPT = 20;

export interface UndoChain<S> {
  status: S | null;
  /** A status of anything but a delete or an undo: the deletes before it can no longer be undone from it. */
  show: (status: S | null) => void;
  /** The status of a delete: Undo puts it back, and the deletes before it stay to undo in turn. */
  showDeleted: (status: S, undo: UndoDelete) => void;
  /** The status of an undo that put its item back: Undo stays offered for the delete before, if any. */
  showRestored: (status: S) => void;
  /** A status that leaves the deletes to undo as they are: a delete or an undo that storage refused. */
  showKept: (status: S) => void;
  /** How many deletes Undo can still put back. */
  undoable: number;
  /** Whether the status is an undo's: then the page says Undo again goes on with the delete before. */
  undone: boolean;
  /** Puts back the latest delete. */
  undo: () => void;
  /** The Undo button, which takes the focus after a delete (the pressed Delete went with its item). */
  undoButton: RefObject<HTMLButtonElement | null>;
}

/**
 * A page's status line with a stack of recent deletes (trainer deck, options). Undo covered only the last delete:
 * two deletes in a row and the first was lost for good. Focus: to Undo after a delete; where it goes after an
 * undo (the item put back) is the page's to say, as only it knows where that item is drawn.
 */
export function useUndoChain<S>(): UndoChain<S> {
  const [status, setStatus] = useState<S | null>(null);
  const [undos, setUndos] = useState<readonly UndoDelete[]>([]);
  // Counts deletes, so a second delete moves the focus to Undo again although Undo was already shown.
  const [deletes, setDeletes] = useState(0);
  const [undone, setUndone] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The undos as of now, for an Undo pressed twice before the page drew the first one's result.
  const latest = useRef(undos);
  latest.current = undos;
  const setStack = (next: readonly UndoDelete[]) => {
    latest.current = next;
    setUndos(next);
  };
  // As it is drawn, not after the paint: later, it could take the keyboard from where the user went next.
  useLayoutEffect(() => {
    if (deletes > 0) undoButton.current?.focus();
  }, [deletes]);
  return {
    status,
    show: (next) => {
      setStack([]);
      setUndone(false);
      setStatus(next);
    },
    showDeleted: (next, undo) => {
      setStack([...latest.current, undo].slice(-KEPT));
      setUndone(false);
      setStatus(next);
      setDeletes((n) => n + 1);
    },
    showRestored: (next) => {
      setUndone(true);
      setStatus(next);
    },
    showKept: (next) => {
      setUndone(false);
      setStatus(next);
    },
    undoable: undos.length,
    undone,
    undo: () => {
      const before = latest.current;
      const undoLatest = before.at(-1);
      if (!undoLatest) return;
      setStack(before.slice(0, -1));
      void undoLatest().then((back) => {
        // Not put back (storage refused): the status says why, and Undo is offered again for all of them.
        if (!back) setStack(before);
      });
    },
    undoButton,
  };
}
