import browser from 'webextension-polyfill';
import { isMessage, isSelgeMessage } from '../shared/protocol';

const BADGE_COLOR = '#b4541a';

function badgeTitle(count: number): string {
  if (count === 0) return browser.i18n.getMessage('actionTitle');
  return browser.i18n.getMessage('badgeTooltip', [String(count)]);
}

/** Errors reported by content scripts, kept for the extension's own console and views (not LinkedIn's). */
const recentErrors: { where: string; message: string; at: number }[] = [];

browser.runtime.onMessage.addListener((incoming: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isSelgeMessage(incoming)) return undefined;
  if (isMessage(incoming, 'selge:page-summary')) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const text = incoming.pitchCount > 0 ? String(incoming.pitchCount) : '';
    return Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      browser.action.setTitle({ tabId, title: badgeTitle(incoming.pitchCount) }),
    ]).then(() => undefined);
  }
  if (isMessage(incoming, 'selge:content-error')) {
    recentErrors.push({ where: incoming.where, message: incoming.message, at: Date.now() });
    if (recentErrors.length > 50) recentErrors.shift();
    console.warn(`Selge content script (${incoming.where}): ${incoming.message}`);
    return undefined;
  }
  return undefined;
});
