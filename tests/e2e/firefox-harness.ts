/**
 * The built Firefox add-on in the system Firefox, driven over WebDriver BiDi with puppeteer-core (no browser
 * download). LinkedIn URLs are answered from fixtures and nothing else reaches the network. Firefox has no
 * service worker to evaluate in: a Selge page kept open (the options page) calls the `browser.*` APIs.
 */
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/firefox-path.mjs';
import { FIXTURES } from './harness';
import { LINKEDIN_EDITOR_STANDIN } from './linkedin-standin';
import type { Driver } from './scenarios';
import type { Diagnostics } from '../../src/shared/protocol';
import { FIREFOX_ID } from '../../vite.config';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist/firefox');
/** Fixed, so extension pages have a known address (moz-extension://<uuid>/...). */
const EXTENSION_UUID = '5e1a9e2c-0b7d-4f3a-9c61-2d8e4b7f0a13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export type ExtensionPage = 'popup' | 'sidepanel' | 'options' | 'trainer' | 'welcome';

export interface FirefoxSession {
  browser: Browser;
  /** A Selge page kept open: it calls the extension's APIs for the tests (tabs, badge, storage). */
  control: Page;
  /** Every URL a page asked for (BiDi sees web pages and content scripts; extension pages have the CSP test). */
  requests: string[];
  routes: Map<string, string | { html: string }>;
  /** Errors and warnings of Selge's own, from the browser console (see consoleProblems). */
  consoleProblems(): Promise<string[]>;
  close(): Promise<void>;
}

interface LogEntry {
  level: string;
  text: string | null;
  stackTrace?: { callFrames: { url: string }[] };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, listener: (params: never) => void): void;
}

/** Puppeteer's raw BiDi connection: its events cover every page, and Firefox's chrome scope answers on it. */
function bidi(firefox: Browser): BidiConnection {
  return (firefox as unknown as { connection: BidiConnection }).connection;
}

/** Runs JavaScript in Firefox's own chrome window (allowed by --remote-allow-system-access). */
async function evaluateInChrome<T>(firefox: Browser, expression: string): Promise<T> {
  const connection = bidi(firefox);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox showed no chrome window');
  const reply = (
    await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })
  ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (reply.type !== 'success') throw new Error(`chrome script failed: ${reply.exceptionDetails?.text}`);
  return reply.result?.value as T;
}

/**
 * Firefox's console service holds the uncaught errors of every process, the extension's (background page,
 * popup, sidebar, options) among them, which BiDi's log events leave out. Those from Selge's files count.
 */
function extensionScriptErrors(firefox: Browser): Promise<string[]> {
  return evaluateInChrome<string>(
    firefox,
    `JSON.stringify(Services.console.getMessageArray().flatMap((m) => {
      if (!(m instanceof Ci.nsIScriptError)) return [];
      const warning = (m.flags & Ci.nsIScriptError.warningFlag) !== 0;
      // Firefox notes a view's message whose receiving page went away (a tab navigated or closed while the
      // view asked it); the view handles that rejection, so it is not Selge's error. Likewise a content script's
      // read (storage, a message) that answers after its tab was closed: nothing of Selge's is left to run it.
      const unloaded =
        m.errorMessage.includes("destroyed before query 'RuntimeMessage' was resolved") ||
        m.errorMessage.includes('Promise resolved after context unloaded');
      return !warning && !unloaded && m.sourceName.startsWith(${JSON.stringify(EXTENSION_ORIGIN)})
        ? [m.category + ': ' + m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')']
        : [];
    }))`,
  ).then((json) => JSON.parse(json) as string[]);
}

/** `screen`: the size of headless Firefox's screen (what a page in full screen gets), 1366x768 by default. */
export async function launchFirefox(screen?: { width: number; height: number }): Promise<FirefoxSession> {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    ...(screen
      ? {
          env: {
            ...process.env,
            MOZ_HEADLESS_WIDTH: String(screen.width),
            MOZ_HEADLESS_HEIGHT: String(screen.height),
          },
        }
      : {}),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: EXTENSION_UUID }),
    },
  });
  const requests: string[] = [];
  const routes = new Map<string, string | { html: string }>();
  const logged: string[] = [];
  const connection = bidi(firefox);
  // BiDi reports the console of web pages, content scripts included: keep what came from Selge's files.
  connection.on('log.entryAdded', (entry: LogEntry) => {
    const fromSelge = (entry.stackTrace?.callFrames ?? []).some((frame) =>
      frame.url.startsWith(EXTENSION_ORIGIN),
    );
    if (fromSelge && (entry.level === 'error' || entry.level === 'warn'))
      logged.push(`${entry.level}: ${entry.text ?? ''}`);
  });
  connection.on('network.beforeRequestSent', (event: { request: { url: string } }) =>
    requests.push(event.request.url),
  );
  await firefox.installExtension(DIST_FIREFOX);
  const session: FirefoxSession = {
    browser: firefox,
    control: undefined as unknown as Page,
    requests,
    routes,
    async consoleProblems() {
      const reported = await session.control.evaluate(async () => {
        const reply = (await browser.runtime.sendMessage({ type: 'selge:get-errors' })) as {
          errors: { where: string; message: string }[];
        };
        return reply.errors.map(
          (error) => `reported by the content script (${error.where}): ${error.message}`,
        );
      });
      return [...logged, ...(await extensionScriptErrors(firefox)), ...reported];
    },
    async close() {
      await firefox.close();
    },
  };
  session.control = await openExtensionPage(session, 'options');
  return session;
}

/**
 * Opens a Selge page. Firefox's remote agent never reports a navigation to a moz-extension page as done, so
 * the navigation is not awaited: the page's own state is.
 */
export async function openExtensionPage(
  session: Pick<FirefoxSession, 'browser'>,
  page: ExtensionPage,
  query = '',
): Promise<Page> {
  const tab = await session.browser.newPage();
  void tab.goto(`${EXTENSION_ORIGIN}/src/ui/${page}/index.html${query}`).catch(() => undefined);
  await until(() =>
    tab
      .evaluate(() => location.protocol === 'moz-extension:' && document.querySelector('h1') !== null)
      .catch(() => false),
  );
  return tab;
}

/** Polls `check` until it holds (the tests' expect.poll, for code outside a test). */
export async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens a routed LinkedIn page and waits until Selge's content script has started on it. */
export async function openLinkedIn(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.evaluateOnNewDocument(LINKEDIN_EDITOR_STANDIN);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('https://www.linkedin.com/')) return void request.abort();
    const entry = session.routes.get(new URL(url).pathname);
    // Only documents are routed; LinkedIn's own scripts, images and APIs stay unanswered in tests.
    if (!request.isNavigationRequest() || entry === undefined)
      return void request.respond({ status: 404, body: '' });
    void (async () => {
      const body = typeof entry === 'string' ? await readFile(join(FIXTURES, entry), 'utf8') : entry.html;
      await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    })();
  });
  await page.goto(`https://www.linkedin.com${path}`, { timeout: 90_000 });
  await untilSelgeRuns(session, page);
  return page;
}

/** Selge leaves no sign of itself in LinkedIn's page: the extension is asked whether it runs there. */
export async function untilSelgeRuns(session: FirefoxSession, page: Page): Promise<void> {
  const tabId = await tabIdOf(session, page);
  await until(async () => {
    const diagnostics = await askTab<Diagnostics>(session, tabId, { type: 'selge:get-diagnostics' }).catch(
      () => null,
    );
    return diagnostics?.startedAtMs != null;
  }, 30_000);
}

export async function tabIdOf(session: FirefoxSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.control.evaluate(
    async (pageUrl) => (await browser.tabs.query({})).find((tab) => tab.url === pageUrl)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab found for ${url}`);
  return id;
}

export async function askTab<T>(session: FirefoxSession, tabId: number, message: object): Promise<T> {
  // As JSON: BiDi's own serialisation turns an object met twice in a reply into `undefined` the second time.
  const json = await session.control.evaluate(
    async (id, msg) => JSON.stringify(await browser.tabs.sendMessage(id, msg)),
    tabId,
    message,
  );
  return JSON.parse(json) as T;
}

export function badgeOf(session: FirefoxSession, tabId: number): Promise<{ text: string; title: string }> {
  return session.control.evaluate(
    async (id) => ({
      text: await browser.action.getBadgeText({ tabId: id }),
      title: await browser.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/** Opens Firefox's sidebar with Selge's panel, as the toolbar button or Alt+Shift+S would. */
export async function openSidebar(session: FirefoxSession): Promise<void> {
  const panelId = `${FIREFOX_ID.replace(/[@.]/g, '_')}-sidebar-action`;
  await evaluateInChrome(
    session.browser,
    `SidebarController.show(${JSON.stringify(panelId)}).then(() => true)`,
  );
}

/** Closes Firefox's sidebar, as its close button would (Firefox opens a new add-on's sidebar by itself). */
export async function closeSidebar(session: FirefoxSession): Promise<void> {
  await evaluateInChrome(session.browser, `(SidebarController.hide(), true)`);
}

/** Light or dark for every page, as the system setting would (puppeteer's media emulation needs CDP). */
export async function setColorScheme(session: FirefoxSession, scheme: 'light' | 'dark'): Promise<void> {
  const override = scheme === 'dark' ? 0 : 1;
  await evaluateInChrome(
    session.browser,
    `(Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${override}), true)`,
  );
}

/** The text of Selge's sidebar panel, read through the extension's own view list. */
export function sidebarText(session: FirefoxSession): Promise<string | null> {
  return session.control.evaluate(() => {
    // Firefox knows sidebar views; Chrome's types do not.
    const [view] = browser.extension.getViews({ type: 'sidebar' as 'tab' });
    return view ? (view.document.querySelector('main')?.textContent ?? '') : null;
  });
}

interface BidiNode {
  type: string;
  value?: {
    localName?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

/** The text a `--label: "…"` in an inline style draws (marks draw their text by style, never as a text node). */
function styleLabel(node: BidiNode): string {
  const style = node.value?.attributes?.style ?? '';
  const found = /--label:\s*("(?:[^"\\]|\\.)*")/u.exec(style);
  return found?.[1] ? (JSON.parse(found[1]) as string) : '';
}

/**
 * What each of Selge's marks says, as a person sees it: the pill and, when open, its buttons. A page script
 * cannot reach into the closed shadow root; WebDriver BiDi's serialization can (includeShadowTree "all").
 */
export async function markTexts(session: FirefoxSession, page: Page): Promise<string[]> {
  const connection = bidi(session.browser);
  const tree = (await connection.send('browsingContext.getTree', {})).result as {
    contexts: { context: string; url: string }[];
  };
  const context = tree.contexts.find((each) => each.url === page.url())?.context;
  if (!context) throw new Error(`no browsing context for ${page.url()}`);
  const reply = (
    await connection.send('script.evaluate', {
      expression: `[...document.querySelectorAll('selge-mark')]`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 3, includeShadowTree: 'all' },
    })
  ).result as { type: string; result?: { value?: BidiNode[] } };
  if (reply.type !== 'success') throw new Error('could not read the marks');
  return (reply.result?.value ?? []).map((mark) => {
    const inside = mark.value?.shadowRoot?.value?.children ?? [];
    return inside
      .flatMap((node) => {
        const attributes = node.value?.attributes ?? {};
        if ('hidden' in attributes || node.value?.localName === 'style') return [];
        return [node, ...(node.value?.children ?? [])];
      })
      .map(styleLabel)
      .join('');
  });
}

/** The Firefox session behind the browser-neutral scenarios (scenarios.ts). */
export function firefoxDriver(session: FirefoxSession): Driver {
  return {
    name: 'Firefox',
    routes: session.routes,
    async openLinkedIn(path) {
      const page = await openLinkedIn(session, path);
      const tabId = await tabIdOf(session, page);
      return {
        tabId,
        evaluate: (fn) => page.evaluate(fn),
        bringToFront: () => page.bringToFront(),
        async typeInto(selector, text, delayMs) {
          await page.click(selector);
          await page.keyboard.press('End');
          await page.keyboard.type(text, { delay: delayMs });
        },
        clickAt: (x, y) => page.mouse.click(x, y),
        // Puppeteer's BiDi keyboard knows the space bar by its character, not by the name Playwright uses.
        // Playwright's "Alt+F10" is held modifiers around a key; Puppeteer presses one key at a time.
        async press(key) {
          const keys = key.split('+').map((part) => (part === 'Space' ? ' ' : part) as KeyInput);
          const last = keys.pop()!;
          for (const modifier of keys) await page.keyboard.down(modifier);
          await page.keyboard.press(last);
          for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
        },
        async reload() {
          await page.reload();
          // The user looks at the page again (Selge skips work in a hidden tab).
          await page.bringToFront();
        },
        markTexts: () => markTexts(session, page),
        close: () => page.close(),
      };
    },
    async openView(tabId) {
      const view = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
      const text = async () => (await view.evaluate(() => document.querySelector('main')?.textContent)) ?? '';
      await until(async () => /Conversation with|Nothing to read/.test(await text()));
      return { text, close: () => view.close() };
    },
    ask: (tabId, message) => askTab(session, tabId, message),
    async setSettings(patch) {
      // The defaults travel from the schema's own module: no copy here to keep in step with it.
      await session.control.evaluate(
        async (changes, defaults) => {
          const { settings } = await browser.storage.sync.get('settings');
          const base = (settings as Record<string, unknown> | undefined) ?? defaults;
          await browser.storage.sync.set({ settings: { ...base, ...changes } });
        },
        patch,
        DEFAULT_SETTINGS,
      );
    },
    badge: (tabId) => badgeOf(session, tabId),
  };
}

/** Clicks the button of a Selge view (inside `scope`, or anywhere) whose text is `label`. */
export function clickButton(view: Page, label: string, scope = 'body'): Promise<boolean> {
  return view.evaluate(
    (name, within) => {
      const root = document.querySelector(within);
      const button = [...(root?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === name,
      );
      button?.click();
      return Boolean(button);
    },
    label,
    scope,
  );
}
