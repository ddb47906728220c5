/**
 * What LinkedIn's tab and Selge's views feel like, measured the same way in Chromium and Firefox: the tests
 * assert what a user sees (every message read, a view sent only what it shows), `npm run bench` prints the
 * times beside their budgets (a time on a shared machine is no test: issue 19). A driver hides which browser
 * runs.
 */
import { longThreadHtml } from '../../scripts/bench-content';
import { INBOX_ROWS, inboxHtml, manyRows, rowMarks } from './inbox';
import { fixture } from './variants';
import { CUT_MARK, MAX_MESSAGE_CHARS } from '../../src/linkedin/dom';
import type { PageContext } from '../../src/shared/page-context';
import type { Diagnostics } from '../../src/shared/protocol';

export interface DriverPage {
  tabId: number;
  /** Runs a function in the page's own world. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Makes the tab the active one (as a person looking at it). */
  bringToFront(): Promise<void>;
  /** Clicks the element, then types as a person would, `delayMs` between keys. */
  typeInto(selector: string, text: string, delayMs: number): Promise<void>;
  /** A mouse click at a point of the window (CSS pixels), as a person clicks what they see there. */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses a key as a person would ("Tab", "Enter", "Space", "Escape"), on whatever has the focus. */
  press(key: string): Promise<void>;
  /** Reloads the page (the scenario waits for Selge's content script to answer again). */
  reload(): Promise<void>;
  /** What each of Selge's marks says (drawn by style inside a closed shadow root), in page order. */
  markTexts(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'Chromium' | 'Firefox';
  routes: Map<string, string | { html: string }>;
  openLinkedIn(path: string): Promise<DriverPage>;
  /** Opens a Selge view (side panel page) about a tab; resolves once it shows the page. */
  openView(tabId: number): Promise<{ text(): Promise<string>; close(): Promise<void> }>;
  ask<T>(tabId: number, message: object): Promise<T>;
  /** Writes settings as the options page would (a patch over the stored ones). */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  /** The toolbar badge of a tab: its text and tooltip. */
  badge(tabId: number): Promise<{ text: string; title: string }>;
}

/** Page, file under tests/fixtures: every LinkedIn fixture at a URL where LinkedIn would show it. */
export const FIXTURE_PAGES: [string, string][] = [
  ['/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html'],
  ['/messaging/thread/2-pieter/', 'linkedin/messaging-thread-new.html'],
  ['/feed/?bubble', 'linkedin/overlay-bubble.html'],
  ['/feed/?bubble-new', 'linkedin/overlay-bubble-new.html'],
  ['/feed/?docked', 'linkedin/overlay-docked.html'],
  ['/mynetwork/invitation-manager/', 'linkedin/invitations-received-classic.html'],
  ['/mynetwork/invitation-manager/?sdui', 'linkedin/invitations-received-sdui.html'],
  ['/mynetwork/invitation-manager/sent/', 'linkedin/invitations-sent-classic.html'],
  ['/in/sanne-verbeek/', 'linkedin/profile.html'],
  ['/in/sanne-verbeek/?note', 'linkedin/connect-dialog.html'],
];

export function diagnosticsOf(driver: Driver, tabId: number): Promise<Diagnostics> {
  return driver.ask<Diagnostics>(tabId, { type: 'selge:get-diagnostics' });
}

/** The page context once every verdict is in. */
export function pageContextOf(driver: Driver, tabId: number): Promise<PageContext> {
  return driver.ask<PageContext>(tabId, { type: 'selge:get-page-context' });
}

export function route(driver: Driver, path: string, entry: string | { html: string }): void {
  driver.routes.set(new URL(path, 'https://www.linkedin.com').pathname, entry);
}

export interface FixtureFigures {
  context: PageContext;
  longestTaskMs: number;
  longestTaskLabel: string;
  firstAnalysisMs: number;
}

/** Reads a page: what the content script made of it, and the longest stretch it took LinkedIn's thread. */
export async function readFixture(
  driver: Driver,
  path: string,
  page: string | { html: string },
): Promise<FixtureFigures> {
  route(driver, path, page);
  const tab = await driver.openLinkedIn(path);
  try {
    const context = await pageContextOf(driver, tab.tabId);
    const diagnostics = await diagnosticsOf(driver, tab.tabId);
    return {
      context,
      longestTaskMs: diagnostics.longestTaskMs,
      longestTaskLabel: diagnostics.longestTaskLabel,
      firstAnalysisMs: diagnostics.firstAnalysisMs,
    };
  } finally {
    await tab.close();
  }
}

export interface LongThreadFigures {
  messages: number;
  /** Messages of the whole thread with text that came back without a verdict (lost on the way). */
  unrated: number;
  /** Messages in what a view gets when it opens. */
  viewMessages: number;
  longestTaskMs: number;
  longestTaskLabel: string;
  firstAnalysisMs: number;
  roundTrips: number;
  longestRoundTripMs: number;
  /** The request a view sends when it opens (the latest messages), its size and time. */
  viewBytes: number;
  viewMs: number;
  /** Everything, as "show all" asks for it. */
  allBytes: number;
  allMs: number;
}

export async function readLongThread(
  driver: Driver,
  count: number,
  root: string,
): Promise<LongThreadFigures> {
  const path = `/messaging/thread/2-long-${count}/`;
  route(driver, path, { html: longThreadHtml(root, count) });
  const page = await driver.openLinkedIn(path);
  try {
    const all = await pageContextOf(driver, page.tabId);
    const timedAsk = async (message: object) => {
      const start = performance.now();
      const reply = await driver.ask<PageContext>(page.tabId, message);
      return { ms: performance.now() - start, bytes: JSON.stringify(reply).length, reply };
    };
    const view = await timedAsk({ type: 'selge:get-page-context', recentMessages: 12 });
    const whole = await timedAsk({ type: 'selge:get-page-context' });
    const diagnostics = await diagnosticsOf(driver, page.tabId);
    const threadOf = (context: PageContext) =>
      context.surface === 'thread' ? context.threads[0] : undefined;
    return {
      messages: threadOf(all)?.messageCount ?? 0,
      unrated: unratedMessages(all),
      viewMessages: threadOf(view.reply)?.thread.items.length ?? 0,
      longestTaskMs: diagnostics.longestTaskMs,
      longestTaskLabel: diagnostics.longestTaskLabel,
      firstAnalysisMs: diagnostics.firstAnalysisMs,
      roundTrips: diagnostics.analysisRequests,
      longestRoundTripMs: diagnostics.longestRoundTripMs,
      viewBytes: view.bytes,
      viewMs: view.ms,
      allBytes: whole.bytes,
      allMs: whole.ms,
    };
  } finally {
    await page.close();
  }
}

/** Messages with text in a thread's context that have no verdict: none, when nothing was lost. */
export function unratedMessages(context: PageContext): number {
  if (context.surface !== 'thread') return Infinity;
  return context.threads.reduce(
    (sum, { thread, verdicts }) =>
      sum +
      thread.items.filter((item, index) => item.kind === 'message' && item.text.trim() && !verdicts[index])
        .length,
    0,
  );
}

export interface TypingFigures {
  /** Selge's longest stretch on LinkedIn's thread while the user typed (and the view followed). */
  longestTaskMs: number;
  longestTaskLabel: string;
  /** The page's own heartbeat: the longest the thread was away, from any cause, while typing. */
  longestPauseMs: number;
  /** Page-context requests the open view sent while the user typed (updates come with the broadcast). */
  viewRequests: number;
  viewShowsDraft: boolean;
  /** The last draft's trip to the background analyzer and back (one message). */
  roundTripMs: number;
}

/** Between keys, as a quick typist (about 25 characters a second). */
export const TYPING_DELAY_MS = 40;

/** Types into the compose box of a long thread with Selge's side panel open on it. */
export async function typeInLongThread(
  driver: Driver,
  count: number,
  root: string,
  text: string,
): Promise<TypingFigures> {
  const path = `/messaging/thread/2-typing-${count}/`;
  route(driver, path, { html: longThreadHtml(root, count) });
  const page = await driver.openLinkedIn(path);
  const view = await driver.openView(page.tabId);
  try {
    // Switching tabs makes the view look again: done before the typing starts, as a person would.
    await page.bringToFront();
    await pageContextOf(driver, page.tabId);
    // The first analysis's broadcast (sent at most four times a second) reaches the view and is answered.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = await diagnosticsOf(driver, page.tabId);
    const startedAt = await page.evaluate(() => performance.now());
    await page.typeInto('.msg-form__contenteditable', text, TYPING_DELAY_MS);
    const typedAt = await page.evaluate(() => performance.now());
    const expected = `Thanks Sanne,${text}`;
    let shows = false;
    for (let attempt = 0; attempt < 100 && !shows; attempt++) {
      shows = (await view.text()).includes(expected);
      if (!shows) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await diagnosticsOf(driver, page.tabId);
    const tasks = after.recentTasks.filter((task) => task.at >= startedAt);
    const longest = tasks.reduce((max, task) => (task.ms > max.ms ? task : max), { label: '', ms: 0, at: 0 });
    const pauses = await page.evaluate(
      () => (window as unknown as { __heartbeatGaps: { start: number; duration: number }[] }).__heartbeatGaps,
    );
    return {
      longestTaskMs: longest.ms,
      longestTaskLabel: longest.label,
      longestPauseMs: Math.max(
        0,
        ...pauses.filter((gap) => gap.start >= startedAt && gap.start <= typedAt).map((gap) => gap.duration),
      ),
      viewRequests: after.viewRequests - before.viewRequests,
      viewShowsDraft: shows,
      roundTripMs: after.lastRoundTripMs,
    };
  } finally {
    await view.close();
    await page.close();
  }
}

/** The text Selge reads of a message: all of it, or the start of one far longer than LinkedIn allows. */
export function shownText(message: string): string {
  const text = message.trim();
  return text.length > MAX_MESSAGE_CHARS
    ? text.slice(0, MAX_MESSAGE_CHARS - CUT_MARK.length) + CUT_MARK
    : text;
}

/** Messages built to hurt: huge, invisible, or all emoji. */
export const HOSTILE_MESSAGES: [string, string, string][] = [
  [
    'one megabyte of text',
    'Tess Longwinded',
    `Quick call this week? ${'All work and no play. '.repeat(48_000)}`,
  ],
  [
    '100,000 zero-width characters',
    'Zed Width',
    `Free consultation! ${'\u200B'.repeat(100_000)} Book here: calendly.com/x/15min`,
  ],
  ['ten thousand emoji', '🦄'.repeat(50), `${'🚀'.repeat(10_000)} 10x your pipeline!`],
];

/** Waits until `check` holds, trying every 100 ms; throws with what it last saw. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/**
 * Whether `count` marks are on the page and each shows its words: a mark is in the page a moment before the
 * browser has styled what its shadow root draws, and read then it is empty.
 */
export const drawn = (marks: string[], count: number): boolean =>
  marks.length === count && marks.every((text) => text !== '');

export type Inbox = Window & {
  __inbox: { clicks: number; fillLater(): void; rerender(): void; moveToTop(name: string): void };
};

/** What a person sees of the inbox at each step: the marks per row, the badge, what a view gets. */
export interface InboxStep {
  marks: [string, number][];
  badge: { text: string; title: string };
  context: PageContext;
  requests: number;
}

export interface InboxTriage {
  opened: InboxStep;
  filled: InboxStep;
  rerendered: InboxStep;
  moved: InboxStep;
  marksOff: InboxStep;
}

/**
 * The inbox as a recipient of spam goes through it, the same in both browsers: marks on (list marks are on
 * under them by default), the list read, placeholders drawn later, the list drawn anew, a row moved to the
 * top, list marks off. The tab is left open for the caller's own checks and closed by `close`.
 */
export async function triageInbox(driver: Driver): Promise<InboxTriage & { page: DriverPage }> {
  await driver.setSettings({ pageMarks: true, listMarks: true, uiLanguage: 'en' });
  route(driver, '/messaging/', { html: inboxHtml(INBOX_ROWS) });
  const page = await driver.openLinkedIn('/messaging/');
  // Selge draws nothing in a hidden tab, and a tab a test opens is not always the one in front.
  await page.bringToFront();
  const step = async (wanted: (step: InboxStep) => boolean, what: string): Promise<InboxStep> =>
    eventually(
      async () => {
        // Asking for the page context waits for the read and every verdict; marks are placed by then.
        const context = await pageContextOf(driver, page.tabId);
        return {
          marks: await page.evaluate(rowMarks),
          badge: await driver.badge(page.tabId),
          context,
          requests: (await diagnosticsOf(driver, page.tabId)).analysisRequests,
        };
      },
      wanted,
      what,
    );
  const marked = (rows: number) => (current: InboxStep) =>
    current.marks.filter(([, count]) => count > 0).length === rows;
  const opened = await step(marked(4), 'marks on the four pitch rows');
  await page.evaluate(() => (window as unknown as Inbox).__inbox.fillLater());
  const filled = await step(
    (current) => current.marks.length === 12 && marked(5)(current),
    'the later pitch row marked',
  );
  await page.evaluate(() => (window as unknown as Inbox).__inbox.rerender());
  const rerendered = await step(marked(5), 'marks back after the list was drawn anew');
  await page.evaluate(() => (window as unknown as Inbox).__inbox.moveToTop('Lotte Bakker'));
  const moved = await step(
    (current) => current.marks[0]?.[0] === 'Lotte Bakker' && marked(5)(current),
    'Lotte’s row at the top, marked',
  );
  await driver.setSettings({ listMarks: false });
  const marksOff = await step(marked(0), 'no marks once list marks are off');
  await driver.setSettings({ listMarks: true, pageMarks: false });
  return { opened, filled, rerendered, moved, marksOff, page };
}

export interface LongInboxFigures {
  rows: number;
  markedRows: number;
  pitchRows: number;
  longestTaskMs: number;
  longestTaskLabel: string;
  requests: number;
}

/** A list of `count` drawn rows, every pitch marked: how long Selge held LinkedIn's main thread for it. */
export async function readLongInbox(driver: Driver, count: number): Promise<LongInboxFigures> {
  await driver.setSettings({ pageMarks: true, listMarks: true });
  const path = `/messaging/?rows=${count}`;
  route(driver, path, { html: inboxHtml(manyRows(count), []) });
  const page = await driver.openLinkedIn(path);
  try {
    const context = await pageContextOf(driver, page.tabId);
    const pitchRows =
      context.conversations?.rows.filter((entry) => entry.verdict?.verdict === 'pitch').length ?? 0;
    const marks = await eventually(
      () => page.evaluate(rowMarks),
      (rows) => rows.filter(([, marksInRow]) => marksInRow > 0).length >= pitchRows,
      'every pitch row marked',
    );
    const diagnostics = await diagnosticsOf(driver, page.tabId);
    return {
      rows: context.conversations?.rows.length ?? 0,
      markedRows: marks.filter(([, marksInRow]) => marksInRow === 1).length,
      pitchRows,
      longestTaskMs: diagnostics.longestTaskMs,
      longestTaskLabel: diagnostics.longestTaskLabel,
      requests: diagnostics.analysisRequests,
    };
  } finally {
    await page.close();
    await driver.setSettings({ pageMarks: false });
  }
}

/** What a person sees of the draft indicator: whether it is there, what it said while they typed. */
export interface IndicatorStep {
  /** The pill is in the window (its box, as the page can measure it). */
  shown: boolean;
  /** It touches one of LinkedIn's buttons in the compose form or the note dialog. */
  coversButton: boolean;
  /** What it showed while the user typed, oldest first: its label ('' when it went away) and the draft judged. */
  labels: { label: string; judged: string }[];
}

/** The indicator's box, and whether it touches a button of the form or dialog around the field. */
function indicatorBox(): { shown: boolean; coversButton: boolean; x: number; y: number } {
  const host = document.querySelector('selge-draft');
  const box = host?.getBoundingClientRect();
  if (!host || !box || box.width === 0 || getComputedStyle(host).visibility === 'hidden')
    return { shown: false, coversButton: false, x: 0, y: 0 };
  const form = document.querySelector('form.msg-form, [role="dialog"]');
  const coversButton = [...(form?.querySelectorAll('button') ?? [])].some((button) => {
    const other = button.getBoundingClientRect();
    return (
      other.width > 0 &&
      box.left < other.right &&
      other.left < box.right &&
      box.top < other.bottom &&
      other.top < box.bottom
    );
  });
  return { shown: true, coversButton, x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Empties LinkedIn's compose box or note field as a person selecting all and deleting would. */
function clearField(): void {
  const field = document.querySelector<HTMLElement>('.msg-form__contenteditable, textarea[name="message"]');
  if (!field) return;
  field.focus();
  if (field instanceof HTMLTextAreaElement) field.value = '';
  else {
    // An empty editor holds one empty line, as LinkedIn's does.
    const line = document.createElement('p');
    line.append(document.createElement('br'));
    field.replaceChildren(line);
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
}

/** Something of Selge's is drawn above the field (or below it near the window's top): the findings. */
function findingsShown(): boolean {
  const host = document.querySelector('selge-draft')!;
  const box = host.getBoundingClientRect();
  const field = document
    .querySelector('.msg-form__contenteditable, textarea[name="message"]')!
    .getBoundingClientRect();
  const probe = field.top > 260 ? field.top - 30 : field.bottom + 30;
  return document.elementFromPoint(box.right - 30, probe) === host;
}

async function indicatorStep(driver: Driver, page: DriverPage): Promise<IndicatorStep> {
  const { shown, coversButton } = await page.evaluate(indicatorBox);
  const labels = (await diagnosticsOf(driver, page.tabId)).indicator;
  return { shown, coversButton, labels };
}

export interface IndicatorRun {
  pitch: IndicatorStep;
  /** After clicking the pill: something of Selge's is drawn above or below it (the findings). */
  findingsOpen: boolean;
  good: IndicatorStep;
}

/** A pitch from issue 21, typed slowly enough that each word end is judged: "3x thei" must never be. */
export const SLOW_PITCH = 'We help SaaS companies 3x their pipeline. Do you have 15 minutes for a call?';
export const GOOD_DRAFT = 'Congratulations on the new warehouse in Venlo! How is the team settling in?';

/**
 * Types a pitch into a field with every Selge view closed, then a good draft: what the indicator does. The
 * pitch is typed at 150 ms a key, slower than the pause after a word end (120 ms) and quicker than the pause
 * that settles half a word, so every word end and no half word is judged.
 */
export async function typeWithIndicator(
  driver: Driver,
  path: string,
  selector: string,
): Promise<IndicatorRun> {
  const page = await driver.openLinkedIn(path);
  try {
    await page.bringToFront();
    await pageContextOf(driver, page.tabId);
    await page.evaluate(clearField);
    await page.typeInto(selector, SLOW_PITCH, 150);
    const pitch = await eventually(
      () => indicatorStep(driver, page),
      (step) =>
        step.shown &&
        /pitch/.test(step.labels.at(-1)?.label ?? '') &&
        step.labels.at(-1)?.judged.trim() === SLOW_PITCH,
      'the indicator shows the typed pitch',
    );
    const { x, y } = await page.evaluate(indicatorBox);
    await page.clickAt(x, y);
    const findingsOpen = await page.evaluate(findingsShown);
    await page.evaluate(clearField);
    await page.typeInto(selector, GOOD_DRAFT, 10);
    // Asking for the page waits for the typed draft's verdict; the indicator follows it at once.
    await eventually(
      () => pageContextOf(driver, page.tabId),
      (context) =>
        context.surface === 'connect-note'
          ? context.note.note.trim() === GOOD_DRAFT && context.verdict?.verdict === 'ok'
          : context.surface === 'thread' &&
            context.threads[0]?.thread.draft?.trim() === GOOD_DRAFT &&
            context.threads[0].draftVerdict?.verdict === 'ok',
      'the good draft judged good',
    );
    const good = await indicatorStep(driver, page);
    return { pitch, findingsOpen, good };
  } finally {
    await page.close();
  }
}

/** Whether the indicator is drawn for a pitch in the note field: with the setting on, off, and on again. */
export interface IndicatorSetting {
  on: boolean;
  off: boolean;
  /** The typed pitch is still in the field after the indicator went. */
  fieldKept: boolean;
  onAgain: boolean;
}

/** The draft indicator follows its setting at once, and switching it off leaves the user's draft alone. */
export async function indicatorFollowsSetting(
  driver: Driver,
  path: string,
  selector: string,
): Promise<IndicatorSetting> {
  await driver.setSettings({ draftIndicator: true });
  const page = await driver.openLinkedIn(path);
  try {
    await page.bringToFront();
    await pageContextOf(driver, page.tabId);
    await page.evaluate(clearField);
    await page.typeInto(selector, SLOW_PITCH, 5);
    const shown = (wanted: boolean, what: string) =>
      eventually(
        () => page.evaluate(indicatorBox),
        (box) => box.shown === wanted,
        what,
      ).then((box) => box.shown);
    const on = await shown(true, 'the indicator shows the pitch');
    await driver.setSettings({ draftIndicator: false });
    const off = !(await shown(false, 'the indicator goes when switched off'));
    const fieldKept =
      (await page.evaluate(
        () =>
          (
            document.querySelector(
              'textarea[name="message"], .msg-form__contenteditable',
            ) as HTMLTextAreaElement | null
          )?.value?.trim() ?? '',
      )) === SLOW_PITCH;
    await driver.setSettings({ draftIndicator: true });
    const onAgain = await shown(true, 'the indicator comes back when switched on');
    return { on, off, fieldKept, onAgain };
  } finally {
    await page.close();
  }
}

/** What the page shows at one step of correcting a verdict from its mark. */
export interface MarkStep {
  badge: string;
  /** What each mark says (the pill, and the buttons of an open one). */
  marks: string[];
  /** Incoming messages whose verdict the user set on the message itself. */
  userSet: number;
  /** The mark holds the focus (the redrawn one after a press, with its undo). */
  focusOnMark: boolean;
  url: string;
}

export interface MarkCorrection {
  before: MarkStep;
  /** The first mark's width closed, opened by a click, and after Escape. */
  widths: { closed: number; opened: number; escaped: number };
  corrected: MarkStep;
  reloaded: MarkStep;
  undone: MarkStep;
  /** Events LinkedIn's page heard from the presses on the marks (its handlers listen on the document). */
  heard: string[];
}

type Heard = Window & { __heard?: string[] };

/** Listens as LinkedIn's own delegated handlers do, on the document; keeps what came from a mark. */
function listenLikeLinkedIn(): void {
  const win = window as Heard;
  win.__heard = [];
  for (const type of ['click', 'mousedown', 'pointerdown', 'keydown', 'keyup'])
    document.addEventListener(type, (event) => {
      if ((event.target as Element | null)?.localName === 'selge-mark') win.__heard?.push(type);
    });
}

/** Scrolls the first mark into view; its pill's middle (where a person clicks) and its width. */
/** Run in the page: the first mark scrolled into view, and where a click on its words lands. */
export function firstMark(): { x: number; y: number; width: number } | null {
  const mark = document.querySelector('selge-mark');
  if (!mark) return null;
  mark.scrollIntoView({ block: 'center' });
  const box = mark.getBoundingClientRect();
  return { x: box.left + 12, y: box.top + box.height / 2, width: box.width };
}

/** Opens the first mark with a click, as a person does, and presses its `nth` button by keyboard (1: "Not a pitch"). */
async function pressOnFirstMark(page: DriverPage, nth = 1): Promise<void> {
  const mark = await page.evaluate(firstMark);
  if (!mark) throw new Error('no mark');
  await page.clickAt(mark.x, mark.y);
  for (let tab = 0; tab < nth; tab += 1) await page.press('Tab');
  await page.press('Enter');
}

/**
 * Issue 23, point 1, on the page itself: the user opens a pitch's mark with the mouse, closes it with Escape,
 * opens it again and presses "Not a pitch" by keyboard; the mark says the user's verdict and the badge drops;
 * after a reload it holds; the mark's Undo (mouse to open, Space to press) brings the pitch back. LinkedIn's
 * handlers hear none of it. `notPitch` is the start of the corrected mark's text in the user's language.
 */
export async function correctFromMark(
  driver: Driver,
  lang: 'en' | 'nl',
  path = '/messaging/thread/2-sanne/',
): Promise<MarkCorrection> {
  await driver.setSettings({ pageMarks: true, uiLanguage: lang });
  route(driver, path, 'linkedin/messaging-thread.html');
  const page = await driver.openLinkedIn(path);
  const read = async (): Promise<MarkStep | null> => {
    try {
      const context = await pageContextOf(driver, page.tabId);
      const verdicts = context.surface === 'thread' ? context.threads.flatMap((view) => view.verdicts) : [];
      return {
        badge: (await driver.badge(page.tabId)).text,
        marks: await page.markTexts(),
        userSet: verdicts.filter((verdict) => verdict?.user?.by === 'message').length,
        focusOnMark: await page.evaluate(() => document.activeElement?.localName === 'selge-mark'),
        url: await page.evaluate(() => location.href),
      };
    } catch {
      // Between a reload and the content script's start nobody answers yet.
      return null;
    }
  };
  const step = async (wanted: (step: MarkStep) => boolean, what: string): Promise<MarkStep> =>
    (await eventually(read, (current) => current !== null && wanted(current), what)) as MarkStep;
  const userMark =
    lang === 'nl' ? 'Selge: je hebt dit als geen pitch gemarkeerd' : 'Selge: you marked this as not a pitch';
  const corrected = (current: MarkStep) =>
    current.badge === '1' &&
    drawn(current.marks, 2) &&
    current.userSet === 1 &&
    Boolean(current.marks[0]?.startsWith(userMark));
  try {
    const before = await step(
      (current) => current.badge === '2' && drawn(current.marks, 2),
      'two pitch marks',
    );
    await page.evaluate(listenLikeLinkedIn);
    const closed = await page.evaluate(firstMark);
    if (!closed) throw new Error('no mark');
    await page.clickAt(closed.x, closed.y);
    const opened = (await page.evaluate(firstMark))?.width ?? 0;
    await page.press('Escape');
    const escaped = (await page.evaluate(firstMark))?.width ?? 0;
    // The mark has the focus again: Enter opens it, Tab goes to "Not a pitch", Enter presses it.
    await page.press('Enter');
    await page.press('Tab');
    await page.press('Enter');
    const afterCorrection = await step(corrected, 'the first mark says the user set it, the badge dropped');
    const heard = (await page.evaluate(() => (window as Heard).__heard)) ?? [];

    await page.reload();
    const reloaded = await step(corrected, 'the correction holds after a reload');
    await page.evaluate(listenLikeLinkedIn);
    const again = await page.evaluate(firstMark);
    if (!again) throw new Error('no mark after the reload');
    await page.clickAt(again.x, again.y);
    await page.press('Tab');
    await page.press('Space');
    const undone = await step(
      (current) =>
        current.badge === '2' &&
        current.userSet === 0 &&
        !current.marks.some((text) => text.startsWith(userMark)),
      'the undo brings the pitch back',
    );
    heard.push(...((await page.evaluate(() => (window as Heard).__heard)) ?? []));
    return {
      before,
      widths: { closed: closed.width, opened, escaped },
      corrected: afterCorrection,
      reloaded,
      undone,
      heard,
    };
  } finally {
    await page.close();
  }
}

export interface RowCorrection {
  before: MarkStep;
  corrected: MarkStep;
  undone: MarkStep;
  heard: string[];
}

/**
 * The same on the inbox's conversation list (issue 22's row marks): the first row's mark sits inside a row that
 * opens its conversation when clicked; pressing the mark's "Not a pitch" corrects the preview's verdict without
 * opening the row (which would tell its sender it was read), and the mark's Undo restores it.
 */
export async function correctRowFromMark(driver: Driver, lang: 'en' | 'nl'): Promise<RowCorrection> {
  await driver.setSettings({ pageMarks: true, listMarks: true, uiLanguage: lang });
  route(driver, '/messaging/', { html: inboxHtml(INBOX_ROWS) });
  const page = await driver.openLinkedIn('/messaging/');
  const read = async (): Promise<MarkStep> => {
    const context = await pageContextOf(driver, page.tabId);
    return {
      badge: (await driver.badge(page.tabId)).text,
      marks: await page.markTexts(),
      userSet: (context.conversations?.rows ?? []).filter((row) => row.verdict?.user?.by === 'message')
        .length,
      focusOnMark: await page.evaluate(() => document.activeElement?.localName === 'selge-mark'),
      url: await page.evaluate(() => location.href),
    };
  };
  const userMark =
    lang === 'nl' ? 'Selge: je hebt dit als geen pitch gemarkeerd' : 'Selge: you marked this as not a pitch';
  try {
    const before = await eventually(
      read,
      (current) => drawn(current.marks, 4) && current.badge !== '',
      'four row marks',
    );
    await page.evaluate(listenLikeLinkedIn);
    await pressOnFirstMark(page);
    const dropped = String(Number(before.badge) - 1);
    const corrected = await eventually(
      read,
      (current) =>
        current.badge === dropped && current.userSet === 1 && Boolean(current.marks[0]?.startsWith(userMark)),
      'the row mark says the user set it, the badge dropped',
    );
    const again = await page.evaluate(firstMark);
    if (!again) throw new Error('no row mark after the correction');
    // The redrawn mark is open on its Undo already (it kept the focus): Enter presses it.
    await page.press('Enter');
    const undone = await eventually(
      read,
      (current) => current.badge === before.badge && current.userSet === 0 && drawn(current.marks, 4),
      'the undo brings the row pitch back',
    );
    const heard = (await page.evaluate(() => (window as Heard).__heard)) ?? [];
    return { before, corrected, undone, heard };
  } finally {
    await page.close();
  }
}

export interface TrustFromMark {
  before: MarkStep;
  trusted: MarkStep;
  untrusted: MarkStep;
}

/**
 * "Always trust this person" from a pitch's mark, by keyboard: the person's pitches are no longer marked, the
 * pressed mark stays to say so with its "Stop trusting" (focused), which brings the marks back.
 */
export async function trustFromMark(driver: Driver, lang: 'en' | 'nl'): Promise<TrustFromMark> {
  const path = '/messaging/thread/2-sanne/';
  await driver.setSettings({ pageMarks: true, uiLanguage: lang });
  route(driver, path, 'linkedin/messaging-thread.html');
  const page = await driver.openLinkedIn(path);
  const read = async (): Promise<MarkStep> => ({
    badge: (await driver.badge(page.tabId)).text,
    marks: await page.markTexts(),
    userSet: 0,
    focusOnMark: await page.evaluate(() => document.activeElement?.localName === 'selge-mark'),
    url: await page.evaluate(() => location.href),
  });
  try {
    const before = await eventually(
      read,
      (current) => current.badge === '2' && drawn(current.marks, 2),
      'two marks',
    );
    await pressOnFirstMark(page, 2);
    const trusted = await eventually(
      read,
      (current) => current.badge === '' && drawn(current.marks, 1),
      'one mark, no pitch',
    );
    await page.press('Enter');
    const untrusted = await eventually(
      read,
      (current) => current.badge === '2' && drawn(current.marks, 2),
      'the marks back',
    );
    return { before, trusted, untrusted };
  } finally {
    await page.close();
  }
}

/** Where LinkedIn shows each invitation page: the received tab (classic and 2024+ markup) and the sent tab. */
const RECEIVED = '/mynetwork/invitation-manager/';
const RECEIVED_SDUI = '/mynetwork/invitation-manager/received/';
const SENT = '/mynetwork/invitation-manager/sent/';
/** The sent tab with the user's first note a pitch: Selge must not mark it as a pitch the user received. */
function sentWithPitch(): string {
  return fixture('invitations-sent-classic.html').replace(
    'Hoi Maarten! Ik ben bezig met een interviewreeks over lokale makers',
    'Hoi Maarten! We helpen makers 3x meer klanten te krijgen. Zullen we deze week 15 minuten bellen?',
  );
}

/** What one invitation page shows: the marks, the cards that hold them, the badge. */
export interface InvitationStep {
  badge: string;
  marks: string[];
  /** The name on each card that holds a mark, in page order. */
  cards: string[];
  focusOnMark: boolean;
  url: string;
}

export interface InvitationMarks {
  /** Marks off (the default), every verdict in. */
  off: InvitationStep;
  on: InvitationStep;
  /** Where the name and LinkedIn's Accept and Ignore buttons stood without the mark, and with it; and the mark. */
  layout: { without: number[][]; with: number[][]; mark: number[] };
  /** LinkedIn drew the pitch card again. */
  redrawn: InvitationStep;
  corrected: InvitationStep;
  undone: InvitationStep;
  /** Marks turned off again, on the open page. */
  turnedOff: InvitationStep;
  heard: string[];
  sdui: InvitationStep;
  /** The sent tab, with one of the user's own notes a pitch; `verdict` is what Selge made of that note. */
  sent: InvitationStep & { verdict: string | null };
}

/** The name of each card with a mark (classic or 2024+ card), in page order. */
function markedCards(): string[] {
  return [...document.querySelectorAll('selge-mark')].map((mark) => {
    const card = mark.closest('li.invitation-card, [data-view-name="pending-invitation"]');
    return card?.querySelector('.invitation-card__title, a[href*="/in/"] strong')?.textContent?.trim() ?? '';
  });
}

/** The boxes of the first card's name and buttons, and of its mark (empty without one). */
function firstCardBoxes(): { parts: number[][]; mark: number[] } {
  const card = document.querySelector('li.invitation-card');
  const box = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return [rect.left, rect.top, rect.right, rect.bottom].map(Math.round);
  };
  const parts = [...(card?.querySelectorAll('.invitation-card__title, button') ?? [])].map(box);
  const mark = card?.querySelector('selge-mark');
  return { parts, mark: mark ? box(mark) : [] };
}

/** LinkedIn renders the first card again: a fresh copy of it, as its own markup, in its place. */
function redrawFirstCard(): void {
  const card = document.querySelector('li.invitation-card');
  const copy = card?.cloneNode(true) as Element | undefined;
  copy?.querySelector('selge-mark')?.remove();
  if (card && copy) card.replaceWith(copy);
}

/**
 * Marks on the invitation manager, as a person sees them: none while marks are off; turned on, one below the pitch
 * note of the classic received tab (LinkedIn's name and buttons stay where they were), one after LinkedIn draws the
 * card again; its "Not a pitch" and Undo by keyboard, heard by nobody on LinkedIn's page; gone when turned off; one on
 * the 2024+ markup; none on the sent tab, though one of the user's own notes reads as a pitch.
 */
export async function markInvitations(driver: Driver, lang: 'en' | 'nl'): Promise<InvitationMarks> {
  await driver.setSettings({ pageMarks: false, uiLanguage: lang });
  route(driver, RECEIVED, 'linkedin/invitations-received-classic.html');
  route(driver, RECEIVED_SDUI, 'linkedin/invitations-received-sdui.html');
  route(driver, SENT, { html: sentWithPitch() });
  const readOn = (page: DriverPage) => async (): Promise<InvitationStep> => {
    await pageContextOf(driver, page.tabId);
    return {
      badge: (await driver.badge(page.tabId)).text,
      marks: await page.markTexts(),
      cards: await page.evaluate(markedCards),
      focusOnMark: await page.evaluate(() => document.activeElement?.localName === 'selge-mark'),
      url: await page.evaluate(() => location.href),
    };
  };
  const userMark =
    lang === 'nl' ? 'Selge: je hebt dit als geen pitch gemarkeerd' : 'Selge: you marked this as not a pitch';
  const page = await driver.openLinkedIn(RECEIVED);
  const read = readOn(page);
  let received: Omit<InvitationMarks, 'sdui' | 'sent'>;
  try {
    const off = await eventually(read, (current) => current.badge === '1', 'the pitch note counted');
    const without = (await page.evaluate(firstCardBoxes)).parts;
    await driver.setSettings({ pageMarks: true });
    const on = await eventually(read, (current) => drawn(current.marks, 1), 'one mark');
    const boxes = await page.evaluate(firstCardBoxes);
    await page.evaluate(redrawFirstCard);
    const redrawn = await eventually(
      read,
      (current) => drawn(current.marks, 1) && current.cards.length === 1,
      'the redrawn card marked again',
    );
    await page.evaluate(listenLikeLinkedIn);
    await pressOnFirstMark(page);
    const corrected = await eventually(
      read,
      (current) => current.badge === '' && Boolean(current.marks[0]?.startsWith(userMark)),
      'the mark says the user set it, the badge dropped',
    );
    // The redrawn mark is open on its Undo already (it kept the focus): Enter presses it.
    await page.press('Enter');
    const undone = await eventually(
      read,
      (current) =>
        current.badge === '1' && drawn(current.marks, 1) && !current.marks[0]?.startsWith(userMark),
      'the undo brings the pitch mark back',
    );
    const heard = (await page.evaluate(() => (window as Heard).__heard)) ?? [];
    await driver.setSettings({ pageMarks: false });
    const turnedOff = await eventually(read, (current) => current.marks.length === 0, 'no mark');
    received = {
      off,
      on,
      layout: { without, with: boxes.parts, mark: boxes.mark },
      redrawn,
      corrected,
      undone,
      turnedOff,
      heard,
    };
  } finally {
    await page.close();
  }
  await driver.setSettings({ pageMarks: true });
  const sduiPage = await driver.openLinkedIn(RECEIVED_SDUI);
  let sdui: InvitationStep;
  try {
    sdui = await eventually(
      readOn(sduiPage),
      (current) => drawn(current.marks, 1),
      'one mark on the 2024+ cards',
    );
  } finally {
    await sduiPage.close();
  }
  const sentPage = await driver.openLinkedIn(SENT);
  try {
    const context = await pageContextOf(driver, sentPage.tabId);
    const verdict = context.surface === 'invitations' ? (context.verdicts[0]?.verdict ?? null) : null;
    return { ...received, sdui, sent: { ...(await readOn(sentPage)()), verdict } };
  } finally {
    await sentPage.close();
    await driver.setSettings({ pageMarks: false });
  }
}

/** What a keyboard user notices going from their draft to the indicator and back (item 2 of day 4). */
export interface IndicatorKeys {
  /** Alt+F10 in the field put the focus on the pill (the focused element of the page is Selge's). */
  onPill: boolean;
  /** Enter on the pill opened the findings. */
  findings: boolean;
  /** Escape closed them, a second Escape went back to the field. */
  backInField: boolean;
  /** What is in the field after typing on: the caret was where the user left it. */
  draft: string;
}

/** Types a pitch, then goes to the indicator by keyboard (Alt+F10), opens the findings, and back (Escape twice). */
export async function indicatorByKeyboard(
  driver: Driver,
  path: string,
  selector: string,
): Promise<IndicatorKeys> {
  const page = await driver.openLinkedIn(path);
  try {
    await page.bringToFront();
    await pageContextOf(driver, page.tabId);
    await page.evaluate(clearField);
    await page.typeInto(selector, SLOW_PITCH, 20);
    await eventually(
      () => page.evaluate(indicatorBox),
      (box) => box.shown,
      'the indicator shows the typed pitch',
    );
    await page.press('Alt+F10');
    const onPill = await page.evaluate(() => document.activeElement?.tagName === 'SELGE-DRAFT');
    await page.press('Enter');
    const findings = await page.evaluate(findingsShown);
    await page.press('Escape');
    await page.press('Escape');
    const backInField = await page.evaluate(() => {
      const active = document.activeElement;
      return !!active?.matches('.msg-form__contenteditable, textarea[name="message"]');
    });
    // Typing on without a click (a click would place the caret): the keys go where the focus came back to.
    for (const key of ['Space', 'O', 'k']) await page.press(key);
    const draft = await page.evaluate(() => {
      const field = document.querySelector<HTMLElement>(
        '.msg-form__contenteditable, textarea[name="message"]',
      );
      return field instanceof HTMLTextAreaElement ? field.value : (field?.innerText ?? '');
    });
    return { onPill, findings, backInField, draft: draft.trim() };
  } finally {
    await page.close();
  }
}
