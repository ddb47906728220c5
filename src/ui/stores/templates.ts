import browser from 'webextension-polyfill';
import { BUILTIN_TEMPLATES } from '../../replies/templates';
import type { ReplyTemplate } from '../../replies/types';
import { parseTemplateStore, type TemplateStore } from '../../shared/templates-store';

/** Built-in templates plus the user's own (their own first, so they are shown before the built-in ones). */
export async function loadAllTemplates(): Promise<ReplyTemplate[]> {
  try {
    const stored = await browser.storage.local.get('templates');
    return [...toReplyTemplates(parseTemplateStore(stored.templates).store), ...BUILTIN_TEMPLATES];
  } catch {
    return [...BUILTIN_TEMPLATES];
  }
}

/** The user's stored templates as the reply studio takes them (shared/ holds their schema, not the replies' types). */
export function toReplyTemplates(store: TemplateStore): ReplyTemplate[] {
  return store.items.map((item) => ({ ...item, source: 'custom' as const }));
}
