import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversAll, Rarity, requiredFactors } from '../../src/analyzer/cli/factors';
import { parseJsonl } from '../../src/analyzer/cli/jsonl';
import { compilePattern, isPatternRule, runEngine } from '../../src/analyzer/engine';
import { RULE_DOCS, RULES } from '../../src/analyzer/index';
import {
  createRuleGate,
  fingerprintPattern,
  Prefilter,
  type FactorTable,
} from '../../src/analyzer/prefilter';
import { foldText } from '../../src/analyzer/normalize';
import { atoms } from '../../src/analyzer/regex';
import { RULE_FACTORS } from '../../src/analyzer/rules/factors.generated';
import type { MessageContext, PatternRule } from '../../src/analyzer/types';
import { WEIGHTS } from '../../src/analyzer/weights';
import { ownMessages } from '../../scripts/own-messages';

const ROOT = resolve(import.meta.dirname, '../..');
const PATTERN_RULES = RULES.filter(isPatternRule);

describe('the prefilter automaton', () => {
  it('finds every factor, also overlapping ones and ones inside others', () => {
    const prefilter = new Prefilter([['he'], ['she'], ['hers'], ['his']]);
    expect([...prefilter.scan('ushers')]).toEqual([1, 1, 1, 0]);
    expect([...prefilter.scan('this')]).toEqual([0, 0, 0, 1]);
    expect([...prefilter.scan('nothing here? no: "hxs"')]).toEqual([1, 0, 0, 0]);
    expect([...prefilter.scan('')]).toEqual([0, 0, 0, 0]);
  });

  it('reads a line break as a space, as compiled patterns do', () => {
    const prefilter = new Prefilter([['quick call']]);
    expect([...prefilter.scan('a quick\ncall?')]).toEqual([1]);
    expect([...prefilter.scan('a quick\tcall?')]).toEqual([0]);
  });

  it('handles factors and text outside ASCII', () => {
    const prefilter = new Prefilter([['€50'], ['financiele']]);
    expect([...prefilter.scan('maar €50 per maand')]).toEqual([1, 0]);
    expect([...prefilter.scan('€5 😀 financiele vrijheid')]).toEqual([0, 1]);
  });

  it('ignores a stale table entry: the rule then always runs', () => {
    const rule = PATTERN_RULES[0] as PatternRule;
    const current: FactorTable = {
      [rule.id]: { pattern: fingerprintPattern(rule.pattern), factors: ['zzz'] },
    };
    const stale: FactorTable = { [rule.id]: { pattern: '00000000', factors: ['zzz'] } };
    expect(createRuleGate(RULES, current).slotOf(rule)).toBe(0);
    expect(createRuleGate(RULES, stale).slotOf(rule)).toBe(-1);
  });
});

describe('required factors of a pattern', () => {
  it('spells out fixed text and alternatives', () => {
    expect(requiredFactors(/\bquick call\b/)).toEqual(['quick call']);
    expect(requiredFactors(/\b(?:hop|jump) on a call/)).toEqual(['hop on a call', 'jump on a call']);
    expect(requiredFactors(/(?:linkedin )?profile/)).toEqual(['profile']);
  });

  it('knows when a pattern requires no fixed text', () => {
    expect(requiredFactors(/\d{1,3}/)).toBeNull();
    expect(requiredFactors(/(?:free)?/)).toBeNull();
    expect(requiredFactors(/[a-z]{3,9}!/)).toEqual(['!']);
    expect(requiredFactors(/free|[a-z]+/)).toBeNull();
    expect(requiredFactors(/call/i)).toBeNull();
  });

  it('keeps only what every match must hold across repeats and classes', () => {
    expect(requiredFactors(/x(?:abcd){1,3}y/)).toEqual(['abcd']);
    expect(requiredFactors(/x[ \n]y/)).toEqual(['x y']);
    expect(requiredFactors(/book\s{1,2}a\s{1,2}demo/)).toEqual(['book']);
  });
});

describe('the generated factor table', () => {
  it('is up to date with every rule pattern (run `npm run factors` after changing one)', () => {
    const stale = PATTERN_RULES.filter((rule) => requiredFactors(rule.pattern) !== null)
      .filter((rule) => RULE_FACTORS[rule.id]?.pattern !== fingerprintPattern(rule.pattern))
      .map((rule) => rule.id);
    expect(stale).toEqual([]);
  });

  it('covers every required factor, so no match can be skipped', () => {
    // The factors were chosen with the project's own messages as reference (npm run factors).
    const rarity = new Rarity(ownMessages().map((text) => foldText(text).folded));
    for (const rule of PATTERN_RULES) {
      const required = requiredFactors(rule.pattern, rarity);
      const stored = RULE_FACTORS[rule.id];
      if (required === null || !stored) continue;
      expect(coversAll(stored.factors, required), rule.id).toEqual([]);
    }
    // and a table that would skip a match is caught
    expect(coversAll(['quick chat'], ['quick call', 'a quick chat'])).toEqual(['quick call']);
  });

  const gate = createRuleGate(RULES, RULE_FACTORS);
  it.each(PATTERN_RULES.map((rule) => [rule.id, rule] as const))(
    '%s: a string the pattern matches always passes the gate',
    (_id, rule) => {
      const slot = gate.slotOf(rule);
      expect(slot).toBeGreaterThanOrEqual(0);
      const pattern = compilePattern(rule.pattern);
      // fast-check cannot generate for \b and lookarounds: generate from the pattern without them (it matches
      // more) and keep the strings the real pattern matches.
      const loose = new RegExp(withoutLookarounds(pattern.source).replace(/\\b/g, ''));
      let matched = 0;
      fc.assert(
        fc.property(fc.stringMatching(loose, { maxLength: 300 }), (text) => {
          pattern.lastIndex = 0;
          if (!pattern.test(text)) return;
          matched += 1;
          expect(gate.scan(text)[slot]).toBe(1);
        }),
        { numRuns: 300 },
      );
      expect(matched).toBeGreaterThan(30);
    },
  );
});

/** A pattern's source without its lookahead and lookbehind groups (nested groups, classes and escapes kept apart). */
function withoutLookarounds(source: string): string {
  const parts = atoms(source);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (!/^\(\?<?[!=]/.test(parts.slice(i, i + 4).join(''))) {
      out += parts[i];
      continue;
    }
    for (let depth = 0; i < parts.length; i++) {
      if (parts[i] === '(') depth += 1;
      else if (parts[i] === ')' && --depth === 0) break;
    }
  }
  return out;
}

describe('verdicts with and without the prefilter', () => {
  const gated = { rules: RULES, weights: WEIGHTS, gate: createRuleGate(RULES, RULE_FACTORS) };
  const plain = { rules: RULES, weights: WEIGHTS };
  const contexts: MessageContext[] = [
    {},
    { kind: 'first-message', firstAfterConnect: true },
    { kind: 'connection-note', recipientWorkMode: 'alone' },
    { kind: 'reply', earlier: [{ author: 'them', text: 'Hoe gaat het?' }] },
  ];
  const same = (text: string) => {
    for (const context of contexts)
      expect(runEngine(gated, text, context), text).toEqual(runEngine(plain, text, context));
  };

  const examples = Object.values(RULE_DOCS).flatMap((docs) =>
    [...docs.examples.hit, ...docs.examples.miss].map((example) =>
      typeof example === 'string' ? example : example.text,
    ),
  );
  const ownTexts = [...examples, ...ownMessages()];

  it('are the same on every rule example, labelled message, trainer pair and template', () => {
    for (const text of ownTexts) same(text);
  });

  it('are the same on random mixes of those texts, cut anywhere', () => {
    const piece = fc
      .tuple(fc.constantFrom(...ownTexts), fc.nat(), fc.nat())
      .map(([text, a, b]) => text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b)));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 6 }),
        fc.constantFrom(' ', '\n', '', '  ', '\n\n'),
        (pieces, glue) => same(pieces.join(glue)),
      ),
      { numRuns: 400 },
    );
  });

  const DEV_CORPUS = resolve(ROOT, '../shared/corpus/dev.jsonl');
  it.skipIf(!existsSync(DEV_CORPUS))('are the same on the shared development corpus', () => {
    for (const message of parseJsonl(readFileSync(DEV_CORPUS, 'utf8')).messages) same(message.text);
  });
});
