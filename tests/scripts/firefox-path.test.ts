import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in Firefox binary that prints the version line Firefox prints. */
function fakeFirefox(versionLine: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'selge-firefox-')), 'firefox');
  writeFileSync(path, `#!/bin/sh\necho '${versionLine}'\n`);
  chmodSync(path, 0o755);
  return path;
}

async function findWith(path: string): Promise<string> {
  vi.stubEnv('FIREFOX_PATH', path);
  vi.resetModules();
  const { findFirefox } = await import('../../scripts/firefox-path.mjs');
  return findFirefox();
}

describe('finding the Firefox the end-to-end tests drive', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('says which Firefox is too old for the add-on and how to get a newer one', async () => {
    const old = fakeFirefox('Mozilla Firefox 140.12.0esr');
    await expect(findWith(old)).rejects.toThrow(
      `${old} is Firefox 140; Selge needs 142 or newer. Debian/Ubuntu: \`sudo apt-get update && sudo apt-get install -y firefox-esr\``,
    );
  });

  it('takes a Firefox of 142 or newer', async () => {
    const current = fakeFirefox('Mozilla Firefox 153.8.0esr');
    await expect(findWith(current)).resolves.toBe(current);
  });
});
