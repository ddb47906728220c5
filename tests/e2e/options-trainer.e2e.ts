import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import {
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';

describe('options, templates, statistics and the trainer', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  });
  afterAll(async () => session?.close());

  it('a template saved in the options appears in the popup’s reply studio', async () => {
    const options = await openExtensionPage(session, 'options');
    await options.locator('#tpl-intent').selectOption('humour');
    await options.locator('#tpl-lang').selectOption('en');
    await options
      .locator('#tpl-text')
      .fill('Thanks {firstName}! My parrot has reviewed {theirOffer} and would like to hear it sung.');
    await expect
      .poll(() => options.getByTestId('template-preview').textContent())
      .toContain('Thanks Sanne! My parrot');
    await options.getByRole('button', { name: 'Add template' }).click();
    await expect.poll(() => options.getByTestId('template-list').locator('li').count()).toBe(1);

    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    const popup = await openExtensionPage(session, 'popup', `?tab=${await tabIdOf(session, page)}`);
    await popup.locator('button[data-intent="humour"]').click();
    await expect
      .poll(() => popup.getByTestId('reply-text').textContent())
      .toBe('Thanks Sanne! My parrot has reviewed your offer and would like to hear it sung.');
    await popup.close();
    await page.close();
    await options.close();
  });

  it('exports templates to a file that imports back to the same templates; a malformed file changes nothing', async () => {
    const options = await openExtensionPage(session, 'options');
    await options.getByTestId('template-list').waitFor();
    const before = await options.getByTestId('template-list').textContent();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export templates' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      format: 'selge-templates',
      version: 1,
      templates: [{ intent: 'humour', lang: 'en' }],
    });

    await options.getByTestId('template-list').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => options.getByTestId('template-list').count()).toBe(0);
    await options.locator('#import-file').setInputFiles({
      name: 'selge-templates.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => options.getByTestId('status').textContent()).toContain('Imported 1 templates.');
    expect(await options.getByTestId('template-list').textContent()).toBe(before);

    await options.locator('#import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'selge-templates',
          version: 1,
          templates: [{ id: 'x', intent: 'shouting', lang: 'en', text: 'hi' }],
        }),
      ),
    });
    await expect
      .poll(() => options.getByTestId('status').textContent())
      .toMatch(/Nothing was imported: templates\.0\.intent/);
    expect(await options.getByTestId('template-list').textContent()).toBe(before);

    await options
      .locator('#import-file')
      .setInputFiles({ name: 'notjson.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
    await expect.poll(() => options.getByTestId('status').textContent()).toMatch(/not valid JSON/);
    expect(await options.getByTestId('template-list').textContent()).toBe(before);
    await options.close();
  });

  it('starts on defaults with a visible notice when stored settings are corrupt, and keeps the old data aside', async () => {
    await session.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ settings: { version: 1, strictness: 'extreme', pageMarks: 'yes' } }),
    );
    const options = await openExtensionPage(session, 'options');
    await expect
      .poll(() => options.getByTestId('notice').textContent())
      .toMatch(/could not be read\. Selge uses its defaults for those/);
    expect(await options.locator('input[name="strictness"][value="normal"]').isChecked()).toBe(true);
    const stored = await session.serviceWorker.evaluate(async () => ({
      sync: (await chrome.storage.sync.get('settings')).settings,
      quarantine: (await chrome.storage.local.get('quarantine')).quarantine,
    }));
    expect(stored.sync).toMatchObject({ version: 1, strictness: 'normal' });
    expect((stored.quarantine as unknown[])[0]).toMatchObject({
      key: 'settings',
      value: { strictness: 'extreme' },
    });
    await options.close();
  });

  it('shows statistics after a thread with pitches was read', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    await expect
      .poll(() =>
        session.serviceWorker.evaluate(
          async () =>
            ((await chrome.storage.local.get('stats')).stats as { seen?: string[] } | undefined)?.seen
              ?.length ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    const options = await openExtensionPage(session, 'options');
    await options.getByTestId('stats-chart').waitFor();
    expect(await options.getByTestId('top-patterns').textContent()).toMatch(
      /OFFER_WE_HELP|NAG_FOLLOW_UP|CALENDAR_LINK/,
    );
    const stats = await session.serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('stats')).stats,
    );
    expect(JSON.stringify(stats)).not.toContain('We help logistics');
    await options.close();
    await page.close();
  });

  it('the trainer renders the pairs, scores live, hides names in presenter mode and runs a quiz', async () => {
    const trainer = await openExtensionPage(session, 'trainer');
    await expect.poll(() => trainer.getByTestId('pair').count()).toBeGreaterThanOrEqual(12);
    expect(
      await trainer.locator('[data-testid="pair"] article[data-verdict="pitch"]').count(),
    ).toBeGreaterThanOrEqual(12);

    const live = trainer.getByTestId('live-result');
    await trainer.locator('#live-input').fill('Thanks for sharing your talk. How did you get started?');
    await expect.poll(() => live.locator('article').getAttribute('data-verdict')).toBe('ok');
    await trainer
      .locator('#live-input')
      .fill('Thanks for connecting! We help SaaS teams grow 3x. Quick call?');
    await expect.poll(() => live.locator('article').getAttribute('data-verdict')).toBe('pitch');

    expect(await trainer.locator('main').textContent()).toContain('Maya');
    await trainer.getByLabel('Presenter mode').check();
    await trainer.getByLabel('Hide names').check();
    expect(await trainer.locator('main').getAttribute('data-presenter')).toBe('on');
    expect(await trainer.locator('[data-testid="pair"]').first().textContent()).not.toContain('Maya');

    await trainer.getByRole('button', { name: 'Pitch', exact: true }).click();
    await trainer.getByTestId('quiz-reveal').waitFor();
    expect(await trainer.getByTestId('quiz-score').textContent()).toMatch(/of 1$/);
    await trainer.close();
  });

  for (const view of ['options', 'trainer'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${view} in ${colorScheme} mode has no serious or critical axe violation`, async () => {
        const page = await openExtensionPage(session, view);
        await page.emulateMedia({ colorScheme });
        await page.locator('h1').waitFor();
        await page.waitForTimeout(200);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
