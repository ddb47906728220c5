/**
 * Selge's content script on linkedin.com. It reads; it does not rewrite LinkedIn's page (marks are opt-in and
 * live in their own shadow roots). Work is batched per frame, skipped while the tab is hidden, sliced into a
 * few milliseconds at a time, and only changed text is analysed again (a verdict cache).
 */
import browser from 'webextension-polyfill';
import { isMessage, isSelgeMessage, message, type InsertReply, type Message } from '../shared/protocol';
import type { PageContext } from '../shared/page-context';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { readSettings } from '../shared/storage';
import './features/badge';
import './features/marks';
import { MARK_TAG } from './features/marks';
import { allFeatures } from './features/registry';
import { diagnostics, timed } from './diagnostics';
import { guard, report } from './guard';
import { addressedField, insertText } from './insert';
import { readableText } from '../linkedin/dom';
import { SELECTORS } from '../linkedin/selectors';
import { compactVerdict } from '../shared/wire';
import { analyzeCached, createVerdictCache, draftContext } from './page-analysis';
import { readPage } from './read-page';
import { createSlicer, runSliced } from './slicer';
import { analysePage, type PageState } from './state';

const cache = createVerdictCache();
let settings: Settings = DEFAULT_SETTINGS;
let state: PageState | null = null;
let computing: Promise<PageState> | null = null;
let dirty = true;
/** Only the text being typed changed: re-read the draft or note, not the whole page. */
let draftDirty = false;
let frameRequested = false;
let lastUrl = location.href;
let lastBroadcast = 0;
let broadcastTimer: ReturnType<typeof setTimeout> | undefined;

async function compute(): Promise<PageState> {
  dirty = false;
  const readStart = performance.now();
  const read = await runSliced(readPage(document, location.href), createSlicer(6, 'read slice'));
  const analyseStart = performance.now();
  const next = await analysePage(read, location.href, settings, cache);
  diagnostics.lastReadMs = analyseStart - readStart;
  diagnostics.lastAnalyseMs = performance.now() - analyseStart;
  diagnostics.lastItems =
    read.surface === 'thread' ? read.threads.reduce((sum, entry) => sum + entry.thread.items.length, 0) : 0;
  state = next;
  for (const feature of allFeatures()) {
    await guard(
      `feature ${feature.name}`,
      () => timed(`feature ${feature.name}`, () => feature.update(next, settings)),
      undefined,
    );
  }
  broadcastChange();
  return next;
}

/** Runs one computation at a time; a change during a computation triggers one more afterwards. */
function refresh(): Promise<PageState> {
  if (computing) return computing;
  computing = compute().finally(() => {
    computing = null;
    if (dirty && !document.hidden) scheduleFrame();
  });
  return computing;
}

function scheduleFrame(): void {
  if (frameRequested || document.hidden) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    if (dirty || !state) guard('refresh', () => void refresh(), undefined);
    else if (draftDirty) guard('refresh draft', () => timed('draft update', refreshDraft), undefined);
  });
}

const FIELD = [...SELECTORS.compose.box, ...SELECTORS.connect.note].join(',');

function insideField(node: Node | null): boolean {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return Boolean(element?.closest(FIELD));
}

/** Typing: analyse the draft (or the note) again and tell the views; the messages have not changed. */
function refreshDraft(): void {
  draftDirty = false;
  if (!state || computing) {
    dirty = true;
    scheduleFrame();
    return;
  }
  const { read, context } = state;
  if (read.surface === 'thread' && context.surface === 'thread') {
    read.threads.forEach((entry, index) => {
      const box = entry.composeBox;
      const shown = context.threads[index];
      if (!box || !shown) return;
      if (!box.isConnected) {
        dirty = true;
        return;
      }
      const text = readableText(box);
      if (text === entry.thread.draft) return;
      entry.thread.draft = text;
      shown.draftVerdict = text
        ? compactVerdict(analyzeCached(text, draftContext(entry.thread), settings, cache))
        : null;
    });
  } else if (read.surface === 'connect-note' && context.surface === 'connect-note' && read.field) {
    if (!read.field.isConnected) dirty = true;
    else if (read.field.value !== context.note.note) {
      context.note.note = read.field.value;
      const recipient = context.note.recipientName;
      context.verdict = read.field.value.trim()
        ? compactVerdict(
            analyzeCached(
              read.field.value,
              { kind: 'connection-note', ...(recipient ? { recipientName: recipient } : {}) },
              settings,
              cache,
            ),
          )
        : null;
    }
  } else {
    dirty = true;
  }
  if (dirty) scheduleFrame();
  else broadcastChange();
}

/** Tells open Selge views (side panel) that the page changed, at most four times a second. */
function broadcastChange(): void {
  const send = () => {
    lastBroadcast = performance.now();
    browser.runtime
      .sendMessage(message('selge:context-changed', { url: location.href }))
      .catch(() => undefined);
  };
  const wait = 250 - (performance.now() - lastBroadcast);
  clearTimeout(broadcastTimer);
  if (wait <= 0) send();
  else broadcastTimer = setTimeout(send, wait);
}

function isOwnNode(node: Node): boolean {
  return node.nodeName.toLowerCase() === MARK_TAG;
}

const observer = new MutationObserver((records) => timed('mutation observer', () => onMutations(records)));

function onMutations(records: MutationRecord[]): void {
  // Our own marks going in or out are not page changes.
  const relevant = records.some(
    (record) =>
      !isOwnNode(record.target) &&
      !(
        record.type === 'childList' &&
        [...record.addedNodes, ...record.removedNodes].every((node) => isOwnNode(node))
      ),
  );
  if (!relevant && location.href === lastUrl) return;
  const urlChanged = location.href !== lastUrl;
  lastUrl = location.href;
  if (!urlChanged && records.every((record) => isOwnNode(record.target) || insideField(record.target)))
    draftDirty = true;
  else dirty = true;
  scheduleFrame();
}

async function getPageContext(): Promise<PageContext> {
  if (!state || dirty || computing) return (await (computing ?? refresh())).context;
  if (draftDirty) refreshDraft();
  return state.context;
}

async function handleInsert({
  text,
  mode,
  to,
  replacing,
}: Message<'selge:insert-text'>): Promise<InsertReply> {
  // Read the page as it is now: the conversation may have changed since the view asked.
  let current = state && !dirty && !computing ? state : await refresh();
  if (dirty) current = await refresh();
  const found = addressedField(current, to);
  return 'ok' in found ? found : insertText(found.field, text, mode, found.target, replacing);
}

browser.runtime.onMessage.addListener((incoming: unknown) => {
  if (!isSelgeMessage(incoming)) return undefined;
  if (isMessage(incoming, 'selge:get-page-context')) {
    return getPageContext().catch((error: unknown) => {
      report('get-page-context', error);
      return {
        surface: 'none',
        url: location.href,
        reason: 'Selge could not read this page.',
      } satisfies PageContext;
    });
  }
  if (isMessage(incoming, 'selge:get-diagnostics')) return Promise.resolve({ ...diagnostics });
  if (isMessage(incoming, 'selge:insert-text')) {
    return handleInsert(incoming).catch((error: unknown) => {
      report('insert-text', error);
      return {
        ok: false,
        reason: 'no-target',
        message: 'Selge could not insert the text.',
      } satisfies InsertReply;
    });
  }
  return undefined;
});

async function loadSettings(): Promise<void> {
  settings = await readSettings();
}

browser.storage.onChanged.addListener((changes, area) => {
  // Settings sync refused are kept on this device (`settingsFallback`) and count as much as synced ones.
  if (!(area === 'sync' && changes.settings) && !(area === 'local' && changes.settingsFallback)) return;
  void readSettings().then((next) => {
    settings = next;
    dirty = true;
    scheduleFrame();
  });
});

document.addEventListener('visibilitychange', () => {
  if (!document.hidden && dirty) scheduleFrame();
});

guard(
  'start',
  async () => {
    await guard('settings', loadSettings, undefined);
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: false,
    });
    // The compose box and the note field change by typing; input events arrive before the DOM settles.
    document.addEventListener(
      'input',
      (event) => {
        if (insideField(event.target as Node | null)) draftDirty = true;
        else dirty = true;
        scheduleFrame();
      },
      true,
    );
    // Tests and views ask the extension whether Selge runs here; LinkedIn's page gets no sign of it.
    diagnostics.startedAtMs = performance.now();
    scheduleFrame();
  },
  undefined,
);
