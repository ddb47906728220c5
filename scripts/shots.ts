// `npx tsx scripts/shots.ts [NAME_FILTER]`: screenshots of Selge's views at 240 px, 360 px and 200% zoom of a
// 1080p screen (960x540 CSS px), light and dark, English and Dutch, from the built extension (npm run build),
// with LinkedIn answered from the fixtures as in the e2e tests. PNGs go to artifacts/shots; each line printed
// says whether the view scrolls sideways and what sticks out.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  shadowBoxes,
  tabIdOf,
  type ExtensionSession,
} from '../tests/e2e/harness';
import { INBOX_ROWS, inboxHtml } from '../tests/e2e/inbox';
import { firstMark, SLOW_PITCH } from '../tests/e2e/scenarios';
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
  await pageShots(session);
} finally {
  await session.close();
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What Selge draws inside LinkedIn's own pages (marks, list marks, invitation marks, the draft indicator and its
 * findings), each in the states a person meets, clipped to the region around it so it can be read. Drawn at a
 * device scale of 2: at 1280x800 that is a sharp desktop; at 960x540 it is a 1080p screen at 200% zoom.
 */
async function pageShots(session: ExtensionSession): Promise<void> {
  const PAGE_SIZES = [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'zoom200', width: 960, height: 540 },
  ] as const;
  session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  session.routes.set('/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
  session.routes.set('/mynetwork/invitation-manager/', 'linkedin/invitations-received-classic.html');
  session.routes.set('/messaging/', { html: inboxHtml(INBOX_ROWS) });
  // LinkedIn in its dark mode (and, shot with the system light, the two out of step): the marks take the page's colours.
  session.routes.set('/messaging/thread/dark-page/', {
    html: readFileSync(
      resolve(import.meta.dirname, '../tests/fixtures/linkedin/messaging-thread.html'),
      'utf8',
    ).replace(
      '</head>',
      '<style>body { background: #1b1f23; color: #e9e9e9; } a { color: #71b7fb; }</style></head>',
    ),
  });
  /** The first mark's box and the box of what it belongs to (`around`: its message, row or card). */
  const markRegion = (around: string) => (page: Page) =>
    page.evaluate((selector) => {
      const mark = document.querySelector('selge-mark');
      if (!mark) return null;
      mark.scrollIntoView({ block: 'center' });
      const owner = mark.closest(selector) ?? mark.parentElement ?? mark;
      const a = mark.getBoundingClientRect();
      const b = owner.getBoundingClientRect();
      // A few lines of what it belongs to, not the whole of a long message or list.
      return {
        left: Math.min(a.left, b.left),
        top: Math.max(Math.min(a.top, b.top), a.top - 120),
        right: Math.max(a.right, Math.min(b.right, a.left + 720)),
        bottom: Math.min(Math.max(a.bottom, b.bottom), a.bottom + 60),
      };
    }, around);
  const openMark = async (page: Page, tabs = 0) => {
    const box = await page.evaluate(firstMark);
    if (!box) throw new Error('no mark');
    await page.mouse.click(box.x, box.y);
    for (let tab = 0; tab < tabs; tab++) await page.keyboard.press('Tab');
  };
  const waitForMark = (page: Page) => page.locator('selge-mark').first().waitFor();
  /** The field and the indicator (pill, and the findings when open) together. */
  const indicatorRegion = (field: string) => async (page: Page) => {
    const parts: (Box | null)[] = [
      ...(await shadowBoxes(page, 'SELGE-DRAFT', 'pill')),
      ...(await shadowBoxes(page, 'SELGE-DRAFT', 'panel')),
      await page.locator(field).evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      }),
    ];
    const boxes = parts.filter((box): box is Box => box !== null && box.right > box.left);
    return {
      left: Math.min(...boxes.map((box) => box.left)),
      top: Math.min(...boxes.map((box) => box.top)),
      right: Math.max(...boxes.map((box) => box.right)),
      bottom: Math.max(...boxes.map((box) => box.bottom)),
    };
  };
  const typePitch = (field: string) => async (page: Page) => {
    await page.locator(field).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(SLOW_PITCH, { delay: 20 });
    await page.waitForTimeout(600);
    await page.waitForFunction(() => document.querySelector('selge-draft')?.getBoundingClientRect().width);
  };
  const openIndicator = async (page: Page) => {
    const box = await page.evaluate(() => {
      const rect = document.querySelector('selge-draft')?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    if (!box) throw new Error('no indicator');
    await page.mouse.click(box.x, box.y);
  };
  const THREAD = '/messaging/thread/2-sanne/';
  const MESSAGE = '.msg-s-event-listitem, li';
  const COMPOSE = '.msg-form__contenteditable';
  const NOTE = 'textarea[name="message"]';
  const pageViews: {
    name: string;
    path: string;
    settings: Record<string, unknown>;
    act: (page: Page) => Promise<void>;
    region: (page: Page) => Promise<Box | null>;
    after?: (page: Page) => Promise<void>;
  }[] = [
    {
      name: 'mark',
      path: THREAD,
      settings: { pageMarks: true },
      act: waitForMark,
      region: markRegion(MESSAGE),
    },
    {
      name: 'mark-darkpage',
      path: '/messaging/thread/dark-page/',
      settings: { pageMarks: true },
      act: waitForMark,
      region: markRegion(MESSAGE),
    },
    {
      name: 'mark-open',
      path: THREAD,
      settings: { pageMarks: true },
      act: async (page) => {
        await waitForMark(page);
        await openMark(page, 1);
      },
      region: markRegion(MESSAGE),
    },
    {
      // Escape closes the buttons and gives the keyboard back to the pill: its focus ring.
      name: 'mark-focus',
      path: THREAD,
      settings: { pageMarks: true },
      act: async (page) => {
        await waitForMark(page);
        await openMark(page, 1);
        await page.keyboard.press('Escape');
      },
      region: markRegion(MESSAGE),
    },
    {
      name: 'mark-corrected',
      path: THREAD,
      settings: { pageMarks: true },
      act: async (page) => {
        await waitForMark(page);
        await openMark(page, 1);
        await page.keyboard.press('Enter');
        await page.waitForTimeout(800);
      },
      region: markRegion(MESSAGE),
      // The redrawn mark holds the focus on its Undo: pressed, the next view starts from the pitch again.
      after: async (page) => {
        await page.keyboard.press('Enter');
        await page.waitForTimeout(800);
      },
    },
    {
      name: 'mark-failed',
      path: THREAD,
      settings: { pageMarks: true },
      act: async (page) => {
        await waitForMark(page);
        await session.serviceWorker.evaluate(() => {
          const local = chrome.storage.local as unknown as { set: unknown; realSet?: unknown };
          local.realSet = local.set;
          local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
        });
        await openMark(page, 1);
        await page.keyboard.press('Enter');
        await page.waitForTimeout(800);
      },
      region: markRegion(MESSAGE),
      after: () =>
        session.serviceWorker.evaluate(() => {
          const local = chrome.storage.local as unknown as { set: unknown; realSet?: unknown };
          local.set = local.realSet;
        }),
    },
    {
      name: 'listmark',
      path: '/messaging/',
      settings: { pageMarks: true, listMarks: true },
      act: waitForMark,
      region: markRegion('li'),
    },
    {
      // LinkedIn's list is about 350 px wide beside the conversation: a row's text column has some 250 px.
      name: 'listmark-narrow',
      path: '/messaging/',
      settings: { pageMarks: true, listMarks: true },
      act: async (page) => {
        await page.addStyleTag({ content: 'li { max-width: 260px; }' });
        await waitForMark(page);
      },
      region: markRegion('li'),
    },
    {
      name: 'listmark-open',
      path: '/messaging/',
      settings: { pageMarks: true, listMarks: true },
      act: async (page) => {
        await waitForMark(page);
        await openMark(page, 1);
      },
      region: markRegion('li'),
    },
    {
      name: 'invitationmark-open',
      path: '/mynetwork/invitation-manager/',
      settings: { pageMarks: true },
      act: async (page) => {
        await waitForMark(page);
        await openMark(page, 1);
      },
      region: markRegion('li.invitation-card, [data-view-name="pending-invitation"]'),
    },
    {
      name: 'indicator-thread',
      path: THREAD,
      settings: {},
      act: typePitch(COMPOSE),
      region: indicatorRegion(COMPOSE),
    },
    {
      // Alt+F10 from the draft: the pill's focus ring.
      name: 'indicator-thread-focus',
      path: THREAD,
      settings: {},
      act: async (page) => {
        await typePitch(COMPOSE)(page);
        await page.keyboard.press('Alt+F10');
      },
      region: indicatorRegion(COMPOSE),
    },
    {
      name: 'indicator-thread-open',
      path: THREAD,
      settings: {},
      act: async (page) => {
        await typePitch(COMPOSE)(page);
        await openIndicator(page);
      },
      region: indicatorRegion(COMPOSE),
    },
    {
      name: 'indicator-note',
      path: '/in/sanne-verbeek/',
      settings: {},
      act: typePitch(NOTE),
      region: indicatorRegion(NOTE),
    },
    {
      name: 'indicator-note-open',
      path: '/in/sanne-verbeek/',
      settings: {},
      act: async (page) => {
        await typePitch(NOTE)(page);
        await openIndicator(page);
      },
      region: indicatorRegion(NOTE),
    },
  ];
  for (const lang of ['en', 'nl'] as const) {
    for (const view of pageViews) {
      for (const size of PAGE_SIZES) {
        for (const scheme of ['light', 'dark'] as const) {
          const name = `page-${view.name}-${size.name}-${lang}-${scheme}`;
          if (!name.includes(filter)) continue;
          await setSettings(session, {
            pageMarks: false,
            listMarks: false,
            ...view.settings,
            uiLanguage: lang,
          });
          const page = await openLinkedIn(session, view.path);
          try {
            await page.setViewportSize({ width: size.width, height: size.height });
            const cdp = await page.context().newCDPSession(page);
            await cdp.send('Emulation.setDeviceMetricsOverride', {
              width: size.width,
              height: size.height,
              deviceScaleFactor: 2,
              mobile: false,
            });
            await page.emulateMedia({ colorScheme: scheme });
            await page.bringToFront();
            await view.act(page);
            await page.waitForTimeout(300);
            const box = await view.region(page);
            if (!box) throw new Error(`${name}: nothing to show`);
            const pad = 24;
            const left = Math.max(0, Math.floor(box.left - pad));
            const top = Math.max(0, Math.floor(box.top - pad));
            const clip = {
              x: left,
              y: top,
              width: Math.min(size.width, Math.ceil(box.right + pad)) - left,
              height: Math.min(size.height, Math.ceil(box.bottom + pad)) - top,
            };
            await page.screenshot({ path: `${OUT}/${name}.png`, clip });
            console.log(`${name}: ${clip.width}x${clip.height} at ${clip.x},${clip.y}`);
            await view.after?.(page);
          } catch (error) {
            console.log(`${name}: FAILED ${String(error)}`);
          } finally {
            await page.close();
          }
        }
      }
    }
  }
}
