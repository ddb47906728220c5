import { useLayoutEffect, useRef } from 'preact/hooks';
import type { InsertMode, InsertReply } from '../../shared/protocol';
import { format, useStrings, type Strings } from '../i18n';
import { shorten } from '../shorten';

/** What the user sees after Copy or Insert: done, why not, or the draft that is already in LinkedIn's field. */
export type InsertStatus =
  | { kind: 'info' | 'error'; text: string }
  /** LinkedIn's field holds this draft: replace exactly it, or add at the cursor. */
  | { kind: 'confirm'; text: string; draft: string };

/** The status an insert's answer gives; `inserted` is what a studio says once the text is in. */
export function insertStatusOf(result: InsertReply, t: Strings, inserted: string): InsertStatus {
  if (result.ok) return { kind: 'info', text: inserted };
  if (result.reason === 'draft-not-empty')
    return { kind: 'confirm', text: t.draftExists, draft: result.draft };
  // In the view's language: the content script's own message is English, for its log.
  if (result.reason === 'too-long')
    return { kind: 'error', text: format(t.tooLong, { n: result.length, max: result.max }) };
  return {
    kind: 'error',
    text:
      result.reason === 'target-gone'
        ? t.targetGone
        : result.reason === 'unreachable'
          ? t.tabUnreachable
          : t.noTarget,
  };
}

interface Props {
  status: InsertStatus;
  /** Inserts again, once the user has chosen what happens to the draft. */
  onInsert: (mode: InsertMode, replacing?: string) => void;
  onCancel: () => void;
}

/** The status line; for a draft already there, the draft itself and the choice: replace it, add, or cancel. */
export function InsertStatusView({ status, onInsert, onCancel }: Props) {
  const t = useStrings();
  const box = useRef<HTMLDivElement>(null);
  // The button pressed (Replace the draft, Add at the cursor) goes away with the choice: the keyboard stays
  // here, on what happened, rather than falling back to the top of the view.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) box.current?.focus();
  }, [status]);
  return (
    <div
      class={`status status-${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
      ref={box}
    >
      <p>{status.text}</p>
      {status.kind === 'confirm' && (
        <>
          <blockquote class="draft-quote" dir="auto">
            {shorten(status.draft, 200)}
          </blockquote>
          <div class="row">
            <button type="button" onClick={() => onInsert('replace', status.draft)}>
              {t.replaceDraft}
            </button>
            <button type="button" onClick={() => onInsert('at-caret')}>
              {t.addAtCursor}
            </button>
            <button type="button" onClick={onCancel}>
              {t.cancel}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
