import type { InsertMode, InsertReply } from '../shared/protocol';

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
 * Types text into LinkedIn's compose box (contenteditable) or note field (textarea) the way a person would:
 * through the editing command, so the page's own input handlers run and its Send button wakes up. Never
 * sends. An existing draft is never silently lost: with mode "if-empty" a non-empty field is reported back.
 */
export function insertText(
  field: HTMLElement,
  currentText: string,
  text: string,
  mode: InsertMode,
  target: 'compose' | 'connect-note',
): InsertReply {
  if (mode === 'if-empty' && currentText.trim() !== '') {
    return {
      ok: false,
      reason: 'draft-not-empty',
      draft: currentText,
      message: 'There is already a draft. Replace it, or add the reply at the cursor?',
    };
  }
  const document = field.ownerDocument;
  field.focus();
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    if (mode === 'replace' || currentText.trim() === '') field.select();
    const inserted = document.execCommand('insertText', false, text);
    if (!inserted) {
      const start = mode === 'replace' ? 0 : (field.selectionStart ?? field.value.length);
      const end = mode === 'replace' ? field.value.length : (field.selectionEnd ?? field.value.length);
      field.setRangeText(text, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    return { ok: true, target };
  }
  if (mode === 'replace' || currentText.trim() === '') {
    const selection = document.getSelection();
    const range = document.createRange();
    range.selectNodeContents(field);
    selection?.removeAllRanges();
    selection?.addRange(range);
  } else if (!caretInside(field)) {
    placeCaretAtEnd(field);
  }
  const inserted = document.execCommand('insertText', false, text);
  if (!inserted) {
    // Editors that refuse the command still get the text and the input event they listen to.
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (range) {
      range.deleteContents();
      range.insertNode(document.createTextNode(text));
    } else field.append(document.createTextNode(text));
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return { ok: true, target };
}
