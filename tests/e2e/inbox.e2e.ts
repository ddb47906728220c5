import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askTab,
  badgeOf,
  chromiumDriver,
  launchWithExtension,
  markTexts,
  openExtensionPage,
  openLinkedIn,
  shadowBoxes,
  shadowStyles,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import type { PageContext } from '../../src/shared/page-context';
import { INBOX_PITCHES, INBOX_ROWS, LATER_PITCHES, inboxHtml } from './inbox';
import { expectLongInbox, expectTriage } from './inbox-expect';
import { readLongInbox, triageInbox, type Inbox } from './scenarios';
import { setSettings } from './settings';

/** Whether a list row is on screen in the LinkedIn tab (the user sees it without scrolling). */
function rowInView(page: Page, name: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const row = [...document.querySelectorAll('li.msg-conversation-listitem')].find((li) =>
      li.textContent?.includes(wanted),
    );
    const box = row?.getBoundingClientRect();
    return Boolean(box && box.top >= 0 && box.bottom <= innerHeight);
  }, name);
}

describe('inbox triage: the conversation list shows which conversations are pitches (Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  }, 60_000);
  afterAll(async () => session?.close());

  it('marks each pitch row once as LinkedIn draws, re-draws and reorders the list; the badge counts the unread ones', async () => {
    const triage = await triageInbox(chromiumDriver(session));
    try {
      await expectTriage(triage);
    } finally {
      await triage.page.close();
    }
  });

  it('marks a list of 100 rows, every pitch row once, in bounded requests', async () => {
    const figures = await readLongInbox(chromiumDriver(session), 100);
    expectLongInbox(figures);
  });

  it('says on each mark that it read the preview, in the user’s language', async () => {
    session.routes.set('/messaging/', { html: inboxHtml(INBOX_ROWS) });
    await setSettings(session, { pageMarks: true, listMarks: true, uiLanguage: 'en' });
    const page = await openLinkedIn(session, '/messaging/');
    try {
      const tabId = await tabIdOf(session, page);
      await askTab(session, tabId, { type: 'selge:get-page-context' });
      // Polled for the words too: a mark is in the page a moment before its shadow root is styled.
      await expect
        .poll(() => markTexts(page))
        .toEqual(
          Array(4).fill(expect.stringMatching(/^Selge: the preview looks like a pitch \(score \d+\)$/)),
        );
      await setSettings(session, { uiLanguage: 'nl' });
      await expect
        .poll(() => markTexts(page))
        .toEqual(
          Array(4).fill(expect.stringMatching(/^Selge: het voorbeeld lijkt een pitch \(score \d+\)$/)),
        );
      // The page itself sees four empty elements and no attribute (the verdicts stay Selge's).
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('selge-mark')].map((mark) => [
            mark.getAttributeNames(),
            mark.shadowRoot,
          ]),
        ),
      ).toEqual(Array(4).fill([[], null]));
    } finally {
      await setSettings(session, { pageMarks: false, uiLanguage: 'auto' });
      await page.close();
    }
  });

  it('in a narrow row a mark wraps as a box inside the row, its words from the left, not a centred blob', async () => {
    session.routes.set('/messaging/', { html: inboxHtml(INBOX_ROWS) });
    await setSettings(session, { pageMarks: true, listMarks: true, uiLanguage: 'nl' });
    const page = await openLinkedIn(session, '/messaging/');
    try {
      // LinkedIn's list beside an open conversation leaves a row's text some 250 px.
      await page.addStyleTag({ content: 'li { max-width: 260px; }' });
      await expect.poll(async () => (await markTexts(page)).length).toBe(4);
      const [box] = await shadowBoxes(page, 'SELGE-MARK', 'pill');
      const [style] = await shadowStyles(page, 'SELGE-MARK', 'pill', [
        'text-align',
        'border-top-left-radius',
      ]);
      // Two lines of 11 px type: wrapped, and within the row.
      expect((box?.bottom ?? 0) - (box?.top ?? 0)).toBeGreaterThan(30);
      expect((box?.right ?? 0) - (box?.left ?? 0)).toBeLessThanOrEqual(260);
      expect(['start', 'left']).toContain(style?.['text-align']);
      expect(parseFloat(style?.['border-top-left-radius'] ?? '999')).toBeLessThanOrEqual(10);
    } finally {
      await setSettings(session, { pageMarks: false, uiLanguage: 'auto' });
      await page.close();
    }
  });

  it('the popup lists the pitches of the list, most recent first, with reasons, and brings a row into view without opening it', async () => {
    session.routes.set('/messaging/', { html: inboxHtml(INBOX_ROWS) });
    await setSettings(session, { pageMarks: false, uiLanguage: 'en' });
    const page = await openLinkedIn(session, '/messaging/');
    try {
      const tabId = await tabIdOf(session, page);
      await page.evaluate(() => (window as unknown as Inbox).__inbox.fillLater());
      await expect.poll(async () => (await badgeOf(session, tabId)).text).toBe('4');
      const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
      const list = popup.getByTestId('conversation-list');
      await expect.poll(() => list.textContent()).toContain('5 of 12 conversations look like pitches');
      const items = list.getByTestId('list-pitch');
      expect(await items.locator('.name').allTextContents()).toEqual([...INBOX_PITCHES, ...LATER_PITCHES]);
      // Each says why in a few words and that it read the preview; nothing about the open conversation.
      for (const reasons of await items.locator('.reasons').allTextContents())
        expect(reasons).toMatch(/^.+ · from the preview$/);
      // The occluded rows are said to wait for a scroll; the inbox without an open conversation is no error.
      expect(await list.textContent()).toContain('8 more conversations in the list are not drawn yet');
      expect(await popup.getByTestId('page-state').count()).toBe(0);
      await page.evaluate(() => scrollTo(0, 0));
      expect(await rowInView(page, 'Ruben Smit')).toBe(false);
      await items.filter({ hasText: 'Ruben Smit' }).getByRole('button', { name: 'Show in the list' }).click();
      await expect.poll(() => rowInView(page, 'Ruben Smit')).toBe(true);
      expect(await items.filter({ hasText: 'Ruben Smit' }).getByRole('status').textContent()).toBe(
        'Scrolled to Ruben Smit in the list.',
      );
      expect(await page.evaluate(() => (window as unknown as Inbox).__inbox.clicks)).toBe(0);
      expect(new URL(page.url()).pathname).toBe('/messaging/');
      await popup.close();

      await setSettings(session, { uiLanguage: 'nl' });
      const dutch = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
      await expect
        .poll(() => dutch.getByTestId('conversation-list').textContent())
        .toContain('5 van de 12 gesprekken lijken pitches');
      expect(await dutch.getByTestId('list-pitch').first().locator('.reasons').textContent()).toMatch(
        / · uit het voorbeeld$/,
      );
      await dutch.close();
    } finally {
      await setSettings(session, { uiLanguage: 'auto' });
      await page.close();
    }
  });
});

describe('inbox triage: an opened conversation speaks for its row (Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  }, 60_000);
  afterAll(async () => session?.close());

  it('replaces the preview’s verdict with the whole conversation’s once the user opened it', async () => {
    // Sanne's preview is the user's own reply, so the preview alone says nothing...
    session.routes.set('/messaging/', { html: inboxHtml(INBOX_ROWS) });
    await setSettings(session, { pageMarks: true, listMarks: true, uiLanguage: 'en' });
    const inbox = await openLinkedIn(session, '/messaging/');
    const inboxTab = await tabIdOf(session, inbox);
    const before = await askTab<PageContext>(session, inboxTab, { type: 'selge:get-page-context' });
    expect(
      before.conversations?.rows.find((entry) => entry.row.names[0] === 'Sanne Verbeek')?.verdict,
    ).toBeNull();
    await inbox.close();
    // ...while the conversation, open beside the list, holds her pitches.
    session.routes.set('/messaging/thread/2-sanne/', { html: inboxHtml(INBOX_ROWS, [], true) });
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    try {
      const tabId = await tabIdOf(session, page);
      const context = await askTab<PageContext>(session, tabId, { type: 'selge:get-page-context' });
      expect(context.surface).toBe('thread');
      const sanne = context.conversations?.rows.find((entry) => entry.row.names[0] === 'Sanne Verbeek');
      expect(sanne).toMatchObject({ basis: 'conversation', verdict: { verdict: 'pitch' } });
      // Her pitch messages are marked in the thread, and her row says the whole conversation was read.
      await expect
        .poll(() => markTexts(page))
        .toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^Selge: this conversation looks like a pitch \(score \d+\)$/),
          ]),
        );
      // The popup shows the list first, the open conversation below it.
      const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
      const sanneItem = popup.getByTestId('list-pitch').filter({ hasText: 'Sanne Verbeek' });
      await expect.poll(() => sanneItem.locator('.reasons').textContent()).toMatch(/ · whole conversation$/);
      const order = await popup.locator('main h2').allTextContents();
      expect(order.slice(0, 2)).toEqual(['Your inbox', 'Conversation with Sanne Verbeek']);
      await popup.close();
    } finally {
      await setSettings(session, { pageMarks: false, uiLanguage: 'auto' });
      await page.close();
    }
  });
});
