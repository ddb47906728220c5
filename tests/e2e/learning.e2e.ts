// Issue 23 in a real Chromium: the user corrects a verdict in the side panel or on its mark in the page, and every
// view, the marks and the badge follow, after a reload too; undo; a trusted person's pitches are not marked; reset
// restores the shipped verdicts; a corrupt store is reset with a notice; no stored key holds message text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageContext, ThreadMessage } from '../../src/shared/page-context';
import {
  accessibilityTree,
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
import { correctFromMark, correctRowFromMark, firstMark, trustFromMark } from './scenarios';
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

  it('a pitch’s mark shows that it opens (▾) and, open, that it closes (▴)', async () => {
    const page = await openLinkedIn(session, THREAD);
    await expect.poll(() => marks(page)).toBe(2);
    const arrows = async () =>
      (await shadowStyles(page, 'SELGE-MARK', 'pill', ['content'], 'after')).map(
        (style) => style.content ?? 'none',
      );
    await expect.poll(arrows).toEqual(['"▾"', '"▾"']);
    const box = await page.evaluate(firstMark);
    if (!box) throw new Error('no mark');
    await page.mouse.click(box.x, box.y);
    await expect.poll(arrows).toEqual(['"▴"', '"▾"']);
    await page.close();
  });

  it('a mark’s "could not save" can be read on LinkedIn’s light page in the light and the dark colour scheme', async () => {
    const page = await openLinkedIn(session, THREAD);
    await expect.poll(() => marks(page)).toBe(2);
    // A full storage refuses the correction: the mark says so.
    await session.serviceWorker.evaluate(() => {
      const local = chrome.storage.local as unknown as { set: unknown; keptSet?: unknown };
      local.keptSet = local.set;
      local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    try {
      const box = await page.evaluate(firstMark);
      if (!box) throw new Error('no mark');
      await page.mouse.click(box.x, box.y);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // The status is a live region, left out of markTexts: its name says that it spoke.
      const cdp = await page.context().newCDPSession(page);
      const said = async () => {
        const nodes = await accessibilityTree(cdp);
        return nodes.map((node) => node.name?.value ?? '');
      };
      await expect.poll(said).toContain('Selge could not save this. Try again.');
      await cdp.detach();
      // The fixture's page is white, as LinkedIn's light theme is, whatever the system's colour scheme.
      const white = [255, 255, 255];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const [style] = await shadowStyles(page, 'SELGE-MARK', 'status', ['color', 'background-color']);
        const text = rgba(style?.color ?? '');
        const back = over(rgba(style?.['background-color'] ?? ''), white);
        expect(
          contrast(over(text, back), back),
          `${scheme}: ${JSON.stringify(style)}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    } finally {
      await session.serviceWorker.evaluate(() => {
        const local = chrome.storage.local as unknown as { set: unknown; keptSet?: unknown };
        local.set = local.keptSet;
      });
      await page.close();
    }
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
    await expect.poll(async () => (await markTexts(page))[0]).toMatch(/^Selge: looks like a pitch/u);
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

/** A computed CSS colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)") as red, green, blue and alpha. */
function rgba(css: string): number[] {
  const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/gu) ?? []).map(Number);
  return [r, g, b, a];
}

/** A colour painted over an opaque one. */
function over([r = 0, g = 0, b = 0, a = 1]: number[], [br = 0, bg = 0, bb = 0]: number[]): number[] {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(one: number[], two: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
