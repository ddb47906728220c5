import * as v from 'valibot';
import { describeIssue, maxLengthOf } from './schema';

/** The user's own reply templates, stored in storage.local under "templates" (versioned). */
export const TEMPLATES_VERSION = 1;
/** How many templates Selge keeps: the same limit for reading, writing and importing. */
export const MAX_TEMPLATES = 500;

const TemplateTextSchema = v.pipe(
  v.string(),
  v.minLength(1, 'a template needs text'),
  v.maxLength(2000, 'a template is at most 2,000 characters'),
);
export const TEMPLATE_TEXT_MAX_LENGTH = maxLengthOf(TemplateTextSchema);

export const CustomTemplateSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  intent: v.picklist(['listen', 'easy-yes', 'decline', 'humour']),
  lang: v.picklist(['en', 'nl']),
  text: TemplateTextSchema,
});
type CustomTemplate = v.InferOutput<typeof CustomTemplateSchema>;

const TemplateListSchema = v.pipe(
  v.array(CustomTemplateSchema),
  v.maxLength(MAX_TEMPLATES, `at most ${MAX_TEMPLATES} templates`),
  v.check(
    (items) => new Set(items.map((item) => item.id)).size === items.length,
    'the same id appears twice',
  ),
);

export const TemplateStoreSchema = v.object({
  version: v.literal(TEMPLATES_VERSION),
  items: TemplateListSchema,
});

export type TemplateStore = v.InferOutput<typeof TemplateStoreSchema>;

export const EMPTY_TEMPLATE_STORE: TemplateStore = { version: TEMPLATES_VERSION, items: [] };

/**
 * Reads a stored template set with the schema writes are checked against. What cannot be read is left out
 * item by item (a bad template, a repeated id, anything past the limit), so one fault never costs the rest.
 */
export function parseTemplateStore(raw: unknown): {
  store: TemplateStore;
  problems: string[];
  /** Written by a newer Selge: shown as far as understood, never written over (see newerTemplatesVersion). */
  newer: boolean;
} {
  if (raw === undefined || raw === null) return { store: EMPTY_TEMPLATE_STORE, problems: [], newer: false };
  const whole = v.safeParse(TemplateStoreSchema, raw);
  if (whole.success) return { store: whole.output, problems: [], newer: false };
  const newer = newerTemplatesVersion(raw) !== null;
  // A newer format is not a fault: nothing to report or set aside, its templates are read as far as known.
  const problems = newer ? [] : [describeIssue(whole.issues)];
  const rawItems = (raw as { items?: unknown }).items;
  if (!Array.isArray(rawItems)) return { store: EMPTY_TEMPLATE_STORE, problems, newer };
  const items: CustomTemplate[] = [];
  const ids = new Set<string>();
  for (const rawItem of rawItems) {
    if (items.length === MAX_TEMPLATES) break;
    const item = v.safeParse(CustomTemplateSchema, rawItem);
    if (!item.success || ids.has(item.output.id)) continue;
    ids.add(item.output.id);
    items.push(item.output);
  }
  return { store: { version: TEMPLATES_VERSION, items }, problems, newer };
}

/** The version of a template set a newer Selge stored, or null for one this Selge writes itself. */
export function newerTemplatesVersion(raw: unknown): number | null {
  const version = (raw as { version?: unknown } | null)?.version;
  return typeof version === 'number' && version > TEMPLATES_VERSION ? version : null;
}

/** Checks a template set before it is written: null when it is fine, else what is wrong. */
export function checkTemplateStore(store: TemplateStore): string | null {
  const result = v.safeParse(TemplateStoreSchema, store);
  return result.success ? null : describeIssue(result.issues);
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
  templates: TemplateListSchema,
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
  return { ok: true, templates: result.output.templates };
}

/** Imported templates replace stored ones with the same id and add the rest; nothing else is touched. */
export function mergeTemplates(store: TemplateStore, incoming: ExportFile['templates']): TemplateStore {
  const byId = new Map(store.items.map((item) => [item.id, item]));
  for (const item of incoming) byId.set(item.id, item);
  return { version: TEMPLATES_VERSION, items: [...byId.values()] };
}
