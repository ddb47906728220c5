/**
 * The first-run page (issue 21, item 7) in Chromium: it opens by itself once Selge is installed, says what
 * Selge does, where it shows itself, privacy in one line, and links the trainer; the worker starting again does
 * not open it again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, stopServiceWorker, type ExtensionSession } from './harness';
import { setSettings } from './settings';

const welcomePages = (session: ExtensionSession) =>
  session.context.pages().filter((page) => page.url().endsWith('/src/ui/welcome/index.html'));

describe('the first-run page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => session?.close());

  it('opens once after install, in the browser’s language, with privacy in one line and the trainer', async () => {
    await expect.poll(() => welcomePages(session).length, { timeout: 15_000 }).toBe(1);
    const page = welcomePages(session)[0]!;
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Welcome to Selge');
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Where you will see it',
      'Privacy',
      'For sales trainers',
    ]);
    expect(await page.getByTestId('privacy').textContent()).toMatch(/^Nothing leaves your browser: .+\.$/);
    expect(await page.getByRole('link', { name: 'Open the trainer' }).getAttribute('href')).toMatch(
      /^chrome-extension:\/\/[a-p]{32}\/src\/ui\/trainer\/index\.html$/,
    );
    // Chrome stops an idle worker and starts it again for the next event: that is no install, no second page.
    await stopServiceWorker(session, page);
    const options = await openExtensionPage(session, 'options');
    await options.locator('h1').waitFor();
    await expect.poll(() => session.context.serviceWorkers().length).toBeGreaterThan(0);
    expect(welcomePages(session)).toEqual([page]);
    await options.close();
  }, 60_000);

  it('speaks the language already chosen in Selge (settings synced from another computer), not the browser’s', async () => {
    await setSettings(session, { uiLanguage: 'nl' });
    const page = await openExtensionPage(session, 'welcome');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Welkom bij Selge');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('link', { name: 'Open de trainer' }).count()).toBe(1);
    await setSettings(session, { uiLanguage: 'auto' });
    await page.close();
  });
});
