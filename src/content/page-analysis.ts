/**
 * From what the readers read to what the UI shows: each message and note with its verdict. Pure (no browser
 * API), so the unit tests can run it; the content script calls it with a cache and a time budget.
 */
import { analyzeLean as analyze } from '../analyzer/lean';
import type {
  MessageContext,
  MessageKind,
  ThreadMessage as AnalyzerThreadMessage,
  Verdict,
} from '../analyzer/types';
import type { Invitations, Thread, ThreadMessage } from '../shared/page-context';
import type { Settings } from '../shared/settings';

export interface AnalysisCache {
  get(key: string): Verdict | undefined;
  set(key: string, verdict: Verdict): void;
}

/** A bounded cache: old entries go first, so a day on LinkedIn does not grow memory without end. */
export function createVerdictCache(limit = 5000): AnalysisCache {
  const map = new Map<string, Verdict>();
  return {
    get(key) {
      const found = map.get(key);
      if (found) {
        map.delete(key);
        map.set(key, found);
      }
      return found;
    },
    set(key, verdict) {
      map.set(key, verdict);
      if (map.size > limit) map.delete(map.keys().next().value as string);
    },
  };
}

function recipientContext(settings: Settings): Pick<MessageContext, 'recipientAbout' | 'recipientWorkMode'> {
  const { workMode, description, role, sector } = settings.aboutMe;
  const about = [description, role, sector].filter(Boolean).join(' · ');
  return {
    ...(workMode !== 'unknown' ? { recipientWorkMode: workMode } : {}),
    ...(about ? { recipientAbout: about } : {}),
  };
}

/** Only what the rules read from the context goes into the cache key: kind, thread shape, names, settings. */
function contextKey(context: MessageContext): string {
  const earlier = context.earlier ?? [];
  const shape = `${earlier.length > 0 ? 1 : 0}${earlier.some((m) => m.author === 'them') ? 1 : 0}${earlier.at(-1)?.author ?? '-'}`;
  return [
    context.kind,
    context.firstAfterConnect ? 1 : 0,
    shape,
    context.recipientName ?? '',
    context.recipientWorkMode ?? '',
    context.recipientAbout ?? '',
  ].join('|');
}

export function analyzeCached(
  text: string,
  context: MessageContext,
  settings: Settings,
  cache: AnalysisCache,
): Verdict {
  const key = `${settings.strictness}|${contextKey(context)}|${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const verdict = analyze(text, context, { strictness: settings.strictness });
  cache.set(key, verdict);
  return verdict;
}

/** The analyzer's view of a message: the thread so far, seen from the message's sender. */
export function messageContext(
  thread: Thread,
  index: number,
  ownName: string | undefined,
  settings: Settings,
): MessageContext {
  const items = thread.items;
  const message = items[index] as ThreadMessage;
  const earlierMessages = items
    .slice(0, index)
    .filter((item): item is ThreadMessage => item.kind === 'message');
  const earlier: AnalyzerThreadMessage[] = earlierMessages.map((m) => ({
    author: m.direction === message.direction ? 'me' : 'them',
    text: m.text,
  }));
  let kind: MessageKind = 'unknown';
  if (message.firstAfterConnect) kind = 'first-message';
  else if (earlier.at(-1)?.author === 'them') kind = 'reply';
  else if (earlier.length > 0) kind = 'follow-up';
  else if (thread.fromStart) kind = 'first-message';
  const incoming = message.direction === 'incoming';
  return {
    kind,
    firstAfterConnect: message.firstAfterConnect,
    earlier: thread.fromStart || earlier.length > 0 ? earlier : undefined,
    ...(incoming ? { ...(ownName ? { recipientName: ownName } : {}), ...recipientContext(settings) } : {}),
    ...(!incoming && thread.participant.name ? { recipientName: thread.participant.name } : {}),
    ...(incoming && thread.participant.headline ? { senderHeadline: thread.participant.headline } : {}),
  };
}

export function draftContext(thread: Thread): MessageContext {
  const messages = thread.items.filter((item): item is ThreadMessage => item.kind === 'message');
  const earlier: AnalyzerThreadMessage[] = messages.map((m) => ({
    author: m.direction === 'own' ? 'me' : 'them',
    text: m.text,
  }));
  const first = thread.fromStart && !messages.some((m) => m.direction === 'own');
  return {
    kind: 'own-draft',
    firstAfterConnect: first,
    earlier: thread.fromStart || earlier.length > 0 ? earlier : undefined,
    ...(thread.participant.name ? { recipientName: thread.participant.name } : {}),
  };
}

/** The user's own name, when one of their messages shows it. */
export function ownNameOf(thread: Thread): string | undefined {
  return thread.items.find(
    (item): item is ThreadMessage =>
      item.kind === 'message' && item.direction === 'own' && item.sender !== '',
  )?.sender;
}

export function invitationContext(invitations: Invitations, settings: Settings): MessageContext {
  return invitations.tab === 'received'
    ? { kind: 'connection-note', ...recipientContext(settings) }
    : { kind: 'connection-note' };
}
