import browser from 'webextension-polyfill';
import { message, type LearnRequest } from './protocol';

/** Hands a correction, undo or trust to the background (issue 23), from a view or a mark's button; true when it was kept. */
export async function sendLearn(learn: LearnRequest): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage(message('selge:learn', { learn }))) as
      { ok?: unknown } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}
