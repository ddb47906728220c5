import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageContext, ThreadMessage } from '../../src/shared/page-context';
import type { Diagnostics, InsertReply } from '../../src/shared/protocol';
import { messageKey } from '../../src/shared/reply-address';
import { longThreadHtml } from '../../scripts/bench-content';
import { readLongThread, typeInLongThread, unratedMessages } from './scenarios';
import {
  askTab,
  badgeOf,
  chromiumDriver,
  launchWithExtension,
  markTexts,
  openExtensionPage,
  openLinkedIn,
  shadowStyles,
  stopServiceWorker,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { fixture, threadWith } from './variants';
import { setSettings } from './settings';

const ROOT = resolve(import.meta.dirname, '../..');

type ThreadContext = Extract<PageContext, { surface: 'thread' }>;

/** LinkedIn shows a new incoming message at the end of the thread: a copy of one, with other text. */
function addIncomingMessage(page: Page, text: string): Promise<void> {
  return page.evaluate((body) => {
    const rows = document.querySelectorAll('li.msg-s-message-list__event');
    const incoming = [...rows].find((row) =>
      row.querySelector('.msg-s-event-listitem--other .msg-s-event-listitem__body'),
    )!;
    const copy = incoming.cloneNode(true) as Element;
    copy.querySelector('.msg-s-event-listitem__body')!.textContent = body;
    rows[rows.length - 1]!.after(copy);
  }, text);
}

describe('the content script on routed LinkedIn pages', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    session.routes.set('/messaging/thread/2-pieter/', 'linkedin/messaging-thread-new.html');
    session.routes.set('/mynetwork/invitation-manager/', 'linkedin/invitations-received-classic.html');
    session.routes.set('/feed/', 'linkedin/overlay-docked.html');
  });
  afterAll(async () => session?.close());

  it('answers the page protocol for a thread, with verdicts, and keeps the badge current', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const tabId = await tabIdOf(session, page);
    const context = await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' });
    expect(context.surface).toBe('thread');
    const { thread, verdicts, draftVerdict } = context.threads[0]!;
    expect(thread.participant.name).toBe('Sanne Verbeek');
    expect(thread.items).toHaveLength(12);
    expect(thread.draft).toBe('Thanks Sanne,');
    expect(draftVerdict?.verdict).toBe('ok');
    const pitches = thread.items.filter(
      (item, index) =>
        item.kind === 'message' && item.direction === 'incoming' && verdicts[index]?.verdict === 'pitch',
    );
    // The consultant's offer and her nudge. Her first message, a bare 'thought you would like this post' share, is
    // borderline: only what she writes next shows it was the warm-up of a pitch.
    expect(pitches.map((item) => item.kind === 'message' && item.text.slice(0, 20))).toEqual([
      'Hi Joris! We help lo',
      'Just following up on',
    ]);
    await expect
      .poll(() => badgeOf(session, tabId))
      .toEqual({ text: '2', title: 'Selge: 2 pitches on this page (messages or invitation notes)' });

    // A new incoming message after load is picked up without a reload.
    await addIncomingMessage(
      page,
      'Are you the person responsible for marketing? Free consultation this week: https://calendly.com/x/15min',
    );
    await expect.poll(() => badgeOf(session, tabId).then((badge) => badge.text)).toBe('3');

    // The tooltip speaks Selge's language, not only the browser's (English here): switched, it follows at once.
    await setSettings(session, { uiLanguage: 'nl' });
    await expect
      .poll(() => badgeOf(session, tabId).then((badge) => badge.title))
      .toBe('Selge: 3 pitches op deze pagina (berichten of uitnodigingsnotities)');
    await setSettings(session, { uiLanguage: 'auto' });
    await expect
      .poll(() => badgeOf(session, tabId).then((badge) => badge.title))
      .toBe('Selge: 3 pitches on this page (messages or invitation notes)');
    await page.close();
  });

  it('picks up a new message LinkedIn draws inside its open shadow root (interop-outlet), without a reload', async () => {
    // As LinkedIn's 2025+ messaging can render: the whole thread inside an open shadow root on <interop-outlet>.
    session.routes.set('/messaging/thread/2-sanne-outlet/', {
      html: fixture('messaging-thread.html')
        .replace('<body>', '<body><interop-outlet></interop-outlet><template id="t">')
        .replace(
          '</body>',
          '</template><script>const h=document.querySelector("interop-outlet");h.attachShadow({mode:"open"}).append(document.getElementById("t").content.cloneNode(true));</script></body>',
        ),
    });
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne-outlet/');
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badgeOf(session, tabId).then((badge) => badge.text)).toBe('2');
    await page.evaluate((body) => {
      const root = document.querySelector('interop-outlet')!.shadowRoot!;
      const rows = root.querySelectorAll('li.msg-s-message-list__event');
      const incoming = [...rows].find((row) =>
        row.querySelector('.msg-s-event-listitem--other .msg-s-event-listitem__body'),
      )!;
      const copy = incoming.cloneNode(true) as Element;
      copy.querySelector('.msg-s-event-listitem__body')!.textContent = body;
      rows[rows.length - 1]!.after(copy);
    }, 'Are you the person responsible for marketing? Free consultation this week: https://calendly.com/x/15min');
    // Nothing changes outside the shadow root: Selge must watch inside it to see the message at all.
    await expect.poll(() => badgeOf(session, tabId).then((badge) => badge.text)).toBe('3');
    await page.close();
  });

  it('follows typing in the compose box and inserts a reply so that LinkedIn’s Send button wakes up', async () => {
    session.routes.set('/messaging/thread/2-pieter-wrote/', {
      html: threadWith('Pieter Jansen', 'Leuk dat we nu verbonden zijn, Joris!'),
    });
    const page = await openLinkedIn(session, '/messaging/thread/2-pieter-wrote/');
    const tabId = await tabIdOf(session, page);
    const send = page.locator('button.msg-form__send-button');
    await expect.poll(() => send.isDisabled()).toBe(true);
    const { threads } = await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' });
    const pieter = threads[0]!;
    const to = { thread: pieter.key, message: messageKey(pieter.thread.items[0] as ThreadMessage) };

    const reply = await askTab<InsertReply>(session, tabId, {
      type: 'selge:insert-text',
      text: 'Hoi Pieter, hoe gaat het met de dakkapellen?',
      mode: 'if-empty',
      to,
    });
    expect(reply).toEqual({ ok: true, target: 'compose' });
    await expect
      .poll(() => page.locator('.msg-form__contenteditable').innerText())
      .toBe('Hoi Pieter, hoe gaat het met de dakkapellen?');
    expect(await send.isDisabled()).toBe(false);

    // A draft is never silently replaced.
    const second = await askTab<InsertReply>(session, tabId, {
      type: 'selge:insert-text',
      text: 'Another reply',
      mode: 'if-empty',
      to,
    });
    expect(second).toMatchObject({
      ok: false,
      reason: 'draft-not-empty',
      draft: 'Hoi Pieter, hoe gaat het met de dakkapellen?',
    });

    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Heb je 15 minuutjes voor een call?');
    await expect
      .poll(
        async () =>
          (await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' })).threads[0]?.thread
            .draft,
      )
      .toBe('Hoi Pieter, hoe gaat het met de dakkapellen? Heb je 15 minuutjes voor een call?');
    const context = await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' });
    expect(context.threads[0]?.draftVerdict?.findings.map((f) => f.rule)).toContain('ASK_MINUTES');
    expect(await page.locator('button.msg-form__send-button').count()).toBe(1);
    await page.close();
  });

  it('reads invitations and counts pitch notes on the badge', async () => {
    const page = await openLinkedIn(session, '/mynetwork/invitation-manager/');
    const tabId = await tabIdOf(session, page);
    const context = await askTab<Extract<PageContext, { surface: 'invitations' }>>(session, tabId, {
      type: 'selge:get-page-context',
    });
    expect(context.surface).toBe('invitations');
    expect(context.invitations.invitations.map((i) => i.name)).toEqual([
      'Mark de Haan',
      'Ilse Vermeulen',
      'Kees Bos',
    ]);
    expect(context.verdicts.map((v) => v?.verdict ?? null)).toEqual(['pitch', 'ok', null]);
    await expect
      .poll(() => badgeOf(session, tabId))
      .toEqual({ text: '1', title: 'Selge: 1 pitch on this page (a message or an invitation note)' });
    await page.close();
  });

  it('shows opt-in marks next to pitch messages that the user can read, in their language, and LinkedIn’s page cannot, and removes them when turned off', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    // Every verdict is in (marks would be placed by then), not a pause that a busy machine can outlast.
    await askTab(session, await tabIdOf(session, page), { type: 'selge:get-page-context' });
    expect(await page.locator('selge-mark').count()).toBe(0);
    const pageWithoutMarks = await page.evaluate(() => document.documentElement.outerHTML);
    const setMarks = (on: boolean) => setSettings(session, { pageMarks: on });
    await setMarks(true);
    await expect.poll(() => page.locator('selge-mark').count()).toBe(2);
    // Polled: the element is there before the browser has styled what its shadow root draws.
    await expect
      .poll(() => markTexts(page))
      .toEqual([
        expect.stringMatching(/^Selge: looks like a pitch \(score \d+\)$/),
        expect.stringMatching(/^Selge: looks like a pitch \(score \d+\)$/),
      ]);
    // What a script of LinkedIn's sees: two empty elements, no attributes, no way into their shadow roots,
    // and otherwise the page exactly as it was.
    const seenByPage = await page.evaluate(() => ({
      marks: [...document.querySelectorAll('selge-mark')].map((mark) => ({
        attributes: mark.getAttributeNames(),
        shadowRoot: mark.shadowRoot,
        html: mark.innerHTML,
      })),
      html: document.documentElement.outerHTML,
      // Text search sees what is painted, shadow roots included: a page could look for a label or a score.
      found: ['looks like a pitch', 'Selge:'].filter((text) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(text: string): boolean }).find(text);
      }),
    }));
    expect(seenByPage.marks).toEqual([
      { attributes: [], shadowRoot: null, html: '' },
      { attributes: [], shadowRoot: null, html: '' },
    ]);
    expect(seenByPage.html.replaceAll('<selge-mark></selge-mark>', '')).toBe(pageWithoutMarks);
    expect(seenByPage.found).toEqual([]);
    // In the user's language, as Selge's own views are.
    await setSettings(session, { uiLanguage: 'nl' });
    await expect
      .poll(() => markTexts(page))
      .toEqual([
        expect.stringMatching(/^Selge: lijkt een pitch \(score \d+\)$/),
        expect.stringMatching(/^Selge: lijkt een pitch \(score \d+\)$/),
      ]);
    await setSettings(session, { uiLanguage: 'auto' });
    await setMarks(false);
    await expect.poll(() => page.locator('selge-mark').count()).toBe(0);
    await page.close();
  });

  it('draws its marks and draft indicator in the colours of LinkedIn’s page, dark or light, whatever the system’s scheme', async () => {
    const painted = (background: string) =>
      fixture('messaging-thread.html').replace(
        '</head>',
        `<style>body { background: ${background}; }</style></head>`,
      );
    session.routes.set('/messaging/thread/dark-page/', { html: painted('#1b1f23') });
    session.routes.set('/messaging/thread/light-page/', { html: painted('#f4f2ee') });
    await setSettings(session, { pageMarks: true, uiLanguage: 'en', draftIndicator: true });
    // LinkedIn's dark mode with the system light, then its light mode with the system dark.
    for (const [path, system, background] of [
      ['/messaging/thread/dark-page/', 'light', 'rgb(74, 36, 17)'],
      ['/messaging/thread/light-page/', 'dark', 'rgb(255, 241, 230)'],
    ] as const) {
      const page = await openLinkedIn(session, path);
      await page.emulateMedia({ colorScheme: system });
      await expect.poll(async () => (await markTexts(page)).filter(Boolean).length).toBe(2);
      const marks = await shadowStyles(page, 'SELGE-MARK', 'pill', ['background-color']);
      expect(marks.map((style) => style['background-color'])).toEqual([background, background]);
      await page.locator('.msg-form__contenteditable').click();
      await page.keyboard.type(
        'We help SaaS companies 3x their pipeline. Do you have 15 minutes for a call? ',
      );
      await expect
        .poll(async () => (await shadowStyles(page, 'SELGE-DRAFT', 'pill', ['background-color']))[0])
        .toEqual({ 'background-color': background });
      await page.close();
    }
    await setSettings(session, { pageMarks: false, uiLanguage: 'auto' });
  });

  it('reads the "Add a note" dialog and inserts a note so that the Send invitation button wakes up', async () => {
    session.routes.set('/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const tabId = await tabIdOf(session, page);
    await page
      .locator('textarea[name="message"]')
      .fill('Hi Sanne, we help logistics teams grow 3x. Quick call this week?');
    await expect
      .poll(
        async () =>
          (
            await askTab<Extract<PageContext, { surface: 'connect-note' }>>(session, tabId, {
              type: 'selge:get-page-context',
            })
          ).verdict?.verdict,
      )
      .toBe('pitch');
    const context = await askTab<Extract<PageContext, { surface: 'connect-note' }>>(session, tabId, {
      type: 'selge:get-page-context',
    });
    expect(context.note.recipientName).toBe('Sanne Verbeek');

    const refused = await askTab<InsertReply>(session, tabId, {
      type: 'selge:insert-text',
      text: 'Hi Sanne, I loved your talk.',
      mode: 'if-empty',
    });
    expect(refused).toMatchObject({ ok: false, reason: 'draft-not-empty' });
    const replaced = await askTab<InsertReply>(session, tabId, {
      type: 'selge:insert-text',
      text: 'Hi Sanne, I loved your talk on returns.',
      mode: 'replace',
      replacing: 'Hi Sanne, we help logistics teams grow 3x. Quick call this week?',
    });
    expect(replaced).toEqual({ ok: true, target: 'connect-note' });
    expect(await page.locator('textarea[name="message"]').inputValue()).toBe(
      'Hi Sanne, I loved your talk on returns.',
    );
    expect(await page.locator('button[aria-label="Send invitation"]').isDisabled()).toBe(false);
    await page.close();
  });

  it('follows LinkedIn’s in-app navigation without a reload', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-pieter/');
    const tabId = await tabIdOf(session, page);
    expect((await askTab<PageContext>(session, tabId, { type: 'selge:get-page-context' })).surface).toBe(
      'thread',
    );
    const invitations = readFileSync(
      join(ROOT, 'tests/fixtures/linkedin/invitations-received-classic.html'),
      'utf8',
    );
    const body = invitations.slice(invitations.indexOf('<body>') + 6, invitations.indexOf('</body>'));
    // What a single-page app does: change the URL with the history API and swap the content.
    await page.evaluate((html) => {
      history.pushState({}, '', '/mynetwork/invitation-manager/');
      document.body.innerHTML = html;
    }, body);
    await expect
      .poll(
        async () => (await askTab<PageContext>(session, tabId, { type: 'selge:get-page-context' })).surface,
      )
      .toBe('invitations');
    await expect.poll(() => badgeOf(session, tabId).then((badge) => badge.text)).toBe('1');
    await page.close();
  });

  it('says "none" with a reason on a page it does not read', async () => {
    const page = await openLinkedIn(session, '/feed/');
    const tabId = await tabIdOf(session, page);
    const context = await askTab<PageContext>(session, tabId, { type: 'selge:get-page-context' });
    expect(context).toMatchObject({ surface: 'none', reason: expect.any(String) });
    expect((await badgeOf(session, tabId)).text).toBe('');
    await page.close();
  });

  // The longest task and the page's long animation frames on this thread are figures `npm run bench` prints
  // beside their 50 ms budget: a time on a shared 2-core machine is no test (issue 19).
  it('reads and analyses a 2,000-message thread in slices, every message, and typing re-reads only the draft', async () => {
    session.routes.set('/messaging/thread/2-long/', { html: longThreadHtml(ROOT, 2000) });
    const page = await openLinkedIn(session, '/messaging/thread/2-long/');
    const tabId = await tabIdOf(session, page);
    const context = await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' });
    const diagnostics = await askTab<Diagnostics>(session, tabId, { type: 'selge:get-diagnostics' });
    expect(context.threads[0]?.thread.items.length).toBe(2000);
    expect(unratedMessages(context)).toBe(0);
    expect(diagnostics.lastItems).toBe(2000);
    // Analysed in the background, in several requests, not in one go on LinkedIn's thread.
    expect(diagnostics.analysisRequests).toBeGreaterThan(1);

    // Typing re-reads only the draft: the 2,000 messages are not read again.
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.type(' ok');
    await expect
      .poll(
        async () =>
          (await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' })).threads[0]?.thread
            .draft,
      )
      .toBe('Thanks Sanne, ok');
    const after = await askTab<Diagnostics>(session, tabId, { type: 'selge:get-diagnostics' });
    expect(after.lastReadMs).toBe(diagnostics.lastReadMs);
    await page.close();
  }, 180_000);

  it('sends a view of a 2,000-message thread only the latest messages, with the counts of all', async () => {
    const figures = await readLongThread(chromiumDriver(session), 2000, ROOT);
    expect(figures.messages).toBe(2000);
    expect(figures.unrated).toBe(0);
    expect(figures.viewMessages).toBe(12);
    expect(figures.viewBytes).toBeLessThan(40_000);
    expect(figures.viewBytes * 20).toBeLessThan(figures.allBytes);
  }, 180_000);

  it('typing in an 800-message thread: the side panel follows the draft without asking for the thread again', async () => {
    const figures = await typeInLongThread(
      chromiumDriver(session),
      800,
      ROOT,
      ' Heb je volgende week 15 minuten?',
    );
    expect(figures.viewShowsDraft).toBe(true);
    // The panel got the draft with the broadcast: it did not ask for the thread again.
    expect(figures.viewRequests).toBe(0);
  }, 180_000);

  it('loses no verdict when the service worker was stopped: the next message wakes it', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badgeOf(session, tabId).then((badge) => badge.text)).toBe('2');
    // Chrome stops an idle service worker after 30 s; stop it now, as Chrome would.
    const cdp = await session.context.newCDPSession(page);
    type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
    const workers = async () =>
      ((await cdp.send('Target.getTargets')) as Targets).targetInfos.filter(
        (target) =>
          target.type === 'service_worker' &&
          target.url.startsWith(`chrome-extension://${session.extensionId}/`),
      );
    expect(await workers()).toHaveLength(1);
    // Stopped as Chrome stops it, told by a mark in its globals; a stopping worker that does not answer at
    // all counts as stopped (a call into it could otherwise wait for ever on a loaded machine).
    await stopServiceWorker(session, page);
    await addIncomingMessage(
      page,
      'We help agencies 10x their pipeline. Free 15-minute call this week? https://calendly.com/x/15min',
    );
    // The old worker is gone: ask through an extension page instead.
    const options = await openExtensionPage(session, 'options');
    const badgeText = () => options.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badgeText, { timeout: 20_000 }).toBe('3');
    expect((await workers()).length).toBe(1);
    await options.close();
    await page.close();
    // Loading the thread, stopping the worker and waking it took over 60 s with three test runs on two cores.
  }, 180_000);
});
