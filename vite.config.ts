import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

type Target = 'chrome' | 'firefox';

export const FIREFOX_ID = 'selge@selge.app';
const CONTENT_SCRIPT = 'src/content/index.ts';

/**
 * One manifest.json serves both browsers. Firefox has no side_panel (it has sidebar_action) and runs the
 * background as event-page scripts; crxjs rewrites `background` for it, we adjust the rest here.
 */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  manifest.version = pkg.version;
  if (target === 'chrome') return manifest as ManifestV3Export;

  const { side_panel: sidePanel, ...rest } = manifest;
  return {
    ...rest,
    permissions: manifest.permissions.filter((permission) => permission !== 'sidePanel'),
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: '__MSG_extName__',
      default_icon: manifest.action.default_icon,
      open_at_install: false,
    },
    commands: {
      // Firefox opens the sidebar through its reserved command, no code needed.
      _execute_sidebar_action: manifest.commands['open-side-panel'],
    },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * Selge's licence and the notice of the third-party code in the bundles (preact, valibot: MIT;
 * webextension-polyfill: MPL-2.0), whose licence headers minifying removes. Both land in the store zips.
 */
function licenceFiles(): Plugin {
  return {
    name: 'selge-licence-files',
    apply: 'build',
    generateBundle() {
      const root = import.meta.dirname;
      this.emitFile({
        type: 'asset',
        fileName: 'LICENSE',
        source: readFileSync(resolve(root, 'LICENSE'), 'utf8'),
      });
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: thirdPartyNotices(root) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained file: no loader, nothing LinkedIn can probe through web_accessible_resources.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      licenceFiles(),
    ],
    define: { __SELGE_TARGET__: JSON.stringify(target) },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox142' : 'chrome120',
      // The polyfill fetches modules; the extension pages' CSP forbids fetch (connect-src 'none').
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          trainer: resolve(import.meta.dirname, 'src/ui/trainer/index.html'),
          // The first-run page (issue 21, item 7): opened by the background after install, in no manifest key.
          welcome: resolve(import.meta.dirname, 'src/ui/welcome/index.html'),
          // Chrome's side_panel makes crxjs emit this page; Firefox's sidebar_action does not, so name it here.
          sidepanel: resolve(import.meta.dirname, 'src/ui/sidepanel/index.html'),
        },
      },
    },
    server: { port: 5199, strictPort: true },
  };
});
