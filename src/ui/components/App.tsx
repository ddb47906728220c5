import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { analyze } from '../../analyzer';
import type { Verdict } from '../../analyzer/types';
import type { PageContext } from '../../shared/page-context';
import type { InsertMode } from '../../shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import type { ReplyTemplate } from '../../replies/types';
import { LangContext, STRINGS, resolveUiLang } from '../i18n';
import { browserLanguage, loadSettings } from '../stores/settings';
import {
  insertIntoTab,
  loadTabView,
  takePickedText,
  targetTabId,
  watchTab,
  type TabView,
} from '../stores/tab';
import { loadAllTemplates } from '../stores/templates';
import { PageView } from './PageView';
import { PasteBox } from './PasteBox';
import { ReplyStudio, type ReplyTarget } from './ReplyStudio';

/** The incoming message or note a reply answers: the latest pitch, else the latest incoming one. */
export function replyTargetOf(context: PageContext): ReplyTarget | null {
  // The content script's verdict already knows the language; analyse again only when it sent none.
  const langOf = (text: string, verdict: Verdict | null | undefined) =>
    (verdict ?? analyze(text)).lang === 'nl' ? 'nl' : 'en';
  if (context.surface === 'thread') {
    for (const { thread, verdicts } of context.threads) {
      const incoming = thread.items
        .map((item, index) => ({ item, verdict: verdicts[index] }))
        .filter(
          ({ item }) => item.kind === 'message' && item.direction === 'incoming' && item.text.trim() !== '',
        );
      const chosen =
        [...incoming].reverse().find(({ verdict }) => verdict?.verdict === 'pitch') ?? incoming.at(-1);
      if (chosen && chosen.item.kind === 'message') {
        return {
          name: thread.participant.name || chosen.item.sender,
          text: chosen.item.text,
          verdict: chosen.verdict?.verdict,
          lang: langOf(chosen.item.text, chosen.verdict),
        };
      }
    }
  }
  if (context.surface === 'invitations' && context.invitations.tab === 'received') {
    const index = context.verdicts.findIndex((verdict) => verdict?.verdict === 'pitch');
    const invitation = context.invitations.invitations[index >= 0 ? index : 0];
    if (invitation?.note)
      return {
        name: invitation.name,
        text: invitation.note,
        verdict: context.verdicts[index >= 0 ? index : 0]?.verdict,
        lang: langOf(invitation.note, context.verdicts[index >= 0 ? index : 0]),
      };
  }
  return null;
}

function canOpenSidePanel(): boolean {
  return __SELGE_TARGET__ === 'chrome' && typeof chrome !== 'undefined' && Boolean(chrome.sidePanel);
}

/** The same view in Chrome's side panel, which stays open while the user types on LinkedIn. */
async function openSidePanel(): Promise<void> {
  const current = await browser.windows.getCurrent();
  if (current.id !== undefined) await chrome.sidePanel.open({ windowId: current.id });
  window.close();
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function App({ mode }: { mode: 'popup' | 'sidepanel' }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<TabView>({ state: 'loading' });
  const [templates, setTemplates] = useState<ReplyTemplate[]>([]);
  const [picked, setPicked] = useState('');
  const tabId = useRef<number | undefined>(undefined);
  const lang = resolveUiLang(settings.uiLanguage, browserLanguage());
  const t = STRINGS[lang];

  const refresh = useCallback(async (nextTab?: number) => {
    if (nextTab !== undefined) tabId.current = nextTab;
    setView(await loadTabView(tabId.current));
  }, []);

  useEffect(() => {
    void (async () => {
      setSettings(await loadSettings());
      setTemplates(await loadAllTemplates());
      setPicked((await takePickedText()) ?? '');
      tabId.current = await targetTabId(location.search);
      await refresh();
    })();
  }, [refresh]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appName}`;
  }, [lang, t]);

  useEffect(() => {
    if (mode !== 'sidepanel') return undefined;
    // The side panel stays open while the user types: follow the page and the active tab.
    const pinned = new URLSearchParams(location.search).has('tab');
    return watchTab(
      () => tabId.current,
      (next) => void refresh(pinned ? undefined : next),
    );
  }, [mode, refresh]);

  useEffect(() => {
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>) => {
      // Settings sync refused wait in `settingsFallback` and are read with the synced ones.
      if (changes.settings || changes.settingsFallback) void loadSettings().then(setSettings);
      if (changes.templates) void loadAllTemplates().then(setTemplates);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const target = view.state === 'ready' ? replyTargetOf(view.context) : null;
  const onInsert =
    view.state === 'ready' && (view.context.surface === 'thread' || view.context.surface === 'connect-note')
      ? (text: string, insertMode: InsertMode) => insertIntoTab(view.tabId, text, insertMode)
      : undefined;

  return (
    <LangContext.Provider value={lang}>
      <main class={`app app-${mode}`}>
        <header class="app-head">
          <h1>
            {t.appName} <span class="tagline">{t.tagline}</span>
          </h1>
          <nav class="row">
            <a href={browser.runtime.getURL('src/ui/options/index.html')} target="_blank" rel="noreferrer">
              {t.openOptions}
            </a>
            <a href={browser.runtime.getURL('src/ui/trainer/index.html')} target="_blank" rel="noreferrer">
              {t.openTrainer}
            </a>
            {mode === 'popup' && canOpenSidePanel() && (
              <button type="button" class="link" onClick={() => void openSidePanel()}>
                {t.openSidePanel}
              </button>
            )}
          </nav>
        </header>
        {mode === 'sidepanel' && <p class="muted">{t.sidePanelLive}</p>}
        {view.state === 'loading' && (
          <p class="notice" role="status">
            {t.loading}
          </p>
        )}
        {view.state === 'not-linkedin' && (
          <p class="notice" role="status" data-testid="page-state">
            {t.notLinkedIn}
          </p>
        )}
        {view.state === 'no-content-script' && (
          <p class="notice notice-warn" role="status" data-testid="page-state">
            {t.noContentScript}
          </p>
        )}
        {view.state === 'ready' && <PageView context={view.context} />}
        {target && (
          <ReplyStudio
            target={target}
            templates={templates}
            mySituation={settings.aboutMe.workMode}
            myName={settings.aboutMe.name}
            onInsert={onInsert}
            onCopy={copyText}
          />
        )}
        <PasteBox initialText={picked} strictness={settings.strictness} />
      </main>
    </LangContext.Provider>
  );
}
