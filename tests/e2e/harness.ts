import { setSettings } from './settings';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/chromium-path.mjs';
import type { Diagnostics } from '../../src/shared/protocol';
import { LINKEDIN_EDITOR_STANDIN } from './linkedin-standin';
import type { Driver } from './scenarios';

export const DIST_CHROME = resolve(import.meta.dirname, '../../dist/chrome');
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface ExtensionSession {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every URL any page, worker or frame in the profile asked for, in order. */
  requests: string[];
  /** LinkedIn path (e.g. `/messaging/thread/1/`) -> fixture file under tests/fixtures, or an HTML string. */
  routes: Map<string, string | { html: string }>;
  /** The profile's folder: another launch on it is the same browser restarted. */
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile with the built extension loaded. LinkedIn URLs are answered from fixtures, and
 * nothing else reaches the network: an unrouted LinkedIn URL gets a 404, any other host is aborted.
 */
export async function launchWithExtension(restart?: {
  userDataDir?: string;
  keepProfile?: boolean;
  extensionDir?: string;
}): Promise<ExtensionSession> {
  const extension = restart?.extensionDir ?? DIST_CHROME;
  const userDataDir = restart?.userDataDir ?? (await mkdtemp(join(tmpdir(), 'selge-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  const routes = new Map<string, string | { html: string }>();
  context.on('request', (request) => requests.push(request.url()));
  context.on('serviceworker', (worker) =>
    worker.on('request' as never, (r: { url(): string }) => requests.push(r.url())),
  );

  await context.addInitScript({ content: LINKEDIN_EDITOR_STANDIN });
  await context.route('https://www.linkedin.com/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    const entry = routes.get(path);
    // Only documents are routed; LinkedIn's own scripts, images and APIs stay unanswered in tests.
    if (route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
    if (entry === undefined) return route.fulfill({ status: 404, body: 'not routed in this test' });
    const body = typeof entry === 'string' ? await readFile(join(FIXTURES, entry), 'utf8') : entry.html;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });

  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', (w) => w.url().startsWith('chrome-extension://')));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    serviceWorker,
    extensionId,
    requests,
    routes,
    userDataDir,
    async close() {
      await context.close();
      if (!restart?.keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a routed LinkedIn page and waits until Selge's content script has started on it. The extension is
 * asked, not the page: Selge leaves no sign of itself in LinkedIn's DOM.
 */
export async function openLinkedIn(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  // A 2,000-message page takes a while to load on a busy 2-core machine.
  await page.goto(`https://www.linkedin.com${path}`, { timeout: 90_000 });
  const tabId = await tabIdOf(session, page);
  for (const deadline = Date.now() + 30_000; ; await page.waitForTimeout(50)) {
    const diagnostics = await askTab<Diagnostics>(session, tabId, { type: 'selge:get-diagnostics' }).catch(
      () => null,
    );
    if (diagnostics?.startedAtMs != null) return page;
    if (Date.now() > deadline) throw new Error(`Selge did not start on ${path}`);
  }
}

/** The tab id Chrome gave to a page, asked of the extension's service worker. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.serviceWorker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab found for ${url}`);
  return id;
}

export async function openExtensionPage(
  session: ExtensionSession,
  page: 'popup' | 'sidepanel' | 'options' | 'trainer' | 'welcome',
  query = '',
): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(`chrome-extension://${session.extensionId}/src/ui/${page}/index.html${query}`);
  return tab;
}

/** Sends a protocol message to the content script of a tab, through the extension's service worker. */
export async function askTab<T>(session: ExtensionSession, tabId: number, message: object): Promise<T> {
  return session.serviceWorker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [
    tabId,
    message,
  ] as const) as Promise<T>;
}

export async function badgeOf(
  session: ExtensionSession,
  tabId: number,
): Promise<{ text: string; title: string }> {
  return session.serviceWorker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/**
 * The text of each of Selge's in-page marks as the user sees it. Page scripts cannot read it (closed shadow
 * roots, text drawn as generated content); the DevTools protocol can, as the browser does when it paints.
 */
export async function markTexts(page: Page, tag = 'SELGE-MARK'): Promise<string[]> {
  interface DomNode {
    nodeId: number;
    nodeType: number;
    nodeName: string;
    nodeValue: string;
    pseudoType?: string;
    attributes?: string[];
    children?: DomNode[];
    shadowRoots?: DomNode[];
    pseudoElements?: DomNode[];
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root }: { root: DomNode } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const inside = (node: DomNode): DomNode[] => [
      ...(node.pseudoElements ?? []).filter((pseudo) => pseudo.pseudoType === 'before'),
      ...(node.shadowRoots ?? []),
      ...(node.children ?? []),
    ];
    const generated = async (node: DomNode): Promise<string> => {
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
        computedStyle: { name: string; value: string }[];
      };
      const content = computedStyle.find((property) => property.name === 'content')?.value ?? '';
      return content.startsWith('"') ? (JSON.parse(content) as string) : '';
    };
    const textOf = async (node: DomNode): Promise<string> => {
      if (node.nodeType === 3) return node.nodeValue;
      if (node.nodeName === 'STYLE') return '';
      // What one sees: a live region, which only a screen reader hears, is left out.
      const attributes = node.attributes ?? [];
      if (attributes.some((name, at) => name === 'role' && attributes[at + 1] === 'status')) return '';
      if (node.pseudoType) return generated(node);
      return (await Promise.all(inside(node).map(textOf))).join('');
    };
    const texts: string[] = [];
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.nodeName === tag) texts.push(await textOf(node));
      else stack.push(...inside(node));
    }
    return texts;
  } finally {
    await cdp.detach();
  }
}

type Box = { top: number; bottom: number; left: number; right: number };

interface ShadowNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: ShadowNode[];
  shadowRoots?: ShadowNode[];
  pseudoType?: string;
  pseudoElements?: ShadowNode[];
}

/** The elements of a class inside Selge's closed shadow roots (`tag`): page scripts cannot reach them, CDP can. */
async function shadowNodes(cdp: CDPSession, tag: string, className: string): Promise<ShadowNode[]> {
  await cdp.send('DOM.enable');
  const { root }: { root: ShadowNode } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const inside = (node: ShadowNode) => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
  const classOf = (node: ShadowNode) => {
    const index = node.attributes?.indexOf('class') ?? -1;
    return index >= 0 ? (node.attributes?.[index + 1] ?? '') : '';
  };
  const found: ShadowNode[] = [];
  const walk = (node: ShadowNode, within: boolean) => {
    if (within && classOf(node).split(' ').includes(className)) found.push(node);
    for (const child of inside(node)) walk(child, within || node.nodeName === tag);
  };
  walk(root, false);
  return found;
}

/**
 * Where the elements of a class inside Selge's closed shadow roots (`tag`) are drawn, in CSS pixels of the
 * window. Null for one not drawn (hidden).
 */
export async function shadowBoxes(page: Page, tag: string, className: string): Promise<(Box | null)[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const found = await shadowNodes(cdp, tag, className);
    return await Promise.all(
      found.map(async (node) => {
        try {
          const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
            model: { border: number[] };
          };
          const [left = 0, top = 0, right = 0, , , bottom = 0] = model.border;
          return { top, bottom, left, right };
        } catch {
          return null;
        }
      }),
    );
  } finally {
    await cdp.detach();
  }
}

/** One node of Chromium's accessibility tree: what a screen reader is given. */
export interface AxNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** The page's accessibility tree, each call read anew (pass the same CDP session to poll it). */
export async function accessibilityTree(cdp: CDPSession): Promise<AxNode[]> {
  return ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }).nodes;
}

/** The first drawn element of a class inside a Selge shadow root, once it is drawn (polled, up to 20 s). */
export async function drawnShadowBox(page: Page, tag: string, className: string): Promise<Box> {
  const end = Date.now() + 20_000;
  for (;;) {
    const [box] = await shadowBoxes(page, tag, className);
    if (box) return box;
    if (Date.now() > end) throw new Error(`no ${className} drawn in ${tag}`);
    await page.waitForTimeout(100);
  }
}

/** A click where a person aims: the middle of the box. */
export const clickMiddle = (page: Page, box: Box) =>
  page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);

/**
 * The computed style of the elements of a class inside Selge's closed shadow roots: how they are painted. With
 * `pseudo`, of their ::before or ::after instead ({} for one that draws none).
 */
export async function shadowStyles(
  page: Page,
  tag: string,
  className: string,
  names: readonly string[],
  pseudo?: 'before' | 'after',
): Promise<Record<string, string>[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const found = await shadowNodes(cdp, tag, className);
    await cdp.send('CSS.enable');
    return await Promise.all(
      found.map(async (element) => {
        const node = pseudo ? element.pseudoElements?.find((each) => each.pseudoType === pseudo) : element;
        if (!node) return {};
        const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
          nodeId: node.nodeId,
        })) as {
          computedStyle: { name: string; value: string }[];
        };
        return Object.fromEntries(
          computedStyle.filter((property) => names.includes(property.name)).map((p) => [p.name, p.value]),
        );
      }),
    );
  } finally {
    await cdp.detach();
  }
}

/** The Chromium session behind the browser-neutral scenarios (scenarios.ts). */
export function chromiumDriver(session: ExtensionSession): Driver {
  return {
    name: 'Chromium',
    routes: session.routes,
    async openLinkedIn(path) {
      const page = await openLinkedIn(session, path);
      const tabId = await tabIdOf(session, page);
      return {
        tabId,
        evaluate: (fn) => page.evaluate(fn),
        bringToFront: () => page.bringToFront(),
        async typeInto(selector, text, delayMs) {
          await page.locator(selector).click();
          await page.keyboard.press('End');
          await page.keyboard.type(text, { delay: delayMs });
        },
        clickAt: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        async reload() {
          await page.reload();
        },
        async markTexts() {
          // A mark redrawn while the tree is walked leaves a node id behind that CDP no longer knows: read again.
          for (let attempt = 1; ; attempt += 1) {
            try {
              // markTexts walks the tree from its end: page order is the reverse.
              return (await markTexts(page)).reverse();
            } catch (error) {
              if (attempt >= 5) throw error;
            }
          }
        },
        close: () => page.close(),
      };
    },
    async openView(tabId) {
      const view = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
      await view.locator('section, [data-testid="page-state"]').first().waitFor();
      return {
        text: async () => (await view.locator('main').textContent()) ?? '',
        close: () => view.close(),
      };
    },
    ask: (tabId, message) => askTab(session, tabId, message),
    setSettings: (patch) => setSettings(session, patch),
    badge: (tabId) => badgeOf(session, tabId),
  };
}

/**
 * Stops the extension's service worker as Chrome does after 30 s idle, and waits until it is gone. Chrome
 * may give a restarted worker the same target id, so the target list cannot tell that the worker stopped:
 * the marked worker's globals can. They are gone (or cannot be reached) once it stopped. Afterwards
 * `session.serviceWorker` is the stopped one: ask through an extension page, or `runningWorker`.
 */
export async function stopServiceWorker(session: ExtensionSession, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  try {
    type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
    const [worker] = ((await cdp.send('Target.getTargets')) as Targets).targetInfos.filter(
      (target) =>
        target.type === 'service_worker' &&
        target.url.startsWith(`chrome-extension://${session.extensionId}/`),
    );
    if (!worker) return; // already stopped
    const running = session.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    await running?.evaluate(() => Object.assign(globalThis, { selgeTestMark: true })).catch(() => undefined);
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    // A stopping worker may not answer at all: no answer within 3 s counts as stopped.
    const stillRunning = (): Promise<boolean> =>
      running
        ? Promise.race([
            running
              .evaluate(() => 'selgeTestMark' in globalThis)
              .then(
                (marked) => marked,
                () => false,
              ),
            new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
          ])
        : Promise.resolve(false);
    for (const deadline = Date.now() + 10_000; await stillRunning(); await page.waitForTimeout(50)) {
      if (Date.now() > deadline) throw new Error('the service worker did not stop');
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
