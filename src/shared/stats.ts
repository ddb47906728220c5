/**
 * Local statistics: counts per ISO week, never message texts. Each message is counted once, recognised by a
 * 32-bit fingerprint of its sender and text (not reversible to the text).
 */
export const STATS_VERSION = 1;
const MAX_FINGERPRINTS = 5000;
const MAX_WEEKS = 104;

export interface WeekStats {
  incoming: number;
  pitchMessages: number;
  pitchNotes: number;
  ownFirst: number;
  ownFirstPitches: number;
  rules: Record<string, number>;
}

export interface Stats {
  version: typeof STATS_VERSION;
  weeks: Record<string, WeekStats>;
  fingerprints: number[];
}

export interface StatsItem {
  fingerprint: number;
  kind: 'message' | 'note' | 'own-first';
  pitch: boolean;
  rules: string[];
}

export const EMPTY_STATS: Stats = { version: STATS_VERSION, weeks: {}, fingerprints: [] };

/** FNV-1a over the string: a cheap, stable fingerprint. */
export function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
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

export function parseStats(raw: unknown): Stats {
  if (!raw || typeof raw !== 'object') return EMPTY_STATS;
  const value = raw as Partial<Stats>;
  if (
    value.version !== STATS_VERSION ||
    typeof value.weeks !== 'object' ||
    !Array.isArray(value.fingerprints)
  )
    return EMPTY_STATS;
  return value as Stats;
}

/** Adds newly seen items; items already counted (same fingerprint) are skipped. Returns null when nothing changed. */
export function addToStats(stats: Stats, items: readonly StatsItem[], now: Date): Stats | null {
  const seen = new Set(stats.fingerprints);
  const fresh = items.filter((item) => !seen.has(item.fingerprint));
  if (fresh.length === 0) return null;
  const key = isoWeek(now);
  const week: WeekStats = structuredClone(stats.weeks[key] ?? emptyWeek());
  for (const item of fresh) {
    seen.add(item.fingerprint);
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
  const all = { ...stats.weeks, [key]: week };
  const kept = Object.keys(all).sort().slice(-MAX_WEEKS);
  const weeks = Object.fromEntries(kept.map((week) => [week, all[week] as WeekStats]));
  return { version: STATS_VERSION, weeks, fingerprints: [...seen].slice(-MAX_FINGERPRINTS) };
}

/** The most frequent patterns over all stored weeks. */
export function topRules(stats: Stats, limit = 5): [string, number][] {
  const totals = new Map<string, number>();
  for (const week of Object.values(stats.weeks))
    for (const [rule, count] of Object.entries(week.rules)) totals.set(rule, (totals.get(rule) ?? 0) + count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}
