// Issue 23 in a real Chromium: the user corrects a verdict in the side panel or on its mark in the page, and every
// view, the marks and the badge follow, after a reload too; undo; a trusted person's pitches are not marked; reset
// restores the shipped verdicts; a corrupt store is reset with a notice; no stored key holds message text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageContext, ThreadMessage } from '../../src/shared/page-context';
import {
  askTab,
  badgeOf,
  chromiumDriver,
  launchWithExtension,
  markTexts,
  openExtensionPage,
  openLinkedIn,
  shadowStyles,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { expectMarkCorrection, expectRowCorrection, expectTrustFromMark } from './mark-expect';
import { correctFromMark, correctRowFromMark, trustFromMark } from './scenarios';
import { setSettings } from './settings';
import { sidewaysOverflow } from './widths';

const THREAD = '/messaging/thread/2-sanne/';

describe('Selge learns from its user (Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set(THREAD, 'linkedin/messaging-thread.html');
    await setSettings(session, { pageMarks: true, uiLanguage: 'en' });
  });
  afterAll(async () => session?.close());

  const badge = (tabId: number) => badgeOf(session, tabId).then((b) => b.text);
  const marks = (page: Page) => page.locator('selge-mark').count();
  const incomingTexts = async (tabId: number) => {
    const context = await askTab<PageContext>(session, tabId, { type: 'selge:get-page-context' });
    if (context.surface !== 'thread') return [];
    const thread = context.threads[0]?.thread;
    return (thread?.items ?? [])
      .filter((item): item is ThreadMessage => item.kind === 'message' && item.direction === 'incoming')
      .map((item) => item.text);
  };

  it('"Not a pitch" by keyboard holds in every view, on the badge and the marks, after a reload; undo brings the pitch back', async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badge(tabId)).toBe('2');
    await expect.poll(() => marks(page)).toBe(2);
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
    const pitchCards = panel.locator('article[data-verdict="pitch"]');
    await expect.poll(() => pitchCards.count()).toBe(2);
    const first = pitchCards.first();
    const firstText = (await first.locator('.highlighted, p').first().textContent()) ?? '';
    await first.getByRole('button', { name: 'Not a pitch' }).focus();
    await panel.keyboard.press('Enter');

    await expect.poll(() => badge(tabId)).toBe('1');
    // The corrected message keeps its mark, which now says what the user set (with its undo).
    await expect.poll(() => markTexts(page)).toContain('Selge: you marked this as not a pitch');
    expect(await marks(page)).toBe(2);
    await expect.poll(() => pitchCards.count()).toBe(1);
    const corrected = panel.getByTestId('user-set');
    await expect.poll(() => corrected.first().textContent()).toContain('You marked this as not a pitch.');
    // Focus stays with the card: on its undo.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    expect(firstText.length).toBeGreaterThan(0);

    // The popup says the same, and so does the page after a reload.
    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await expect.poll(() => popup.locator('article[data-verdict="pitch"]').count()).toBe(1);
    await expect.poll(() => popup.getByTestId('user-set').count()).toBe(1);
    await popup.close();
    // The options page lists the correction, and at 240 px (a narrow side view) nothing sticks out sideways.
    const options = await openExtensionPage(session, 'options');
    await options.setViewportSize({ width: 240, height: 700 });
    await expect.poll(() => options.getByTestId('correction').count()).toBe(1);
    expect(await options.evaluate(sidewaysOverflow)).toEqual({ scrollsBy: 0, outside: [] });
    await options.close();
    await page.reload();
    await expect.poll(() => badge(tabId)).toBe('1');
    await expect.poll(() => markTexts(page)).toContain('Selge: you marked this as not a pitch');

    await panel.getByRole('button', { name: 'Undo' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => badge(tabId)).toBe('2');
    await expect.poll(() => marks(page)).toBe(2);
    await expect.poll(() => pitchCards.count()).toBe(2);
    // The undo is gone with the correction: the keyboard is on the card's first button again, not the panel's top.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Not a pitch');
    await panel.close();
    await page.close();
  });

  it('"Not a pitch" on the mark in the page, by mouse and keyboard: the mark and the badge follow, after a reload too; its Undo restores', async () => {
    const run = await correctFromMark(chromiumDriver(session), 'en');
    expectMarkCorrection(run, {
      pitch: /^Selge: looks like a pitch \(score \d+\)$/u,
      user: 'Selge: you marked this as not a pitch',
      undo: 'Undo',
      notPitch: 'Not a pitch',
    });
  });

  it('a pitch’s mark shows the hand over its pill, as over its buttons: it is a button that opens them', async () => {
    const page = await openLinkedIn(session, THREAD);
    await expect.poll(() => marks(page)).toBe(2);
    const cursors = async () =>
      (await shadowStyles(page, 'SELGE-MARK', 'pill', ['cursor'])).map((style) => style.cursor);
    await expect.poll(cursors).toEqual(['pointer', 'pointer']);
    await page.close();
  });

  it("a row's mark in the inbox list corrects the preview's verdict without opening the row; its Undo restores", async () => {
    const run = await correctRowFromMark(chromiumDriver(session), 'en');
    expectRowCorrection(run, { user: 'Selge: you marked this as not a pitch', undo: 'Undo' });
  });

  it('"Always trust this person" on a mark, by keyboard: their pitches are no longer marked; "Stop trusting" on the same mark brings them back', async () => {
    const run = await trustFromMark(chromiumDriver(session), 'en');
    expectTrustFromMark(run, { trusted: 'Selge: you trust this person', stopTrusting: 'Stop trusting' });
  });

  it("a trusted person's pitches are not marked; the options page lists them and reset restores the shipped verdicts", async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badge(tabId)).toBe('2');
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
    await panel.locator('article[data-verdict="pitch"]').first().waitFor();
    await panel.getByRole('button', { name: 'Always trust this person' }).first().click();
    await expect.poll(() => badge(tabId)).toBe('');
    await expect.poll(() => marks(page)).toBe(0);
    await expect.poll(() => panel.locator('article[data-verdict="pitch"]').count()).toBe(0);
    await expect
      .poll(() => panel.getByTestId('user-set').first().textContent())
      .toContain('You trust this person');

    // One more correction, then the statistics line and the list say so, without any text.
    const options = await openExtensionPage(session, 'options');
    await expect.poll(() => options.getByTestId('trusted').locator('li').count()).toBe(1);
    await panel.getByRole('button', { name: 'Stop trusting' }).first().click();
    await expect.poll(() => badge(tabId)).toBe('2');
    await panel
      .locator('article[data-verdict="pitch"]')
      .first()
      .getByRole('button', { name: 'Right' })
      .click();
    await panel
      .locator('article[data-verdict="pitch"]')
      .nth(1)
      .getByRole('button', { name: 'Not a pitch' })
      .click();
    await expect.poll(() => badge(tabId)).toBe('1');
    await expect
      .poll(() => options.getByTestId('checked-summary').first().textContent())
      .toBe('2 verdicts checked: 1 kept, 1 corrected: 1 not a pitch, 0 it is a pitch');
    expect(await options.getByTestId('correction').count()).toBe(2);

    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: 'Forget all corrections and trusted people' }).click();
    await expect.poll(() => badge(tabId)).toBe('2');
    await expect.poll(() => marks(page)).toBe(2);
    await expect.poll(() => panel.getByTestId('user-set').count()).toBe(0);
    await options.close();
    await panel.close();
    await page.close();
  });

  it('no stored key holds message text or the profile id', async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badge(tabId)).toBe('2');
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
    await panel
      .locator('article[data-verdict="pitch"]')
      .first()
      .getByRole('button', { name: 'Not a pitch' })
      .click();
    await panel.getByRole('button', { name: 'Always trust this person' }).first().click();
    await expect.poll(() => badge(tabId)).toBe('');
    const texts = await incomingTexts(tabId);
    expect(texts.length).toBeGreaterThan(3);
    const stored = await session.serviceWorker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]),
    );
    expect(stored).toContain('learned');
    for (const text of texts) {
      // Any run of five words of a message would be text kept.
      const words = text.split(/\s+/u);
      for (let i = 0; i + 5 <= words.length; i += 3)
        expect(stored).not.toContain(words.slice(i, i + 5).join(' '));
    }
    expect(stored).not.toContain('ACoAATEST');
    expect(stored).not.toContain('Sanne');
    await panel.close();
    await page.close();
  });

  it('a corrupt store is reset with a notice, and Selge shows its own verdicts', async () => {
    await session.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ learned: { version: 1, corrections: 'garbage' } }),
    );
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badge(tabId)).toBe('2');
    await expect.poll(() => marks(page)).toBe(2);
    expect((await markTexts(page))[0]).toMatch(/^Selge: looks like a pitch/u);
    const options = await openExtensionPage(session, 'options');
    await expect
      .poll(() => options.getByTestId('notice').allTextContents())
      .toContainEqual(
        expect.stringContaining('Your corrections and trusted people could not be read and were reset'),
      );
    await options.close();
    await page.close();
  });
});
