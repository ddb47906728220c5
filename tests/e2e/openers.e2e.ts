/**
 * Openers for one's own outreach (issue 21, item 2) in Chromium: on the "Add a note" dialog the studio offers
 * relationship-first notes and, for a pitch draft, the draft rewritten as a question; Insert asks before it
 * replaces the draft, and the browser's undo takes the insert back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { setSettings } from './settings';

const PITCH_NOTE =
  'Hi Sanne, I saw your post on returns. We help logistics teams get 3x more leads. Quick call this week?';

describe('openers in the studio', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
    session.routes.set('/messaging/thread/2-pieter/', 'linkedin/messaging-thread-new.html');
  });
  afterAll(async () => session?.close());

  it('inserts an opener into the note field after asking to replace the draft, and Ctrl+Z takes it back', async () => {
    await setSettings(session, { uiLanguage: 'en' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const note = page.locator('textarea[name="message"]');
    await note.click();
    await page.keyboard.type(PITCH_NOTE);
    const view = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    const studio = view.getByTestId('opener-studio');
    await expect.poll(() => studio.locator('h2').textContent()).toBe('Notes to start with: Sanne Verbeek');
    // The pitch rewritten as a question: the reason kept, the offer and the ask gone.
    const rewrite =
      (await studio.getByTestId('rewrites').getByTestId('opener-text').first().textContent()) ?? '';
    expect(rewrite).toMatch(/^Hi Sanne, I saw your post on returns\. .+\?$/);
    expect(rewrite).not.toMatch(/3x|call|We help/);

    const opener = studio.locator('ul.openers:not([data-testid]) [data-testid="opener"]').first();
    const text = (await opener.getByTestId('opener-text').textContent()) ?? '';
    expect(text).toMatch(/^Hi Sanne, .+\?$/);
    await opener.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await expect.poll(() => opener.getByRole('status').textContent()).toContain('There is already a draft');
    expect(await note.inputValue()).toBe(PITCH_NOTE);
    await opener.getByRole('button', { name: 'Replace the draft' }).click();
    await expect.poll(() => note.inputValue()).toBe(text);
    await expect.poll(() => opener.getByRole('status').textContent()).toContain('Ctrl+Z');
    expect(await page.locator('button[aria-label="Send invitation"]').isDisabled()).toBe(false);

    await page.bringToFront();
    await note.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => note.inputValue()).toBe(PITCH_NOTE);
    await view.close();
    await page.close();
  });

  it('keeps the rewrite and its confirmation in the side panel once it replaced the pitch draft', async () => {
    await setSettings(session, { uiLanguage: 'en' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const note = page.locator('textarea[name="message"]');
    await note.click();
    await page.keyboard.type(PITCH_NOTE);
    const view = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    const rewrite = view.getByTestId('rewrites').getByTestId('opener').first();
    const text = (await rewrite.getByTestId('opener-text').textContent()) ?? '';
    await rewrite.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await rewrite.getByRole('button', { name: 'Replace the draft' }).focus();
    await view.keyboard.press('Enter');
    await expect.poll(() => note.inputValue()).toBe(text);
    // By keyboard: the pressed button is gone with the choice, the focus is on what happened, not the view's top.
    await expect
      .poll(() => view.evaluate(() => document.activeElement?.closest('[data-testid="opener"]') !== null))
      .toBe(true);
    // The side panel follows the note, which is no pitch now: the rewrite the user chose, and what to do if they
    // change their mind, stay where they clicked rather than vanish with the pitch.
    await view.waitForTimeout(1500);
    await expect.poll(() => rewrite.getByRole('status').textContent()).toContain('Ctrl+Z');
    expect(await rewrite.getByTestId('opener-text').textContent()).toBe(text);
    await view.close();
    await page.close();
  });

  it('adds no opener to a note it would take past LinkedIn’s 300 characters: nothing cut off, the note kept', async () => {
    await setSettings(session, { uiLanguage: 'en' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const note = page.locator('textarea[name="message"]');
    const long =
      'Hi Sanne, your talk at the Venlo logistics meetup stayed with me, the part about returns above all. ' +
      'We met briefly at the coffee stand afterwards and I promised to look you up here. ' +
      'I would like to keep following how the new sorting line works out for your team';
    await note.click();
    await page.keyboard.type(long);
    const view = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    const opener = view.getByTestId('opener-studio').getByTestId('opener').first();
    await opener.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await opener.getByRole('button', { name: 'Add at the cursor' }).click();
    // Chromium's typing command would keep the first few words of the opener and drop the rest without a word.
    await expect
      .poll(() => opener.getByRole('alert').textContent())
      .toMatch(
        /^That would make the note \d{3} characters, and LinkedIn takes at most 300\. Nothing was inserted/,
      );
    expect(await note.inputValue()).toBe(long);
    await view.close();
    await page.close();
  });

  it('offers first messages in a conversation Pieter has not written in, and inserts one into its compose box', async () => {
    await setSettings(session, { uiLanguage: 'en' });
    const page = await openLinkedIn(session, '/messaging/thread/2-pieter/');
    const view = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    const studio = view.getByTestId('opener-studio');
    await expect
      .poll(() => studio.locator('h2').textContent())
      .toBe('First messages to start with: Pieter Jansen');
    const opener = studio.getByTestId('opener').first();
    const text = (await opener.getByTestId('opener-text').textContent()) ?? '';
    expect(text).toMatch(/Pieter.+\?$/);
    await opener.getByRole('button', { name: 'Insert into LinkedIn' }).click();
    await expect.poll(() => page.locator('.msg-form__contenteditable').innerText()).toBe(text);
    await view.close();
    await page.close();
  });

  it('offers Dutch notes in a Dutch view, filled with the name', async () => {
    await setSettings(session, { uiLanguage: 'nl' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const view = await openExtensionPage(session, 'sidepanel', `?tab=${await tabIdOf(session, page)}`);
    const studio = view.getByTestId('opener-studio');
    await expect
      .poll(() => studio.locator('h2').textContent())
      .toBe('Notities om mee te beginnen: Sanne Verbeek');
    const texts = await studio.getByTestId('opener-text').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^Hoi Sanne, .+\?$/);
    await studio.getByTestId('opener').first().getByRole('button', { name: 'Invoegen in LinkedIn' }).click();
    await expect.poll(() => page.locator('textarea[name="message"]').inputValue()).toBe(texts[0]);
    await view.close();
    await page.close();
    await setSettings(session, { uiLanguage: 'auto' });
  });
});
