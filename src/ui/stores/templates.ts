import browser from 'webextension-polyfill';
import { BUILTIN_TEMPLATES } from '../../replies/templates';
import type { ReplyTemplate } from '../../replies/types';
import { parseTemplateStore, toReplyTemplates } from '../../shared/templates-store';

/** Built-in templates plus the user's own (their own first, so they are shown before the built-in ones). */
export async function loadAllTemplates(): Promise<ReplyTemplate[]> {
  try {
    const stored = await browser.storage.local.get('templates');
    return [...toReplyTemplates(parseTemplateStore(stored.templates).store), ...BUILTIN_TEMPLATES];
  } catch {
    return [...BUILTIN_TEMPLATES];
  }
}
