import type { MessageContext, MessageKind, ThreadMessage } from '../types';

export interface LabelledMessage {
  id: string;
  text: string;
  kind?: MessageKind;
  lang?: string;
  label?: 'pitch' | 'genuine';
  borderline?: boolean;
  /** Where the text was copied from (a repository path or a page); learn/groups.ts groups by it. */
  source?: string;
  /** Earlier messages of the conversation, oldest first, when the line gives them (or its thread does). */
  earlier?: ThreadMessage[];
  /** A documented sequence or conversation the line belongs to, and its 1-based place in it. */
  thread?: string;
  step?: number;
  /** 'them': the message reaches the user; 'me': the user's own. */
  from?: 'me' | 'them';
  /** The first message after the two connected: the sender's connection note came before it in the thread. */
  firstAfterConnect?: boolean;
}

/** The analyzer context a labelled line describes. */
export function contextOf(message: LabelledMessage): MessageContext {
  return {
    ...(message.kind ? { kind: message.kind } : {}),
    ...(message.earlier ? { earlier: message.earlier } : {}),
    ...(message.firstAfterConnect ? { firstAfterConnect: true } : {}),
  };
}

/**
 * Gives each line of a thread the context a page reader gives a message of that conversation: the earlier
 * steps, oldest first, seen from the line's sender (its own messages 'me', the other side's 'them'), earlier
 * connection notes marked as such, and a kind worked out as the page does when the line has none (after the
 * other side: a reply; after the sender's own: a follow-up; first: a first message). Lines without a thread,
 * or with `earlier` of their own, are left as they are.
 */
export function withThreadContext(messages: readonly LabelledMessage[]): LabelledMessage[] {
  const threads = new Map<string, LabelledMessage[]>();
  for (const message of messages) {
    if (message.thread === undefined || message.earlier) continue;
    const list = threads.get(message.thread) ?? [];
    list.push(message);
    threads.set(message.thread, list);
  }
  const linked = new Map<LabelledMessage, LabelledMessage>();
  for (const list of threads.values()) {
    const ordered = list
      .map((message, index) => ({ message, index }))
      .sort((a, b) => (a.message.step ?? a.index) - (b.message.step ?? b.index) || a.index - b.index)
      .map(({ message }) => message);
    ordered.forEach((message, position) => {
      const from = message.from ?? 'them';
      const before = ordered.slice(0, position);
      const earlier: ThreadMessage[] = before.map((other) => ({
        author: (other.from ?? 'them') === from ? 'me' : 'them',
        text: other.text,
        ...(other.kind === 'connection-note' ? { kind: 'connection-note' as const } : {}),
      }));
      // The sender's own connection note is no turn: the message after it is the first after connecting.
      const turns = earlier.filter((item) => item.kind !== 'connection-note');
      const previous = turns.at(-1);
      const kind =
        message.kind ??
        (previous === undefined ? 'first-message' : previous.author === 'me' ? 'follow-up' : 'reply');
      const firstAfterConnect =
        kind === 'first-message' &&
        turns.length === 0 &&
        earlier.some((item) => item.kind === 'connection-note' && item.author === 'me');
      linked.set(message, {
        ...message,
        kind,
        earlier,
        ...(firstAfterConnect ? { firstAfterConnect: true } : {}),
      });
    });
  }
  return messages.map((message) => linked.get(message) ?? message);
}

function threadMessages(value: unknown): ThreadMessage[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    return (record.author === 'me' || record.author === 'them') && typeof record.text === 'string'
      ? [{ author: record.author, text: record.text }]
      : [];
  });
}

export interface LineError {
  line: number;
  message: string;
}

const KIND_ALIASES: Readonly<Record<string, MessageKind>> = {
  'connection note': 'connection-note',
  'connection-note': 'connection-note',
  note: 'connection-note',
  invitation: 'connection-note',
  'first message': 'first-message',
  'first-message': 'first-message',
  inmail: 'first-message',
  'follow-up': 'follow-up',
  followup: 'follow-up',
  'follow up': 'follow-up',
  reply: 'reply',
  'own draft': 'own-draft',
  'own-draft': 'own-draft',
  draft: 'own-draft',
};

export function toMessageKind(kind: unknown): MessageKind | undefined {
  return typeof kind === 'string' ? KIND_ALIASES[kind.trim().toLowerCase()] : undefined;
}

/**
 * Reads JSON Lines: one object a line with at least `id` and `text`. Bad lines are reported with their line
 * number and skipped; every good line is kept.
 */
export function parseJsonl(content: string): { messages: LabelledMessage[]; errors: LineError[] } {
  const messages: LabelledMessage[] = [];
  const errors: LineError[] = [];
  if (content.trim().length === 0) {
    errors.push({
      line: 0,
      message: 'the file is empty: expected one JSON object a line with "id" and "text"',
    });
    return { messages, errors };
  }
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push({ line, message: `invalid JSON (${(error as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ line, message: 'expected a JSON object' });
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string') {
      errors.push({ line, message: 'missing "text" (a string)' });
      return;
    }
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
    if (id === undefined) {
      errors.push({ line, message: 'missing "id"' });
      return;
    }
    const label = record.label === 'pitch' || record.label === 'genuine' ? record.label : undefined;
    const thread =
      typeof record.thread === 'string' || typeof record.thread === 'number'
        ? String(record.thread)
        : undefined;
    messages.push({
      id,
      text: record.text,
      kind: toMessageKind(record.kind),
      lang: typeof record.lang === 'string' ? record.lang : undefined,
      label,
      borderline: record.borderline === true,
      ...(typeof record.source === 'string' ? { source: record.source } : {}),
      ...(threadMessages(record.earlier) ? { earlier: threadMessages(record.earlier) } : {}),
      ...(thread !== undefined ? { thread } : {}),
      ...(typeof record.step === 'number' && Number.isFinite(record.step) ? { step: record.step } : {}),
      ...(record.from === 'me' || record.from === 'them' ? { from: record.from } : {}),
    });
  });
  return { messages: withThreadContext(messages), errors };
}
