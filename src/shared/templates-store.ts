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

/**
 * The editor's rules for a template's text, also applied to imported templates: what is saved is the text
 * trimmed, and it must hold something and fit the limit. A whitespace-only template would show an empty reply.
 */
export function checkTemplateText(
  text: string,
): { ok: true; text: string } | { ok: false; fault: 'no-text' | 'too-long' } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, fault: 'no-text' };
  if (trimmed.length > (TEMPLATE_TEXT_MAX_LENGTH ?? Infinity)) return { ok: false, fault: 'too-long' };
  return { ok: true, text: trimmed };
}

/**
 * The export file: what "Export" writes and "Import" accepts. `learned`, when the user taught Selge anything,
 * is what shared/storage.ts exportLearned makes (corrections and trusted people, no text, and their secret);
 * it is read by importLearnedPart on its own, so a damaged part costs none of the templates.
 */
export const ExportFileSchema = v.object({
  format: v.literal('selge-templates'),
  version: v.literal(TEMPLATES_VERSION),
  templates: TemplateListSchema,
  learned: v.optional(v.unknown()),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;
type ImportedTemplate = ExportFile['templates'][number];

export function toExportFile(store: TemplateStore, learned?: unknown): ExportFile {
  return {
    format: 'selge-templates',
    version: TEMPLATES_VERSION,
    templates: store.items,
    ...(learned === undefined ? {} : { learned }),
  };
}

/**
 * Why a file was not imported, as facts the page puts into words in the reader's language (a schema's
 * wording and paths are for developers). `number` counts templates in the file from 1.
 */
export type ImportProblem =
  | { kind: 'empty-file' }
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-templates' }
  | { kind: 'other-version'; version: number }
  | { kind: 'too-many'; count: number }
  | {
      kind: 'template';
      number: number;
      fault: 'no-text' | 'too-long' | 'intent' | 'lang' | 'unreadable' | 'repeated';
    };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first fault of one template in a file, or its text as the editor would save it. */
function readImportedTemplate(
  raw: unknown,
):
  | { ok: true; template: ImportedTemplate }
  | { ok: false; fault: 'no-text' | 'too-long' | 'intent' | 'lang' | 'unreadable' } {
  if (!isRecord(raw)) return { ok: false, fault: 'unreadable' };
  if (typeof raw.text !== 'string') return { ok: false, fault: 'no-text' };
  const text = checkTemplateText(raw.text);
  if (!text.ok) return text;
  const parsed = v.safeParse(CustomTemplateSchema, { ...raw, text: text.text });
  if (parsed.success) return { ok: true, template: parsed.output };
  const key = parsed.issues[0]?.path?.[0]?.key;
  return { ok: false, fault: key === 'intent' ? 'intent' : key === 'lang' ? 'lang' : 'unreadable' };
}

/** Parses an import file's text: the templates, or what is wrong (nothing of a faulty file is imported). */
export function parseImportFile(
  text: string,
):
  | { ok: true; templates: ExportFile['templates']; learned?: unknown }
  | { ok: false; problem: ImportProblem } {
  const fail = (problem: ImportProblem) => ({ ok: false as const, problem });
  if (text.trim() === '') return fail({ kind: 'empty-file' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  if (!isRecord(raw) || raw.format !== 'selge-templates' || !Array.isArray(raw.templates))
    return fail({ kind: 'not-templates' });
  if (raw.version !== TEMPLATES_VERSION)
    return fail({ kind: 'other-version', version: typeof raw.version === 'number' ? raw.version : 0 });
  if (raw.templates.length > MAX_TEMPLATES) return fail({ kind: 'too-many', count: raw.templates.length });
  const templates: ImportedTemplate[] = [];
  const ids = new Set<string>();
  for (const [index, item] of raw.templates.entries()) {
    const read = readImportedTemplate(item);
    if (!read.ok) return fail({ kind: 'template', number: index + 1, fault: read.fault });
    if (ids.has(read.template.id)) return fail({ kind: 'template', number: index + 1, fault: 'repeated' });
    ids.add(read.template.id);
    templates.push(read.template);
  }
  // Not checked here: a damaged learned part is said on its own and the templates are still imported.
  return { ok: true, templates, ...('learned' in raw ? { learned: raw.learned } : {}) };
}

/** Imported templates replace stored ones with the same id and add the rest; nothing else is touched. */
export function mergeTemplates(store: TemplateStore, incoming: ExportFile['templates']): TemplateStore {
  return importTemplates(store, incoming).store;
}

/**
 * Merges imported templates (see mergeTemplates) and says which stored templates got another text, kind or
 * language from the file: an old export imported again would otherwise undo edits without a word.
 */
export function importTemplates(
  store: TemplateStore,
  incoming: ExportFile['templates'],
): {
  store: TemplateStore;
  replaced: { before: ImportedTemplate; after: ImportedTemplate }[];
  /** Templates of the file the user already had as they are: re-importing one's own export changes nothing. */
  unchanged: number;
} {
  const byId = new Map(store.items.map((item) => [item.id, item]));
  const replaced: { before: ImportedTemplate; after: ImportedTemplate }[] = [];
  let unchanged = 0;
  for (const item of incoming) {
    const before = byId.get(item.id);
    if (before && (before.text !== item.text || before.intent !== item.intent || before.lang !== item.lang))
      replaced.push({ before, after: item });
    else if (before) unchanged += 1;
    byId.set(item.id, item);
  }
  return { store: { version: TEMPLATES_VERSION, items: [...byId.values()] }, replaced, unchanged };
}
