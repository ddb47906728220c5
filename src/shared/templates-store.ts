import * as v from 'valibot';
import type { ReplyTemplate } from '../replies/types';

/** The user's own reply templates, stored in storage.local under "templates" (versioned). */
export const TEMPLATES_VERSION = 1;

export const CustomTemplateSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  intent: v.picklist(['listen', 'easy-yes', 'decline', 'humour']),
  lang: v.picklist(['en', 'nl']),
  text: v.pipe(
    v.string(),
    v.minLength(1, 'a template needs text'),
    v.maxLength(2000, 'a template is at most 2,000 characters'),
  ),
});

export const TemplateStoreSchema = v.object({
  version: v.literal(TEMPLATES_VERSION),
  items: v.pipe(v.array(CustomTemplateSchema), v.maxLength(500)),
});

export type TemplateStore = v.InferOutput<typeof TemplateStoreSchema>;

export const EMPTY_TEMPLATE_STORE: TemplateStore = { version: TEMPLATES_VERSION, items: [] };

export function parseTemplateStore(
  raw: unknown,
): { ok: true; store: TemplateStore } | { ok: false; store: TemplateStore; problem: string } {
  if (raw === undefined || raw === null) return { ok: true, store: EMPTY_TEMPLATE_STORE };
  const result = v.safeParse(TemplateStoreSchema, raw);
  if (result.success) return { ok: true, store: result.output };
  return { ok: false, store: EMPTY_TEMPLATE_STORE, problem: describeIssue(result.issues) };
}

export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function toReplyTemplates(store: TemplateStore): ReplyTemplate[] {
  return store.items.map((item) => ({ ...item, source: 'custom' as const }));
}
