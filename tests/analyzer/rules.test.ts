import { describe, expect, it } from 'vitest';
import { RULES, RULE_DOCS, analyze, verdictRules, type Example } from '../../src/analyzer/index';
import { WEIGHTS } from '../../src/analyzer/weights';

const asCase = (example: Example) => (typeof example === 'string' ? { text: example, context: {} } : example);
const firedRules = (example: Example) => {
  const { text, context } = asCase(example);
  // A rule folded under a stronger one on the same words still fired: it is listed with that finding.
  return new Set(verdictRules(analyze(text, context)));
};

function docsOf(id: string) {
  const docs = RULE_DOCS[id];
  if (!docs) throw new Error(`${id} has no docs`);
  return docs;
}

describe('every rule carries its own tests', () => {
  const hits = RULES.flatMap((rule) =>
    docsOf(rule.id).examples.hit.map((example) => [rule.id, example] as const),
  );
  const misses = RULES.flatMap((rule) =>
    docsOf(rule.id).examples.miss.map((example) => [rule.id, example] as const),
  );

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

  it.each(RULES.map((rule) => [rule.id] as const))(
    '%s explains itself in English and Dutch, with examples',
    (id) => {
      const docs = docsOf(id);
      for (const lang of ['en', 'nl'] as const) {
        expect(docs.explain[lang].length).toBeGreaterThan(10);
        expect(docs.suggest[lang].length).toBeGreaterThan(2);
      }
      expect(docs.examples.hit.length).toBeGreaterThan(0);
      expect(docs.examples.miss.length).toBeGreaterThan(0);
    },
  );

  it('has docs only for rules that exist', () => {
    expect(Object.keys(RULE_DOCS).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

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
