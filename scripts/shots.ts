// `npx tsx scripts/shots.ts [NAME_FILTER]`: screenshots of Selge's views at 240 px, 360 px and 200% zoom of a
// 1080p screen (960x540 CSS px), light and dark, English and Dutch, from the built extension (npm run build),
// with LinkedIn answered from the fixtures as in the e2e tests. PNGs go to artifacts/shots; each line printed
// says whether the view scrolls sideways and what sticks out.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, openLinkedIn, tabIdOf } from '../tests/e2e/harness';
import { INBOX_ROWS, inboxHtml } from '../tests/e2e/inbox';
import { setSettings } from '../tests/e2e/settings';
import { sidewaysOverflow } from '../tests/e2e/widths';

const OUT = resolve(import.meta.dirname, '../artifacts/shots');
mkdirSync(OUT, { recursive: true });
const filter = process.argv[2] ?? '';

const SIZES = [
  { name: '240', width: 240, height: 600 },
  { name: '360', width: 360, height: 600 },
  { name: 'zoom200', width: 960, height: 540 },
] as const;

const session = await launchWithExtension();
try {
  session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  const linkedIn = await openLinkedIn(session, '/messaging/thread/2-sanne/');
  const tabId = await tabIdOf(session, linkedIn);
  // The "Add a note" dialog (openers to insert) and the inbox with its conversation list, each in a tab of its own.
  session.routes.set('/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
  const noteTab = await tabIdOf(session, await openLinkedIn(session, '/in/sanne-verbeek/'));
  session.routes.set('/mynetwork/invitation-manager/', 'linkedin/invitations-received-classic.html');
  const invitationsTab = await tabIdOf(
    session,
    await openLinkedIn(session, '/mynetwork/invitation-manager/'),
  );
  session.routes.set('/messaging/', { html: inboxHtml(INBOX_ROWS) });
  const inboxTab = await tabIdOf(session, await openLinkedIn(session, '/messaging/'));
  const views: { name: string; open: () => Promise<Page>; ready: (page: Page) => Promise<void> }[] = [
    ...(['popup', 'sidepanel'] as const).map((view) => ({
      name: view,
      open: () => openExtensionPage(session, view, `?tab=${tabId}`),
      ready: async (page: Page) =>
        void (await page.locator('[data-testid="pitches-first"]').first().waitFor()),
    })),
    {
      name: 'popup-note',
      open: () => openExtensionPage(session, 'popup', `?tab=${noteTab}`),
      ready: async (page: Page) => void (await page.locator('.openers').first().waitFor()),
    },
    {
      name: 'popup-invitations',
      open: () => openExtensionPage(session, 'popup', `?tab=${invitationsTab}`),
      ready: async (page: Page) => void (await page.locator('.studio').waitFor()),
    },
    {
      name: 'popup-inbox',
      open: () => openExtensionPage(session, 'popup', `?tab=${inboxTab}`),
      ready: async (page: Page) => void (await page.getByTestId('conversation-list').waitFor()),
    },
    {
      name: 'welcome',
      open: () => openExtensionPage(session, 'welcome'),
      ready: async (page: Page) => void (await page.locator('h1').first().waitFor()),
    },
    {
      name: 'options',
      open: () => openExtensionPage(session, 'options'),
      ready: async (page: Page) => void (await page.locator('h2').first().waitFor()),
    },
    ...(['pairs', 'quiz'] as const).flatMap((mode) =>
      [false, true].map((presenter) => ({
        name: `trainer-${mode}${presenter ? '-presenter' : ''}`,
        open: () => openExtensionPage(session, 'trainer', `#${mode}`),
        ready: async (page: Page) => {
          await page
            .locator(mode === 'pairs' ? '[data-testid="pair"]' : '[data-testid="quiz"]')
            .first()
            .waitFor();
          if (presenter) {
            await page.locator('.trainer-controls input[type="checkbox"]').first().check();
            await page.locator('[data-presenter="on"]').waitFor();
          }
        },
      })),
    ),
  ];
  for (const lang of ['en', 'nl'] as const) {
    await setSettings(session, { uiLanguage: lang });
    for (const view of views) {
      for (const size of SIZES) {
        for (const scheme of ['light', 'dark'] as const) {
          const name = `${view.name}-${size.name}-${lang}-${scheme}`;
          if (!name.includes(filter)) continue;
          const page = await view.open();
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.emulateMedia({ colorScheme: scheme });
          await view.ready(page);
          await page.waitForTimeout(300);
          const overflow = await page.evaluate(sidewaysOverflow);
          await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: size.name !== 'zoom200' });
          // The first screens of a long view, each as tall as the window: what the person sees as they scroll.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < height && n <= 3; y += size.height, n++)
            await page.screenshot({
              path: `${OUT}/${name}-screen${n}.png`,
              fullPage: true,
              clip: { x: 0, y, width: size.width, height: Math.min(size.height, height - y) },
            });
          console.log(`${name}: scrolls sideways by ${overflow.scrollsBy}px ${overflow.outside.join(' | ')}`);
          await page.close();
        }
      }
    }
  }
} finally {
  await session.close();
}
