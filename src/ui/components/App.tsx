import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { InsertMode, LearnRequest } from '../../shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import type { ReplyTemplate } from '../../replies/types';
import { LangContext, STRINGS, resolveUiLang } from '../i18n';
import { browserLanguage, loadSettings } from '../stores/settings';
import {
  insertIntoTab,
  loadTabView,
  showConversationRow,
  takePickedText,
  targetTabId,
  watchTab,
  withDrafts,
  type TabView,
} from '../stores/tab';
import { loadAllTemplates } from '../stores/templates';
import { EARLIER_STEP, PageView, RECENT_MESSAGES } from './PageView';
import { PasteBox } from './PasteBox';
import { LearnContext } from './Correction';
import { sendLearn } from '../../shared/send-learn';
import { replyTargets } from '../reply-target';
import { ReplyStudio } from './ReplyStudio';
import { openerTarget } from '../opener-target';
import { OpenerStudio } from './OpenerStudio';

function canOpenSidePanel(): boolean {
  return __SELGE_TARGET__ === 'chrome' && typeof chrome !== 'undefined' && Boolean(chrome.sidePanel);
}

/** The same view in Chrome's side panel, which stays open while the user types on LinkedIn. */
async function openSidePanel(): Promise<void> {
  const current = await browser.windows.getCurrent();
  if (current.id !== undefined) await chrome.sidePanel.open({ windowId: current.id });
  window.close();
}

/** Firefox's sidebar: the same view beside the page, for typing on LinkedIn with the verdict in sight. */
function canOpenSidebar(): boolean {
  return __SELGE_TARGET__ === 'firefox' && typeof browser.sidebarAction?.open === 'function';
}

/**
 * Firefox opens the sidebar only from within the click's own handling (a user action): called before any await,
 * never after one.
 */
function openSidebar(): void {
  void browser.sidebarAction
    .open()
    .then(() => window.close())
    .catch(() => undefined);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** How long after a correction the popup follows its page (the page re-analyses within a second or two). */
const LEARN_FOLLOW_MS = 30_000;

export function App({ mode }: { mode: 'popup' | 'sidepanel' }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<TabView>({ state: 'loading' });
  const [templates, setTemplates] = useState<ReplyTemplate[]>([]);
  /** Text picked with "Check with Selge"; `turn` counts the picks, so the same text picked again shows again. */
  const [picked, setPicked] = useState({ text: '', turn: 0 });
  /** The message the user chose to answer; the latest incoming one when unset or gone from the page. */
  const [chosenTarget, setChosenTarget] = useState<string | null>(null);
  const tabId = useRef<number | undefined>(undefined);
  /** When the user last taught Selge here (a correction, undo or trust): the popup follows the page then. */
  const learnedAt = useRef(0);
  const learn = useCallback(async (request: LearnRequest) => {
    const ok = await sendLearn(request);
    if (ok) learnedAt.current = Date.now();
    return ok;
  }, []);
  /** Views ask for the latest messages of a thread, and a page more each time the user asks for earlier ones. */
  const recentMessages = useRef(RECENT_MESSAGES);
  const lang = resolveUiLang(settings.uiLanguage, browserLanguage());
  const t = STRINGS[lang];

  const refresh = useCallback(async (nextTab?: number) => {
    if (nextTab !== undefined && nextTab !== tabId.current) {
      tabId.current = nextTab;
      recentMessages.current = RECENT_MESSAGES;
    }
    setView(await loadTabView(tabId.current, recentMessages.current));
  }, []);

  const showEarlier = useCallback(() => {
    recentMessages.current += EARLIER_STEP;
    void refresh();
  }, [refresh]);
  const showLatest = useCallback(() => {
    recentMessages.current = RECENT_MESSAGES;
    void refresh();
  }, [refresh]);

  useEffect(() => {
    void (async () => {
      setSettings(await loadSettings());
      setTemplates(await loadAllTemplates());
      const text = await takePickedText();
      if (text !== null) setPicked(({ turn }) => ({ text, turn: turn + 1 }));
      tabId.current = await targetTabId(location.search);
      await refresh();
    })();
  }, [refresh]);

  // Set as the page is drawn in its language, not after the paint: read at once (by a screen reader, the
  // browser's translate offer), Dutch text was still marked as English.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appName}`;
  }, [lang, t]);

  useEffect(() => {
    if (mode !== 'sidepanel') {
      // The popup shows the page as it was when opened; only after the user corrected a verdict here (issue 23)
      // does it follow the page's next change, which carries the corrected verdicts.
      return watchTab(
        () => tabId.current,
        (_next, change) => {
          if (change?.kind === 'page' && Date.now() - learnedAt.current < LEARN_FOLLOW_MS) void refresh();
        },
      );
    }
    // The side panel stays open while the user types: follow the page and the active tab.
    const pinned = new URLSearchParams(location.search).has('tab');
    return watchTab(
      () => tabId.current,
      (next, change) => {
        if (change?.kind === 'drafts')
          // Typing: the message brings the draft and its verdict; the messages did not change.
          setView((current) =>
            current.state === 'ready'
              ? { ...current, context: withDrafts(current.context, change.drafts) }
              : current,
          );
        else void refresh(pinned ? undefined : next);
      },
    );
  }, [mode, refresh]);

  useEffect(() => {
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      // "Check with Selge" while the side panel is already open: the browser does not load it again, so the
      // text the background handed over is taken here, else the open panel would not show it at all.
      if (area === 'session') {
        if (typeof changes.picked?.newValue === 'string')
          void takePickedText().then(
            (text) => text !== null && setPicked(({ turn }) => ({ text, turn: turn + 1 })),
          );
        return;
      }
      // Settings sync refused wait in `settingsFallback` and are read with the synced ones.
      if (changes.settings || changes.settingsFallback) void loadSettings().then(setSettings);
      if (changes.templates) void loadAllTemplates().then(setTemplates);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const targets = view.state === 'ready' ? replyTargets(view.context) : [];
  const target = targets.find((candidate) => candidate.key === chosenTarget) ?? targets[0];
  const address = target?.address;
  // Where the user writes first (a note, a conversation the other has not written in): openers, not replies.
  const opener = !target && view.state === 'ready' ? openerTarget(view.context, lang) : null;
  const onInsert =
    view.state === 'ready' && address
      ? (text: string, insertMode: InsertMode, replacing?: string) =>
          insertIntoTab(view.tabId, text, insertMode, address, replacing)
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
            {mode === 'popup' && canOpenSidebar() && (
              <button type="button" class="link" onClick={openSidebar}>
                {t.openSidebar}
              </button>
            )}
            {/* The studio sits below the messages: one step to it from the top, where the popup opens. */}
            {target && (
              <a href="#studio-title" class="jump" title={t.toStudioHint} data-testid="to-studio">
                {t.toStudio} ↓
              </a>
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
        {view.state === 'ready' && (
          <LearnContext.Provider value={learn}>
            <PageView
              context={view.context}
              onShowEarlier={showEarlier}
              onShowLatest={showLatest}
              onShowRow={(key) => showConversationRow(view.tabId, key)}
            />
          </LearnContext.Provider>
        )}
        {target && (
          <ReplyStudio
            key={target.key}
            target={target}
            choices={targets}
            onChoose={setChosenTarget}
            templates={templates}
            mySituation={settings.aboutMe.workMode}
            myName={settings.aboutMe.name}
            onInsert={onInsert}
            onCopy={copyText}
            copyHint={
              view.state === 'ready' && view.context.surface === 'invitations'
                ? t.replyToInvitation
                : undefined
            }
          />
        )}
        {opener && view.state === 'ready' && (
          <OpenerStudio
            key={opener.key}
            target={opener}
            onInsert={(text, insertMode, replacing) =>
              insertIntoTab(view.tabId, text, insertMode, opener.address, replacing)
            }
            onCopy={copyText}
          />
        )}
        <PasteBox
          key={picked.turn}
          initialText={picked.text}
          // Once the page's messages are drawn above it: scrolled to before, it would be pushed out of view again.
          reveal={picked.turn > 0 && view.state !== 'loading'}
          strictness={settings.strictness}
        />
      </main>
    </LangContext.Provider>
  );
}
