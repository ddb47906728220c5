import { conversationOf, conversationTurns } from '../context';
import type { MessageContext } from '../types';

/** A message to someone who has not written back: a connection note, an opening message, a sequence step. */
export function isColdContact(context: MessageContext): boolean {
  return conversationOf(context) === 'cold';
}

/** Answering the other person, or writing in a conversation both sides have written in. */
export function isReply(context: MessageContext): boolean {
  const conversation = conversationOf(context);
  return conversation === 'reply' || conversation === 'ongoing';
}

/** The last message before this one is theirs and asks something: what follows answers a question. */
export function theyAskedLast(context: MessageContext): boolean {
  const last = conversationTurns(context).at(-1);
  return last?.author === 'them' && last.text.includes('?');
}
