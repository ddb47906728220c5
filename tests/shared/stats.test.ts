import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const {
  EMPTY_STATS,
  MAX_COUNTED_PER_CONVERSATION,
  MAX_COUNTED_PER_MINUTE,
  addToStats,
  identity,
  isoWeek,
  parseStats,
  topRules,
} = await import('../../src/shared/stats');
const { createStatsBatcher, recordStats } = await import('../../src/background/stats-recorder');
const { loadStatsRecovering } = await import('../../src/shared/storage');

type Item = Parameters<typeof addToStats>[1][number];

const pitch = (message: string, conversation = 'c1', rules = ['OFFER_WE_HELP']): Item => ({
  kind: 'message',
  pitch: true,
  rules,
  message,
  conversation,
});

/** The plain 32-bit FNV-1a of version 1: recomputable by anyone holding a guess. */
function plainHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const storedStats = () =>
  fakeBrowser.storage.local.data.stats as {
    weeks: Record<string, { pitchMessages: number }>;
    seen: string[];
  };

describe('local statistics', () => {
  const monday = new Date('2026-11-23T10:00:00Z');

  it('counts pitch messages and notes per ISO week, once per message', () => {
    const items: Item[] = [
      pitch('m1', 'c1'),
      { kind: 'message', pitch: false, rules: [], message: 'm2', conversation: 'c2' },
      {
        kind: 'note',
        pitch: true,
        rules: ['ASK_QUICK_CALL', 'OFFER_WE_HELP'],
        message: 'm3',
        conversation: 'c3',
      },
    ];
    const stats = addToStats(EMPTY_STATS, items, monday)!;
    expect(isoWeek(monday)).toBe('2026-W48');
    expect(stats.weeks['2026-W48']).toMatchObject({ incoming: 2, pitchMessages: 1, pitchNotes: 1 });
    expect(topRules(stats)).toEqual([
      ['OFFER_WE_HELP', 2],
      ['ASK_QUICK_CALL', 1],
    ]);
    expect(addToStats(stats, items, monday)).toBeNull();
  });

  it('counts at most a few messages of one conversation: 400 invented pitches add 10', () => {
    const flood = Array.from({ length: 400 }, (_, i) => pitch(`fake-${i}`, 'one-conversation'));
    const stats = addToStats(EMPTY_STATS, flood, monday)!;
    expect(stats.weeks['2026-W48']!.pitchMessages).toBe(MAX_COUNTED_PER_CONVERSATION);
    expect(addToStats(stats, flood, new Date(monday.getTime() + 3_600_000))).toBeNull();
  });

  it('counts at most a few dozen messages a minute; the rest can count when reported again later', () => {
    const flood = Array.from({ length: 100 }, (_, i) => pitch(`m${i}`, `c${i}`));
    const first = addToStats(EMPTY_STATS, flood, monday)!;
    expect(first.weeks['2026-W48']!.pitchMessages).toBe(MAX_COUNTED_PER_MINUTE);
    expect(addToStats(first, flood, new Date(monday.getTime() + 30_000))).toBeNull();
    const later = addToStats(first, flood, new Date(monday.getTime() + 61_000))!;
    expect(later.weeks['2026-W48']!.pitchMessages).toBe(2 * MAX_COUNTED_PER_MINUTE);
  });

  it('knows ISO weeks at year boundaries', () => {
    expect(isoWeek(new Date(2021, 0, 3))).toBe('2020-W53');
    expect(isoWeek(new Date(2026, 11, 31))).toBe('2026-W53');
  });

  it('reads stored statistics week by week: a week set to null or to a number is left out, the rest kept', () => {
    const week = { incoming: 3, pitchMessages: 2, pitchNotes: 0, ownFirst: 0, ownFirstPitches: 0, rules: {} };
    const { stats, problems } = parseStats({
      version: 2,
      weeks: { '2026-W01': null, '2026-W02': 7, '2026-W03': week },
      seen: [],
      conversations: {},
      window: { start: 0, counted: 0 },
    });
    expect(stats.weeks).toEqual({ '2026-W03': week });
    expect(problems).toHaveLength(2);
    expect(addToStats(stats, [pitch('m1')], monday)!.weeks['2026-W03']).toEqual(week);
  });
});

describe('statistics fingerprints', () => {
  beforeEach(() => resetFakeBrowser());
  const key = `message|Sanne Verbeek|We help logistics teams. Quick call?`;
  const reported = (): Item[] => [pitch(identity(key), identity('thread|Sanne Verbeek'))];

  it('are keyed with a secret of this install: no plain hash, no text, different on another install', async () => {
    await recordStats(reported());
    const first = storedStats();
    const secret = fakeBrowser.storage.local.data.statsSecret;
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(first.seen).toHaveLength(1);
    expect(first.seen[0]).toMatch(/^[\w-]{16}$/);
    const dump = JSON.stringify(fakeBrowser.storage.local.data);
    expect(dump).not.toContain(String(plainHash(key)));
    expect(dump).not.toContain(identity(key));
    expect(dump).not.toContain('Sanne');

    await recordStats(reported());
    expect(storedStats().weeks).toEqual(first.weeks);

    resetFakeBrowser();
    await recordStats(reported());
    expect(fakeBrowser.storage.local.data.statsSecret).not.toBe(secret);
    expect(storedStats().seen[0]).not.toBe(first.seen[0]);
  });

  it('version 1 statistics keep their counts and lose their plain hashes', async () => {
    const week = { incoming: 4, pitchMessages: 2, pitchNotes: 0, ownFirst: 0, ownFirstPitches: 0, rules: {} };
    fakeBrowser.storage.local.data.stats = {
      version: 1,
      weeks: { '2026-W48': week },
      fingerprints: [plainHash(key)],
    };
    expect((await loadStatsRecovering()).weeks).toEqual({ '2026-W48': week });
    expect(JSON.stringify(fakeBrowser.storage.local.data)).not.toContain(String(plainHash(key)));
  });

  it('a page reporting forty times a second causes one write a second', async () => {
    vi.useFakeTimers();
    const writes: Item[][] = [];
    const report = createStatsBatcher(async (items) => void writes.push(items), 1000);
    for (let i = 0; i < 40; i++) {
      report([pitch(`m${i}`), pitch('m0')]);
      await vi.advanceTimersByTimeAsync(25);
    }
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toHaveLength(40);
  });
});
