// Issue 23 point 3 in a real Chromium: the options page's settings export carries the user's corrections; after
// a reset, importing the file brings the corrected verdict back on the badge and in the side panel. Importing it
// again says nothing changed; a file whose learned part is damaged says so and changes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  launchWithExtension,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { setSettings } from './settings';

const THREAD = '/messaging/thread/2-sanne/';

describe('corrections in the settings export and import (Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set(THREAD, 'linkedin/messaging-thread.html');
    await setSettings(session, { pageMarks: true, uiLanguage: 'en' });
  });
  afterAll(async () => session?.close());

  const badge = (tabId: number) => badgeOf(session, tabId).then((b) => b.text);

  it('exports, resets, imports and sees the corrected verdict back', async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badge(tabId)).toBe('2');
    const panel = await openExtensionPage(session, 'sidepanel', `?tab=${tabId}`);
    const pitchCards = panel.locator('article[data-verdict="pitch"]');
    await expect.poll(() => pitchCards.count()).toBe(2);
    await pitchCards.first().getByRole('button', { name: 'Not a pitch' }).click();
    await expect.poll(() => badge(tabId)).toBe('1');

    const options = await openExtensionPage(session, 'options');
    await expect.poll(() => options.getByTestId('correction').count()).toBe(1);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export templates', exact: true }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as { learned?: { learned?: { corrections?: unknown[] } } };
    expect(file).toMatchObject({ format: 'selge-templates', learned: { format: 'selge-learned' } });
    expect(file.learned?.learned?.corrections).toHaveLength(1);
    expect(exported).not.toContain('Sanne');

    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: 'Forget all corrections and trusted people' }).click();
    await expect.poll(() => badge(tabId)).toBe('2');
    await expect.poll(() => pitchCards.count()).toBe(2);
    await expect.poll(() => options.getByTestId('correction').count()).toBe(0);

    const importFile = (name: string, text: string) =>
      options
        .locator('#import-file')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await importFile('selge-templates.json', exported);
    await expect
      .poll(() => options.getByTestId('status').textContent())
      .toBe('Corrections in the file: 1; trusted people: 0. Selge has them now.');
    await expect.poll(() => badge(tabId)).toBe('1');
    await expect.poll(() => pitchCards.count()).toBe(1);
    await expect
      .poll(() => panel.getByTestId('user-set').first().textContent())
      .toContain('You marked this as not a pitch.');
    await expect.poll(() => options.getByTestId('correction').count()).toBe(1);

    // One's own export again: nothing changed, and it says so.
    await importFile('selge-templates.json', exported);
    await expect
      .poll(() => options.getByTestId('status').textContent())
      .toBe(
        'The corrections and trusted people in the file are the ones Selge already has: nothing changed there.',
      );

    // A damaged learned part: a message for the person, and what Selge has stays.
    const damaged = JSON.parse(exported) as { learned: { learned: { corrections: unknown[] } } };
    damaged.learned.learned.corrections.push(['not a key']);
    await importFile('damaged.json', JSON.stringify(damaged));
    await expect
      .poll(() => options.getByTestId('status').textContent())
      .toMatch(
        /^The corrections and trusted people in this file cannot be read .*none of them were imported\.$/,
      );
    expect(await options.getByTestId('status').getAttribute('role')).toBe('alert');
    expect(await options.getByTestId('correction').count()).toBe(1);
    expect(await badge(tabId)).toBe('1');

    // The same damage beside a template: the template is imported all the same, and the status says both.
    const mixed = {
      ...damaged,
      templates: [{ id: 'custom-1', intent: 'listen', lang: 'en', text: 'Tell me more.' }],
    };
    await importFile('mixed.json', JSON.stringify(mixed));
    await expect
      .poll(() => options.getByTestId('status').textContent())
      .toMatch(/^Imported 1 template\. The corrections and trusted people in this file cannot be read /);
    expect(await options.getByTestId('status').getAttribute('role')).toBe('alert');
    expect(await options.getByTestId('template-list').locator('li').count()).toBe(1);
    expect(await options.getByTestId('correction').count()).toBe(1);
    await options.close();
    await panel.close();
    await page.close();
  });

  // Left by the test above: one correction. The section's own import button, with the files a user may pick.
  it('its own import button merges one’s own export and says in words why a file is refused', async () => {
    const options = await openExtensionPage(session, 'options');
    await expect.poll(() => options.getByTestId('correction').count()).toBe(1);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export corrections and trusted people' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const importFile = (name: string, buffer: Buffer) =>
      options.locator('#import-learned').setInputFiles({ name, mimeType: 'application/json', buffer });
    const status = options.getByTestId('status');

    // Before: the browser's own JSON error ("Unexpected token …"), in English whatever the page's language.
    await importFile('notes.json', Buffer.from('{"format": "selge-learned", '));
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Nothing was imported: this is not an export of corrections and trusted people (choose a file made with “Export corrections and trusted people” or “Export templates”).',
      );
    expect(await status.getAttribute('role')).toBe('alert');
    await importFile('empty.json', Buffer.from(' \n'));
    await expect.poll(() => status.textContent()).toBe('Nothing was imported: the file is empty.');
    await importFile('huge.json', Buffer.alloc(3_000_000, 32));
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Nothing was imported: the file is larger than 2 MB/);
    expect(await options.getByTestId('correction').count()).toBe(1);

    // One's own export again: merged, so nothing changes (before, it replaced, and a correction made since
    // the export was lost).
    await importFile('selge-learned.json', Buffer.from(exported));
    await expect
      .poll(() => status.textContent())
      .toBe(
        'The corrections and trusted people in the file are the ones Selge already has: nothing changed there.',
      );
    expect(await options.getByTestId('correction').count()).toBe(1);

    await setSettings(session, { uiLanguage: 'nl' });
    await expect.poll(() => options.locator('h1').textContent()).not.toBe('Selge settings');
    await importFile('notes.json', Buffer.from('not json'));
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Er is niets geïmporteerd: dit is geen export van correcties en vertrouwde personen/);
    await setSettings(session, { uiLanguage: 'en' });
    await options.close();
  });

  // Left by the tests above: one correction, on the thread's first pitch. Remove is one press beside each row.
  it('a correction removed by mistake comes back with Undo, and the badge with it', async () => {
    const page = await openLinkedIn(session, THREAD);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badge(tabId)).toBe('1');
    const options = await openExtensionPage(session, 'options');
    const rows = options.getByTestId('correction');
    await expect.poll(() => rows.count()).toBe(1);
    const focused = () => options.evaluate(() => document.activeElement?.textContent?.trim());
    await rows.first().getByRole('button', { name: 'Remove' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(0);
    await expect.poll(() => badge(tabId)).toBe('2');
    // Before: no word, and the focus at the top of the page with the row gone.
    expect(await options.getByTestId('status').textContent()).toBe(
      'Removed the correction: Selge shows its own verdict on that message again. Undo',
    );
    await expect.poll(focused).toBe('Undo');
    await options.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => badge(tabId)).toBe('1');
    expect(await options.getByTestId('status').textContent()).toBe('The correction is back.');
    await expect.poll(focused).toBe('Remove');
    await options.close();
    await page.close();
  });
});
