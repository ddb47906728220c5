import browser from 'webextension-polyfill';
import { withExplanations } from '../../analyzer';
import type { Verdict } from '../../analyzer/types';
import type { PageContext } from '../../shared/page-context';
import { withMatchedText } from '../../shared/wire';
import {
  isMessage,
  message,
  type DraftUpdate,
  type InsertMode,
  type InsertReply,
  type PageChange,
} from '../../shared/protocol';
import type { ReplyAddress } from '../../shared/reply-address';

export type TabView =
  | { state: 'loading' }
  | { state: 'not-linkedin' }
  | { state: 'no-content-script'; tabId: number }
  | { state: 'ready'; tabId: number; context: PageContext };

const LINKEDIN = /^https:\/\/www\.linkedin\.com\//;

/** The tab the view is about: `?tab=<id>` when given (tests, a view opened in its own tab), else the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** The tab's page with verdicts; `recentMessages` limits each thread to its latest messages (what the view shows). */
export async function loadTabView(tabId: number | undefined, recentMessages?: number): Promise<TabView> {
  if (tabId === undefined) return { state: 'not-linkedin' };
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { state: 'not-linkedin' };
  }
  // Without host access the URL of a non-LinkedIn tab is not visible to us: that is the answer too.
  if (!url || !LINKEDIN.test(url)) return { state: 'not-linkedin' };
  try {
    const request = message('selge:get-page-context', recentMessages === undefined ? {} : { recentMessages });
    const context = (await browser.tabs.sendMessage(tabId, request)) as PageContext | undefined;
    if (!context || typeof context !== 'object' || !('surface' in context))
      return { state: 'no-content-script', tabId };
    return { state: 'ready', tabId, context: withContextExplanations(context) };
  } catch {
    return { state: 'no-content-script', tabId };
  }
}

export async function insertIntoTab(
  tabId: number,
  text: string,
  mode: InsertMode,
  /** Absent: the "Add a note" field. */
  to: ReplyAddress | undefined,
  replacing?: string,
): Promise<InsertReply> {
  try {
    return (await browser.tabs.sendMessage(
      tabId,
      message('selge:insert-text', {
        text,
        mode,
        ...(to ? { to } : {}),
        ...(replacing === undefined ? {} : { replacing }),
      }),
    )) as InsertReply;
  } catch {
    return {
      ok: false,
      reason: 'unreachable',
      message: 'Selge could not reach the LinkedIn tab. Reload it and try again.',
    };
  }
}

/** Scrolls the tab's conversation list to a row; false when the row is gone or the tab cannot be reached. */
export async function showConversationRow(tabId: number, key: string): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message('selge:show-conversation-row', { key }))) as
      { shown?: unknown } | undefined;
    return reply?.shown === true;
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` when the tab's page changes (content script broadcast, with what changed) or the user
 * switches tabs (with the new tab's id).
 */
export function watchTab(
  getTabId: () => number | undefined,
  onChange: (tabId?: number, change?: PageChange) => void,
): () => void {
  const onMessage = (incoming: unknown, sender: browser.Runtime.MessageSender) => {
    if (isMessage(incoming, 'selge:context-changed') && sender.tab?.id === getTabId())
      onChange(undefined, incoming.change);
    return undefined;
  };
  const onActivated = (info: browser.Tabs.OnActivatedActiveInfoType) => onChange(info.tabId);
  const onUpdated = (tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
    if (tabId === getTabId() && change.status === 'complete') onChange();
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** Text picked with the "Check with Selge" context menu, handed over once. */
export async function takePickedText(): Promise<string | null> {
  try {
    const reply = (await browser.runtime.sendMessage(message('selge:take-picked-text', {}))) as
      { text: string | null } | undefined;
    return reply?.text ?? null;
  } catch {
    return null;
  }
}

const explain = (verdict: Verdict | null | undefined, text: string): Verdict | null =>
  verdict ? withExplanations(withMatchedText(verdict, text)) : null;

/**
 * Verdicts arrive without explanation texts (compact on the wire): add them here. A list row's verdict of a
 * whole conversation points into messages the row does not show: its spans keep no text.
 */
export function withContextExplanations(context: PageContext): PageContext {
  const surface = withSurfaceExplanations(context);
  const { conversations } = context;
  if (!conversations) return surface;
  return {
    ...surface,
    conversations: {
      ...conversations,
      rows: conversations.rows.map((entry) => ({
        ...entry,
        verdict: explain(entry.verdict, entry.basis === 'preview' ? entry.row.preview : ''),
      })),
    },
  };
}

function withSurfaceExplanations(context: PageContext): PageContext {
  switch (context.surface) {
    case 'thread':
      return {
        ...context,
        threads: context.threads.map((entry) => ({
          ...entry,
          verdicts: entry.verdicts.map((verdict, index) => {
            const item = entry.thread.items[index];
            return explain(verdict, item?.kind === 'message' ? item.text : '');
          }),
          draftVerdict: explain(entry.draftVerdict, entry.thread.draft ?? ''),
        })),
      };
    case 'invitations':
      return {
        ...context,
        verdicts: context.verdicts.map((verdict, index) =>
          explain(verdict, context.invitations.invitations[index]?.note ?? ''),
        ),
      };
    case 'connect-note':
      return { ...context, verdict: explain(context.verdict, context.note.note) };
    default:
      return context;
  }
}

/** A view's page with the drafts the user typed since it was loaded (the broadcast carries them). */
export function withDrafts(context: PageContext, drafts: readonly DraftUpdate[]): PageContext {
  let next = context;
  for (const update of drafts) {
    if (update.surface === 'thread' && next.surface === 'thread') {
      const key = update.thread;
      next = {
        ...next,
        threads: next.threads.map((entry) =>
          entry.key === key
            ? {
                ...entry,
                thread: { ...entry.thread, draft: update.draft },
                draftVerdict: explain(update.verdict, update.draft),
              }
            : entry,
        ),
      };
    } else if (update.surface === 'connect-note' && next.surface === 'connect-note') {
      next = {
        ...next,
        note: { ...next.note, note: update.note },
        verdict: explain(update.verdict, update.note),
      };
    }
  }
  return next;
}
