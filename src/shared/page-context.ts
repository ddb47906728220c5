/** What the LinkedIn readers return: typed data, or a typed "not found". No DOM types here. */
import type { Verdict } from '../analyzer/types';

export type NotFound = { found: false; reason: string };
export type ReadResult<T> = { found: true; data: T } | NotFound;

export interface Person {
  name: string;
  headline?: string;
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
  note: string;
}

export type Profile = Person;

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

/** The answer to `selge:get-page-context`. */
export type PageContext =
  | { surface: 'thread'; url: string; threads: ThreadView[] }
  | { surface: 'invitations'; url: string; invitations: Invitations; verdicts: (Verdict | null)[] }
  | { surface: 'connect-note'; url: string; note: ConnectNote; verdict: Verdict | null }
  | { surface: 'profile'; url: string; profile: Profile }
  | { surface: 'none'; url: string; reason: string };
