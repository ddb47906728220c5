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

/** The export file: what "Export" writes and "Import" accepts. */
export const ExportFileSchema = v.object({
  format: v.literal(
    'selge-templates',
    'this is not a Selge templates file (format must be "selge-templates")',
  ),
  version: v.literal(
    TEMPLATES_VERSION,
    `unsupported version (this Selge reads version ${TEMPLATES_VERSION})`,
  ),
  templates: v.pipe(v.array(CustomTemplateSchema), v.maxLength(500, 'at most 500 templates')),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

export function toExportFile(store: TemplateStore): ExportFile {
  return { format: 'selge-templates', version: TEMPLATES_VERSION, templates: store.items };
}

/** Parses an import file's text: a clear message naming what is wrong, or the templates. */
export function parseImportFile(
  text: string,
): { ok: true; templates: ExportFile['templates'] } | { ok: false; problem: string } {
  if (text.trim() === '') return { ok: false, problem: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `the file is not valid JSON (${(error as Error).message})` };
  }
  const result = v.safeParse(ExportFileSchema, raw);
  if (!result.success) return { ok: false, problem: describeIssue(result.issues) };
  const ids = new Set<string>();
  for (const template of result.output.templates) {
    if (ids.has(template.id))
      return { ok: false, problem: `templates.${template.id}: the same id appears twice` };
    ids.add(template.id);
  }
  return { ok: true, templates: result.output.templates };
}

/** Imported templates replace stored ones with the same id and add the rest; nothing else is touched. */
export function mergeTemplates(store: TemplateStore, incoming: ExportFile['templates']): TemplateStore {
  const byId = new Map(store.items.map((item) => [item.id, item]));
  for (const item of incoming) byId.set(item.id, item);
  return { version: TEMPLATES_VERSION, items: [...byId.values()] };
}
