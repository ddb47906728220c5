import browser from 'webextension-polyfill';
import { isMessage, isSelgeMessage, type LearnRequest, type ReportedError } from '../shared/protocol';
import {
  flushSettingsFallback,
  loadSettingsRecovering,
  loadLearnedRecovering,
  loadStatsRecovering,
  loadTemplatesRecovering,
  readSettings,
  saveSettingsPatch,
} from '../shared/storage';
import { parseStatsItems } from '../shared/stats';
import { createStatsBatcher } from './stats-recorder';
import { analyseWithLearning, forgetLearnedState, recordCorrection, recordTrust } from './learning';
import { resolveUiLang, type UiLang } from '../shared/ui-lang';
import { TOOLBAR_STRINGS, badgeTitle } from './badge-title';

const BADGE_COLOR = '#b4541a';
const MENU_ID = 'selge-check-selection';

/** A count from a content script: a whole number from 0 up, anything else counts as none. */
function countOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** Errors reported by content scripts, kept for the extension's own console (never LinkedIn's). */
const recentErrors: ReportedError[] = [];

/**
 * The analyzer runs here, not in LinkedIn's tab: its rule patterns, word lists and model would cost the
 * page's main thread time (and the content script its size). A request holds at most a few hundred bounded
 * texts (content/page-analysis.ts), so one answer takes milliseconds. The user's corrections apply here
 * (learning.ts), so every view, the marks and the badge agree.
 */
const analyseRequest = analyseWithLearning;

browser.storage.onChanged.addListener((changes, area) => {
  // Corrections changed elsewhere (the options page removed one, a reset, an import): read them again.
  if (area === 'local' && ('learned' in changes || 'learnedSecret' in changes)) forgetLearnedState();
  // Settings changed (perhaps the language): what the browser shows for Selge follows.
  if ((area === 'sync' && 'settings' in changes) || (area === 'local' && 'settingsFallback' in changes)) {
    language = null;
    void relabel();
  }
});

/** The first-run page (issue 21, item 7): what Selge does and where it shows itself. */
const WELCOME_PAGE = 'src/ui/welcome/index.html';

browser.runtime.onInstalled.addListener((details) => {
  // Once, after install: not after an update or a browser update (no permission needed to open a tab).
  if (details.reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
  void Promise.all([browser.contextMenus.removeAll(), selgeLanguage()]).then(([, lang]) =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: TOOLBAR_STRINGS[lang].contextMenuCheck,
      contexts: ['selection'],
    }),
  );
});

/** The language Selge speaks (the options page's setting): read once, again after the settings change. */
let language: Promise<UiLang> | null = null;

/** For what the browser shows outside Selge's pages: the tooltip, the context menu. */
function selgeLanguage(): Promise<UiLang> {
  language ??= readSettings().then((settings) =>
    resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage()),
  );
  return language;
}

/** The counts each tab's badge shows, so a change of language can say them again in the new one. */
const tabCounts = new Map<number, { pitches: number; conversations: number }>();

browser.tabs.onRemoved.addListener((tabId) => tabCounts.delete(tabId));

async function showCounts(tabId: number, pitches: number, conversations: number): Promise<void> {
  const lang = await selgeLanguage();
  const total = pitches + conversations;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    browser.action.setTitle({ tabId, title: badgeTitle(lang, pitches, conversations) }),
  ]);
}

/** The language was changed: the context menu and the tooltips of open tabs say it in the new one. */
async function relabel(): Promise<void> {
  const lang = await selgeLanguage();
  await browser.contextMenus
    .update(MENU_ID, { title: TOOLBAR_STRINGS[lang].contextMenuCheck })
    .catch(() => undefined);
  await Promise.all(
    [...tabCounts].map(([tabId, { pitches, conversations }]) =>
      browser.action.setTitle({ tabId, title: badgeTitle(lang, pitches, conversations) }).catch(() => {
        tabCounts.delete(tabId);
      }),
    ),
  );
}

const recordStats = createStatsBatcher();

// Read (and, if corrupt, recover) stored data at start, so a problem is noticed and shown in the options page.
void loadSettingsRecovering().catch(() => undefined);
void loadTemplatesRecovering().catch(() => undefined);
void loadStatsRecovering().catch(() => undefined);
void loadLearnedRecovering().catch(() => undefined);

/**
 * Settings that sync refused (its write quota) wait on this device; try again at start and then at most once
 * a minute while LinkedIn pages report (an alarm would need one more permission).
 */
const SETTINGS_RETRY_MS = 60_000;
let settingsTriedAt = Date.now();
void flushSettingsFallback().catch(() => undefined);
function retrySettingsSync(): void {
  if (Date.now() - settingsTriedAt < SETTINGS_RETRY_MS) return;
  settingsTriedAt = Date.now();
  void flushSettingsFallback().catch(() => undefined);
}

/** Text picked through the context menu waits in session storage (memory only) until a view takes it. */
async function handOver(text: string): Promise<void> {
  await browser.storage.session.set({ picked: text.slice(0, 100_000) });
}

async function openView(windowId: number | undefined): Promise<void> {
  // Chrome: the side panel (allowed in response to the click). Firefox: the sidebar. Else: a tab.
  try {
    if (
      __SELGE_TARGET__ === 'chrome' &&
      windowId !== undefined &&
      typeof chrome !== 'undefined' &&
      chrome.sidePanel
    ) {
      await chrome.sidePanel.open({ windowId });
      return;
    }
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebar) {
      await sidebar.open();
      return;
    }
  } catch {
    // fall through to a tab
  }
  await browser.tabs.create({ url: browser.runtime.getURL('src/ui/popup/index.html') });
}

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || !info.selectionText) return;
  // Open first: the browser only allows it within the click's user gesture.
  void openView(tab?.windowId);
  void handOver(info.selectionText);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-side-panel') void openView(tab?.windowId);
});

/** A page of LinkedIn's own site (the only host the content script runs on). */
function isLinkedIn(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('https://www.linkedin.com/');
}

function learn(request: LearnRequest): Promise<void> {
  if (request.action === 'trust') {
    if (typeof request.profile !== 'string' || request.profile.length === 0 || request.profile.length > 200)
      return Promise.reject(new Error('no profile id'));
    return recordTrust(request.profile, request.trusted === true);
  }
  const set = request.set === 'pitch' || request.set === 'ok' ? request.set : null;
  const was = request.was === 'pitch' || request.was === 'borderline' ? request.was : 'ok';
  if (typeof request.text !== 'string' || request.text.trim() === '')
    return Promise.reject(new Error('no text'));
  return recordCorrection({ text: request.text, set, was });
}

browser.runtime.onMessage.addListener((incoming: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isSelgeMessage(incoming)) return undefined;
  if (isMessage(incoming, 'selge:page-summary')) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    recordStats(parseStatsItems(incoming.items));
    retrySettingsSync();
    // Pitches on the page (messages, notes) and unread conversations of the inbox list that look like pitches.
    const pitches = countOf(incoming.pitchCount);
    const conversations = countOf(incoming.unreadPitchConversations);
    tabCounts.set(tabId, { pitches, conversations });
    return showCounts(tabId, pitches, conversations);
  }
  if (isMessage(incoming, 'selge:save-settings')) {
    // Only Selge's own pages change settings; a content script (sender.url on linkedin.com) never does.
    if (!sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    return saveSettingsPatch(incoming.patch).then(
      () => undefined,
      (error: unknown) => console.warn('Selge could not save settings handed over by a closing page', error),
    );
  }
  if (isMessage(incoming, 'selge:analyze')) return analyseRequest(incoming);
  if (isMessage(incoming, 'selge:learn')) {
    // Selge's own pages teach it, and Selge's marks in a LinkedIn tab: the content script sends only what a person
    // pressed (a trusted event) on a mark's button inside its closed shadow root, out of the page's reach (issue 23,
    // point 1). A LinkedIn page's own scripts cannot message the extension at all.
    const ownPage = sender.url?.startsWith(browser.runtime.getURL('')) === true;
    const mark = sender.id === browser.runtime.id && sender.tab !== undefined && isLinkedIn(sender.url);
    if (!ownPage && !mark) return Promise.resolve({ ok: false });
    return learn(incoming.learn).then(
      () => ({ ok: true }),
      (error: unknown) => {
        console.warn('Selge could not keep a correction', error);
        return { ok: false };
      },
    );
  }
  if (isMessage(incoming, 'selge:get-errors')) return Promise.resolve({ errors: [...recentErrors] });
  if (isMessage(incoming, 'selge:take-picked-text')) {
    return browser.storage.session.get('picked').then(async (stored) => {
      await browser.storage.session.remove('picked');
      return { text: typeof stored.picked === 'string' ? stored.picked : null };
    });
  }
  if (isMessage(incoming, 'selge:content-error')) {
    recentErrors.push({ where: incoming.where, message: incoming.message, at: Date.now() });
    if (recentErrors.length > 50) recentErrors.shift();
    console.warn(`Selge content script (${incoming.where}): ${incoming.message}`);
    return undefined;
  }
  return undefined;
});
