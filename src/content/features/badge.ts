import browser from 'webextension-polyfill';
import { message, type PageSummary } from '../../shared/protocol';
import { registerFeature } from './registry';

let lastSent = '';

/** Keeps the toolbar badge current: the service worker shows the count for this tab. */
registerFeature({
  name: 'badge',
  async update({ summary }) {
    const key = JSON.stringify(summary);
    if (key === lastSent) return;
    lastSent = key;
    const request: PageSummary = summary;
    await browser.runtime.sendMessage(message('selge:page-summary', request));
  },
});
