import browser from 'webextension-polyfill';
import { withExplanations } from '../../analyzer';
import type { Verdict } from '../../analyzer/types';
import type { PageContext } from '../../shared/page-context';
import { withMatchedText } from '../../shared/wire';
import { message, type InsertMode, type InsertReply } from '../../shared/protocol';
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

export async function loadTabView(tabId: number | undefined): Promise<TabView> {
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
    const context = (await browser.tabs.sendMessage(tabId, message('selge:get-page-context', {}))) as
      PageContext | undefined;
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
  to: ReplyAddress,
  replacing?: string,
): Promise<InsertReply> {
  try {
    return (await browser.tabs.sendMessage(
      tabId,
      message('selge:insert-text', { text, mode, to, ...(replacing === undefined ? {} : { replacing }) }),
    )) as InsertReply;
  } catch {
    return {
      ok: false,
      reason: 'no-target',
      message: 'Selge could not reach the LinkedIn tab. Reload it and try again.',
    };
  }
}

/** Calls `onChange` when the tab's page changes (content script broadcast) or the user switches tabs. */
export function watchTab(getTabId: () => number | undefined, onChange: (tabId?: number) => void): () => void {
  const onMessage = (incoming: unknown, sender: browser.Runtime.MessageSender) => {
    if ((incoming as { type?: string }).type === 'selge:context-changed' && sender.tab?.id === getTabId())
      onChange();
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

/** The content script sends verdicts without explanation texts (they are not in its bundle): add them here. */
export function withContextExplanations(context: PageContext): PageContext {
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
