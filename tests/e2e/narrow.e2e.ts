// Issue 21, items 3, 4 and 6 in Chromium: every view from 240 px up, the popup opening on the pitches, and the
// trainer in a room (200% zoom on a 1080p projector: 960x540 CSS px), answered with a clicker.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { setSettings } from './settings';
import { selectLabelsCut, sidewaysOverflow } from './widths';

type View = 'popup' | 'sidepanel' | 'options' | 'trainer';
/** The LinkedIn tabs a view can be opened on: a conversation, the received invitations. */
interface Tabs {
  thread: number;
  invitations: number;
}

/** What each view shows once it is read: the thread's pitches, the options' sections, the trainer's mode. */
const VIEWS: {
  name: string;
  view: View;
  query: (tabs: Tabs) => string;
  ready: string;
  /** What the person does first, in any language (the deck's form is closed until they add a pair). */
  then?: (page: Page) => Promise<void>;
}[] = [
  {
    name: 'popup',
    view: 'popup',
    query: (tabs) => `?tab=${tabs.thread}`,
    ready: '[data-testid="pitches-first"] article',
  },
  {
    name: 'side panel',
    view: 'sidepanel',
    query: (tabs) => `?tab=${tabs.thread}`,
    ready: '[data-testid="pitches-first"] article',
  },
  // The reply studio chooses among the invitations by a <select>: its chosen label must be whole.
  {
    name: 'popup on invitations',
    view: 'popup',
    query: (tabs) => `?tab=${tabs.invitations}`,
    ready: '#reply-message',
  },
  { name: 'options', view: 'options', query: () => '', ready: 'h2#stats' },
  {
    name: 'trainer pairs',
    view: 'trainer',
    query: () => '#pairs',
    ready: '[data-testid="pair"] article .badge',
  },
  {
    name: 'trainer live editor',
    view: 'trainer',
    query: () => '#live',
    ready: '[data-testid="live-result"] .badge',
  },
  { name: 'trainer quiz', view: 'trainer', query: () => '#quiz', ready: '[data-testid="quiz-text"]' },
  { name: 'trainer deck', view: 'trainer', query: () => '#deck', ready: 'main form, main .deck-list' },
  {
    name: 'trainer deck, a pair being added',
    view: 'trainer',
    query: () => '#deck',
    ready: 'main .deck-list',
    then: async (page) => {
      await page.locator('section[aria-labelledby="deck-pairs"] > .row > button').click();
      await page.locator('form.deck-form').waitFor();
    },
  },
];

/** Verdict badges that are cut off or pushed out of a view this wide. */
function badgesOutside(page: Page, width: number): Promise<string[]> {
  return page.locator('.badge').evaluateAll(
    (badges, right) =>
      badges
        .filter((badge) => {
          const box = badge.getBoundingClientRect();
          return (
            box.width > 0 &&
            (box.left < 0 || box.right > right + 0.5 || badge.scrollWidth > badge.clientWidth + 1)
          );
        })
        .map((badge) => badge.textContent ?? ''),
    width,
  );
}

describe('views in a narrow window', () => {
  let session: ExtensionSession;
  let tabId: number;
  let tabs: Tabs;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    tabId = await tabIdOf(session, await openLinkedIn(session, '/messaging/thread/2-sanne/'));
    session.routes.set('/mynetwork/invitation-manager/', 'linkedin/invitations-received-classic.html');
    const invitations = await tabIdOf(session, await openLinkedIn(session, '/mynetwork/invitation-manager/'));
    tabs = { thread: tabId, invitations };
  });
  afterAll(async () => {
    await setSettings(session, { uiLanguage: 'en' });
    await session?.close();
  });

  for (const lang of ['en', 'nl'] as const) {
    it(
      `nothing scrolls sideways, every badge and chosen label is whole at 240 and 360 px, light and dark (${lang})`,
      { timeout: 240_000 },
      async () => {
        await setSettings(session, { uiLanguage: lang });
        const problems: string[] = [];
        for (const { name, view, query, ready, then } of VIEWS) {
          for (const width of [240, 360]) {
            const page = await openExtensionPage(session, view, query(tabs));
            await page.setViewportSize({ width, height: 700 });
            await page.locator(ready).first().waitFor();
            await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
            await then?.(page);
            for (const colorScheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme });
              const overflow = await page.evaluate(sidewaysOverflow);
              if (overflow.scrollsBy > 0)
                problems.push(`${name} ${width}px ${colorScheme}: ${overflow.outside.join(' | ')}`);
              const cut = await badgesOutside(page, width);
              if (cut.length > 0)
                problems.push(`${name} ${width}px ${colorScheme}: badges cut: ${cut.join(', ')}`);
              const labels = await page.evaluate(selectLabelsCut);
              if (labels.length > 0)
                problems.push(`${name} ${width}px ${colorScheme}: select labels cut: ${labels.join(', ')}`);
            }
            await page.close();
          }
        }
        expect(problems).toEqual([]);
      },
    );
  }

  it('the popup opens on the pitches and the draft, the reply studio one step away, older messages folded', async () => {
    await setSettings(session, { uiLanguage: 'en' });
    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await popup.setViewportSize({ width: 440, height: 600 });
    const firstPitch = popup.locator('[data-testid="pitches-first"] article[data-verdict="pitch"]').first();
    await firstPitch.waitFor();
    // In the first screen: the user's draft (they are typing) and the first pitch's badge.
    const draft = await popup.getByTestId('draft').boundingBox();
    expect(draft!.y).toBeLessThan(600);
    const badge = await firstPitch.locator('.badge').boundingBox();
    expect(badge!.y + badge!.height).toBeLessThan(600);
    // Every incoming pitch is in view, not behind the fold; the older messages are folded, with their count.
    const older = popup.getByTestId('older-messages');
    expect(await older.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await older.locator(':scope > summary').textContent()).toMatch(/^\d+ other messages$/);
    expect(await older.locator('article').count()).toBeGreaterThan(0);
    const visiblePitches = await popup
      .locator('[data-testid="pitches-first"] article[data-verdict="pitch"]')
      .count();
    expect(visiblePitches).toBeGreaterThanOrEqual(2);

    const jump = popup.getByTestId('to-studio');
    const jumpBox = await jump.boundingBox();
    expect(jumpBox!.y + jumpBox!.height).toBeLessThan(600);
    await jump.click();
    await expect
      .poll(async () => {
        const studio = await popup.getByRole('heading', { name: 'Reply studio' }).boundingBox();
        return studio !== null && studio.y >= 0 && studio.y < 600;
      })
      .toBe(true);
    await popup.close();
  });
});

describe('the trainer at 200% zoom on a 1080p projector', () => {
  let session: ExtensionSession;
  const screen = { width: 960, height: 540 };
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => session?.close());

  async function presenting(hash: string): Promise<Page> {
    const trainer = await openExtensionPage(session, 'trainer', hash);
    await trainer.setViewportSize(screen);
    await trainer.getByLabel('Presenter mode').check();
    await trainer.locator('[data-presenter="on"]').waitFor();
    return trainer;
  }

  /** Whether an element is wholly on the screen, with nothing to scroll to reach it. */
  async function onScreen(page: Page, selector: string): Promise<boolean> {
    const boxes = await page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { top: box.top, left: box.left, bottom: box.bottom, right: box.right };
      }),
    );
    return (
      boxes.length > 0 &&
      boxes.every(
        (box) => box.top >= 0 && box.left >= 0 && box.bottom <= screen.height && box.right <= screen.width,
      )
    );
  }

  it('shows one pair per screen, both cards whole, side by side', async () => {
    const trainer = await presenting('#pairs');
    for (let pair = 1; pair <= 12; pair++) {
      await expect.poll(() => trainer.getByTestId('slide-count').textContent()).toBe(`Pair ${pair} of 12`);
      expect(
        await trainer.evaluate(() => document.documentElement.scrollHeight),
        `pair ${pair}`,
      ).toBeLessThanOrEqual(screen.height);
      expect(await onScreen(trainer, '[data-testid="pair"] article'), `pair ${pair}`).toBe(true);
      const [bad, good] = await trainer.locator('[data-testid="pair"] article').all();
      expect((await bad!.boundingBox())!.y).toBe((await good!.boundingBox())!.y);
      await trainer.keyboard.press('PageDown');
    }
    await trainer.close();
  });

  it('shows one quiz message per screen, answered with a clicker, the way on in view after the reveal', async () => {
    const trainer = await presenting('#quiz');
    const count = trainer.locator('#quiz-count');
    for (let message = 1; message <= 16; message++) {
      await expect.poll(() => count.textContent()).toMatch(new RegExp(`Message ${message} of 16$`));
      expect(
        await trainer.evaluate(() => document.documentElement.scrollHeight),
        `message ${message}`,
      ).toBeLessThanOrEqual(screen.height);
      expect(
        await onScreen(trainer, '[data-testid="quiz-text"], .quiz-answers button'),
        `message ${message}`,
      ).toBe(true);
      // The clicker: PageUp says "a pitch" on odd messages, PageDown "not a pitch" on even ones.
      await trainer.keyboard.press(message % 2 ? 'PageUp' : 'PageDown');
      const reveal = trainer.getByTestId('quiz-reveal');
      await reveal.waitFor();
      expect(await reveal.getByRole('status').textContent()).toContain(
        message % 2 ? '“Pitch”' : '“Not a pitch”',
      );
      expect(
        await onScreen(
          trainer,
          '[data-testid="quiz-reveal"] .slide-bar button, [data-testid="quiz-reveal"] .badge',
        ),
      ).toBe(true);
      await trainer.keyboard.press('PageDown');
    }
    await expect.poll(() => trainer.getByTestId('quiz-score').textContent()).toMatch(/of 16 right$/);
    await trainer.close();
  });

  it('leaving full screen (Escape) leaves presenter mode too, and the page is as before', async () => {
    const trainer = await presenting('#pairs');
    await expect.poll(() => trainer.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    // What Escape does in a browser: full screen ends, the page is told only by a fullscreenchange event.
    await trainer.evaluate(() => document.exitFullscreen());
    await expect.poll(() => trainer.locator('main').getAttribute('data-presenter')).toBe('off');
    expect(await trainer.getByLabel('Presenter mode').isChecked()).toBe(false);
    await expect.poll(() => trainer.getByTestId('pair').count()).toBe(12);
    expect(await trainer.locator('h1').isVisible()).toBe(true);
    // And back in: full screen again, presenter mode on.
    await trainer.getByLabel('Presenter mode').check();
    await expect.poll(() => trainer.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect.poll(() => trainer.getByTestId('pair').count()).toBe(1);
    await trainer.close();
  });
});
