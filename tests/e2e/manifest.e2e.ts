import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
});
