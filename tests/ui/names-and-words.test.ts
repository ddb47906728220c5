import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyzer';
import { plural, STRINGS } from '../../src/ui/i18n';
import { axisMax, chartWeeks } from '../../src/ui/options/chart';
import { knownRuleName, ruleName } from '../../src/ui/rule-names';
import { EMPTY_STATS, type Stats } from '../../src/shared/stats';

describe('rule names for the statistics', () => {
  it.each(RULES.map((rule) => [rule.id] as const))('%s has a name in English and in Dutch', (id) => {
    for (const lang of ['en', 'nl'] as const) {
      const name = knownRuleName(id, lang);
      expect(name, `${id} ${lang}`).toBeTruthy();
      expect(name).not.toMatch(/_|^[A-Z\s]+$/);
    }
  });

  it('a rule added later still reads as words, never as an identifier', () => {
    expect(ruleName('ASK_VIDEO_CALL', 'en')).toBe('Ask video call');
    expect(ruleName('ASK_VIDEO_CALL_NL', 'nl')).toBe('Ask video call');
    expect(ruleName('ASK_KENNISMAKEN', 'nl')).toBe('Vrijblijvend kennismaken');
    expect(ruleName('OFFER_WE_HELP_NL', 'en')).toBe(ruleName('OFFER_WE_HELP', 'en'));
  });
});

describe('plurals', () => {
  it('counts in the right form in both languages', () => {
    expect(plural('en', 1, STRINGS.en.messagesCount)).toBe('1 message');
    expect(plural('en', 2, STRINGS.en.messagesCount)).toBe('2 messages');
    expect(plural('en', 0, STRINGS.en.pitchesCount)).toBe('0 pitches');
    expect(plural('en', 1, STRINGS.en.pitchesCount)).toBe('1 pitch');
    expect(plural('nl', 1, STRINGS.nl.messagesCount)).toBe('1 bericht');
    expect(plural('nl', 12, STRINGS.nl.messagesCount)).toBe('12 berichten');
    expect(plural('nl', 2, STRINGS.nl.pitchesCount)).toBe('2 pitches');
  });
});

describe('the statistics chart', () => {
  const week = (pitchMessages: number, pitchNotes: number) => ({
    incoming: pitchMessages,
    pitchMessages,
    pitchNotes,
    ownFirst: 0,
    ownFirstPitches: 0,
    rules: {},
  });

  it('shows eight weeks up to this one, weeks without data as zero', () => {
    const stats: Stats = { ...EMPTY_STATS, weeks: { '2026-W03': week(2, 1) } };
    const rows = chartWeeks(stats, new Date(2026, 0, 14));
    expect(rows.map((row) => row.week)).toEqual([
      '2025-W48',
      '2025-W49',
      '2025-W50',
      '2025-W51',
      '2025-W52',
      '2026-W01',
      '2026-W02',
      '2026-W03',
    ]);
    expect(rows.at(-1)).toMatchObject({ messages: 2, notes: 1 });
    expect(rows.at(-1)?.monday).toEqual(new Date(2026, 0, 12));
    expect(rows.slice(0, -1).every((row) => row.messages === 0 && row.notes === 0)).toBe(true);
  });

  it('puts the top of the count axis on a round number', () => {
    expect([1, 3, 4, 5, 7, 10, 11, 37, 120].map(axisMax)).toEqual([4, 4, 4, 10, 10, 10, 20, 40, 200]);
  });
});
