// Issue 23: a correction holds after the browser is restarted on the same profile and after the extension is
// updated (a new version of its files in the same place: Chrome loads it as an update of the same extension).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DIST_CHROME,
  badgeOf,
  launchWithExtension,
  markTexts,
  openExtensionPage,
  openLinkedIn,
  tabIdOf,
  type ExtensionSession,
} from './harness';
import { setSettings } from './settings';

const THREAD = '/messaging/thread/2-sanne/';
const CORRECTED = 'Selge: you marked this as not a pitch';

async function openThread(session: ExtensionSession) {
  session.routes.set(THREAD, 'linkedin/messaging-thread.html');
  const page = await openLinkedIn(session, THREAD);
  return { page, tabId: await tabIdOf(session, page) };
}

/** A copy of the built extension in a folder of its own: an unpacked extension's id comes from its folder. */
async function copyOfExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'selge-ext-'));
  await cp(DIST_CHROME, dir, { recursive: true });
  return dir;
}

/** What a store update does to the files: a new version of the same extension in the same place. */
async function bumpVersion(dir: string): Promise<void> {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { version: string };
  const parts = manifest.version.split('.').map(Number);
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + 1;
  manifest.version = parts.join('.');
  await writeFile(file, JSON.stringify(manifest));
}

describe('a correction outlives a restart and an update (Chromium)', () => {
  it('"Not a pitch" holds on the badge, the marks and the popup after the browser restarts and after the extension is updated', async () => {
    const extensionDir = await copyOfExtension();
    let session = await launchWithExtension({ keepProfile: true, extensionDir });
    const profile = session.userDataDir;
    try {
      await setSettings(session, { pageMarks: true, uiLanguage: 'en' });
      const before = await openThread(session);
      const badge = (tabId: number) => badgeOf(session, tabId).then((b) => b.text);
      await expect.poll(() => badge(before.tabId)).toBe('2');
      const panel = await openExtensionPage(session, 'sidepanel', `?tab=${before.tabId}`);
      const pitchCards = panel.locator('article[data-verdict="pitch"]');
      await expect.poll(() => pitchCards.count()).toBe(2);
      await pitchCards.first().getByRole('button', { name: 'Not a pitch' }).click();
      await expect.poll(() => badge(before.tabId)).toBe('1');
      await session.close();

      session = await launchWithExtension({ userDataDir: profile, keepProfile: true, extensionDir });
      const restarted = await openThread(session);
      await expect.poll(() => badge(restarted.tabId)).toBe('1');
      await expect.poll(() => markTexts(restarted.page)).toContain(CORRECTED);
      await restarted.page.close();

      await session.close();
      await bumpVersion(extensionDir);
      session = await launchWithExtension({ userDataDir: profile, keepProfile: true, extensionDir });
      expect(await session.serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).not.toBe(
        await readFile(join(DIST_CHROME, 'manifest.json'), 'utf8').then(
          (text) => (JSON.parse(text) as { version: string }).version,
        ),
      );
      const updated = await openThread(session);
      await expect.poll(() => badge(updated.tabId), { timeout: 30_000 }).toBe('1');
      await expect.poll(() => markTexts(updated.page)).toContain(CORRECTED);
      const popup = await openExtensionPage(session, 'popup', `?tab=${updated.tabId}`);
      await expect.poll(() => popup.locator('article[data-verdict="pitch"]').count()).toBe(1);
      await expect.poll(() => popup.getByTestId('user-set').count()).toBe(1);
    } finally {
      await session.close();
      await rm(profile, { recursive: true, force: true });
      await rm(extensionDir, { recursive: true, force: true });
    }
  }, 180_000);
});
