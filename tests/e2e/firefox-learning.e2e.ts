// Issue 23 in a real Firefox, in Dutch: "Geen pitch" in the popup and on the page's mark holds on the badge, the
// marks and after a reload, with undo; a trusted person's pitches are not marked; reset restores the shipped
// verdicts; a corrupt store is reset with a notice; no stored key holds message text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageContext, ThreadMessage } from '../../src/shared/page-context';
import {
  askTab,
  clickButton,
  badgeOf,
  firefoxDriver,
  launchFirefox,
  markTexts,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  until,
  type FirefoxSession,
} from './firefox-harness';
import { expectMarkCorrection, expectRowCorrection, expectTrustFromMark } from './mark-expect';
import { correctFromMark, correctRowFromMark, route, trustFromMark } from './scenarios';

const THREAD = '/messaging/thread/2-sanne/';

describe('Selge learns from its user (Firefox, Dutch)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
    const driver = firefoxDriver(session);
    route(driver, THREAD, 'linkedin/messaging-thread.html');
    await driver.setSettings({ pageMarks: true, uiLanguage: 'nl' });
  }, 120_000);
  afterAll(async () => session?.close());

  const badge = async (tabId: number) => (await badgeOf(session, tabId)).text;
  const marks = (page: Page) => page.$$eval('selge-mark', (found) => found.length);
  const pitchCards = (view: Page) => view.$$eval('article[data-verdict="pitch"]', (cards) => cards.length);
  /** Clicks the first button with this label, inside the first element matching `within` (the view's main). */
  const click = (view: Page, label: string, within = 'main') => clickButton(view, label, within);
  const untilEqual = async <T>(read: () => Promise<T>, expected: T) => {
    await until(async () => (await read()) === expected).catch(async () => {
      throw new Error(`expected ${String(expected)}, still ${String(await read())}`);
    });
  };

  it('"Geen pitch" holds on the badge, the marks and after a reload; undo and trust; reset restores the shipped verdicts', async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await untilEqual(() => badge(tabId), '2');
    await untilEqual(() => marks(page), 2);
    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await popup.waitForSelector('article[data-verdict="pitch"]');
    expect(await click(popup, 'Geen pitch', 'article[data-verdict="pitch"]')).toBe(true);
    await untilEqual(() => badge(tabId), '1');
    // The corrected message keeps its mark, which now says what the user set (with its undo).
    await untilEqual(() => marks(page), 2);
    await untilEqual(() => pitchCards(popup), 1);
    await until(() =>
      popup.evaluate(
        () => document.body.textContent?.includes('Je hebt dit gemarkeerd als geen pitch.') ?? false,
      ),
    );

    await page.reload();
    // The user looks at the page again (Selge skips work in a hidden tab; the popup is a tab of its own here).
    await page.bringToFront();
    await untilEqual(() => badge(tabId), '1');
    await untilEqual(() => marks(page), 2);
    await expect
      .poll(() => markTexts(session, page))
      .toContain('Selge: je hebt dit als geen pitch gemarkeerd');
    expect(await click(popup, 'Ongedaan maken')).toBe(true);
    await untilEqual(() => badge(tabId), '2');
    await untilEqual(() => marks(page), 2);

    expect(await click(popup, 'Deze persoon altijd vertrouwen')).toBe(true);
    await untilEqual(() => badge(tabId), '');
    await untilEqual(() => marks(page), 0);
    await untilEqual(() => pitchCards(popup), 0);

    const options = await openExtensionPage(session, 'options');
    await until(() =>
      options.evaluate(() => document.querySelectorAll('[data-testid="trusted"] li').length === 1),
    );
    options.on('dialog', (dialog) => void dialog.accept());
    expect(await click(options, 'Vergeet alle correcties en vertrouwde personen')).toBe(true);
    await untilEqual(() => badge(tabId), '2');
    await untilEqual(() => marks(page), 2);
    await untilEqual(() => pitchCards(popup), 2);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('the settings export carries the correction; after a reset, importing it brings the verdict back; again: nothing changed', async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await untilEqual(() => badge(tabId), '2');
    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await popup.waitForSelector('article[data-verdict="pitch"]');
    expect(await click(popup, 'Geen pitch', 'article[data-verdict="pitch"]')).toBe(true);
    await untilEqual(() => badge(tabId), '1');

    const options = await openExtensionPage(session, 'options');
    await until(() =>
      options.evaluate(() => document.querySelectorAll('[data-testid="correction"]').length === 1),
    );
    // The export is a download; over WebDriver BiDi this Firefox hands the test no downloaded file, so the file
    // is read where the page makes it: the Blob given to URL.createObjectURL (src/ui/download.ts).
    await options.evaluate(() => {
      const made = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob)
          void blob.text().then((text) => Object.assign(window, { selgeExported: text }));
        return made(blob);
      };
    });
    expect(await click(options, 'Sjablonen exporteren')).toBe(true);
    await until(() =>
      options.evaluate(() => typeof (window as { selgeExported?: string }).selgeExported === 'string'),
    );
    const exported = await options.evaluate(
      () => (window as unknown as { selgeExported: string }).selgeExported,
    );
    expect(JSON.parse(exported)).toMatchObject({
      format: 'selge-templates',
      learned: { format: 'selge-learned' },
    });
    expect(exported).not.toContain('Sanne');

    options.on('dialog', (dialog) => void dialog.accept());
    expect(await click(options, 'Vergeet alle correcties en vertrouwde personen')).toBe(true);
    await untilEqual(() => badge(tabId), '2');
    await untilEqual(() => pitchCards(popup), 2);
    // The side view, opened for the same tab, follows the import as the popup does.
    const side = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
    await untilEqual(() => pitchCards(side), 2);

    // Choosing the file: the input gets it as a person's choice would give it, then its change event.
    const importText = (text: string) =>
      options.evaluate((content) => {
        const input = document.querySelector<HTMLInputElement>('#import-file');
        if (!input) return false;
        const chosen = new DataTransfer();
        chosen.items.add(new File([content], 'selge-templates.json', { type: 'application/json' }));
        input.files = chosen.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }, text);
    const status = () =>
      options.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent ?? '');
    expect(await importText(exported)).toBe(true);
    await untilEqual(status, 'Correcties in het bestand: 1; vertrouwde personen: 0. Selge heeft ze nu.');
    await untilEqual(() => badge(tabId), '1');
    await untilEqual(() => pitchCards(popup), 1);
    await untilEqual(() => pitchCards(side), 1);
    expect(await importText(exported)).toBe(true);
    await untilEqual(
      status,
      'De correcties en vertrouwde personen in het bestand heeft Selge al: daar is niets veranderd.',
    );

    // Back to the shipped verdicts for the tests that follow.
    expect(await click(options, 'Vergeet alle correcties en vertrouwde personen')).toBe(true);
    await untilEqual(() => badge(tabId), '2');
    await untilEqual(() => pitchCards(side), 2);
    await side.close();
    await options.close();
    await popup.close();
    await page.close();
  });

  it('"Geen pitch" on the mark in the page, by mouse and keyboard: the mark and the badge follow, after a reload too; "Ongedaan maken" restores', async () => {
    const run = await correctFromMark(firefoxDriver(session), 'nl');
    expectMarkCorrection(run, {
      pitch: /^Selge: lijkt een pitch \(score \d+\)$/u,
      user: 'Selge: je hebt dit als geen pitch gemarkeerd',
      undo: 'Ongedaan maken',
      notPitch: 'Geen pitch',
    });
  }, 120_000);

  it('a row\'s mark in the inbox list corrects the preview\'s verdict without opening the row; "Ongedaan maken" restores', async () => {
    const run = await correctRowFromMark(firefoxDriver(session), 'nl');
    expectRowCorrection(run, {
      user: 'Selge: je hebt dit als geen pitch gemarkeerd',
      undo: 'Ongedaan maken',
    });
  }, 120_000);

  it('"Deze persoon altijd vertrouwen" on a mark, by keyboard: their pitches are no longer marked; "Niet meer vertrouwen" brings them back', async () => {
    const run = await trustFromMark(firefoxDriver(session), 'nl');
    expectTrustFromMark(run, {
      trusted: 'Selge: je vertrouwt deze persoon',
      stopTrusting: 'Niet meer vertrouwen',
    });
  }, 120_000);

  it('stores no message text; a corrupt store is reset with a notice and Selge shows its own verdicts', async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await untilEqual(() => badge(tabId), '2');
    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await popup.waitForSelector('article[data-verdict="pitch"]');
    expect(await click(popup, 'Geen pitch', 'article[data-verdict="pitch"]')).toBe(true);
    await untilEqual(() => badge(tabId), '1');
    const context = await askTab<PageContext>(session, tabId, { type: 'selge:get-page-context' });
    const texts =
      context.surface === 'thread'
        ? (context.threads[0]?.thread.items ?? [])
            .filter((item): item is ThreadMessage => item.kind === 'message')
            .map((item) => item.text)
        : [];
    expect(texts.length).toBeGreaterThan(3);
    const stored = await session.control.evaluate(async () =>
      JSON.stringify([await browser.storage.local.get(null), await browser.storage.sync.get(null)]),
    );
    expect(stored).toContain('learned');
    for (const text of texts) {
      const words = text.split(/\s+/u);
      for (let i = 0; i + 5 <= words.length; i += 3)
        expect(stored).not.toContain(words.slice(i, i + 5).join(' '));
    }

    await session.control.evaluate(() =>
      browser.storage.local.set({ learned: { version: 1, corrections: 'garbage' } }),
    );
    await page.reload();
    // The user looks at the page again (Selge skips work in a hidden tab; the popup is a tab of its own here).
    await page.bringToFront();
    await untilEqual(() => badge(tabId), '2');
    await untilEqual(() => marks(page), 2);
    const options = await openExtensionPage(session, 'options');
    await until(() =>
      options.evaluate(() =>
        [...document.querySelectorAll('[data-testid="notice"]')].some((notice) =>
          notice.textContent?.includes(
            'Je correcties en vertrouwde personen waren onleesbaar en zijn gewist',
          ),
        ),
      ),
    );
    await options.close();
    await popup.close();
    await page.close();
  });
});
