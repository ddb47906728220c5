import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '../../src/shared/page-context';
import {
  askTab,
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';

type ThreadContext = Extract<PageContext, { surface: 'thread' }>;

describe('odd markup in one message', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  });
  afterAll(async () => session?.close());

  it('reads a message body nested 5,000 elements deep, and every message around it', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const tabId = await tabIdOf(session, page);
    // Another surface (with its reason) shows up in the failure message instead of the texts.
    const texts = (context: PageContext) =>
      context.surface === 'thread' ? context.threads[0]!.thread.items.map((item) => item.text) : context;
    const before = texts(await askTab<PageContext>(session, tabId, { type: 'selge:get-page-context' }));
    expect(before).toHaveLength(12);

    // The same words, wrapped in 5,000 nested elements (a page script can build that; LinkedIn's own markup
    // nests a dozen deep).
    await page.evaluate(() => {
      const body = [...document.querySelectorAll('.msg-s-event-listitem__body')].find((element) =>
        element.textContent?.includes('We help logistics teams'),
      )!;
      const words = body.textContent!.trim();
      let innermost: Element = body;
      body.textContent = '';
      for (let depth = 0; depth < 5000; depth++) {
        const span = document.createElement('span');
        innermost.append(span);
        innermost = span;
      }
      innermost.textContent = words;
    });
    await expect
      .poll(async () =>
        texts(await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' })),
      )
      .toEqual(before);

    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await popup.getByRole('heading', { name: /Conversation with Sanne Verbeek/ }).waitFor();
    await expect.poll(() => popup.locator('article[data-verdict="pitch"]').count()).toBe(2);
    await popup.close();
    await page.close();
  });
});
