import { describe, expect, it } from 'vitest';
import { EMPTY_STATS, addToStats, fingerprint, isoWeek, topRules } from '../../src/shared/stats';

describe('local statistics', () => {
  const monday = new Date('2026-11-23T10:00:00Z');

  it('counts pitch messages and notes per ISO week, once per message, without texts', () => {
    const items = [
      {
        fingerprint: fingerprint('a|We help'),
        kind: 'message' as const,
        pitch: true,
        rules: ['OFFER_WE_HELP'],
      },
      { fingerprint: fingerprint('b|Hi'), kind: 'message' as const, pitch: false, rules: [] },
      {
        fingerprint: fingerprint('c|note'),
        kind: 'note' as const,
        pitch: true,
        rules: ['ASK_QUICK_CALL', 'OFFER_WE_HELP'],
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
    expect(JSON.stringify(stats)).not.toContain('We help');
  });

  it('knows ISO weeks at year boundaries', () => {
    expect(isoWeek(new Date(2021, 0, 3))).toBe('2020-W53');
    expect(isoWeek(new Date(2026, 11, 31))).toBe('2026-W53');
  });
});
