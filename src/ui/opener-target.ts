/**
 * Where the user writes first (issue 21, item 2): the "Add a note" field, or a conversation in which the other
 * person has not written. There the studio offers openers instead of replies.
 */
import type { Verdict } from '../analyzer/types';
import type { PageContext } from '../shared/page-context';
import { FIRST_MESSAGE, type ReplyAddress } from '../shared/reply-address';
import type { OpenerKind } from '../replies/openers';
import type { ReplyLang } from '../replies/types';

export interface OpenerTarget {
  /** The studio starts afresh when this changes. */
  key: string;
  kind: OpenerKind;
  name: string;
  headline?: string;
  /** The conversation's compose box; absent for the note field. */
  address?: ReplyAddress;
  draft: string;
  /** The draft's verdict with its findings (for "rewrite as a question"). */
  verdict: Verdict | null;
  /** The draft's language when it has one, else the view's. */
  lang: ReplyLang;
}

const langOf = (verdict: Verdict | null, fallback: ReplyLang): ReplyLang =>
  verdict?.lang === 'nl' || verdict?.lang === 'en' ? verdict.lang : fallback;

export function openerTarget(context: PageContext, fallback: ReplyLang): OpenerTarget | null {
  if (context.surface === 'connect-note') {
    const { note, verdict } = context;
    return {
      key: `note|${note.recipientName ?? ''}`,
      kind: 'note',
      name: note.recipientName ?? '',
      ...(note.recipientHeadline ? { headline: note.recipientHeadline } : {}),
      draft: note.note,
      verdict,
      lang: langOf(verdict, fallback),
    };
  }
  if (context.surface !== 'thread') return null;
  const first = context.threads.find(
    ({ thread }) =>
      thread.draft !== null &&
      thread.participant.name !== '' &&
      !thread.items.some((item) => item.kind === 'message' && item.direction === 'incoming'),
  );
  if (!first) return null;
  const { thread, key, draftVerdict } = first;
  return {
    key: `first|${key}`,
    kind: 'first-message',
    name: thread.participant.name,
    ...(thread.participant.headline ? { headline: thread.participant.headline } : {}),
    address: { thread: key, message: FIRST_MESSAGE },
    draft: thread.draft ?? '',
    verdict: draftVerdict,
    lang: langOf(draftVerdict, fallback),
  };
}
