/**
 * From what the readers read to what the analyzer needs: each message with its context, a cache key, and the
 * requests that fetch verdicts from the background. Pure (no browser API), so the unit tests can run it; the
 * content script passes in the function that sends a request.
 */
import type {
  MessageContext,
  MessageKind,
  Strictness,
  ThreadMessage as AnalyzerThreadMessage,
  Verdict,
} from '../analyzer/types';
import { ACCEPTED } from '../linkedin/readThread';
import type { Invitations, Thread, ThreadItem, ThreadMessage } from '../shared/page-context';
import type { Settings } from '../shared/settings';
import {
  boundedText,
  isAnalysisReply,
  type AnalysisItem,
  type AnalysisReply,
  type AnalysisRequest,
} from '../shared/wire';

export interface AnalysisCache {
  get(key: string): Verdict | undefined;
  set(key: string, verdict: Verdict): void;
  /** The user corrected a verdict or trusted someone (issue 23): no cached verdict may be served again. */
  clear(): void;
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
    clear() {
      map.clear();
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

/**
 * Only what the rules read from the context goes into the cache key: kind, thread shape (who wrote each of the
 * few earlier messages, and which were connection notes), names, settings.
 */
function contextKey(context: MessageContext): string {
  const shape = (context.earlier ?? []).map((m) => `${m.author[0]}${m.kind?.[0] ?? ''}`).join('');
  return [
    context.kind,
    context.firstAfterConnect ? 1 : 0,
    shape,
    context.recipientName ?? '',
    context.recipientWorkMode ?? '',
    context.recipientAbout ?? '',
  ].join('|');
}

/** A message waiting for its verdict: what goes to the background, and its cache key. */
export interface AnalysisJob {
  item: AnalysisItem;
  key: string;
}

/**
 * `explain`: the user's own draft or note, whose findings the indicator beside it explains (wire.ts). `person`: the
 * sender's profile id for trusted people (issue 23), keyed by the background.
 */
export function analysisJob(
  text: string,
  context: MessageContext,
  strictness: Strictness,
  explain = false,
  person?: string,
): AnalysisJob {
  const bounded = boundedText(text);
  return {
    item: { text: bounded, context, ...(explain ? { explain } : {}), ...(person ? { person } : {}) },
    key: `${explain ? 'e' : ''}${strictness}|${contextKey(context)}|${person ?? ''}|${bounded}`,
  };
}

/**
 * How many earlier messages travel with a message, and how much of each. The rules read only who wrote them;
 * a little text stays for rules that may read it, without making a long thread's requests nine times larger.
 */
const EARLIER_KEPT = 4;
const EARLIER_CHARS = 300;

/**
 * The earlier messages a message travels with: the latest few, and the latest one by the other side when
 * none of those is. So "is there an earlier message", "did the other side write" and "who wrote last" read
 * the same as on the whole thread, and a message of a 2,000-message thread does not carry the other 1,999.
 */
function boundedEarlier(
  recent: readonly ThreadMessage[],
  lastOther: ThreadMessage | undefined,
  toAuthor: (message: ThreadMessage) => AnalyzerThreadMessage['author'],
  notes: ReadonlySet<ThreadMessage>,
): AnalyzerThreadMessage[] {
  const kept = recent.slice(-EARLIER_KEPT);
  const withOther =
    lastOther && !kept.some((message) => toAuthor(message) === 'them') ? [lastOther, ...kept] : kept;
  return withOther.map((message) => ({
    author: toAuthor(message),
    text: message.text.slice(0, EARLIER_CHARS),
    ...(notes.has(message) ? { kind: 'connection-note' as const } : {}),
  }));
}

/**
 * Messages sent before the other accepted the invitation ("X accepted your invitation"): the connection note.
 * It is not a message the other left unanswered.
 */
function notesBeforeAcceptance(items: readonly ThreadItem[]): Set<ThreadMessage> {
  const notes = new Set<ThreadMessage>();
  let waiting: ThreadMessage[] = [];
  for (const item of items) {
    if (item.kind === 'message') waiting.push(item);
    else if (ACCEPTED.test(item.text)) {
      for (const message of waiting) notes.add(message);
      waiting = [];
    }
  }
  return notes;
}

/**
 * The analyzer's view of each message of a thread, in order (null for system lines): the thread so far, seen
 * from the message's sender. Call it once per item, first to last; it keeps only what the next message needs,
 * so a long thread costs one short step per message.
 */
export function threadContexts(
  thread: Thread,
  ownName: string | undefined,
  settings: Settings,
): (item: ThreadItem) => MessageContext | null {
  const recent: ThreadMessage[] = [];
  const lastBy: Partial<Record<ThreadMessage['direction'], ThreadMessage>> = {};
  const recipient = recipientContext(settings);
  /** Messages of the current stretch before an acceptance line; they become notes when one follows. */
  let sinceAcceptance: ThreadMessage[] = [];
  const notes = new Set<ThreadMessage>();
  return (item) => {
    if (item.kind !== 'message') {
      if (ACCEPTED.test(item.text)) {
        for (const message of sinceAcceptance) notes.add(message);
        sinceAcceptance = [];
      }
      return null;
    }
    sinceAcceptance.push(item);
    const incoming = item.direction === 'incoming';
    const lastOther = lastBy[incoming ? 'own' : 'incoming'];
    const previous = recent.at(-1);
    let kind: MessageKind = 'unknown';
    if (item.firstAfterConnect) kind = 'first-message';
    else if (previous && previous.direction !== item.direction) kind = 'reply';
    else if (previous) kind = 'follow-up';
    else if (thread.fromStart) kind = 'first-message';
    const earlier = boundedEarlier(
      recent,
      lastOther,
      (m) => (m.direction === item.direction ? 'me' : 'them'),
      notes,
    );
    recent.push(item);
    if (recent.length > EARLIER_KEPT) recent.shift();
    lastBy[item.direction] = item;
    return {
      kind,
      firstAfterConnect: item.firstAfterConnect,
      earlier: thread.fromStart || earlier.length > 0 ? earlier : undefined,
      ...(incoming ? { ...(ownName ? { recipientName: ownName } : {}), ...recipient } : {}),
      ...(!incoming && thread.participant.name ? { recipientName: thread.participant.name } : {}),
      ...(incoming && thread.participant.headline ? { senderHeadline: thread.participant.headline } : {}),
    };
  };
}

export function messageContexts(
  thread: Thread,
  ownName: string | undefined,
  settings: Settings,
): (MessageContext | null)[] {
  return thread.items.map(threadContexts(thread, ownName, settings));
}

export function draftContext(thread: Thread): MessageContext {
  const messages = thread.items.filter((item): item is ThreadMessage => item.kind === 'message');
  const lastIncoming = messages.findLast((m) => m.direction === 'incoming');
  const notes = notesBeforeAcceptance(thread.items);
  const earlier = boundedEarlier(
    messages,
    lastIncoming,
    (m) => (m.direction === 'own' ? 'me' : 'them'),
    notes,
  );
  // The first message after connecting, even when the user's own connection note is already in the thread.
  const first = thread.fromStart && !messages.some((m) => m.direction === 'own' && !notes.has(m));
  return {
    kind: 'own-draft',
    firstAfterConnect: first,
    earlier: thread.fromStart || earlier.length > 0 ? earlier : undefined,
    ...(thread.participant.name ? { recipientName: thread.participant.name } : {}),
  };
}

export function noteContext(recipientName: string | undefined): MessageContext {
  return { kind: 'connection-note', ...(recipientName ? { recipientName } : {}) };
}

/** The user's own name, when one of their messages shows it. */
export function ownNameOf(thread: Thread): string | undefined {
  return thread.items.find(
    (item): item is ThreadMessage =>
      item.kind === 'message' && item.direction === 'own' && item.sender !== '',
  )?.sender;
}

/**
 * A conversation list row's preview: the latest message of a conversation the user has not opened. Nothing
 * tells where in the conversation it stands; it is read as addressed to the user.
 */
export function previewContext(settings: Settings): MessageContext {
  return {
    kind: 'unknown',
    ...(settings.aboutMe.name ? { recipientName: settings.aboutMe.name } : {}),
    ...recipientContext(settings),
  };
}

export function invitationContext(invitations: Invitations, settings: Settings): MessageContext {
  return invitations.tab === 'received'
    ? { kind: 'connection-note', ...recipientContext(settings) }
    : { kind: 'connection-note' };
}

/** Sends one request for verdicts; rejects when the background cannot be reached. */
export type SendAnalysis = (request: AnalysisRequest) => Promise<unknown>;

/** A request is copied on LinkedIn's main thread when sent: small enough to take a few milliseconds. */
const BATCH_ITEMS = 100;
const BATCH_CHARS = 60_000;
const RETRY_DELAY_MS = 150;

function itemChars(item: AnalysisItem): number {
  return item.text.length + (item.context.earlier ?? []).reduce((sum, m) => sum + m.text.length, 0);
}

/**
 * One request to the background, tried twice: Chrome's service worker may be asleep or restarting (the
 * first message wakes it, but can fail while it starts), and Firefox's event page may be reloading.
 */
async function sendWithRetry(request: AnalysisRequest, send: SendAnalysis): Promise<AnalysisReply> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    try {
      const reply = await send(request);
      if (isAnalysisReply(reply, request.items.length)) return reply;
      lastError = new Error('the background answered without verdicts');
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/**
 * Verdicts for the jobs, from the cache or the background in bounded batches (same text and context: one
 * request). Rejects when the background stays unreachable; nothing is cached then, so the next try asks again.
 */
export async function fetchVerdicts(
  jobs: readonly AnalysisJob[],
  strictness: Strictness,
  cache: AnalysisCache,
  send: SendAnalysis,
  onRoundTrip: (ms: number) => void = () => undefined,
): Promise<Verdict[]> {
  const verdicts: (Verdict | undefined)[] = jobs.map((job) => cache.get(job.key));
  const pending = new Map<string, number[]>();
  jobs.forEach((job, index) => {
    if (verdicts[index]) return;
    const waiting = pending.get(job.key);
    if (waiting) waiting.push(index);
    else pending.set(job.key, [index]);
  });
  const keys = [...pending.keys()];
  for (let start = 0; start < keys.length;) {
    const batch: string[] = [];
    let chars = 0;
    for (; start < keys.length && batch.length < BATCH_ITEMS; start++) {
      const key = keys[start] as string;
      const first = (pending.get(key) as number[])[0] as number;
      const size = itemChars((jobs[first] as AnalysisJob).item);
      if (batch.length > 0 && chars + size > BATCH_CHARS) break;
      batch.push(key);
      chars += size;
    }
    const items = batch.map((key) => (jobs[(pending.get(key) as number[])[0] as number] as AnalysisJob).item);
    const sent = performance.now();
    const reply = await sendWithRetry({ items, strictness }, send);
    onRoundTrip(performance.now() - sent);
    batch.forEach((key, index) => {
      const verdict = reply.verdicts[index] as Verdict;
      cache.set(key, verdict);
      for (const at of pending.get(key) ?? []) verdicts[at] = verdict;
    });
  }
  return verdicts as Verdict[];
}
