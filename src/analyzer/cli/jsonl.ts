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
  /** Earlier messages of the conversation, oldest first, when the line gives them. */
  earlier?: ThreadMessage[];
}

/** The analyzer context a labelled line describes. */
export function contextOf(message: LabelledMessage): MessageContext {
  return {
    ...(message.kind ? { kind: message.kind } : {}),
    ...(message.earlier ? { earlier: message.earlier } : {}),
  };
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
    messages.push({
      id,
      text: record.text,
      kind: toMessageKind(record.kind),
      lang: typeof record.lang === 'string' ? record.lang : undefined,
      label,
      borderline: record.borderline === true,
      ...(typeof record.source === 'string' ? { source: record.source } : {}),
      ...(threadMessages(record.earlier) ? { earlier: threadMessages(record.earlier) } : {}),
    });
  });
  return { messages, errors };
}
