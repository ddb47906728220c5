/**
 * Local statistics: counts per ISO week, never message texts. Each message is counted once, recognised by a
 * fingerprint the service worker makes with a random secret of this install (HMAC-SHA-256), so a copy of the
 * counts alone cannot confirm a guess of who wrote what. What one page can add is bounded: a few messages per
 * conversation and a few dozen a minute, so a page that invents messages cannot inflate the counts.
 */
import * as v from 'valibot';

export const STATS_VERSION = 2;
const MAX_SEEN = 5000;
const MAX_CONVERSATIONS = 2000;
const MAX_WEEKS = 104;
/** Spam conversations are a pitch and a follow-up or two; a page adding hundreds to one is not a person. */
export const MAX_COUNTED_PER_CONVERSATION = 10;
/** Reading an inbox counts a few conversations a minute; more than this is a page writing messages. */
export const MAX_COUNTED_PER_MINUTE = 40;
const MINUTE_MS = 60_000;

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const WeekSchema = v.object({
  incoming: CountSchema,
  pitchMessages: CountSchema,
  pitchNotes: CountSchema,
  ownFirst: CountSchema,
  ownFirstPitches: CountSchema,
  rules: v.record(v.string(), CountSchema),
});
const WEEK_KEY = /^\d{4}-W\d{2}$/;
/** A keyed fingerprint: 12 bytes of HMAC-SHA-256, base64url. */
const FingerprintSchema = v.pipe(v.string(), v.regex(/^[\w-]{16}$/));
const WindowSchema = v.object({ start: v.number(), counted: CountSchema });

export type WeekStats = v.InferOutput<typeof WeekSchema>;

export interface Stats {
  version: typeof STATS_VERSION;
  weeks: Record<string, WeekStats>;
  /** Keyed fingerprints of the messages already counted, newest last. */
  seen: string[];
  /** Keyed fingerprint of a conversation -> how many of its messages were counted. */
  conversations: Record<string, number>;
  /** The current minute's count, for the per-minute bound (kept here: the service worker comes and goes). */
  window: { start: number; counted: number };
}

/** One message or note to count, as the content script reports it (identities, never texts). */
const StatsItemSchema = v.object({
  kind: v.picklist(['message', 'note', 'own-first']),
  pitch: v.boolean(),
  rules: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(100)),
  /** The message: `identity(kind|sender|text)`, keyed by the service worker before anything is stored. */
  message: v.pipe(v.string(), v.maxLength(64)),
  /** The conversation it belongs to: `identity(...)` of the other person, keyed likewise. */
  conversation: v.pipe(v.string(), v.maxLength(64)),
});
export type StatsItem = v.InferOutput<typeof StatsItemSchema>;

/** The well-formed items of a page's report (it crossed a process boundary: checked, not trusted). */
export function parseStatsItems(raw: unknown): StatsItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((item): item is StatsItem => v.is(StatsItemSchema, item));
}

export const EMPTY_STATS: Stats = {
  version: STATS_VERSION,
  weeks: {},
  seen: [],
  conversations: {},
  window: { start: 0, counted: 0 },
};

const IDENTITY_SPAN = 4096;

/**
 * A 64-bit hash (cyrb53's mixing in two 32-bit lanes) naming a message or a conversation between the
 * content script and the service worker. It is never stored; the service worker keys it first.
 */
export function identity(text: string): string {
  // A long text is named by its length, head and tail: a hostile megabyte costs no more than 8 KB.
  const sample =
    text.length > 2 * IDENTITY_SPAN
      ? `${text.length}|${text.slice(0, IDENTITY_SPAN)}|${text.slice(-IDENTITY_SPAN)}`
      : text;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Bytes as base64url without padding (fingerprints and the secret are stored this way). */
export function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');
}

/** ISO-8601 week, e.g. "2026-W48". */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function emptyWeek(): WeekStats {
  return { incoming: 0, pitchMessages: 0, pitchNotes: 0, ownFirst: 0, ownFirstPitches: 0, rules: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of a stored record that pass the schema; the others are left out and named in `problems`. */
function readEntries<T>(
  raw: unknown,
  validKey: (key: string) => boolean,
  schema: v.GenericSchema<unknown, T>,
  label: string,
  problems: string[],
): Record<string, T> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push(`${label} is not an object`);
    return {};
  }
  const kept: Record<string, T> = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = v.safeParse(schema, value);
    if (validKey(key) && parsed.success) kept[key] = parsed.output;
    else problems.push(`${label}.${key} is unreadable`);
  }
  return kept;
}

/**
 * Reads stored statistics part by part: an unreadable week is left out, the others stay. Version 1 kept
 * plain, unkeyed hashes of "kind|sender|text"; they are dropped on upgrade (those messages may count again).
 */
export function parseStats(raw: unknown): { stats: Stats; problems: string[] } {
  if (raw === undefined || raw === null) return { stats: EMPTY_STATS, problems: [] };
  if (!isRecord(raw)) return { stats: EMPTY_STATS, problems: ['statistics are not an object'] };
  const problems: string[] = [];
  if (raw.version !== 1 && raw.version !== STATS_VERSION)
    problems.push(`unknown statistics version ${String(raw.version)}`);
  const weeks = readEntries(raw.weeks, (key) => WEEK_KEY.test(key), WeekSchema, 'weeks', problems);
  if (raw.version === 1) return { stats: { ...EMPTY_STATS, weeks }, problems };
  const seen = v.safeParse(v.array(FingerprintSchema), raw.seen ?? []);
  if (!seen.success) problems.push('the list of counted messages is unreadable');
  const conversations = readEntries(
    raw.conversations,
    (key) => v.is(FingerprintSchema, key),
    CountSchema,
    'conversations',
    problems,
  );
  const window = v.safeParse(WindowSchema, raw.window ?? EMPTY_STATS.window);
  return {
    stats: {
      version: STATS_VERSION,
      weeks,
      seen: seen.success ? seen.output : [],
      conversations,
      window: window.success ? window.output : EMPTY_STATS.window,
    },
    problems,
  };
}

/**
 * Counts items not counted before (by fingerprint), within the bounds: at most MAX_COUNTED_PER_CONVERSATION
 * of one conversation and MAX_COUNTED_PER_MINUTE in a minute. An item over the per-minute bound is not
 * remembered, so it can still count when the page reports it again later. Null when nothing changed.
 */
export function addToStats(stats: Stats, items: readonly StatsItem[], now: Date): Stats | null {
  const seen = new Set(stats.seen);
  const conversations = new Map(Object.entries(stats.conversations));
  const window =
    now.getTime() - stats.window.start < MINUTE_MS && now.getTime() >= stats.window.start
      ? { ...stats.window }
      : { start: now.getTime(), counted: 0 };
  const key = isoWeek(now);
  const week: WeekStats = structuredClone(stats.weeks[key] ?? emptyWeek());
  let counted = 0;
  for (const item of items) {
    if (seen.has(item.message)) continue;
    if (window.counted >= MAX_COUNTED_PER_MINUTE) break;
    const inConversation = conversations.get(item.conversation) ?? 0;
    if (inConversation >= MAX_COUNTED_PER_CONVERSATION) continue;
    // Re-inserted so the conversations least recently counted are the first forgotten.
    conversations.delete(item.conversation);
    conversations.set(item.conversation, inConversation + 1);
    seen.add(item.message);
    window.counted += 1;
    counted += 1;
    if (item.kind === 'own-first') {
      week.ownFirst += 1;
      if (item.pitch) week.ownFirstPitches += 1;
      continue;
    }
    if (item.kind === 'message') week.incoming += 1;
    if (!item.pitch) continue;
    if (item.kind === 'message') week.pitchMessages += 1;
    else week.pitchNotes += 1;
    for (const rule of item.rules) week.rules[rule] = (week.rules[rule] ?? 0) + 1;
  }
  if (counted === 0) return null;
  const all = { ...stats.weeks, [key]: week };
  const kept = Object.keys(all).sort().slice(-MAX_WEEKS);
  return {
    version: STATS_VERSION,
    weeks: Object.fromEntries(kept.map((name) => [name, all[name] as WeekStats])),
    seen: [...seen].slice(-MAX_SEEN),
    conversations: Object.fromEntries([...conversations].slice(-MAX_CONVERSATIONS)),
    window,
  };
}

/** The most frequent patterns in the given weeks (all stored weeks unless named): the pitches a chart shows. */
export function topRules(
  stats: Stats,
  weeks: readonly string[] = Object.keys(stats.weeks),
  limit = 5,
): [string, number][] {
  const totals = new Map<string, number>();
  for (const week of weeks)
    for (const [rule, count] of Object.entries(stats.weeks[week]?.rules ?? {}))
      totals.set(rule, (totals.get(rule) ?? 0) + count);
  return [...totals.entries()]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}
