import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '../../src/shared/page-context';
import type { InsertReply } from '../../src/shared/protocol';
import { chromiumDriver, launchWithExtension } from './harness';
import { threadWith } from './variants';
import { INBOX_PITCHES, INBOX_ROWS, inboxHtml } from './inbox';
import { expectLongInbox, expectTriage } from './inbox-expect';
import { expectIndicatorRun } from './indicator-expect';
import {
  EXTENSION_ORIGIN,
  askTab,
  badgeOf,
  firefoxDriver,
  launchFirefox,
  openExtensionPage,
  openLinkedIn,
  openSidebar,
  sidebarText,
  tabIdOf,
  until,
  untilSelgeRuns,
  type FirefoxSession,
} from './firefox-harness';
import {
  FIXTURE_PAGES,
  HOSTILE_MESSAGES,
  readFixture,
  readLongInbox,
  readLongThread,
  route,
  triageInbox,
  shownText,
  typeInLongThread,
  typeWithIndicator,
  indicatorByKeyboard,
  SLOW_PITCH,
  indicatorFollowsSetting,
  type Driver,
  type FixtureFigures,
} from './scenarios';

const ROOT = resolve(import.meta.dirname, '../..');
type ThreadContext = Extract<PageContext, { surface: 'thread' }>;

describe('the add-on in a real Firefox', () => {
  let session: FirefoxSession;
  let driver: Driver;
  const inChromium = new Map<string, FixtureFigures>();

  beforeAll(async () => {
    // What Chromium reads on every fixture, to compare with; one browser at a time on a 2-core machine.
    const chromium = await launchWithExtension();
    try {
      for (const [path, file] of FIXTURE_PAGES)
        inChromium.set(path, await readFixture(chromiumDriver(chromium), path, file));
    } finally {
      await chromium.close();
    }
    session = await launchFirefox();
    driver = firefoxDriver(session);
  }, 180_000);
  afterAll(async () => session?.close());

  // How long Selge's tasks take is a figure of the machine as much as of Selge: `npm run bench` prints the
  // longest task beside its 50 ms budget for every case below, in both browsers. The tests assert what a
  // user sees, which a busy machine does not change (issue 19: 92 and 102 ms on a loaded 2-core machine).
  it('reads every LinkedIn fixture to the same page context as Chromium', async () => {
    for (const [path, file] of FIXTURE_PAGES) {
      const firefox = await readFixture(driver, path, file);
      expect(firefox.context, file).toEqual(inChromium.get(path)?.context);
    }
  });

  it('counts pitches on the badge, and the popup shows them and inserts a reply without sending', async () => {
    route(driver, '/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const tabId = await tabIdOf(session, page);
    await until(async () => (await badgeOf(session, tabId)).text === '2');
    expect((await badgeOf(session, tabId)).title).toContain('2 pitches');

    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await popup.waitForSelector('article[data-verdict="pitch"]');
    expect(await popup.$$eval('article[data-verdict="pitch"]', (cards) => cards.length)).toBe(2);
    expect(await popup.$eval('h2', (heading) => heading.textContent)).toContain('Sanne Verbeek');
    expect(
      await popup.$eval('article[data-verdict="pitch"] li.finding', (finding) => finding.textContent),
    ).toMatch(/Why it hurts:.*Instead:/s);

    await popup.click('button[data-intent="humour"]');
    const reply = (await popup.$eval('[data-testid="reply-text"]', (node) => node.textContent ?? '')).trim();
    expect(reply).toMatch(/Sanne/);
    const clickButton = (name: string) =>
      popup.evaluate((label) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
        button?.click();
        return Boolean(button);
      }, name);
    expect(await clickButton('Insert into LinkedIn')).toBe(true);
    await until(() =>
      popup.evaluate(() => document.body.textContent?.includes('There is already a draft') ?? false),
    );
    expect(await clickButton('Replace the draft')).toBe(true);
    await until(() => popup.evaluate(() => /Inserted\. Read it over/.test(document.body.textContent ?? '')));
    expect(
      await page.$eval('.msg-form__contenteditable', (box) => (box as HTMLElement).innerText.trim()),
    ).toBe(reply);
    // LinkedIn's Send button woke up, and nobody pressed it: the draft is still there.
    expect(
      await page.$eval('button.msg-form__send-button', (button) => (button as HTMLButtonElement).disabled),
    ).toBe(false);
    await popup.close();
    await page.close();
  });

  it('shows the verdicts in Firefox’s sidebar and follows the draft as the user types', async () => {
    route(driver, '/messaging/thread/2-pieter/', 'linkedin/messaging-thread-new.html');
    route(driver, '/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    await page.bringToFront();
    await openSidebar(session);
    await until(async () => /Conversation with Sanne Verbeek/.test((await sidebarText(session)) ?? ''));
    expect(await sidebarText(session)).toMatch(/12 messages · 2 pitch/);

    await page.goto('https://www.linkedin.com/messaging/thread/2-pieter/');
    await untilSelgeRuns(session, page);
    await until(async () => /Conversation with Pieter Jansen/.test((await sidebarText(session)) ?? ''));
    await page.click('.msg-form__contenteditable');
    await page.keyboard.type('Hoi Pieter, heb je 15 minuutjes voor een korte call?', { delay: 20 });
    await until(async () =>
      ((await sidebarText(session)) ?? '').includes('Hoi Pieter, heb je 15 minuutjes voor een korte call?'),
    );
    await page.close();
  });

  it('reads invitations and the connection note, and inserts a note', async () => {
    route(driver, '/mynetwork/invitation-manager/', 'linkedin/invitations-received-classic.html');
    const invitations = await openLinkedIn(session, '/mynetwork/invitation-manager/');
    const invitationsTab = await tabIdOf(session, invitations);
    await until(async () => (await badgeOf(session, invitationsTab)).text === '1');
    await invitations.close();

    route(driver, '/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const tabId = await tabIdOf(session, page);
    await page.type(
      'textarea[name="message"]',
      'Hi Sanne, we help logistics teams grow 3x. Quick call this week?',
    );
    await until(
      async () =>
        (
          await askTab<Extract<PageContext, { surface: 'connect-note' }>>(session, tabId, {
            type: 'selge:get-page-context',
          })
        ).verdict?.verdict === 'pitch',
    );
    const replaced = await askTab<InsertReply>(session, tabId, {
      type: 'selge:insert-text',
      text: 'Hi Sanne, I loved your talk on returns.',
      mode: 'replace',
      // The draft the user was shown and agreed to replace.
      replacing: 'Hi Sanne, we help logistics teams grow 3x. Quick call this week?',
    });
    expect(replaced).toEqual({ ok: true, target: 'connect-note' });
    expect(
      await page.$eval('textarea[name="message"]', (field) => (field as HTMLTextAreaElement).value),
    ).toBe('Hi Sanne, I loved your talk on returns.');
    await page.close();
  });

  it('the options page keeps a setting, and the trainer scores live', async () => {
    const options = await openExtensionPage(session, 'options');
    await options.click('input[name="strictness"][value="strict"]');
    await until(() =>
      session.control.evaluate(async () => {
        const { settings } = await browser.storage.sync.get('settings');
        return (settings as { strictness?: string } | undefined)?.strictness === 'strict';
      }),
    );
    await options.click('input[name="strictness"][value="normal"]');
    await options.close();

    const trainer = await openExtensionPage(session, 'trainer');
    await trainer.waitForSelector('[data-testid="pair"] article[data-verdict="pitch"]');
    // The live editor is a mode of its own: switch to it as a trainer would.
    await trainer.click('[data-testid="mode-live"]');
    await trainer.waitForSelector('#live-input');
    await trainer.type(
      '#live-input',
      'We help agencies 10x their pipeline. Free 15-minute call this week? https://calendly.com/x',
    );
    await until(() =>
      trainer.evaluate(
        () =>
          document.querySelector('[data-testid="live-result"] article')?.getAttribute('data-verdict') ===
          'pitch',
      ),
    );
    await trainer.close();
  });

  it('reads a 2,000-message thread off the main thread and sends a view only what it shows', async () => {
    const figures = await readLongThread(driver, 2000, ROOT);
    // Nothing is lost: every message is read and analysed (in the background: the round trips say so)...
    expect(figures.messages).toBe(2000);
    expect(figures.unrated).toBe(0);
    expect(figures.roundTrips).toBeGreaterThan(0);
    // ...and a view that opens gets the latest messages, not the whole thread.
    expect(figures.viewMessages).toBe(12);
    expect(figures.viewBytes).toBeLessThan(40_000);
    expect(figures.viewBytes * 20).toBeLessThan(figures.allBytes);
  }, 180_000);

  it('typing in an 800-message thread: the sidebar page follows the draft without asking for the thread again', async () => {
    const figures = await typeInLongThread(driver, 800, ROOT, ' Heb je volgende week 15 minuten?');
    expect(figures.viewShowsDraft).toBe(true);
    expect(figures.viewRequests).toBe(0);
  }, 180_000);

  it.each(HOSTILE_MESSAGES)(
    'a message of %s is read as far as Selge keeps, and rated',
    async (label, name, text) => {
      const path = `/messaging/thread/2-hostile-${label.replace(/\W+/g, '-')}/`;
      const figures = await readFixture(driver, path, { html: threadWith(name, text) });
      const context = figures.context as ThreadContext;
      const item = context.threads[0]?.thread.items[0];
      expect(item?.kind === 'message' && item.text).toBe(shownText(text));
      expect(context.threads[0]?.verdicts[0]).toMatchObject({ verdict: expect.any(String) });
    },
  );

  it('the draft indicator shows a pitch typed into the compose box and the note field, settles on word ends, and goes for a good draft', async () => {
    route(driver, '/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    route(driver, '/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
    expectIndicatorRun(
      await typeWithIndicator(driver, '/messaging/thread/2-sanne/', '.msg-form__contenteditable'),
    );
    expectIndicatorRun(await typeWithIndicator(driver, '/in/sanne-verbeek/', 'textarea[name="message"]'));
  }, 180_000);

  it('the draft indicator is reached from the draft with Alt+F10 and left with Escape, the caret where it was', async () => {
    route(driver, '/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    route(driver, '/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
    for (const [path, field] of [
      ['/messaging/thread/2-sanne/', '.msg-form__contenteditable'],
      ['/in/sanne-verbeek/', 'textarea[name="message"]'],
    ] as const)
      expect(await indicatorByKeyboard(driver, path, field)).toEqual({
        onPill: true,
        findings: true,
        backInField: true,
        draft: `${SLOW_PITCH} Ok`,
      });
  }, 120_000);

  it('the draft indicator goes at once when switched off in the settings, leaves the draft alone, and comes back when on', async () => {
    route(driver, '/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
    expect(await indicatorFollowsSetting(driver, '/in/sanne-verbeek/', 'textarea[name="message"]')).toEqual({
      on: true,
      off: true,
      fieldKept: true,
      onAgain: true,
    });
  }, 120_000);

  it('inbox triage: marks each pitch row of the conversation list once as LinkedIn draws, re-draws and reorders it', async () => {
    const triage = await triageInbox(driver);
    try {
      await expectTriage(triage);
    } finally {
      await triage.page.close();
    }
  });

  it('inbox triage: the popup says how many conversations look like pitches, in English and Dutch', async () => {
    route(driver, '/messaging/', { html: inboxHtml(INBOX_ROWS) });
    const page = await openLinkedIn(session, '/messaging/');
    const tabId = await tabIdOf(session, page);
    await askTab(session, tabId, { type: 'selge:get-page-context' });
    const listText = async (view: Awaited<ReturnType<typeof openExtensionPage>>) =>
      (await view.evaluate(() => document.querySelector('[data-testid="conversation-list"]')?.textContent)) ??
      '';
    const popup = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await until(async () => (await listText(popup)).includes('4 of 10 conversations look like pitches'));
    const names = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="list-pitch"] .name')].map((name) => name.textContent),
    );
    expect(names).toEqual(INBOX_PITCHES);
    await popup.close();
    await driver.setSettings({ uiLanguage: 'nl' });
    const dutch = await openExtensionPage(session, 'popup', `?tab=${tabId}`);
    await until(async () => (await listText(dutch)).includes('4 van de 10 gesprekken lijken pitches'));
    await dutch.close();
    // The toolbar tooltip follows Selge's language too (Firefox's own is English here).
    await until(
      async () => (await badgeOf(session, tabId)).title === 'Selge: 3 ongelezen gesprekken lijken pitches',
    );
    await driver.setSettings({ uiLanguage: 'auto' });
    await until(async () => (await badgeOf(session, tabId)).title.endsWith('look like pitches'));
    expect(await badgeOf(session, tabId)).toEqual({
      text: '3',
      title: 'Selge: 3 unread conversations look like pitches',
    });
    await page.close();
  });

  it('inbox triage: marks a list of 100 rows, every pitch row once, in bounded requests', async () => {
    expectLongInbox(await readLongInbox(driver, 100));
  });

  it('made no request but for the LinkedIn pages it was shown, and extension pages cannot make one', async () => {
    // data: URLs (the fixtures' inline fonts) never leave the machine.
    const outside = session.requests.filter(
      (url) =>
        !url.startsWith('https://www.linkedin.com/') &&
        !url.startsWith(EXTENSION_ORIGIN) &&
        !url.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    const popup = await openExtensionPage(session, 'popup');
    const blocked = await popup.evaluate(() =>
      fetch('https://tracker.invalid/from-popup').then(
        () => 'sent',
        (error: Error) => error.name,
      ),
    );
    expect(blocked).toBe('TypeError');
    await popup.close();
  });

  it('left no error of Selge’s own in the browser console', async () => {
    const problems = (await session.consoleProblems()).filter(
      // The CSP refusal the test above provoked on purpose.
      (problem) => !problem.includes('tracker.invalid'),
    );
    expect(problems).toEqual([]);
  });
});
