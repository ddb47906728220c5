import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/analyzer/normalize';
import { adjustedWording, deltasOf, nudgeOf } from '../../src/analyzer/wording/adjust';
import {
  EMPTY_LEARNED,
  learnCorrection,
  parseLearned,
  serializeLearned,
  withoutCorrection,
  type Learned,
} from '../../src/shared/learned';

// Two pitches the user called "not a pitch", worded differently: each nudges the wording model its own way.
const FIRST =
  'Hi Bram, I help SaaS founders like you book 20 more demos a month. Do you have 15 minutes this week for a quick call?';
const SECOND =
  'Would you be open to a short call about our recruiting platform? We place senior engineers in two weeks, guaranteed.';

const keyOf = (n: number) => `key${String(n).padStart(8, '0')}`;

function notAPitch(learned: Learned, text: string, n: number): Learned {
  return learnCorrection(learned, {
    key: keyOf(n),
    folded: foldText(text).folded,
    signature: '',
    set: 'ok',
    was: 'pitch',
    at: Date.UTC(2026, 11, 1) + n * 1000,
  });
}

describe('the wording model adjustment follows the corrections there are (issue 23)', () => {
  it('removing one of two corrections leaves exactly the adjustment of the other one alone', () => {
    const both = notAPitch(notAPitch(EMPTY_LEARNED, FIRST, 1), SECOND, 2);
    const secondAlone = notAPitch(EMPTY_LEARNED, SECOND, 2);
    expect(secondAlone.deltas.size).toBeGreaterThan(0);
    expect(both.deltas).not.toEqual(secondAlone.deltas);
    const removed = withoutCorrection(both, keyOf(1));
    expect(removed.deltas).toEqual(secondAlone.deltas);
    expect(adjustedWording(removed.deltas).weights).toEqual(adjustedWording(secondAlone.deltas).weights);
    // And the other way round, and both: nothing of either stays.
    expect(withoutCorrection(both, keyOf(2)).deltas).toEqual(notAPitch(EMPTY_LEARNED, FIRST, 1).deltas);
    expect(withoutCorrection(withoutCorrection(both, keyOf(1)), keyOf(2)).deltas.size).toBe(0);
  });

  it('undo through learnCorrection and a change of mind take the nudge away too', () => {
    const one = notAPitch(EMPTY_LEARNED, SECOND, 2);
    const both = notAPitch(one, FIRST, 1);
    const undone = learnCorrection(both, {
      key: keyOf(1),
      folded: foldText(FIRST).folded,
      signature: '',
      set: null,
      was: 'pitch',
      at: 0,
    });
    expect(undone.deltas).toEqual(one.deltas);
    // "It is a pitch" after all: that correction nudges nothing, so only the other's nudge is left.
    const changed = learnCorrection(both, {
      ...undone.corrections[0]!,
      key: keyOf(1),
      folded: '',
      set: 'pitch',
    });
    expect(changed.deltas).toEqual(one.deltas);
  });

  it('the same nudges in any order make the same deltas', () => {
    const a = nudgeOf(foldText(FIRST).folded)!;
    const b = nudgeOf(foldText(SECOND).folded)!;
    expect(deltasOf([a, b])).toEqual(deltasOf([b, a]));
  });

  it('the stored form reads back to the same nudges and deltas, with no text', () => {
    const both = notAPitch(notAPitch(EMPTY_LEARNED, FIRST, 1), SECOND, 2);
    const stored = JSON.parse(JSON.stringify(serializeLearned(both))) as unknown;
    const read = parseLearned(stored);
    expect(read.problems).toEqual([]);
    expect(read.learned.deltas).toEqual(both.deltas);
    expect(read.learned.corrections).toEqual(both.corrections);
    for (const word of ['founders', 'demos', 'recruiting', 'engineers'])
      expect(JSON.stringify(stored)).not.toContain(word);
  });

  it('a version 1 store keeps its corrections and trusted people, without its sum of nudges', () => {
    const v1 = {
      version: 1,
      corrections: [[keyOf(1), 'o', 'p', 1_764_547_200, '']],
      trusted: [[keyOf(3), 1_764_547_200]],
      deltas: { '200000': -12 },
    };
    const read = parseLearned(v1);
    expect(read.problems).toEqual([]);
    expect(read.learned.corrections).toEqual([
      { key: keyOf(1), set: 'ok', was: 'pitch', at: 1_764_547_200_000, signature: '' },
    ]);
    expect(read.learned.trusted).toHaveLength(1);
    expect(read.learned.deltas.size).toBe(0);
  });

  it('a nudge that is not word-feature buckets makes the store unreadable', () => {
    const bad = { version: 2, corrections: [[keyOf(1), 'o', 'p', 0, '', -5, '___']], trusted: [] };
    expect(parseLearned(bad).problems.length).toBeGreaterThan(0);
    const positive = { version: 2, corrections: [[keyOf(1), 'o', 'p', 0, '', 5, 'AAA']], trusted: [] };
    expect(parseLearned(positive).problems.length).toBeGreaterThan(0);
  });
});
