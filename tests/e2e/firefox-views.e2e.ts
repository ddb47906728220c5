/**
 * Issue 21 in Firefox, as openers.e2e.ts, welcome.e2e.ts and narrow.e2e.ts check it in Chromium: the first-run
 * page opens by itself after install; the studio's relationship-first openers go into the "Add a note" field
 * after asking to replace the draft, and the browser's undo takes them back; the popup opens on the pitches and
 * the draft, older messages folded.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_ORIGIN,
  clickButton,
  firefoxDriver,
  launchFirefox,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  until,
  type FirefoxSession,
} from './firefox-harness';
import type { Driver } from './scenarios';

const PITCH_NOTE =
  'Hi Sanne, I saw your post on returns. We help logistics teams get 3x more leads. Quick call this week?';

const WELCOME_URL = `${EXTENSION_ORIGIN}/src/ui/welcome/index.html`;

const textOf = (view: Page, selector: string) =>
  view.evaluate((wanted) => document.querySelector(wanted)?.textContent ?? null, selector);

const noteValue = (page: Page) =>
  page.$eval('textarea[name="message"]', (field) => (field as HTMLTextAreaElement).value);

describe('issue 21 in a real Firefox: first run, openers, the popup', () => {
  let session: FirefoxSession;
  let driver: Driver;
  beforeAll(async () => {
    session = await launchFirefox();
    driver = firefoxDriver(session);
    session.routes.set('/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  }, 120_000);
  afterAll(async () => session?.close());

  it('opens the first-run page once after install, with privacy in one line and the trainer', async () => {
    // Firefox's remote agent leaves a moz-extension tab's address at about:blank: the extension's own tab and
    // view lists say what is open, and the view's document is what the person sees.
    const welcomeTabs = () =>
      session.control.evaluate(
        async (url) => (await browser.tabs.query({})).filter((tab) => tab.url === url).length,
        WELCOME_URL,
      );
    await until(async () => (await welcomeTabs()) === 1, 20_000);
    const read = () =>
      session.control.evaluate((url) => {
        const view = browser.extension.getViews({ type: 'tab' }).find((each) => each.location.href === url);
        const document = view?.document;
        if (!document?.querySelector('h1')) return null;
        return {
          lang: document.documentElement.lang,
          title: document.querySelector('h1')?.textContent,
          headings: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
          privacy: document.querySelector('[data-testid="privacy"]')?.textContent ?? '',
          trainer: [...document.querySelectorAll('a')].find((link) => link.textContent === 'Open the trainer')
            ?.href,
        };
      }, WELCOME_URL);
    await until(async () => (await read()) !== null);
    expect(await read()).toEqual({
      lang: 'en',
      title: 'Welcome to Selge',
      headings: ['Where you will see it', 'Privacy', 'For sales trainers'],
      privacy: expect.stringMatching(/^Nothing leaves your browser: .+\.$/) as unknown as string,
      trainer: `${EXTENSION_ORIGIN}/src/ui/trainer/index.html`,
    });
    // Opening another Selge page is no install: still the one first-run page.
    const options = await openExtensionPage(session, 'options');
    await options.close();
    expect(await welcomeTabs()).toBe(1);
  });

  // The popup's button says "Open in sidebar"; a first-run page that sent a Firefox user to a "side panel" named
  // a thing Firefox does not have.
  for (const [lang, sidebar, sidePanel] of [
    ['en', 'the sidebar, Alt+Shift+S', /side panel/i],
    ['nl', 'de zijbalk, Alt+Shift+S', /zijpaneel/i],
  ] as const) {
    it(`the first-run page calls the panel beside the page Firefox's sidebar (${lang})`, async () => {
      await driver.setSettings({ uiLanguage: lang });
      const welcome = await openExtensionPage(session, 'welcome');
      await until(async () => (await welcome.evaluate(() => document.documentElement.lang)) === lang);
      const where = (await textOf(welcome, 'section[aria-labelledby="where-title"]')) ?? '';
      expect(where).toContain(sidebar);
      expect(where).not.toMatch(sidePanel);
      await welcome.close();
    });
  }

  it('inserts an opener into the note field after asking to replace the draft, and Ctrl+Z takes it back', async () => {
    await driver.setSettings({ uiLanguage: 'en' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    await page.click('textarea[name="message"]');
    await page.keyboard.type(PITCH_NOTE);
    const view = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    await until(
      async () =>
        (await textOf(view, '[data-testid="opener-studio"] h2')) === 'Notes to start with: Sanne Verbeek',
    );
    // The pitch rewritten as a question: the reason kept, the offer and the ask gone.
    const rewrite = (await textOf(view, '[data-testid="rewrites"] [data-testid="opener-text"]')) ?? '';
    expect(rewrite).toMatch(/^Hi Sanne, I saw your post on returns\. .+\?$/);
    expect(rewrite).not.toMatch(/3x|call|We help/);

    const opener = '[data-testid="opener-studio"] ul.openers:not([data-testid]) [data-testid="opener"]';
    const text = (await textOf(view, `${opener} [data-testid="opener-text"]`)) ?? '';
    expect(text).toMatch(/^Hi Sanne, .+\?$/);
    const status = () => textOf(view, `${opener} [role="status"]`);
    expect(await clickButton(view, 'Insert into LinkedIn', opener)).toBe(true);
    await until(async () => ((await status()) ?? '').includes('There is already a draft'));
    expect(await noteValue(page)).toBe(PITCH_NOTE);
    expect(await clickButton(view, 'Replace the draft', opener)).toBe(true);
    await until(async () => (await noteValue(page)) === text);
    await until(async () => ((await status()) ?? '').includes('Ctrl+Z'));
    expect(
      await page.$eval(
        'button[aria-label="Send invitation"]',
        (button) => (button as HTMLButtonElement).disabled,
      ),
    ).toBe(false);

    await page.bringToFront();
    await page.focus('textarea[name="message"]');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await until(async () => (await noteValue(page)) === PITCH_NOTE);
    await view.close();
    await page.close();
  });

  it('offers Dutch notes in a Dutch view, filled with the name, and inserts one', async () => {
    await driver.setSettings({ uiLanguage: 'nl' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const view = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    await until(
      async () =>
        (await textOf(view, '[data-testid="opener-studio"] h2')) ===
        'Notities om mee te beginnen: Sanne Verbeek',
    );
    const texts = await view.$$eval('[data-testid="opener-studio"] [data-testid="opener-text"]', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^Hoi Sanne, .+\?$/);
    expect(
      await clickButton(view, 'Invoegen in LinkedIn', '[data-testid="opener-studio"] [data-testid="opener"]'),
    ).toBe(true);
    await until(async () => (await noteValue(page)) === texts[0]);
    await view.close();
    await page.close();
    await driver.setSettings({ uiLanguage: 'en' });
  });

  it('the popup opens on the pitches and the draft, the reply studio one step away, older messages folded', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const popup = await openExtensionPage(session, 'popup', `?tab=${await tabIdOf(session, page)}`);
    await popup.setViewport({ width: 440, height: 600 });
    await popup.waitForSelector('[data-testid="pitches-first"] article[data-verdict="pitch"]');
    const layout = await popup.evaluate(() => {
      const bottom = (element: Element | null | undefined) =>
        element?.getBoundingClientRect().bottom ?? Infinity;
      const older = document.querySelector<HTMLDetailsElement>('[data-testid="older-messages"]');
      const pitches = document.querySelectorAll(
        '[data-testid="pitches-first"] article[data-verdict="pitch"]',
      );
      return {
        draftTop: document.querySelector('[data-testid="draft"]')?.getBoundingClientRect().top ?? Infinity,
        firstBadgeBottom: bottom(pitches[0]?.querySelector('.badge')),
        pitches: pitches.length,
        olderOpen: older?.open,
        olderSummary: older?.querySelector(':scope > summary')?.textContent,
        olderMessages: older?.querySelectorAll('article').length ?? 0,
        jumpBottom: bottom(document.querySelector('[data-testid="to-studio"]')),
      };
    });
    expect(layout.draftTop).toBeLessThan(600);
    expect(layout.firstBadgeBottom).toBeLessThan(600);
    expect(layout.pitches).toBeGreaterThanOrEqual(2);
    expect(layout.olderOpen).toBe(false);
    expect(layout.olderSummary).toMatch(/^\d+ other messages$/);
    expect(layout.olderMessages).toBeGreaterThan(0);
    expect(layout.jumpBottom).toBeLessThan(600);

    await popup.click('[data-testid="to-studio"]');
    await until(() =>
      popup.evaluate(() => {
        const studio = [...document.querySelectorAll('h2')].find((heading) =>
          heading.textContent?.startsWith('Reply studio'),
        );
        const top = studio?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < 600;
      }),
    );
    // Unfolding shows the older messages.
    await popup.click('[data-testid="older-messages"] > summary');
    expect(
      await popup.$eval('[data-testid="older-messages"]', (details) => (details as HTMLDetailsElement).open),
    ).toBe(true);
    await popup.close();
    await page.close();
  });

  it('left no error of Selge’s own in the browser console', async () => {
    expect(await session.consoleProblems()).toEqual([]);
  });
});
