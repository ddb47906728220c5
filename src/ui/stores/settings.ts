import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../../shared/settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get('settings');
    return parseSettings(stored.settings).settings;
  } catch {
    return parseSettings(undefined).settings;
  }
}

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
