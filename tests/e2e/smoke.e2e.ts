import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, openLinkedIn, type ExtensionSession } from './harness';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => session?.close());

  it('runs its content script on a routed LinkedIn page and opens its popup', async () => {
    session.routes.set('/feed/', { html: '<!doctype html><title>LinkedIn</title><main>feed</main>' });
    const page = await openLinkedIn(session, '/feed/');
    // openLinkedIn asked the extension that the content script runs; the page itself shows no sign of it.
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).not.toContainEqual(
      expect.stringMatching(/selge/i),
    );

    const popup = await openExtensionPage(session, 'popup');
    await expect.poll(() => popup.locator('h1').textContent()).toMatch(/^Selge/);
  });
});
