import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '../../src/shared/page-context';
import type { InsertReply } from '../../src/shared/protocol';
import { messageKey } from '../../src/shared/reply-address';
import {
  askTab,
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { bodyOf, bubbleOf, newMessageBubble, overlayPage, threadWith } from './variants';

type ThreadContext = Extract<PageContext, { surface: 'thread' }>;

const DUTCH_PITCH =
  'Hoi Joris, wij helpen dakdekkers aan meer klanten via LinkedIn. Zullen we eens vrijblijvend kennismaken? Plan hier 15 minuten: calendly.com/pieter/kennismaken';

const composeBox = (page: Page, bubble: number) =>
  page.locator('.msg-overlay-conversation-bubble').nth(bubble).locator('.msg-form__contenteditable');

/** What LinkedIn's single-page app does when the user opens another conversation: new URL, new content. */
async function navigateInApp(page: Page, path: string, html: string): Promise<void> {
  await page.evaluate(
    ([url, body]) => {
      history.pushState({}, '', url);
      document.body.innerHTML = body!;
    },
    [path, bodyOf(html)] as const,
  );
}

/** A new message from the other person arrives at the bottom of the conversation, sent just now. */
async function receive(page: Page, text: string): Promise<void> {
  await page.evaluate((body) => {
    const rows = [...document.querySelectorAll('li.msg-s-message-list__event')];
    const incoming = rows.filter((row) =>
      row.querySelector('.msg-s-event-listitem--other .msg-s-event-listitem__body'),
    );
    const copy = incoming.at(-1)!.cloneNode(true) as Element;
    copy.querySelector('.msg-s-event-listitem__body')!.textContent = body;
    const heading = copy.querySelector('.msg-s-message-list__time-heading');
    if (heading) heading.textContent = 'Today';
    const time = copy.querySelector('.msg-s-message-group__timestamp');
    if (time) time.textContent = '9:41 AM';
    rows.at(-1)!.after(copy);
  }, text);
}

describe('a reply goes to the conversation and the message it answers', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  });
  afterAll(async () => session?.close());

  it.each([
    ['a bubble with only my own message', bubbleOf('overlay-bubble-new.html')],
    ['LinkedIn’s “New message” bubble', newMessageBubble()],
  ])('inserts into the pitch’s bubble, not into %s before it', async (label, first) => {
    const path = `/feed/two-bubbles-${label.replace(/\W+/g, '-')}/`;
    session.routes.set(path, { html: overlayPage(first, bubbleOf('overlay-bubble.html')) });
    const page = await openLinkedIn(session, path);
    const popup = await openExtensionPage(session, 'popup', `?tab=${await tabIdOf(session, page)}`);
    await popup.getByRole('heading', { name: 'Reply studio: Reply to Sanne Verbeek' }).waitFor();
    const reply = (await popup.getByTestId('reply-text').textContent())!.trim();
    await popup.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await popup.getByText(/Inserted\. Read it over/).waitFor();
    await expect.poll(() => composeBox(page, 1).innerText()).toBe(reply);
    expect((await composeBox(page, 0).innerText()).trim()).toBe('');
    await popup.close();
    await page.close();
  });

  it('says so, and inserts nothing anywhere, when the conversation it answers was closed', async () => {
    session.routes.set('/feed/closed-bubble/', {
      html: overlayPage(newMessageBubble(), bubbleOf('overlay-bubble.html')),
    });
    const page = await openLinkedIn(session, '/feed/closed-bubble/');
    const popup = await openExtensionPage(session, 'popup', `?tab=${await tabIdOf(session, page)}`);
    await popup.getByRole('heading', { name: 'Reply studio: Reply to Sanne Verbeek' }).waitFor();
    // The user closes Sanne's bubble on LinkedIn while the popup still shows her message.
    await page.evaluate(() => document.querySelectorAll('.msg-overlay-conversation-bubble')[1]!.remove());
    await popup.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await expect
      .poll(() => popup.getByRole('alert').textContent())
      .toMatch(/no longer open on LinkedIn\. Nothing was inserted/);
    expect((await composeBox(page, 0).innerText()).trim()).toBe('');
    await popup.close();
    await page.close();
  });

  it('drops a “Replace the draft” question when LinkedIn moves to another conversation, and a stale Replace overwrites nothing', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const tabId = await tabIdOf(session, page);
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
    await panel.getByRole('heading', { name: 'Reply studio: Reply to Sanne Verbeek' }).waitFor();
    await panel.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await panel.getByText('There is already a draft in the compose box').waitFor();
    const sanne = await askTab<ThreadContext>(session, tabId, { type: 'selge:get-page-context' });
    const pitch = sanne.threads[0]!.thread.items.findLast(
      (item) => item.kind === 'message' && item.direction === 'incoming' && item.text !== '',
    )!;

    const pieterDraft = 'Hoi Pieter, ik bel je morgen over de offerte.';
    await navigateInApp(
      page,
      '/messaging/thread/2-pieter/',
      threadWith('Pieter Jansen', DUTCH_PITCH, pieterDraft),
    );
    await panel.getByRole('heading', { name: 'Reply studio: Reply to Pieter Jansen' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Replace the draft' }).count()).toBe(0);
    expect(await panel.getByText('There is already a draft').count()).toBe(0);

    // The click that was on its way when the page moved: it still names Sanne's conversation and draft.
    const stale = await askTab<InsertReply>(session, tabId, {
      type: 'selge:insert-text',
      text: 'Hi Sanne, no thanks.',
      mode: 'replace',
      to: {
        thread: sanne.threads[0]!.key,
        message: messageKey(pitch.kind === 'message' ? pitch : { sender: '', text: '' }),
      },
      replacing: 'Thanks Sanne,',
    });
    expect(stale).toMatchObject({ ok: false, reason: 'target-gone' });
    expect(await page.locator('.msg-form__contenteditable').innerText()).toBe(pieterDraft);
    await panel.close();
    await page.close();
  });

  it('asks again instead of replacing a draft that changed after the question was asked', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const tabId = await tabIdOf(session, page);
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
    await panel.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await panel.getByRole('button', { name: 'Replace the draft' }).waitFor();
    // Meanwhile the user goes on typing on LinkedIn.
    await page.bringToFront();
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' I will think about it.');
    const draftShown = panel.getByTestId('draft').locator('.message-text');
    await expect.poll(() => draftShown.textContent()).toBe('Thanks Sanne, I will think about it.');
    expect(await panel.locator('.draft-quote').textContent()).toBe('Thanks Sanne,');
    await panel.getByRole('button', { name: 'Replace the draft' }).click();
    // Selge asks again, now about the draft as it is.
    await expect
      .poll(() => panel.locator('.draft-quote').textContent())
      .toBe('Thanks Sanne, I will think about it.');
    expect(await page.locator('.msg-form__contenteditable').innerText()).toBe(
      'Thanks Sanne, I will think about it.',
    );
    await panel.close();
    await page.close();
  });

  it.each([
    ['after a word', ['End'], (reply: string) => `wat leuk dat je ${reply}`],
    ['after a space', ['End', 'Space'], (reply: string) => `wat leuk dat je ${reply}`],
    ['at the start', ['Home'], (reply: string) => `${reply} wat leuk dat je`],
    [
      'after a line break (Shift+Enter)',
      ['End', 'Shift+Enter'],
      (reply: string) => `wat leuk dat je\n${reply}`,
    ],
  ])(
    'adds a reply at the cursor %s on a word boundary, as a person would type it',
    async (label, keys, expected) => {
      const path = `/messaging/thread/2-casey-${label.replace(/\W+/g, '-')}/`;
      session.routes.set(path, {
        html: threadWith(
          'Casey Jansen',
          'Hoi Joris! Ik ben net begonnen bij een nieuwe club. Hoe gaat het bij jou?',
          'wat leuk dat je',
        ),
      });
      const page = await openLinkedIn(session, path);
      const tabId = await tabIdOf(session, page);
      await page.locator('.msg-form__contenteditable').click();
      for (const key of keys) await page.keyboard.press(key);
      const panel = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
      await panel.getByRole('heading', { name: 'Reply studio: Reply to Casey Jansen' }).waitFor();
      const reply = (await panel.getByTestId('reply-text').textContent())!.trim();
      await panel.getByRole('button', { name: 'Insert into LinkedIn' }).click();
      await panel.getByRole('button', { name: 'Add at the cursor' }).click();
      await panel.getByText(/Inserted\. Read it over/).waitFor();
      await expect.poll(() => page.locator('.msg-form__contenteditable').innerText()).toBe(expected(reply));
      await panel.close();
      await page.close();
    },
  );
});

describe('the reply studio follows the conversation', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  });
  afterAll(async () => session?.close());

  it('answers Dutch spam in Dutch after switching threads, and keeps the language the user picks', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    await panel.getByRole('heading', { name: 'Reply studio: Reply to Sanne Verbeek' }).waitFor();
    expect(await panel.locator('#reply-lang').inputValue()).toBe('en');
    expect(await panel.getByTestId('reply-text').getAttribute('data-template')).toMatch(/-en-/);

    await navigateInApp(page, '/messaging/thread/2-pieter/', threadWith('Pieter Jansen', DUTCH_PITCH));
    await panel.getByRole('heading', { name: 'Reply studio: Reply to Pieter Jansen' }).waitFor();
    await expect.poll(() => panel.locator('#reply-lang').inputValue()).toBe('nl');
    expect(await panel.getByTestId('reply-text').getAttribute('data-template')).toMatch(/-nl-/);
    expect(await panel.getByTestId('reply-text').textContent()).toMatch(/Pieter/);

    // The user wants to answer this one in English: that holds while the page changes under it.
    await panel.locator('#reply-lang').selectOption('en');
    expect(await panel.getByTestId('reply-text').getAttribute('data-template')).toMatch(/-en-/);
    await page.bringToFront();
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.type('Hi Pieter');
    await expect
      .poll(() => panel.getByTestId('draft').locator('.message-text').textContent())
      .toBe('Hi Pieter');
    expect(await panel.locator('#reply-lang').inputValue()).toBe('en');
    await panel.close();
    await page.close();
  });

  it('aims at the latest incoming message of a conversation that moved on, names it, and lets the user pick the pitch', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    const answering = panel.locator('#reply-message');
    await panel.getByRole('heading', { name: 'Reply studio: Reply to Sanne Verbeek' }).waitFor();

    await receive(page, 'Haha, fair enough! The move went well, thanks for asking. Coffee next week?');
    await expect
      .poll(() => answering.locator('option:checked').textContent())
      .toMatch(/Today 9:41 AM.*Haha, fair enough! The move went well/);
    expect(await panel.locator('.studio [aria-selected="true"]').getAttribute('data-intent')).toBe('listen');

    const older = answering.locator('option', { hasText: 'Just following up on my previous message' });
    await answering.selectOption({ label: (await older.textContent())! });
    await expect
      .poll(() => panel.locator('.studio [aria-selected="true"]').getAttribute('data-intent'))
      .toBe('humour');
    await panel.close();
    await page.close();
  });
});
