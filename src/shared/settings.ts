import * as v from 'valibot';

/** The user's settings, stored in storage.sync (small, versioned, validated on every read). */
export const SETTINGS_VERSION = 1;

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  uiLanguage: v.picklist(['auto', 'en', 'nl']),
  strictness: v.picklist(['relaxed', 'normal', 'strict']),
  /** Small marks next to pitch messages on LinkedIn itself. Off by default: Selge reads, it does not decorate. */
  pageMarks: v.boolean(),
  aboutMe: v.object({
    workMode: v.picklist(['unknown', 'alone', 'small-team', 'company']),
    role: v.pipe(v.string(), v.maxLength(200)),
    sector: v.pipe(v.string(), v.maxLength(200)),
    /** The user's own words, used as "recipient's self-description" for incoming messages. */
    description: v.pipe(v.string(), v.maxLength(500)),
    /** Used in reply templates: "{myName}". */
    name: v.pipe(v.string(), v.maxLength(100)),
  }),
  /** Count how often the user's own first messages pitched (statistics); off unless they turn it on. */
  statsOwnDrafts: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  uiLanguage: 'auto',
  strictness: 'normal',
  pageMarks: false,
  aboutMe: { workMode: 'unknown', role: '', sector: '', description: '', name: '' },
  statsOwnDrafts: false,
};

/** Older stored shapes, upgraded one version at a time. Version 0 is the unversioned shape of early builds. */
const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  0: (old) => ({
    ...DEFAULT_SETTINGS,
    ...old,
    aboutMe: { ...DEFAULT_SETTINGS.aboutMe, ...(old.aboutMe as object) },
    version: 1,
  }),
};

export type ParsedSettings =
  { ok: true; settings: Settings } | { ok: false; settings: Settings; problem: string };

/** Validates stored settings, migrating older versions; anything unreadable gives the defaults and says why. */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { ok: true, settings: DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, settings: DEFAULT_SETTINGS, problem: 'stored settings are not an object' };
  let value = raw as Record<string, unknown>;
  let version = typeof value.version === 'number' ? value.version : 0;
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      settings: DEFAULT_SETTINGS,
      problem: `stored settings come from a newer Selge (version ${version})`,
    };
  }
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate)
      return {
        ok: false,
        settings: DEFAULT_SETTINGS,
        problem: `no migration from settings version ${version}`,
      };
    value = migrate(value);
    version += 1;
  }
  const result = v.safeParse(SettingsSchema, value);
  if (result.success) return { ok: true, settings: result.output };
  const issue = result.issues[0];
  const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  return {
    ok: false,
    settings: DEFAULT_SETTINGS,
    problem: `stored settings are invalid${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown'}`,
  };
}
