// `npm run shots:firefox [-- NAME_FILTER]`: screenshots of Selge's views in Firefox (dist/firefox, npm run
// build), as scripts/shots.ts takes them in Chromium: the popup and the sidebar page about a LinkedIn thread
// with pitches at 360 and 240 px, the popup on the invitation manager, and the options, trainer (each mode) and
// welcome pages at a desktop width; light and dark, English and Dutch. LinkedIn is answered from the fixtures
// as in the e2e tests. PNGs go to artifacts/shots-firefox; each line printed says whether the view scrolls
// sideways, what sticks out and which select shows its label cut.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  launchFirefox,
  openExtensionPage,
  openLinkedIn,
  setColorScheme,
  tabIdOf,
  until,
  type ExtensionPage,
} from '../tests/e2e/firefox-harness';
import { selectLabelsCut, sidewaysOverflow } from '../tests/e2e/widths';
import { DEFAULT_SETTINGS } from '../src/shared/settings';

const OUT = resolve(import.meta.dirname, '../artifacts/shots-firefox');
mkdirSync(OUT, { recursive: true });
const filter = process.argv[2] ?? '';

const NARROW = [
  { name: '360', width: 360, height: 600 },
  { name: '240', width: 240, height: 600 },
] as const;
const DESKTOP = [{ name: 'desktop', width: 1280, height: 800 }] as const;

interface View {
  name: string;
  page: ExtensionPage;
  query?: string;
  sizes: readonly { name: string; width: number; height: number }[];
  /** An element that is there once the view has drawn what it is about. */
  ready: string;
}

const session = await launchFirefox();
try {
  session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  const threadTab = await tabIdOf(session, await openLinkedIn(session, '/messaging/thread/2-sanne/'));
  session.routes.set('/mynetwork/invitation-manager/', 'linkedin/invitations-received-classic.html');
  const invitationsTab = await tabIdOf(
    session,
    await openLinkedIn(session, '/mynetwork/invitation-manager/'),
  );
  const views: View[] = [
    ...(['popup', 'sidepanel'] as const).map((page) => ({
      name: page,
      page,
      query: `?tab=${threadTab}`,
      sizes: NARROW,
      ready: '[data-testid="pitches-first"] .badge',
    })),
    {
      name: 'popup-invitations',
      page: 'popup',
      query: `?tab=${invitationsTab}`,
      sizes: NARROW,
      ready: '.studio',
    },
    { name: 'options', page: 'options', sizes: DESKTOP, ready: 'h2#stats' },
    {
      name: 'trainer-pairs',
      page: 'trainer',
      query: '#pairs',
      sizes: DESKTOP,
      ready: '[data-testid="pair"]',
    },
    {
      name: 'trainer-live',
      page: 'trainer',
      query: '#live',
      sizes: DESKTOP,
      ready: '[data-testid="live-result"]',
    },
    { name: 'trainer-quiz', page: 'trainer', query: '#quiz', sizes: DESKTOP, ready: '[data-testid="quiz"]' },
    {
      name: 'trainer-deck',
      page: 'trainer',
      query: '#deck',
      sizes: DESKTOP,
      ready: '[data-testid="deck-pairs"] li',
    },
    { name: 'welcome', page: 'welcome', sizes: DESKTOP, ready: 'h2' },
  ];

  for (const lang of ['en', 'nl'] as const) {
    // As the options page stores the settings, so only the language changes.
    await session.control.evaluate(
      async (uiLanguage, defaults) => {
        const { settings } = await browser.storage.sync.get('settings');
        await browser.storage.sync.set({ settings: { ...(settings ?? defaults), uiLanguage } });
      },
      lang,
      DEFAULT_SETTINGS,
    );
    for (const scheme of ['light', 'dark'] as const) {
      await setColorScheme(session, scheme);
      for (const view of views) {
        for (const size of view.sizes) {
          const name = `${view.name}-${size.name}-${lang}-${scheme}`;
          if (!name.includes(filter)) continue;
          const page: Page = await openExtensionPage(session, view.page, view.query);
          await page.setViewport({ width: size.width, height: size.height });
          await until(() =>
            page.evaluate(
              (wanted, selector, colors) =>
                document.documentElement.lang === wanted &&
                document.querySelector(selector) !== null &&
                matchMedia(`(prefers-color-scheme: ${colors})`).matches,
              lang,
              view.ready,
              scheme,
            ),
          );
          await new Promise((done) => setTimeout(done, 300));
          const overflow = await page.evaluate(sidewaysOverflow);
          const cut = await page.evaluate(selectLabelsCut);
          await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
          // The first screens of a long view, each as tall as the window: what the person sees as they scroll.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < height && n <= 8; y += size.height, n++)
            await page.screenshot({
              path: `${OUT}/${name}-screen${n}.png`,
              captureBeyondViewport: true,
              clip: { x: 0, y, width: size.width, height: Math.min(size.height, height - y) },
            });
          console.log(
            `${name}: scrolls sideways by ${overflow.scrollsBy}px ${overflow.outside.join(' | ')}` +
              (cut.length ? ` selects cut: ${cut.join(' ')}` : ''),
          );
          await page.close();
        }
      }
    }
  }
} finally {
  await session.close();
}
