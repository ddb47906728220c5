/** What the LinkedIn readers return: typed data, or a typed "not found". No DOM types here. */
import type { Verdict } from '../analyzer/types';

export type NotFound = { found: false; reason: string };
export type ReadResult<T> = { found: true; data: T } | NotFound;

export interface Person {
  name: string;
  headline?: string;
  /** The profile id in the link to their profile ("ACoAA..."), when the page gives one (issue 23: trust). */
  profile?: string;
}

export interface ThreadMessage {
  kind: 'message';
  sender: string;
  direction: 'incoming' | 'own';
  text: string;
  /** Time of day as LinkedIn shows it ("11:59 PM"), carried forward within a group. */
  time?: string;
  /** The day heading above the message as shown ("Today", "Thursday", "Aug 23, 2023"). */
  day?: string;
  /** A shared post, profile or file card without (or besides) text. */
  hasAttachment: boolean;
  /** This is the first message after the two connected (a system line or the conversation start says so). */
  firstAfterConnect: boolean;
}

export interface SystemLine {
  kind: 'system';
  text: string;
  day?: string;
}

export type ThreadItem = ThreadMessage | SystemLine;

export interface Thread {
  variant: 'page' | 'overlay';
  participant: Person;
  items: ThreadItem[];
  /** The draft in the compose box ('' when empty), or null when there is no compose box. */
  draft: string | null;
  /** The conversation's beginning is loaded (LinkedIn shows the profile card above the first message). */
  fromStart: boolean;
}

export interface Invitation {
  name: string;
  headline?: string;
  mutual?: string;
  /** The custom note as shown, or null when there is none. */
  note: string | null;
  /** LinkedIn clamps long notes behind "See more": the text is what is visible. */
  noteTruncated: boolean;
  time?: string;
}

export interface Invitations {
  tab: 'received' | 'sent';
  markup: 'classic' | 'sdui';
  invitations: Invitation[];
}

export interface ConnectNote {
  recipientName?: string;
  /** The recipient's headline, when the dialog opened on their profile (for openers: role and company). */
  recipientHeadline?: string;
  note: string;
}

export type Profile = Person;

/** A row of the messaging inbox's conversation list that LinkedIn has not drawn yet (virtualised list). */
export interface OccludedConversationRow {
  occluded: true;
}

/** A drawn row of the conversation list: what the user sees of a conversation without opening it. */
export interface ConversationRow {
  occluded: false;
  /**
   * Who the conversation is with, from the stable parts of the row (names and photo id); survives LinkedIn
   * re-rendering the row. Rows that look alike get "#2", "#3" in list order.
   */
  key: string;
  /** The participant names as shown; a group conversation lists several. */
  names: string[];
  group: boolean;
  /** The time label as shown ("10:05 PM", "Oct 21"); '' when none. */
  time: string;
  /** The last message's preview, without LinkedIn's "You:" / "Name:" prefix and without attachment lines. */
  preview: string;
  /** The preview is the user's own last message ("You: ...", "Jij: ..."): no received pitch. */
  fromMe: boolean;
  /** The first name LinkedIn puts before someone else's preview ("Lars: ..."), when shown. */
  sender?: string;
  unread: boolean;
  /** The unread badge's number, when shown. */
  unreadCount?: number;
  /** The preview is or holds an attachment ("Pieter sent an attachment"): context, not text. */
  attachment: boolean;
  /** A "Via Services Page" line: a lead from LinkedIn Services. Context, not text. */
  viaServicesPage: boolean;
  /** Other label lines above the preview as shown (e.g. "InMail", "Sponsored"); context, not text. */
  labels: string[];
  /** The row of the conversation open beside the list. */
  active: boolean;
}

export type ConversationListRow = ConversationRow | OccludedConversationRow;

export interface ConversationList {
  /** Every row in list order, occluded placeholders included. */
  rows: ConversationListRow[];
  /** The folder dropdown's label as shown ("Focused", "Other"), when present. */
  folder?: string;
  /** The filter pill that is on (id as in the markup: "UNREAD", "JOB", ...), or null when none is. */
  filter: { id: string; label: string } | null;
}

/** A drawn row of the conversation list with its verdict. */
export interface ConversationRowView {
  row: ConversationRow;
  /** Null for the user's own last message, an attachment without words, an empty preview. */
  verdict: Verdict | null;
  /**
   * What the verdict read: the preview LinkedIn cuts short, or the whole conversation once the user opened it
   * (its incoming messages' verdicts, kept for the session while the preview stays the same).
   */
  basis: 'preview' | 'conversation';
}

/** The conversation list beside what the user looks at on the messaging pages (issue 22). */
export interface ConversationsView {
  /** Drawn rows in list order: LinkedIn puts the most recent conversation first. */
  rows: ConversationRowView[];
  /** Placeholders LinkedIn has not drawn yet (read once scrolled into view). */
  occluded: number;
  folder?: string;
  filter: ConversationList['filter'];
}

/**
 * One conversation with its verdicts. A view may get only its latest items (`omitted` says how many came
 * before); the counts always cover the whole conversation.
 */
export interface ThreadView {
  /** Which conversation this is (`threadKeys`): replies name it when they are inserted. */
  key: string;
  /** The conversation; `items` are its latest items when `omitted` > 0. */
  thread: Thread;
  /** Parallel to thread.items. */
  verdicts: (Verdict | null)[];
  draftVerdict: Verdict | null;
  /** Items before thread.items that this answer leaves out. */
  omitted: number;
  /** Messages in the whole conversation, and the incoming ones rated "pitch". */
  messageCount: number;
  pitchCount: number;
}

/** What the user looks at on the LinkedIn tab. */
export type SurfaceContext =
  | { surface: 'thread'; url: string; threads: ThreadView[] }
  | { surface: 'invitations'; url: string; invitations: Invitations; verdicts: (Verdict | null)[] }
  | { surface: 'connect-note'; url: string; note: ConnectNote; verdict: Verdict | null }
  | { surface: 'profile'; url: string; profile: Profile }
  | { surface: 'none'; url: string; reason: string };

/** The answer to `selge:get-page-context`: the surface, and on the messaging pages the conversation list. */
export type PageContext = SurfaceContext & { conversations?: ConversationsView };
