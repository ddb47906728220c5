import { describe, expect, it } from 'vitest';
import { RULES, analyze, type Example } from '../../src/analyzer/index';
import { WEIGHTS } from '../../src/analyzer/weights';

const asCase = (example: Example) => (typeof example === 'string' ? { text: example, context: {} } : example);
const firedRules = (example: Example) => {
  const { text, context } = asCase(example);
  return new Set(analyze(text, context).findings.map((finding) => finding.rule));
};

describe('every rule carries its own tests', () => {
  const hits = RULES.flatMap((rule) => rule.examples.hit.map((example) => [rule.id, example] as const));
  const misses = RULES.flatMap((rule) => rule.examples.miss.map((example) => [rule.id, example] as const));

  it.each(hits)('%s fires on %j', (id, example) => {
    expect([...firedRules(example)]).toContain(id);
  });

  it.each(misses)('%s stays silent on %j', (id, example) => {
    expect([...firedRules(example)]).not.toContain(id);
  });
});

describe('the rule set', () => {
  it('has unique UPPER_SNAKE ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s explains itself in English and Dutch, with examples',
    (_id, rule) => {
      for (const lang of ['en', 'nl'] as const) {
        expect(rule.explain[lang].length).toBeGreaterThan(10);
        expect(rule.suggest[lang].length).toBeGreaterThan(2);
      }
      expect(rule.examples.hit.length).toBeGreaterThan(0);
      expect(rule.examples.miss.length).toBeGreaterThan(0);
    },
  );

  it('gives every scoring rule a weight, and no weight to a rule that does not exist', () => {
    const scoring = RULES.filter((rule) => !rule.signalOnly).map((rule) => rule.id);
    for (const id of scoring) expect(WEIGHTS[id], id).toBeTypeOf('number');
    for (const id of Object.keys(WEIGHTS)) expect(scoring).toContain(id);
  });

  it('covers both first-class languages with language-specific rules', () => {
    const langs = new Set(RULES.map((rule) => rule.lang));
    expect(langs).toEqual(new Set(['en', 'nl', 'any']));
  });
});
