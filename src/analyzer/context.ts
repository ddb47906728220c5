/**
 * The context of a message as the analyzer trusts it. `analyze` is called with what page readers, the command
 * line and stored settings hand it, so every field is checked with the project's schema library: a field of the
 * wrong shape is dropped (the rules that need it stay silent), and nothing ever throws.
 */
import * as v from 'valibot';
import type { AnalyzeOptions, Conversation, MessageContext, Strictness, ThreadMessage } from './types';

/** Earlier messages read: the most recent ones decide the shape of a conversation. */
const MAX_EARLIER = 200;
const MAX_FIELD = 2_000;

const KindSchema = v.picklist([
  'connection-note',
  'first-message',
  'follow-up',
  'reply',
  'own-draft',
  'unknown',
]);
const WorkModeSchema = v.picklist(['alone', 'small-team', 'company']);
const StrictnessSchema = v.picklist(['relaxed', 'normal', 'strict']);
const ThreadMessageSchema = v.object({
  author: v.picklist(['me', 'them']),
  text: v.string(),
  kind: v.optional(v.picklist(['message', 'connection-note', 'system'])),
});
const ShortText = v.pipe(
  v.string(),
  v.transform((text) => text.slice(0, MAX_FIELD)),
);
const Minutes = v.pipe(v.number(), v.finite(), v.minValue(0));

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | undefined {
  // An absent field is the common case (every message of a page): no schema run, no issue list made for it.
  if (value === undefined) return undefined;
  const result = v.safeParse(schema, value);
  return result.success ? result.output : undefined;
}

/** Keeps every well-formed field of a context from outside and drops the rest. */
export function sanitizeContext(raw: unknown): MessageContext {
  if (typeof raw !== 'object' || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const context: MessageContext = {};
  const kind = field(KindSchema, record.kind);
  if (kind) context.kind = kind;
  if (typeof record.firstAfterConnect === 'boolean') context.firstAfterConnect = record.firstAfterConnect;
  const minutes = field(Minutes, record.minutesSinceConnected);
  if (minutes !== undefined) context.minutesSinceConnected = minutes;
  if (Array.isArray(record.earlier)) {
    const earlier: ThreadMessage[] = [];
    for (const item of record.earlier.slice(-MAX_EARLIER)) {
      const parsed = field(ThreadMessageSchema, item);
      if (parsed) earlier.push(parsed.kind ? parsed : { author: parsed.author, text: parsed.text });
    }
    context.earlier = earlier;
  }
  for (const key of ['senderHeadline', 'recipientName', 'recipientAbout'] as const) {
    const text = field(ShortText, record[key]);
    if (text !== undefined) context[key] = text;
  }
  const workMode = field(WorkModeSchema, record.recipientWorkMode);
  if (workMode) context.recipientWorkMode = workMode;
  return context;
}

export function sanitizeOptions(raw: unknown): { strictness: Strictness } {
  const strictness =
    typeof raw === 'object' && raw !== null
      ? field(StrictnessSchema, (raw as AnalyzeOptions).strictness)
      : undefined;
  return { strictness: strictness ?? 'normal' };
}

/** The conversation a message is in; the user's own connection note and system lines are not turns of it. */
/** The earlier messages that are turns of the conversation: not system lines, not the user's connection note. */
export function conversationTurns(context: MessageContext): ThreadMessage[] {
  return (context.earlier ?? []).filter(
    (message) => message.kind !== 'system' && message.kind !== 'connection-note',
  );
}

export function conversationOf(context: MessageContext): Conversation {
  const turns = conversationTurns(context);
  const theyWrote = turns.some((message) => message.author === 'them');
  const iWrote = turns.some((message) => message.author === 'me');
  if (theyWrote && iWrote) return 'ongoing';
  if (theyWrote || context.kind === 'reply') return 'reply';
  if (
    context.kind === 'connection-note' ||
    context.kind === 'first-message' ||
    context.kind === 'follow-up' ||
    context.firstAfterConnect === true ||
    iWrote ||
    (context.earlier !== undefined && context.earlier.length > 0)
  ) {
    return 'cold';
  }
  return 'unknown';
}

/** Messages the sender wrote before that were never answered: the user's own connection note does not count. */
export function unansweredTurns(context: MessageContext): number {
  if (context.firstAfterConnect) return 0;
  const turns = conversationTurns(context);
  if (turns.some((message) => message.author === 'them')) return 0;
  return turns.length;
}
