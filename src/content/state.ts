import type { Verdict } from '../analyzer/types';
import type { PageContext, ThreadMessage } from '../shared/page-context';
import type { PageSummary } from '../shared/protocol';
import { threadKeys } from '../shared/reply-address';
import type { Settings } from '../shared/settings';
import { identity, type StatsItem } from '../shared/stats';
import { compactVerdict } from '../shared/wire';
import {
  analyzeCached,
  draftContext,
  invitationContext,
  messageContext,
  ownNameOf,
  type AnalysisCache,
} from './page-analysis';
import type { PageRead } from './read-page';
import { createSlicer } from './slicer';

export interface PageState {
  context: PageContext;
  read: PageRead;
  summary: PageSummary;
}

/**
 * Analyses what was read, a few milliseconds at a time. Incoming messages, own messages and received notes
 * get a verdict; attachments without text and system lines do not.
 */
export async function analysePage(
  read: PageRead,
  url: string,
  settings: Settings,
  cache: AnalysisCache,
): Promise<PageState> {
  const slicer = createSlicer(6, 'analyse slice');
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
    const threads: Extract<PageContext, { surface: 'thread' }>['threads'] = [];
    const keys = threadKeys(read.threads.map((entry) => entry.thread));
    for (const [threadIndex, { thread }] of read.threads.entries()) {
      const ownName = ownNameOf(thread);
      const verdicts: (Verdict | null)[] = [];
      for (let index = 0; index < thread.items.length; index++) {
        const item = thread.items[index];
        if (!item || item.kind !== 'message' || item.text.trim() === '') {
          verdicts.push(null);
          continue;
        }
        const verdict = analyzeCached(
          item.text,
          messageContext(thread, index, ownName, settings),
          settings,
          cache,
        );
        verdicts.push(compactVerdict(verdict));
        if ((item as ThreadMessage).direction === 'incoming') {
          analysed += 1;
          if (verdict.verdict === 'pitch') pitchCount += 1;
          countItem('message', thread.participant.name, item.sender, item.text, verdict);
        } else if (item.firstAfterConnect && settings.statsOwnDrafts) {
          countItem('own-first', thread.participant.name, item.sender, item.text, verdict);
        }
        await slicer.check();
      }
      const draftVerdict = thread.draft
        ? analyzeCached(thread.draft, draftContext(thread), settings, cache)
        : null;
      threads.push({ key: keys[threadIndex] ?? '', thread, verdicts, draftVerdict });
    }
    return {
      read,
      context: { surface: 'thread', url, threads },
      summary: { pitchCount, analysed, surface: 'thread', items },
    };
  }

  if (read.surface === 'invitations') {
    const context = invitationContext(read.invitations, settings);
    const verdicts: (Verdict | null)[] = [];
    for (const invitation of read.invitations.invitations) {
      if (!invitation.note) {
        verdicts.push(null);
        continue;
      }
      const verdict = analyzeCached(invitation.note, context, settings, cache);
      verdicts.push(compactVerdict(verdict));
      if (read.invitations.tab === 'received') {
        analysed += 1;
        if (verdict.verdict === 'pitch') pitchCount += 1;
        countItem('note', invitation.name, invitation.name, invitation.note, verdict);
      }
      await slicer.check();
    }
    return {
      read,
      context: { surface: 'invitations', url, invitations: read.invitations, verdicts },
      summary: { pitchCount, analysed, surface: 'invitations', items },
    };
  }

  if (read.surface === 'connect-note') {
    const verdict = read.note.note.trim()
      ? analyzeCached(
          read.note.note,
          {
            kind: 'connection-note',
            ...(read.note.recipientName ? { recipientName: read.note.recipientName } : {}),
          },
          settings,
          cache,
        )
      : null;
    return {
      read,
      context: { surface: 'connect-note', url, note: read.note, verdict },
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
