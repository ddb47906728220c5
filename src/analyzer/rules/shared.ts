import type { MessageContext, MessageKind } from '../types';

/** A message to someone the sender has no conversation with yet: a connection note or an opening message. */
export function isColdContact(context: MessageContext): boolean {
  const coldKinds: readonly (MessageKind | undefined)[] = ['connection-note', 'first-message'];
  if (coldKinds.includes(context.kind)) return true;
  if (context.firstAfterConnect) return true;
  if (context.earlier && context.earlier.length > 0)
    return !context.earlier.some((message) => message.author === 'them');
  return false;
}

export function isReply(context: MessageContext): boolean {
  if (context.kind === 'reply') return true;
  const last = context.earlier?.at(-1);
  return last?.author === 'them';
}
