import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { PAIRS, anonymise } from '../../src/ui/trainer/pairs';

describe('trainer pairs', () => {
  it('has at least 12 pairs in both languages', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PAIRS.map((pair) => pair.lang))).toEqual(new Set(['en', 'nl']));
  });

  it.each(PAIRS.map((pair) => [pair.id, pair] as const))(
    '%s: the bad one is a pitch, the good one is ok',
    (_id, pair) => {
      const bad = analyze(pair.bad, pair.context);
      const good = analyze(pair.good, pair.context);
      expect(bad.verdict, bad.findings.map((f) => f.rule).join(',')).toBe('pitch');
      expect(good.verdict, `${good.score} ${good.findings.map((f) => f.rule).join(',')}`).toBe('ok');
      expect(bad.lang).toBe(pair.lang);
    },
  );

  it('anonymises names', () => {
    expect(anonymise('Hi Maya, thanks Maya', ['Maya'], 'en')).toBe('Hi [name], thanks [name]');
  });
});
