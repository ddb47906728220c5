// Issue 21, item 3 in Firefox: the sidebar at its own 252 px default and the views at 240 px show everything
// without scrolling sideways, and the popup opens the sidebar as Chrome's opens the side panel.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSidebar,
  launchFirefox,
  openExtensionPage,
  openLinkedIn,
  openSidebar,
  setColorScheme,
  sidebarText,
  tabIdOf,
  until,
  type FirefoxSession,
} from './firefox-harness';
import { selectLabelsCut, sidewaysOverflow } from './widths';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

interface SidebarLayout {
  width: number;
  scrollsBy: number;
  /** Verdict badges that end past the sidebar's right edge. */
  cutBadges: string[];
  lang: string;
}

describe('Firefox views in a narrow window', () => {
  let session: FirefoxSession;
  let tabId: number;
  let linkedIn: Page;

  async function setLanguage(lang: 'en' | 'nl'): Promise<void> {
    await session.control.evaluate(async (uiLanguage) => {
      const { settings } = await browser.storage.sync.get('settings');
      await browser.storage.sync.set({ settings: { ...(settings as object), uiLanguage } });
    }, lang);
  }

  beforeAll(async () => {
    session = await launchFirefox();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    linkedIn = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    tabId = await tabIdOf(session, linkedIn);
    // Settings as the options page stores them, so the language can be changed alone.
    await session.control.evaluate(async (defaults) => {
      const { settings } = await browser.storage.sync.get('settings');
      if (!settings) await browser.storage.sync.set({ settings: { ...defaults, uiLanguage: 'en' } });
    }, DEFAULT_SETTINGS);
  }, 120_000);
  afterAll(async () => session?.close());

  for (const lang of ['en', 'nl'] as const) {
    it(`the sidebar at its default width shows the thread with nothing cut off (${lang})`, async () => {
      await setLanguage(lang);
      await linkedIn.bringToFront();
      await openSidebar(session);
      await until(async () => /Sanne Verbeek/.test((await sidebarText(session)) ?? ''));
      const read = () =>
        session.control.evaluate((): SidebarLayout | null => {
          const [view] = browser.extension.getViews({ type: 'sidebar' as 'tab' });
          if (!view?.document.querySelector('[data-testid="pitches-first"] .badge')) return null;
          const root = view.document.documentElement;
          return {
            width: root.clientWidth,
            scrollsBy: root.scrollWidth - root.clientWidth,
            cutBadges: [...view.document.querySelectorAll('.badge')]
              .filter((badge) => badge.getBoundingClientRect().right > root.clientWidth + 0.5)
              .map((badge) => badge.textContent ?? ''),
            lang: root.lang,
          };
        });
      await until(async () => (await read())?.lang === lang);
      const layout = await read();
      // Firefox's own default, which the view once needed 360 px for.
      expect(layout?.width).toBeGreaterThanOrEqual(240);
      expect(layout?.width).toBeLessThanOrEqual(300);
      expect(layout?.scrollsBy).toBe(0);
      expect(layout?.cutBadges).toEqual([]);
    });
  }

  for (const view of ['popup', 'sidepanel', 'options', 'trainer'] as const) {
    it(`the ${view} at 240 px scrolls nothing sideways, light and dark, English and Dutch`, async () => {
      for (const lang of ['en', 'nl'] as const) {
        await setLanguage(lang);
        const page = await openExtensionPage(
          session,
          view,
          view === 'popup' || view === 'sidepanel' ? `?tab=${tabId}` : '',
        );
        await page.setViewport({ width: 240, height: 700 });
        await until(() =>
          page.evaluate(
            (wanted) =>
              document.documentElement.lang === wanted &&
              document.querySelector(
                '[data-testid="pitches-first"] .badge, h2#stats, [data-testid="pair"] .badge',
              ) !== null,
            lang,
          ),
        );
        for (const scheme of ['light', 'dark'] as const) {
          await setColorScheme(session, scheme);
          await until(() =>
            page.evaluate((wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches, scheme),
          );
          const overflow = await page.evaluate(sidewaysOverflow);
          expect(overflow, `${view} ${lang} ${scheme}`).toEqual({ scrollsBy: 0, outside: [] });
          expect(await page.evaluate(selectLabelsCut), `${view} ${lang} ${scheme}`).toEqual([]);
        }
        await page.close();
      }
      await setLanguage('en');
    });
  }

  it('the popup offers "Open in sidebar", and it opens the sidebar', async () => {
    await setColorScheme(session, 'light');
    await closeSidebar(session);
    await until(async () => (await sidebarText(session)) === null);
    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    const button = await popup.waitForSelector('::-p-text(Open in sidebar)');
    await button!.click();
    // Selge's panel in the sidebar (it follows the tab in front, which the closed popup no longer is).
    // Firefox's own API, which the Chrome types the tests are checked with do not know.
    type Sidebar = { sidebarAction: { isOpen(details: object): Promise<boolean> } };
    await until(() =>
      session.control.evaluate(() => (browser as unknown as Sidebar).sidebarAction.isOpen({})),
    );
    await until(async () => (await sidebarText(session)) !== null);
  });
});
