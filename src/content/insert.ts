import { readableText } from '../linkedin/dom';
import type { InsertMode, InsertReply, InsertTarget } from '../shared/protocol';
import type { ThreadItem, ThreadMessage } from '../shared/page-context';
import { FIRST_MESSAGE, messageKey, type ReplyAddress } from '../shared/reply-address';
import type { PageState } from './state';

const BLOCKS = 'p, div, li, blockquote';

function placeCaretAtEnd(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function caretInside(element: HTMLElement): boolean {
  const selection = element.ownerDocument.getSelection();
  return Boolean(selection && selection.rangeCount > 0 && element.contains(selection.anchorNode));
}

/**
 * What goes around text added between `before` and `after` so that it does not run into the words there:
 * a space, or a line break when the added text has lines of its own ("dat je Hoi Casey", not "dat jeHoi").
 */
export function boundaryPadding(
  before: string,
  text: string,
  after: string,
): { lead: string; trail: string } {
  const gap = text.includes('\n') ? '\n' : ' ';
  return {
    lead: before === '' || /[\s([{"'“‘]$/u.test(before) ? '' : gap,
    trail: after === '' || /^[\s.,;:!?)\]}"'”’…]/u.test(after) ? '' : gap,
  };
}

/**
 * A range's text as the user sees it: a <br> is a line break. Range.toString() leaves it out, and a reply
 * added after Shift+Enter would start its line with a space.
 */
function rangeText(range: Range): string {
  const fragment = range.cloneContents();
  const walker = fragment.ownerDocument.createTreeWalker(
    fragment,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if ((node as Element).tagName === 'BR') text += '\n';
  }
  return text;
}

/** The text on either side of the selection within its paragraph of the compose box. */
function aroundSelection(field: HTMLElement, range: Range): { before: string; after: string } {
  const start = range.startContainer;
  const closest = (start instanceof Element ? start : start.parentElement)?.closest(BLOCKS);
  const block = closest && field.contains(closest) ? closest : field;
  const head = field.ownerDocument.createRange();
  head.setStart(block, 0);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = field.ownerDocument.createRange();
  tail.setStart(range.endContainer, range.endOffset);
  tail.setEnd(block, block.childNodes.length);
  return { before: rangeText(head), after: rangeText(tail) };
}

function padded(text: string, around: { before: string; after: string }): string {
  const { lead, trail } = boundaryPadding(around.before, text, around.after);
  return `${lead}${text}${trail}`;
}

/**
 * Types text into LinkedIn's compose box (contenteditable) or note field (textarea) the way a person would:
 * through the editing command, so the page's own input handlers run and its Send button wakes up. Never
 * sends. An existing draft is never silently lost: with mode "if-empty" a non-empty field is reported back,
 * and "replace" replaces only the draft the user was shown (`replacing`); a draft that changed since is
 * reported back again.
 */
export function insertText(
  field: HTMLElement,
  text: string,
  mode: InsertMode,
  target: InsertTarget,
  replacing?: string,
): InsertReply {
  const isTextField = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
  const currentText = isTextField ? field.value : readableText(field);
  const empty = currentText.trim() === '';
  if (!empty && (mode === 'if-empty' || (mode === 'replace' && replacing?.trim() !== currentText.trim()))) {
    return {
      ok: false,
      reason: 'draft-not-empty',
      draft: currentText,
      message: 'There is already a draft. Replace it, or add the reply at the cursor?',
    };
  }
  const document = field.ownerDocument;
  const replaceAll = mode === 'replace' || empty;
  if (isTextField) {
    // A text field keeps its selection while it has no focus: what focusing it would select is known now.
    const start = replaceAll ? 0 : (field.selectionStart ?? field.value.length);
    const end = replaceAll ? field.value.length : (field.selectionEnd ?? field.value.length);
    const typed = replaceAll
      ? text
      : padded(text, { before: field.value.slice(0, start), after: field.value.slice(end) });
    // LinkedIn's note field takes at most its maxlength (300; 200 on some accounts). The browser's typing command
    // would cut the rest off without a word, mid-sentence, and the user might send the stub: refuse, before the
    // field is focused and its draft selected (a key typed then would replace the draft).
    const length = field.value.length - (end - start) + typed.length;
    if (field.maxLength >= 0 && length > field.maxLength)
      return {
        ok: false,
        reason: 'too-long',
        length,
        max: field.maxLength,
        message: `That would make ${length} characters; the field takes ${field.maxLength}. Nothing was inserted.`,
      };
    field.focus();
    if (replaceAll) field.select();
    if (!document.execCommand('insertText', false, typed)) {
      field.setRangeText(typed, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: typed }));
    }
    return { ok: true, target };
  }
  // Focusing an editor puts the caret at its start unless the user left it somewhere inside: ask first.
  const userCaret = caretInside(field);
  field.focus();
  const selection = document.getSelection();
  if (replaceAll) {
    const range = document.createRange();
    range.selectNodeContents(field);
    selection?.removeAllRanges();
    selection?.addRange(range);
  } else if (!userCaret) {
    placeCaretAtEnd(field);
  }
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const typed = replaceAll || !range ? text : padded(text, aroundSelection(field, range));
  if (!document.execCommand('insertText', false, typed)) {
    // Editors that refuse the command still get the text and the input event they listen to.
    if (range) {
      range.deleteContents();
      range.insertNode(document.createTextNode(typed));
    } else field.append(document.createTextNode(typed));
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: typed }));
  }
  return { ok: true, target };
}

const NO_TARGET: InsertReply = {
  ok: false,
  reason: 'no-target',
  message: 'Open a conversation or a connection note on LinkedIn first.',
};
const TARGET_GONE: InsertReply = {
  ok: false,
  reason: 'target-gone',
  message: 'That conversation is no longer open on LinkedIn. Nothing was inserted.',
};

/**
 * Where a reply goes: the compose box of the conversation it answers, found by its key and still holding
 * the message answered; or, without an address, the "Add a note" field. Anything else is refused rather
 * than guessed, so a reply never lands in another conversation.
 */
export function addressedField(
  { read, context }: PageState,
  to: ReplyAddress | undefined,
): { field: HTMLElement; target: InsertTarget } | InsertReply {
  if (!to)
    return read.surface === 'connect-note' && read.field
      ? { field: read.field, target: 'connect-note' }
      : NO_TARGET;
  if (read.surface !== 'thread' || context.surface !== 'thread') return TARGET_GONE;
  const entry = read.threads[context.threads.findIndex((shown) => shown.key === to.thread)];
  const incoming = (item: ThreadItem) => item.kind === 'message' && item.direction === 'incoming';
  // A first message answers nothing: it goes only where the other person has not written (yet).
  const answered =
    to.message === FIRST_MESSAGE
      ? entry && !entry.thread.items.some(incoming)
      : entry?.thread.items.some(
          (item) => incoming(item) && messageKey(item as ThreadMessage) === to.message,
        );
  if (!entry?.composeBox?.isConnected || !answered) return TARGET_GONE;
  return { field: entry.composeBox, target: 'compose' };
}
