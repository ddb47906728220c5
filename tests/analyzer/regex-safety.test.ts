import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyzer/index';
import { isPatternRule } from '../../src/analyzer/engine';
import { compilePattern } from '../../src/analyzer/regex';
import { SOLO_WORDS } from '../../src/analyzer/rules/fit';
import { ABOUT_THEM, SALES_DISCOVERY } from '../../src/analyzer/rules/good';

// ESLint (eslint-plugin-regexp) checks the literals as written; this checks what actually runs: the compiled
// patterns, after plain spaces became \s{1,3}. scslre is the analysis behind eslint-plugin-regexp's
// no-super-linear-backtracking: it reports any quantifier an attacker could pump for super-linear time.
describe('every rule pattern runs in linear time', () => {
  const patterns = RULES.filter(isPatternRule).flatMap((rule) => [
    [rule.id, compilePattern(rule.pattern)] as const,
    ...(rule.then ? [[`${rule.id} (then)`, compilePattern(rule.then)] as const] : []),
  ]);

  it.each(patterns)('%s has no super-linear backtracking', (_id, pattern) => {
    const result = analyse({ source: pattern.source, flags: pattern.flags }, { assumeRejectingSuffix: true });
    expect(result.reports.map((report) => `${report.type}: ${report.character.literal.source}`)).toEqual([]);
  });

  // Patterns built from word lists are no literals ESLint could read: the helper patterns beside the rules too.
  it.each([
    ['SOLO_WORDS', SOLO_WORDS],
    ['ABOUT_THEM', ABOUT_THEM],
    ['SALES_DISCOVERY', SALES_DISCOVERY],
  ] as const)('%s has no super-linear backtracking', (_id, pattern) => {
    const result = analyse({ source: pattern.source, flags: pattern.flags }, { assumeRejectingSuffix: true });
    expect(result.reports.map((report) => `${report.type}: ${report.character.literal.source}`)).toEqual([]);
  });

  it('catches a pattern that is not linear (so this test can fail)', () => {
    const result = analyse({ source: '(?:a+)+b', flags: '' }, { assumeRejectingSuffix: true });
    expect(result.reports.length).toBeGreaterThan(0);
  });
});
