/**
 * The one typed message protocol between the content script, the service worker and the extension pages.
 * Each message has a name, a typed request and a typed reply.
 */
import type { PageContext } from './page-context';
import type { ReplyAddress } from './reply-address';
import type { StatsItem } from './stats';

export interface PageSummary {
  /** Incoming messages and received invitation notes rated "pitch". */
  pitchCount: number;
  /** How many incoming messages and notes were analysed. */
  analysed: number;
  surface: PageContext['surface'];
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
}

export type InsertTarget = 'compose' | 'connect-note';
export type InsertMode = 'if-empty' | 'at-caret' | 'replace';
export type InsertReply =
  | { ok: true; target: InsertTarget }
  | { ok: false; reason: 'no-target'; message: string }
  /** The conversation or message the reply answers is no longer on the page: nothing was inserted. */
  | { ok: false; reason: 'target-gone'; message: string }
  | { ok: false; reason: 'draft-not-empty'; draft: string; message: string };

export interface Requests {
  /** Extension page -> content script. */
  'selge:get-page-context': { request: Record<string, never>; reply: PageContext };
  /**
   * Extension page -> content script: put a reply in the compose box of the conversation it answers (`to`),
   * or in the note field. Never sends. "replace" names the draft the user agreed to replace: any other draft
   * is left alone and reported back.
   */
  'selge:insert-text': {
    request: { text: string; mode: InsertMode; to?: ReplyAddress; replacing?: string };
    reply: InsertReply;
  };
  /** Content script -> service worker: keep the toolbar badge current. */
  'selge:page-summary': { request: PageSummary; reply: undefined };
  /** Content script -> everyone: the page changed (the side panel re-reads). */
  'selge:context-changed': { request: { url: string }; reply: undefined };
  /** Content script -> service worker: an error inside Selge, never thrown into LinkedIn's page. */
  'selge:content-error': { request: { message: string; where: string }; reply: undefined };
  /** Extension page or test -> content script: how much main-thread time Selge took on this page. */
  'selge:get-diagnostics': {
    request: Record<string, never>;
    reply: Diagnostics;
  };
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
  'selge:page-summary',
  'selge:context-changed',
  'selge:content-error',
  'selge:take-picked-text',
  'selge:get-diagnostics',
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
