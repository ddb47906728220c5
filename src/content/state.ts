import type { Verdict } from '../analyzer/types';
import type { PageContext, ThreadMessage, ThreadView } from '../shared/page-context';
import type { PageSummary } from '../shared/protocol';
import { threadKeys } from '../shared/reply-address';
import type { Settings } from '../shared/settings';
import { identity, type StatsItem } from '../shared/stats';
import {
  analysisJob,
  draftContext,
  fetchVerdicts,
  invitationContext,
  noteContext,
  ownNameOf,
  threadContexts,
  type AnalysisCache,
  type AnalysisJob,
  type SendAnalysis,
} from './page-analysis';
import type { PageRead } from './read-page';
import { analyseConversationList, createConversationMemory, type ConversationMemory } from './list-analysis';
import { createSlicer } from './slicer';

export interface PageState {
  /** The whole page with its verdicts; views get a window of it (see contextForView). */
  context: PageContext;
  read: PageRead;
  summary: PageSummary;
}

/** Where the verdicts come from: the cache and, for the rest, the background. */
export interface VerdictSource {
  cache: AnalysisCache;
  send: SendAnalysis;
  onRoundTrip?: (ms: number) => void;
}

function verdictsFor(jobs: AnalysisJob[], settings: Settings, source: VerdictSource): Promise<Verdict[]> {
  return fetchVerdicts(jobs, settings.strictness, source.cache, source.send, source.onRoundTrip);
}

function isPitch(item: ThreadMessage, verdict: Verdict | null | undefined): boolean {
  return item.direction === 'incoming' && verdict?.verdict === 'pitch';
}

/**
 * Analyses what was read: the surface the user looks at, then the inbox's conversation list beside it. The
 * list's rows travel in the same bounded batches; a row whose preview was analysed before is not sent again.
 */
export async function analysePage(
  read: PageRead,
  url: string,
  settings: Settings,
  source: VerdictSource,
  memory: ConversationMemory = createConversationMemory(),
): Promise<PageState> {
  const state = await analyseSurface(read, url, settings, source);
  if (!read.list) return state;
  const threads = state.context.surface === 'thread' ? state.context.threads : [];
  const list = await analyseConversationList(read.list, threads, settings, source, memory);
  return {
    ...state,
    context: { ...state.context, conversations: list.view },
    summary: {
      ...state.summary,
      analysed: state.summary.analysed + list.analysed,
      unreadPitchConversations: list.unreadPitches,
    },
  };
}

/**
 * Analyses the surface. Incoming messages, own messages and received notes get a verdict; attachments
 * without text and system lines do not. Building the requests runs in slices of a few milliseconds; the
 * analysis itself runs in the background, off LinkedIn's main thread.
 */
async function analyseSurface(
  read: PageRead,
  url: string,
  settings: Settings,
  source: VerdictSource,
): Promise<PageState> {
  const slicer = createSlicer(6, 'prepare slice');
  let pitchCount = 0;
  let analysed = 0;
  const items: StatsItem[] = [];
  /** `conversation` is whom the thread or invitation is with; a message's sender may be anyone in it. */
  const countItem = (
    kind: StatsItem['kind'],
    conversation: string,
    sender: string,
    text: string,
    verdict: Verdict,
  ) =>
    items.push({
      kind,
      pitch: verdict.verdict === 'pitch',
      rules: verdict.findings
        .filter((f) => f.weight > 0)
        .flatMap((f) => [
          f.rule,
          ...(f.also ?? []).filter((folded) => folded.weight > 0).map((folded) => folded.rule),
        ]),
      message: identity(`${kind}|${sender}|${text}`),
      conversation: identity(`${kind === 'note' ? 'invitation' : 'thread'}|${conversation}`),
    });

  if (read.surface === 'thread') {
    // One list of jobs for every thread on the page: the messages, then the draft, per thread.
    const jobs: AnalysisJob[] = [];
    const slots: { messageJobs: number[]; draftJob: number }[] = [];
    const keys = threadKeys(read.threads.map((entry) => entry.thread));
    for (const { thread } of read.threads) {
      const contextOf = threadContexts(thread, ownNameOf(thread), settings);
      const messageJobs: number[] = [];
      for (const item of thread.items) {
        const context = contextOf(item);
        if (!context || item.kind !== 'message' || item.text.trim() === '') messageJobs.push(-1);
        else {
          // The sender's profile id, for trusted people: only the other participant's messages carry it.
          const person = item.direction === 'incoming' ? thread.participant.profile : undefined;
          jobs.push(analysisJob(item.text, context, settings.strictness, false, person));
          messageJobs.push(jobs.length - 1);
        }
        await slicer.check();
      }
      let draftJob = -1;
      if (thread.draft) {
        jobs.push(analysisJob(thread.draft, draftContext(thread), settings.strictness, true));
        draftJob = jobs.length - 1;
      }
      slots.push({ messageJobs, draftJob });
    }
    const verdicts = await verdictsFor(jobs, settings, source);
    slicer.restart();
    const threads: ThreadView[] = [];
    for (const [threadIndex, { thread }] of read.threads.entries()) {
      const slot = slots[threadIndex] as (typeof slots)[number];
      const threadVerdicts = slot.messageJobs.map((job) => (job >= 0 ? (verdicts[job] ?? null) : null));
      let messageCount = 0;
      let threadPitches = 0;
      for (const [index, item] of thread.items.entries()) {
        if (item.kind !== 'message') continue;
        messageCount += 1;
        const verdict = threadVerdicts[index];
        if (!verdict) continue;
        if (item.direction === 'incoming') {
          analysed += 1;
          if (isPitch(item, verdict)) threadPitches += 1;
          countItem('message', thread.participant.name, item.sender, item.text, verdict);
        } else if (item.firstAfterConnect && settings.statsOwnDrafts) {
          countItem('own-first', thread.participant.name, item.sender, item.text, verdict);
        }
        await slicer.check();
      }
      pitchCount += threadPitches;
      threads.push({
        key: keys[threadIndex] ?? '',
        thread,
        verdicts: threadVerdicts,
        draftVerdict: slot.draftJob >= 0 ? (verdicts[slot.draftJob] ?? null) : null,
        omitted: 0,
        messageCount,
        pitchCount: threadPitches,
      });
    }
    return {
      read,
      context: { surface: 'thread', url, threads },
      summary: { pitchCount, analysed, surface: 'thread', items },
    };
  }

  if (read.surface === 'invitations') {
    const context = invitationContext(read.invitations, settings);
    const list = read.invitations.invitations;
    const jobIndex: number[] = [];
    const jobs: AnalysisJob[] = [];
    for (const invitation of list) {
      if (!invitation.note) jobIndex.push(-1);
      else {
        jobs.push(analysisJob(invitation.note, context, settings.strictness));
        jobIndex.push(jobs.length - 1);
      }
    }
    const fetched = await verdictsFor(jobs, settings, source);
    const verdicts = jobIndex.map((job) => (job >= 0 ? (fetched[job] ?? null) : null));
    if (read.invitations.tab === 'received') {
      list.forEach((invitation, index) => {
        const verdict = verdicts[index];
        if (!verdict) return;
        analysed += 1;
        if (verdict.verdict === 'pitch') pitchCount += 1;
        countItem('note', invitation.name, invitation.name, invitation.note ?? '', verdict);
      });
    }
    return {
      read,
      context: { surface: 'invitations', url, invitations: read.invitations, verdicts },
      summary: { pitchCount, analysed, surface: 'invitations', items },
    };
  }

  if (read.surface === 'connect-note') {
    const [verdict] = read.note.note.trim()
      ? await verdictsFor(
          [analysisJob(read.note.note, noteContext(read.note.recipientName), settings.strictness, true)],
          settings,
          source,
        )
      : [];
    return {
      read,
      context: { surface: 'connect-note', url, note: read.note, verdict: verdict ?? null },
      summary: { pitchCount, analysed, surface: 'connect-note', items },
    };
  }

  if (read.surface === 'profile') {
    return {
      read,
      context: { surface: 'profile', url, profile: read.profile },
      summary: { pitchCount, analysed, surface: 'profile', items },
    };
  }
  return {
    read,
    context: { surface: 'none', url, reason: read.reason },
    summary: { pitchCount, analysed, surface: 'none', items },
  };
}

/**
 * What a view asked for: each thread's latest `recentMessages` messages (and the items between them), with
 * the counts of the whole thread. Without a limit: everything.
 */
export function contextForView(context: PageContext, recentMessages?: number): PageContext {
  if (context.surface !== 'thread' || recentMessages === undefined) return context;
  return {
    ...context,
    threads: context.threads.map((view) => {
      const { items } = view.thread;
      let start = items.length;
      for (let seen = 0; start > 0 && seen < recentMessages;) {
        start -= 1;
        if (items[start]?.kind === 'message') seen += 1;
      }
      if (start === 0) return view;
      return {
        ...view,
        thread: { ...view.thread, items: items.slice(start) },
        verdicts: view.verdicts.slice(start),
        omitted: start,
      };
    }),
  };
}
