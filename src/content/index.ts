import browser from 'webextension-polyfill';

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: string }).type === 'selge:get-page-context') {
    return Promise.resolve({ surface: 'none', reason: 'not implemented' });
  }
  return undefined;
});
document.documentElement.dataset.selgeReady = '';
