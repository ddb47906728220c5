/** What the reply studio can answer on a page, and which one it answers unless the user picks another. */
import { analyze } from '../analyzer';
import type { Verdict } from '../analyzer/types';
import type { PageContext, ThreadMessage } from '../shared/page-context';
import { messageKey, type ReplyAddress } from '../shared/reply-address';
import type { ReplyLang } from '../replies/types';

export interface ReplyTarget {
  /** What is answered: the studio starts afresh (language, intent, open questions) when this changes. */
  key: string;
  /** The conversation and message, for inserting the reply there; absent where Selge can only copy. */
  address?: ReplyAddress;
  /** Who the reply goes to, as LinkedIn shows the name. */
  name: string;
  text: string;
  verdict: Verdict['verdict'] | undefined;
  lang: ReplyLang;
  /** When it was sent, as LinkedIn shows it ("Today 9:41 AM"). */
  when?: string;
  /** The latest incoming message of its conversation. */
  latest?: boolean;
}

/** Older messages than these are rarely what one answers; the list stays short in a long thread. */
const PER_CONVERSATION = 10;

// The content script's verdict already knows the language; analyse again only when it sent none.
const langOf = (text: string, verdict: Verdict | null | undefined): ReplyLang =>
  (verdict ?? analyze(text)).lang === 'nl' ? 'nl' : 'en';

/**
 * Every incoming message a reply can answer, conversation by conversation, the latest of each first: the
 * first is the default (the conversation may have moved on from a pitch to a friendly chat). On the
 * received invitations, every note, the pitch notes first.
 */
export function replyTargets(context: PageContext): ReplyTarget[] {
  if (context.surface === 'thread') {
    return context.threads.flatMap(({ key, thread, verdicts }) =>
      thread.items
        .map((item, index) => ({ item, verdict: verdicts[index] }))
        .filter(
          (entry): entry is { item: ThreadMessage; verdict: Verdict | null | undefined } =>
            entry.item.kind === 'message' &&
            entry.item.direction === 'incoming' &&
            entry.item.text.trim() !== '',
        )
        .slice(-PER_CONVERSATION)
        .reverse()
        .map(({ item, verdict }, order) => {
          const address = { thread: key, message: messageKey(item) };
          const when = [item.day, item.time].filter(Boolean).join(' ');
          return {
            key: `${address.thread}|${address.message}`,
            address,
            name: thread.participant.name || item.sender,
            text: item.text,
            verdict: verdict?.verdict,
            lang: langOf(item.text, verdict),
            ...(when ? { when } : {}),
            latest: order === 0,
          };
        }),
    );
  }
  if (context.surface === 'invitations' && context.invitations.tab === 'received') {
    // Every note can be answered, named by its sender: the pitch notes first in page order (the first is the
    // default), then the others. Only the first pitch note could be answered before, whatever the user looked at.
    const notes = context.invitations.invitations.flatMap((invitation, index) => {
      const verdict = context.verdicts[index];
      return invitation.note?.trim()
        ? [
            {
              key: `invitation|${index}|${invitation.name}`,
              name: invitation.name,
              text: invitation.note,
              verdict: verdict?.verdict,
              lang: langOf(invitation.note, verdict),
              ...(invitation.time ? { when: invitation.time } : {}),
            },
          ]
        : [];
    });
    return [
      ...notes.filter((note) => note.verdict === 'pitch'),
      ...notes.filter((note) => note.verdict !== 'pitch'),
    ];
  }
  return [];
}
