/**
 * Selge's content script on linkedin.com. It reads; it does not rewrite LinkedIn's page (marks are opt-in and
 * live in their own shadow roots). Work is batched per frame, skipped while the tab is hidden, sliced into a
 * few milliseconds at a time. The analysis itself runs in the background (the analyzer's patterns, word lists
 * and model would cost LinkedIn's main thread, and this script its size); only changed text is sent again
 * (a verdict cache).
 */
import browser from 'webextension-polyfill';
import type { MessageContext, Verdict } from '../analyzer/types';
import {
  isMessage,
  isSelgeMessage,
  message,
  type DraftUpdate,
  type InsertReply,
  type Message,
  type PageChange,
} from '../shared/protocol';
import type { PageContext } from '../shared/page-context';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { readSettings } from '../shared/settings-read';
import './features/badge';
import './features/marks';
import './features/listMarks';
import './features/invitationMarks';
import { INDICATOR_TAG } from './features/draftIndicator';
import { atWordEnd, SETTLE_PAUSE_MS } from './draft-settle';
import { MARK_TAG } from './features/marks';
import { allFeatures } from './features/registry';
import { diagnostics, timed } from './diagnostics';
import { guard, report } from './guard';
import { onStop, stopIfOrphaned } from './lifecycle';
import { addressedField, insertText } from './insert';
import { readableText, searchRoots } from '../linkedin/dom';
import { SELECTORS } from '../linkedin/selectors';
import { analysisJob, createVerdictCache, draftContext, fetchVerdicts, noteContext } from './page-analysis';
import { readPage } from './read-page';
import { createSlicer, runSliced } from './slicer';
import { analysePage, contextForView, type PageState, type VerdictSource } from './state';
import { createConversationMemory } from './list-analysis';

const startedAt = performance.now();
const source: VerdictSource = {
  cache: createVerdictCache(),
  // Sending copies the request in this thread: booked as Selge's time like any other stretch.
  send: (request) =>
    timed('send request', () => browser.runtime.sendMessage(message('selge:analyze', request))),
  onRoundTrip(ms) {
    diagnostics.analysisRequests += 1;
    diagnostics.lastRoundTripMs = ms;
    diagnostics.longestRoundTripMs = Math.max(diagnostics.longestRoundTripMs, ms);
  },
};
/** Typing pauses this long before the draft goes to the analyzer: one request per pause, not per key. */
const DRAFT_DEBOUNCE_MS = 120;
/** The background could not be reached twice in a row: analyse the page again later, less often each time. */
const UNREACHABLE_RETRY_MS = 2000;
const UNREACHABLE_RETRY_MAX_MS = 60_000;
let unreachableRetryMs = UNREACHABLE_RETRY_MS;

/** The verdicts of conversations the user opened, for their rows in the list (this page's life only). */
const conversations = createConversationMemory();
let settings: Settings = DEFAULT_SETTINGS;
let state: PageState | null = null;
let computing: Promise<PageState> | null = null;
let dirty = true;
/** Only the text being typed changed: re-read the draft or note, not the whole page. */
let draftDirty = false;
/** Drafts read but not yet analysed (the debounce is running or a request is out). */
let draftTimer: ReturnType<typeof setTimeout> | undefined;
let draftAnalysis: Promise<void> | null = null;
let draftStale = false;
let frameRequested = false;
let lastUrl = location.href;
let lastBroadcast = 0;
let broadcastTimer: ReturnType<typeof setTimeout> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** How the page is watched: the document, and each open shadow root LinkedIn renders messaging into. */
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: false,
};
const watchedRoots = new WeakSet<ShadowRoot>();

/**
 * A document's observer does not see inside shadow roots: a message LinkedIn draws in its interop-outlet, or a
 * conversation switched there, would change nothing Selge sees until something outside changed too.
 */
function watchShadowRoots(): void {
  for (const root of searchRoots(document)) {
    if (!(root instanceof ShadowRoot) || watchedRoots.has(root)) continue;
    watchedRoots.add(root);
    observer.observe(root, OBSERVE);
  }
}

async function compute(): Promise<PageState> {
  dirty = false;
  draftStale = false;
  watchShadowRoots();
  const readStart = performance.now();
  const read = await runSliced(readPage(document, location.href), createSlicer(6, 'read slice'));
  const analyseStart = performance.now();
  let next: PageState;
  try {
    next = await analysePage(read, location.href, settings, source, conversations);
  } catch (error) {
    // The background stayed unreachable: keep what is shown, and try the whole page again a little later.
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      dirty = true;
      scheduleFrame();
    }, unreachableRetryMs);
    unreachableRetryMs = Math.min(unreachableRetryMs * 2, UNREACHABLE_RETRY_MAX_MS);
    throw error;
  }
  unreachableRetryMs = UNREACHABLE_RETRY_MS;
  diagnostics.lastReadMs = analyseStart - readStart;
  diagnostics.lastAnalyseMs = performance.now() - analyseStart;
  if (diagnostics.firstAnalysisMs === 0) diagnostics.firstAnalysisMs = performance.now() - startedAt;
  diagnostics.lastItems =
    read.surface === 'thread' ? read.threads.reduce((sum, entry) => sum + entry.thread.items.length, 0) : 0;
  state = next;
  await updateFeatures(next);
  broadcastChange({ kind: 'page' });
  return next;
}

async function updateFeatures(next: PageState): Promise<void> {
  for (const feature of allFeatures()) {
    await guard(
      `feature ${feature.name}`,
      () => timed(`feature ${feature.name}`, () => feature.update(next, settings)),
      undefined,
    );
  }
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
  if (frameRequested || document.hidden || stopIfOrphaned()) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    // The refresh's own promise is guarded too: a failure is reported, never left unhandled in the page.
    if (dirty || !state) guard('refresh', () => refresh().then(() => undefined), undefined);
    else if (draftDirty) guard('read draft', () => timed('draft read', readDrafts), undefined);
  });
}

const FIELD = [...SELECTORS.compose.box, ...SELECTORS.connect.note].join(',');

function insideField(node: Node | null): boolean {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return Boolean(element?.closest(FIELD));
}

/**
 * Typing: read the draft (or the note) again, not the messages, which have not changed. The analysis waits
 * until the user pauses (DRAFT_DEBOUNCE_MS).
 */
function readDrafts(): void {
  draftDirty = false;
  if (!state || computing) {
    dirty = true;
    scheduleFrame();
    return;
  }
  const { read, context } = state;
  let changed = false;
  if (read.surface === 'thread' && context.surface === 'thread') {
    for (const entry of read.threads) {
      const box = entry.composeBox;
      if (!box) continue;
      if (!box.isConnected) dirty = true;
      else {
        const text = readableText(box);
        if (text !== entry.thread.draft) {
          entry.thread.draft = text;
          changed = true;
        }
      }
    }
  } else if (read.surface === 'connect-note' && context.surface === 'connect-note' && read.field) {
    if (!read.field.isConnected) dirty = true;
    else if (read.field.value !== context.note.note) {
      context.note.note = read.field.value;
      changed = true;
    }
  } else {
    dirty = true;
  }
  if (dirty) {
    scheduleFrame();
    return;
  }
  if (!changed) return;
  draftStale = true;
  clearTimeout(draftTimer);
  // Half a word ("3x thei") is judged only after a pause: a verdict that flickers per key helps nobody.
  const settled = draftsOf(state).every(atWordEnd);
  draftTimer = setTimeout(
    () => void guard('analyse draft', analyseDrafts, undefined),
    settled ? DRAFT_DEBOUNCE_MS : SETTLE_PAUSE_MS,
  );
}

function draftsOf({ read, context }: PageState): string[] {
  if (read.surface === 'thread') return read.threads.map((entry) => entry.thread.draft ?? '');
  return context.surface === 'connect-note' ? [context.note.note] : [];
}

/** Verdicts for the drafts read since the last analysis; the open views get them with the texts. */
function analyseDrafts(): Promise<void> {
  clearTimeout(draftTimer);
  if (draftAnalysis) return draftAnalysis.then(() => (draftStale ? analyseDrafts() : undefined));
  if (!draftStale || !state) return Promise.resolve();
  draftStale = false;
  const current = state;
  draftAnalysis = analyseDraftsOf(current)
    .then((drafts) => {
      if (state !== current || drafts.length === 0) return;
      broadcastChange({ kind: 'drafts', drafts });
      for (const feature of allFeatures())
        if (feature.onDraft)
          guard(
            `feature ${feature.name}`,
            () => timed(`feature ${feature.name}`, () => feature.onDraft?.(current, settings)),
            undefined,
          );
    })
    .finally(() => {
      draftAnalysis = null;
    });
  return draftAnalysis;
}

async function verdictOf(text: string, context: MessageContext): Promise<Verdict | null> {
  if (!text.trim()) return null;
  const { strictness } = settings;
  const job = analysisJob(text, context, strictness, true);
  const [verdict] = await fetchVerdicts([job], strictness, source.cache, source.send, source.onRoundTrip);
  return verdict ?? null;
}

async function analyseDraftsOf({ read, context }: PageState): Promise<DraftUpdate[]> {
  if (read.surface === 'thread' && context.surface === 'thread') {
    const updates: DraftUpdate[] = [];
    for (const view of context.threads) {
      const draft = view.thread.draft;
      if (draft === null) continue;
      const verdict = await verdictOf(draft, draftContext(view.thread));
      if (view.thread.draft !== draft) continue;
      view.draftVerdict = verdict;
      updates.push({ surface: 'thread', thread: view.key, draft, verdict: view.draftVerdict });
    }
    return updates;
  }
  if (context.surface === 'connect-note') {
    const note = context.note.note;
    const verdict = await verdictOf(note, noteContext(context.note.recipientName));
    if (context.note.note !== note) return [];
    context.verdict = verdict;
    return [{ surface: 'connect-note', note, verdict: context.verdict }];
  }
  return [];
}

/**
 * Tells open Selge views (side panel) what changed. Page changes go out at most four times a second (the
 * view then asks for what it shows); draft updates carry the draft and go out at once (already debounced).
 */
function broadcastChange(change: PageChange): void {
  const send = (what: PageChange) =>
    browser.runtime
      .sendMessage(message('selge:context-changed', { url: location.href, change: what }))
      .catch(() => undefined);
  if (change.kind === 'drafts') {
    void send(change);
    return;
  }
  const wait = 250 - (performance.now() - lastBroadcast);
  clearTimeout(broadcastTimer);
  const sendPage = () => {
    lastBroadcast = performance.now();
    void send(change);
  };
  if (wait <= 0) sendPage();
  else broadcastTimer = setTimeout(sendPage, wait);
}

function isOwnNode(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === MARK_TAG || name === INDICATOR_TAG;
}

const observer = new MutationObserver((records) => timed('mutation observer', () => onMutations(records)));

function onMutations(records: MutationRecord[]): void {
  if (stopIfOrphaned()) return;
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

async function getPageContext(recentMessages?: number): Promise<PageContext> {
  diagnostics.viewRequests += 1;
  let current = state;
  if (!current || dirty || computing) current = await (computing ?? refresh());
  else {
    if (draftDirty) readDrafts();
    if (dirty) current = await refresh();
    else if (draftStale || draftAnalysis) await analyseDrafts();
  }
  return timed('view answer', () => contextForView(current.context, recentMessages));
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

/** Scrolls the list to a row the user chose in a view; LinkedIn's own handlers see no click. */
async function showConversationRow(key: string): Promise<{ shown: boolean }> {
  let current = state && !dirty && !computing ? state : await refresh();
  if (dirty) current = await refresh();
  const list = current.read.list;
  const index = list?.list.rows.findIndex((row) => !row.occluded && row.key === key) ?? -1;
  const element = index >= 0 ? list?.elements[index] : undefined;
  if (!element?.isConnected) return { shown: false };
  // At once, not smoothly: a tab behind the popup may not be painting, and a smooth scroll would wait for it.
  element.scrollIntoView({ block: 'center' });
  return { shown: true };
}

function onProtocolMessage(incoming: unknown) {
  if (!isSelgeMessage(incoming)) return undefined;
  if (isMessage(incoming, 'selge:get-page-context')) {
    return getPageContext(incoming.recentMessages).catch((error: unknown) => {
      report('get-page-context', error);
      return {
        surface: 'none',
        url: location.href,
        reason: 'Selge could not read this page.',
      } satisfies PageContext;
    });
  }
  if (isMessage(incoming, 'selge:get-diagnostics'))
    return Promise.resolve({
      ...diagnostics,
      recentTasks: [...diagnostics.recentTasks],
      indicator: [...diagnostics.indicator],
    });
  if (isMessage(incoming, 'selge:show-conversation-row')) {
    return showConversationRow(String(incoming.key)).catch((error: unknown) => {
      report('show-conversation-row', error);
      return { shown: false };
    });
  }
  if (isMessage(incoming, 'selge:insert-text')) {
    return handleInsert(incoming).catch((error: unknown) => {
      report('insert-text', error);
      return {
        ok: false,
        reason: 'unreachable',
        message: 'Selge could not insert the text.',
      } satisfies InsertReply;
    });
  }
  return undefined;
}
browser.runtime.onMessage.addListener(onProtocolMessage);

async function loadSettings(): Promise<void> {
  settings = await readSettings();
}

function onStorageChanged(changes: Record<string, unknown>, area: string): void {
  if (area === 'local' && changes.learned) {
    // A correction, an undo, a trusted person or a reset (issue 23): every cached verdict may be stale.
    source.cache.clear();
    conversations.clear();
    dirty = true;
    // Even in a hidden tab (the view the user corrected in may be a tab of its own): the badge and the views
    // must follow at once. A correction is rare, so this costs one page analysis now and then.
    if (document.hidden) void refresh().catch(() => undefined);
    else scheduleFrame();
    return;
  }
  // Settings sync refused are kept on this device (`settingsFallback`) and count as much as synced ones.
  if (!(area === 'sync' && changes.settings) && !(area === 'local' && changes.settingsFallback)) return;
  void readSettings().then((next) => {
    settings = next;
    dirty = true;
    scheduleFrame();
  });
}
browser.storage.onChanged.addListener(onStorageChanged);

function onVisibilityChange(): void {
  if (!document.hidden && dirty) scheduleFrame();
}
document.addEventListener('visibilitychange', onVisibilityChange);

/** The compose box and the note field change by typing; input events arrive before the DOM settles. */
function onInput(event: Event): void {
  // Typing in a shadow root reaches the document with the host as its target: the field is the path's start.
  if (insideField((event.composedPath()[0] ?? event.target) as Node | null)) draftDirty = true;
  else dirty = true;
  scheduleFrame();
}

// Orphaned by an update or reload (lifecycle.ts): undo all this script set up, and stay quiet.
onStop(() => {
  observer.disconnect();
  clearTimeout(draftTimer);
  clearTimeout(broadcastTimer);
  clearTimeout(retryTimer);
  document.removeEventListener('visibilitychange', onVisibilityChange);
  document.removeEventListener('input', onInput, true);
  state = null;
  for (const remove of [
    () => browser.runtime.onMessage.removeListener(onProtocolMessage),
    () => browser.storage.onChanged.removeListener(onStorageChanged),
  ]) {
    try {
      remove();
    } catch {
      // The dead extension's API may refuse: nothing calls these listeners any more anyway.
    }
  }
});

guard(
  'start',
  async () => {
    await guard('settings', loadSettings, undefined);
    observer.observe(document.documentElement, OBSERVE);
    document.addEventListener('input', onInput, true);
    // Tests and views ask the extension whether Selge runs here; LinkedIn's page gets no sign of it.
    diagnostics.startedAtMs = performance.now();
    scheduleFrame();
  },
  undefined,
);
