import browser from 'webextension-polyfill';

export { readSettings as loadSettings } from '../../shared/storage';

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
