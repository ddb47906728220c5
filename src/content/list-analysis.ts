/**
 * The inbox's conversation list (issue 22): a verdict for each drawn row from its preview, without opening the
 * conversation (opening tells the sender it was read). Once the user opens one, the whole conversation's
 * verdict replaces the preview's on its row. Pure (no browser API): the content script passes in where the
 * verdicts come from.
 */
import type { Verdict } from '../analyzer/types';
import type { ConversationListWithElements } from '../linkedin/readConversationList';
import type {
  ConversationRow,
  ConversationRowView,
  ConversationsView,
  ThreadView,
} from '../shared/page-context';
import type { Settings } from '../shared/settings';
import {
  analysisJob,
  fetchVerdicts,
  previewContext,
  type AnalysisCache,
  type AnalysisJob,
  type SendAnalysis,
} from './page-analysis';

/** Where the verdicts come from (the content script's cache, then the background). */
export interface ListVerdictSource {
  cache: AnalysisCache;
  send: SendAnalysis;
  onRoundTrip?: (ms: number) => void;
}

/** What the user saw of a conversation they opened, kept for this page's life (memory only, never stored). */
interface Remembered {
  /** The row's preview when the conversation was read: a new message makes the memory old. */
  preview: string;
  verdict: Verdict | null;
}

export interface ConversationMemory {
  get(key: string): Remembered | undefined;
  set(key: string, remembered: Remembered): void;
  /** The user corrected a verdict (issue 23): remembered verdicts may be stale. */
  clear(): void;
}

/** Bounded: a day of opening conversations does not grow the page's memory without end. */
export function createConversationMemory(limit = 500): ConversationMemory {
  const map = new Map<string, Remembered>();
  return {
    get: (key) => map.get(key),
    set(key, remembered) {
      map.delete(key);
      map.set(key, remembered);
      if (map.size > limit) map.delete(map.keys().next().value as string);
    },
    clear: () => map.clear(),
  };
}

/**
 * A conversation's verdict from its incoming messages: its strongest pitch, else its latest incoming message.
 * Null when the other side wrote nothing with words (then it is no received pitch either).
 */
export function conversationVerdict(view: ThreadView): Verdict | null {
  let strongest: Verdict | null = null;
  let latest: Verdict | null = null;
  view.thread.items.forEach((item, index) => {
    if (item.kind !== 'message' || item.direction !== 'incoming') return;
    const verdict = view.verdicts[index];
    if (!verdict) return;
    latest = verdict;
    if (verdict.verdict === 'pitch' && (!strongest || verdict.score > strongest.score)) strongest = verdict;
  });
  return strongest ?? latest;
}

/** The open conversation on the messaging page, when it is the row LinkedIn marks as open. */
function openConversationOf(row: ConversationRow, threads: readonly ThreadView[]): ThreadView | undefined {
  if (!row.active) return undefined;
  const onPage = threads.filter((view) => view.thread.variant === 'page');
  return (
    onPage.find((view) => row.names.includes(view.thread.participant.name)) ??
    (onPage.length === 1 && onPage[0]?.thread.participant.name === '' ? onPage[0] : undefined)
  );
}

/** A preview worth a verdict: someone else's words (not "You: ...", not only an attachment line). */
function readsAsReceived(row: ConversationRow): boolean {
  return !row.fromMe && row.preview.trim() !== '';
}

export interface ListAnalysis {
  view: ConversationsView;
  /** Unread conversations that look like pitches, the open one left out (its messages count on their own). */
  unreadPitches: number;
  /** Rows whose preview or conversation got a verdict. */
  analysed: number;
}

export async function analyseConversationList(
  { list }: ConversationListWithElements,
  threads: readonly ThreadView[],
  settings: Settings,
  source: ListVerdictSource,
  memory: ConversationMemory,
): Promise<ListAnalysis> {
  const drawn = list.rows.filter((row): row is ConversationRow => !row.occluded);
  const context = previewContext(settings);
  const jobs: AnalysisJob[] = [];
  const jobOf = drawn.map((row) => {
    if (!readsAsReceived(row)) return -1;
    jobs.push(analysisJob(row.preview, context, settings.strictness));
    return jobs.length - 1;
  });
  // The cache answers a row that only moved or was drawn again: its text and context are the same.
  const verdicts = await fetchVerdicts(
    jobs,
    settings.strictness,
    source.cache,
    source.send,
    source.onRoundTrip,
  );
  let unreadPitches = 0;
  let analysed = 0;
  const rows = drawn.map((row, index): ConversationRowView => {
    const open = openConversationOf(row, threads);
    if (open) memory.set(row.key, { preview: row.preview, verdict: conversationVerdict(open) });
    const remembered = memory.get(row.key);
    const job = jobOf[index] ?? -1;
    const shown: ConversationRowView =
      remembered && remembered.preview === row.preview
        ? { row, verdict: remembered.verdict, basis: 'conversation' }
        : { row, verdict: job >= 0 ? (verdicts[job] ?? null) : null, basis: 'preview' };
    if (shown.verdict) analysed += 1;
    if (shown.verdict?.verdict === 'pitch' && row.unread && !row.active) unreadPitches += 1;
    return shown;
  });
  return {
    view: {
      rows,
      occluded: list.rows.length - drawn.length,
      ...(list.folder ? { folder: list.folder } : {}),
      filter: list.filter,
    },
    unreadPitches,
    analysed,
  };
}
