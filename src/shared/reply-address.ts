/**
 * Which conversation, and which message in it, a reply answers. The views send this with every insert, so
 * the content script writes into that conversation's compose box or into none (issue 12, item 7): with
 * several chat bubbles open, "the first compose box" is often someone else's.
 */
import type { Thread, ThreadMessage } from './page-context';

export interface ReplyAddress {
  /** The conversation's key in the page context (`threadKeys`). */
  thread: string;
  /**
   * `messageKey` of the message answered: the content script finds it in that conversation, or refuses.
   * FIRST_MESSAGE for an opener, which answers nothing: refused once the other person has written.
   */
  message: string;
}

/** The address of a first message (issue 21, item 2): a conversation in which the other has not written. */
export const FIRST_MESSAGE = '';

/**
 * A key per conversation on the page, from what the user sees: the pane or a bubble, and who it is with.
 * It survives LinkedIn re-rendering the same conversation and changes when another conversation takes its
 * place. Two conversations that look alike are told apart by their order.
 */
export function threadKeys(threads: readonly Pick<Thread, 'variant' | 'participant'>[]): string[] {
  const seen = new Map<string, number>();
  return threads.map(({ variant, participant }) => {
    const base = `${variant}:${participant.name}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}#${count + 1}`;
  });
}

/** A short, stable key for a message: its sender and text (FNV-1a), never stored anywhere. */
export function messageKey(message: Pick<ThreadMessage, 'sender' | 'text'>): string {
  const source = `${message.sender}\u0000${message.text}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${message.text.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}
