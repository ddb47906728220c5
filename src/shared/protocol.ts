/**
 * The one typed message protocol between the content script, the service worker and the extension pages.
 * Each message has a name, a typed request and a typed reply.
 */
import type { Verdict, VerdictLabel } from '../analyzer/types';
import type { PageContext } from './page-context';
import type { ReplyAddress } from './reply-address';
import type { SettingsPatch } from './settings';
import type { StatsItem } from './stats';
import type { AnalysisReply, AnalysisRequest } from './wire';

export interface PageSummary {
  /** Incoming messages and received invitation notes rated "pitch". */
  pitchCount: number;
  /** How many incoming messages and notes were analysed. */
  analysed: number;
  surface: PageContext['surface'];
  /** Unread conversations of the inbox's list whose preview (or whole conversation) looks like a pitch. */
  unreadPitchConversations?: number;
  /** For local statistics: unkeyed identities (the service worker keys them) and rule ids, never texts. */
  items: StatsItem[];
}

/** The content script's own account of the main-thread time it took (see content/diagnostics.ts). */
export interface Diagnostics {
  longestTaskMs: number;
  longestTaskLabel: string;
  tasksOver50ms: number;
  lastReadMs: number;
  lastAnalyseMs: number;
  lastItems: number;
  /** When the content script was ready on this page, in the page's clock (performance.now()); null before. */
  startedAtMs: number | null;
  /** Requests for verdicts sent to the background, and their round trips (send to reply, in the page). */
  analysisRequests: number;
  lastRoundTripMs: number;
  longestRoundTripMs: number;
  /** From the content script's start to the first page state with its verdicts. */
  firstAnalysisMs: number;
  /** Page-context requests answered (views ask after a page change, not after typing). */
  viewRequests: number;
  /** The latest stretches over 16 ms, with when they ended (the page's clock), newest last, at most 50. */
  recentTasks: { label: string; ms: number; at: number }[];
  /**
   * What the indicator at the compose box or note field showed, newest last, at most 30: its label ('' when
   * hidden) and the draft it judged. Only Selge's views and tests can ask; the page cannot read it.
   */
  indicator: { label: string; judged: string }[];
}

/** A draft (the compose box of the conversation keyed `thread`) or note the user typed, with its verdict. */
export type DraftUpdate =
  | { surface: 'thread'; thread: string; draft: string; verdict: Verdict | null }
  | { surface: 'connect-note'; note: string; verdict: Verdict | null };

/**
 * What changed on the page, so an open view fetches only what it needs: after typing, the new draft comes
 * with the message itself; after any other change the view asks again for what it shows.
 */
export type PageChange = { kind: 'page' } | { kind: 'drafts'; drafts: DraftUpdate[] };

export interface ReportedError {
  where: string;
  message: string;
  at: number;
}

export type InsertTarget = 'compose' | 'connect-note';
export type InsertMode = 'if-empty' | 'at-caret' | 'replace';
export type InsertReply =
  | { ok: true; target: InsertTarget }
  | { ok: false; reason: 'no-target'; message: string }
  /** The LinkedIn tab did not answer (reloaded, closed, Selge not running there yet) or failed: nothing inserted. */
  | { ok: false; reason: 'unreachable'; message: string }
  /** The field would hold more than it takes (the note's maxlength): nothing was inserted rather than cut. */
  | { ok: false; reason: 'too-long'; length: number; max: number; message: string }
  /** The conversation or message the reply answers is no longer on the page: nothing was inserted. */
  | { ok: false; reason: 'target-gone'; message: string }
  | { ok: false; reason: 'draft-not-empty'; draft: string; message: string };

/** What the user teaches Selge from a view (issue 23); the background keys and stores it, never the text. */
export type LearnRequest =
  /** The user's verdict on a message as the view shows it (`set` null: undo); `was` is what Selge said. */
  | { action: 'correct'; text: string; set: 'pitch' | 'ok' | null; was: VerdictLabel }
  /** "Always trust this person" by the profile id the page gives, or no longer. */
  | { action: 'trust'; profile: string; trusted: boolean };

export interface Requests {
  /**
   * Extension page -> content script: the page with its verdicts. `recentMessages` limits each thread to its
   * latest messages (what a view shows at first; counts still cover the whole thread); without it, all.
   */
  'selge:get-page-context': { request: { recentMessages?: number }; reply: PageContext };
  /**
   * Extension page -> content script: put a reply in the compose box of the conversation it answers (`to`),
   * or in the note field. Never sends. "replace" names the draft the user agreed to replace: any other draft
   * is left alone and reported back.
   */
  'selge:insert-text': {
    request: { text: string; mode: InsertMode; to?: ReplyAddress; replacing?: string };
    reply: InsertReply;
  };
  /**
   * Extension page -> content script: scroll the conversation list so the row keyed `key` is in view. Nothing
   * is clicked or opened (opening tells the sender it was read); the user opens it.
   */
  'selge:show-conversation-row': { request: { key: string }; reply: { shown: boolean } };
  /** Content script -> service worker: keep the toolbar badge current. */
  'selge:page-summary': { request: PageSummary; reply: undefined };
  /** Content script -> everyone: the page changed (the side panel applies the change or re-reads). */
  'selge:context-changed': { request: { url: string; change: PageChange }; reply: undefined };
  /**
   * Content script -> background: verdicts for messages. The analyzer runs in the background (Chrome's
   * service worker, Firefox's event page), never on LinkedIn's main thread. Texts travel bounded (WireText).
   */
  'selge:analyze': { request: AnalysisRequest; reply: AnalysisReply };
  /** Extension page or test -> background: errors content scripts reported (kept in memory, at most 50). */
  'selge:get-errors': { request: Record<string, never>; reply: { errors: ReportedError[] } };
  /** Content script -> service worker: an error inside Selge, never thrown into LinkedIn's page. */
  'selge:content-error': { request: { message: string; where: string }; reply: undefined };
  /** Extension page or test -> content script: how much main-thread time Selge took on this page. */
  'selge:get-diagnostics': {
    request: Record<string, never>;
    reply: Diagnostics;
  };
  /**
   * Options page -> background, as the page closes: settings edits it had not finished writing. A write the
   * page starts then dies with it; the background finishes it.
   */
  'selge:save-settings': { request: { patch: SettingsPatch }; reply: undefined };
  /**
   * Extension page or a mark's own button (content script) -> background: a correction, undo or trust (issue 23).
   * A LinkedIn page must not teach Selge: the content script sends it only for a person's press on a mark inside
   * its closed shadow root. Every view re-reads its verdicts after the store changes.
   */
  'selge:learn': { request: { learn: LearnRequest }; reply: { ok: boolean } };
  /** Extension page -> service worker: analysis of text picked by the context menu. */
  'selge:take-picked-text': { request: Record<string, never>; reply: { text: string | null } };
}

export type MessageType = keyof Requests;
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & Requests[T]['request']
  : never;
export type Reply<T extends MessageType> = Requests[T]['reply'];

const TYPES: readonly MessageType[] = [
  'selge:get-page-context',
  'selge:insert-text',
  'selge:show-conversation-row',
  'selge:page-summary',
  'selge:context-changed',
  'selge:content-error',
  'selge:take-picked-text',
  'selge:get-diagnostics',
  'selge:analyze',
  'selge:get-errors',
  'selge:save-settings',
  'selge:learn',
];

/** Narrows an unknown runtime message to one of ours. */
export function isMessage<T extends MessageType>(value: unknown, type: T): value is Message<T> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

export function isSelgeMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    TYPES.includes((value as { type?: MessageType }).type as MessageType)
  );
}

export function message<T extends MessageType>(type: T, request: Requests[T]['request']): Message<T> {
  return { type, ...request } as Message<T>;
}
