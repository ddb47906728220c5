import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import {
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';

describe('accessibility of the views', () => {
  let session: ExtensionSession;
  let tabId: number;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    tabId = await tabIdOf(session, page);
  });
  afterAll(async () => session?.close());

  for (const view of ['popup', 'sidepanel'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${view} in ${colorScheme} mode has no serious or critical axe violation`, async () => {
        const page = await openExtensionPage(session, view, `?tab=${tabId}`);
        await page.emulateMedia({ colorScheme });
        await page.getByRole('heading', { name: /Conversation with/ }).waitFor();
        await page.locator('#check-input').fill('Quick call this week? calendly.com/x/15min');
        await page.getByTestId('paste-result').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('the check itself can fail: a planted unnamed button is reported', async () => {
    const page = await openExtensionPage(session, 'popup');
    await page.evaluate(() => document.body.append(document.createElement('button')));
    expect((await seriousViolations(page)).map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  it('works from the keyboard: reply tabs with arrow keys, Home and End, another reply, and the paste box', async () => {
    const page = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await page.getByRole('heading', { name: /Conversation with/ }).waitFor();
    const selected = () => page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-intent');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-intent'));
    // The WAI-ARIA tabs pattern: only the selected tab is in the Tab order; arrows move and select.
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    await page.locator('button[data-intent="humour"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('decline');
    expect(await focused()).toBe('decline');
    await page.keyboard.press('End');
    await expect.poll(selected).toBe('listen');
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('humour');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(selected).toBe('listen');
    await page.keyboard.press('Home');
    await expect.poll(selected).toBe('humour');
    expect(await focused()).toBe('humour');
    expect(await page.locator('[role="tabpanel"]').getAttribute('aria-labelledby')).toBe('reply-tab-humour');
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('decline');

    const before = await page.getByTestId('reply-text').getAttribute('data-template');
    await page.getByRole('button', { name: 'Another one' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('reply-text').getAttribute('data-template')).not.toBe(before);
    await page.locator('#check-input').focus();
    await page.keyboard.type('Heb je 15 minuutjes?');
    await expect
      .poll(() => page.getByTestId('paste-result').locator('article').getAttribute('data-verdict'))
      .not.toBeNull();
    await page.close();
  });
});
