import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function builtManifest(target: 'chrome' | 'firefox') {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../dist/${target}/manifest.json`), 'utf8'));
}

describe('the built manifests', () => {
  it.each(['chrome', 'firefox'] as const)('%s: exposes no file to linkedin.com', (target) => {
    const manifest = builtManifest(target);
    const exposed = (manifest.web_accessible_resources ?? []).filter(
      (entry: { matches?: string[]; use_dynamic_url?: boolean }) =>
        (entry.matches ?? []).some((match) => /linkedin|<all_urls>|^\*:\/\/\*\//.test(match)) &&
        !entry.use_dynamic_url,
    );
    expect(exposed).toEqual([]);
  });

  it.each(['chrome', 'firefox'] as const)('%s: the content script is one self-contained file', (target) => {
    const manifest = builtManifest(target);
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script.matches).toEqual(['https://www.linkedin.com/*']);
    expect(script.js).toHaveLength(1);
    const code = readFileSync(resolve(import.meta.dirname, `../../dist/${target}`, script.js[0]), 'utf8');
    expect(code).not.toContain('import(');
    expect(code.split('\n').some((line) => line.startsWith('import '))).toBe(false);
  });

  // A visible decision: adding a permission means changing this list (issue 7).
  it.each(['chrome', 'firefox'] as const)('%s: the content script stays under 30 KB gzipped', (target) => {
    // LinkedIn's tab pays for every byte on each page load (issue 23 set the budget when the marks got buttons).
    const [script] = builtManifest(target).content_scripts;
    const code = readFileSync(resolve(import.meta.dirname, `../../dist/${target}`, script.js[0]));
    expect(gzipSync(code).length).toBeLessThan(30 * 1024);
  });

  it('asks for exactly these permissions', () => {
    const chrome = builtManifest('chrome');
    expect(chrome.permissions).toEqual(['storage', 'contextMenus', 'sidePanel']);
    expect(chrome.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(chrome.optional_permissions).toBeUndefined();

    const firefox = builtManifest('firefox');
    expect(firefox.permissions).toEqual(['storage', 'contextMenus']);
    expect(firefox.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.sidebar_action.default_panel).toBe('src/ui/sidepanel/index.html');
  });

  it('keeps a strict content security policy on extension pages', () => {
    const csp: string = builtManifest('chrome').content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });

  // The minified bundles lose the licence headers of what they include; MIT and MPL-2.0 ask for the notice.
  it.each(['chrome', 'firefox'] as const)(
    '%s: ships a notice naming each runtime dependency with its licence text, and Selge’s own licence',
    (target) => {
      const notices = readFileSync(resolve(ROOT, `dist/${target}/THIRD-PARTY-NOTICES.txt`), 'utf8');
      const { dependencies } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      expect(Object.keys(dependencies).sort()).toEqual(['preact', 'valibot', 'webextension-polyfill']);
      for (const name of Object.keys(dependencies)) {
        const dir = resolve(ROOT, 'node_modules', name);
        const { version, license } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as {
          version: string;
          license: string;
        };
        expect(notices).toContain(`${name} ${version} (${license})`);
        const licenceFile = readdirSync(dir).find((file) => /^licen[cs]e/i.test(file));
        expect(licenceFile, name).toBeDefined();
        expect(notices).toContain(readFileSync(resolve(dir, licenceFile!), 'utf8').trim());
      }
      expect(notices).toContain('Mozilla Public License Version 2.0');
      expect(readFileSync(resolve(ROOT, `dist/${target}/LICENSE`), 'utf8')).toBe(
        readFileSync(resolve(ROOT, 'LICENSE'), 'utf8'),
      );
    },
  );

  it('the project has a licence of its own', () => {
    expect(existsSync(resolve(ROOT, 'LICENSE'))).toBe(true);
    expect(readFileSync(resolve(ROOT, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 the Selge authors\n/,
    );
    expect(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).license).toBe('MIT');
  });
});
