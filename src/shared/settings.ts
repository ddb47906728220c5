import * as v from 'valibot';
import { maxLengthOf } from './schema';

/** The user's settings, stored in storage.sync (small, versioned, validated on every read and every write). */
export const SETTINGS_VERSION = 3;

const ABOUT_ME_ENTRIES = {
  workMode: v.picklist(['unknown', 'alone', 'small-team', 'company']),
  role: v.pipe(v.string(), v.maxLength(200, 'a role is at most 200 characters')),
  sector: v.pipe(v.string(), v.maxLength(200, 'a sector is at most 200 characters')),
  /** The user's own words, used as "recipient's self-description" for incoming messages. */
  description: v.pipe(v.string(), v.maxLength(500, 'a description is at most 500 characters')),
  /** Used in reply templates: "{myName}". */
  name: v.pipe(v.string(), v.maxLength(100, 'a first name is at most 100 characters')),
};

const TOP_ENTRIES = {
  uiLanguage: v.picklist(['auto', 'en', 'nl']),
  strictness: v.picklist(['relaxed', 'normal', 'strict']),
  /** Small marks next to pitch messages on LinkedIn itself. Off by default: Selge reads, it does not decorate. */
  pageMarks: v.boolean(),
  /** With marks on: mark the inbox's conversation list too (issue 22), not only the open conversation. */
  listMarks: v.boolean(),
  /**
   * The indicator at the compose box and the note field (issue 21). On by default, as a spelling checker is;
   * someone who finds it in the way turns it off without losing the views.
   */
  draftIndicator: v.boolean(),
  /** Count how often the user's own first messages pitched (statistics); off unless they turn it on. */
  statsOwnDrafts: v.boolean(),
};

const AboutMeSchema = v.object(ABOUT_ME_ENTRIES);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  ...TOP_ENTRIES,
  aboutMe: AboutMeSchema,
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
type AboutMe = Settings['aboutMe'];

/** Some fields of the settings: what one edit changes, and all that is ever written over stored settings. */
export const SettingsPatchSchema = v.partial(v.object({ ...TOP_ENTRIES, aboutMe: v.partial(AboutMeSchema) }));
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  uiLanguage: 'auto',
  strictness: 'normal',
  pageMarks: false,
  listMarks: true,
  draftIndicator: true,
  aboutMe: { workMode: 'unknown', role: '', sector: '', description: '', name: '' },
  statsOwnDrafts: false,
};

export const ABOUT_ME_MAX_LENGTH = {
  name: maxLengthOf(ABOUT_ME_ENTRIES.name),
  role: maxLengthOf(ABOUT_ME_ENTRIES.role),
  sector: maxLengthOf(ABOUT_ME_ENTRIES.sector),
  description: maxLengthOf(ABOUT_ME_ENTRIES.description),
};

/** Older stored shapes, upgraded one version at a time. Version 0 is the unversioned shape of early builds. */
const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  0: (old) => ({ ...old, version: 1 }),
  // Version 2 added listMarks; its default (on, under the page marks switch) fills in.
  1: (old) => ({ ...old, version: 2 }),
  // Version 3 added draftIndicator; its default (on, as before the setting existed) fills in.
  2: (old) => ({ ...old, version: 3 }),
};

export interface ParsedSettings {
  /** Every field this Selge knows: the stored value where it was readable, else the default. */
  settings: Settings;
  /** What could not be read, one line per field; empty when all was well. */
  problems: string[];
  /** Written by a newer Selge: read as far as understood, and never to be written over as a whole. */
  newer: boolean;
  /** An older shape was upgraded (the upgraded one may be stored). */
  migrated: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads each field on its own, so one bad or unknown field costs that field and never the others. */
function readFields<T extends Record<string, unknown>>(
  entries: Record<string, v.GenericSchema>,
  value: Record<string, unknown>,
  defaults: T,
  prefix: string,
  problems: string[],
  reportMissing: boolean,
): T {
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, schema] of Object.entries(entries)) {
    if (value[key] === undefined) {
      if (reportMissing) problems.push(`${prefix}${key} is missing`);
      continue;
    }
    const parsed = v.safeParse(schema, value[key]);
    if (parsed.success) result[key] = parsed.output;
    else problems.push(`${prefix}${key}: ${parsed.issues[0]?.message ?? 'unreadable'}`);
  }
  return result as T;
}

/** Validates stored settings field by field, migrating older versions and reading newer ones as far as known. */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null)
    return { settings: DEFAULT_SETTINGS, problems: [], newer: false, migrated: false };
  if (!isRecord(raw))
    return {
      settings: DEFAULT_SETTINGS,
      problems: ['stored settings are not an object'],
      newer: false,
      migrated: false,
    };
  let value = raw;
  let version = typeof value.version === 'number' ? value.version : 0;
  const newer = version > SETTINGS_VERSION;
  const migrated = version < SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate)
      return {
        settings: DEFAULT_SETTINGS,
        problems: [`no migration from settings version ${version}`],
        newer,
        migrated: false,
      };
    value = migrate(value);
    version += 1;
  }
  // Fields an older shape never had, or a newer one dropped, are simply defaults.
  const strict = !newer && !migrated;
  const problems: string[] = [];
  const top = readFields(TOP_ENTRIES, value, DEFAULT_SETTINGS, '', problems, strict);
  let aboutMe: AboutMe = DEFAULT_SETTINGS.aboutMe;
  if (isRecord(value.aboutMe))
    aboutMe = readFields(ABOUT_ME_ENTRIES, value.aboutMe, aboutMe, 'aboutMe.', problems, strict);
  else if (value.aboutMe !== undefined || strict) problems.push('aboutMe is not an object');
  return {
    settings: { ...top, version: SETTINGS_VERSION, aboutMe },
    problems,
    newer,
    migrated,
  };
}

/**
 * Writes some fields over stored settings and keeps every other field, including those only a newer Selge
 * knows. Stored settings that are not an object start from the defaults.
 */
export function applySettingsPatch<T extends object>(base: T, patch: SettingsPatch): T {
  const { aboutMe, ...top } = patch;
  const next: Record<string, unknown> = { ...base, ...top };
  if (aboutMe) next.aboutMe = { ...(isRecord(next.aboutMe) ? next.aboutMe : {}), ...aboutMe };
  return next as T;
}

/** Later edits win; edits to different fields of "about me" are both kept. */
export function mergeSettingsPatches(earlier: SettingsPatch, later: SettingsPatch): SettingsPatch {
  const merged = { ...earlier, ...later };
  if (earlier.aboutMe && later.aboutMe) merged.aboutMe = { ...earlier.aboutMe, ...later.aboutMe };
  return merged;
}

export function isEmptySettingsPatch(patch: SettingsPatch): boolean {
  return Object.keys(patch).length === 0;
}
