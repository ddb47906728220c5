import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversAll, Rarity, requiredFactors } from '../../src/analyzer/cli/factors';
import { parseJsonl } from '../../src/analyzer/cli/jsonl';
import { isPatternRule, runEngine } from '../../src/analyzer/engine';
import { atoms, branchesOf, compiledBranches, compilePattern } from '../../src/analyzer/regex';
import { RULE_DOCS, RULES } from '../../src/analyzer/index';
import {
  createRuleGate,
  fingerprintPattern,
  Prefilter,
  type FactorTable,
} from '../../src/analyzer/prefilter';
import { foldText } from '../../src/analyzer/normalize';
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

  it('ignores a stale table entry, or one with another number of branches: the rule then always runs whole', () => {
    const rule = PATTERN_RULES.find(
      (candidate) => compiledBranches(candidate.pattern).length > 2,
    ) as PatternRule;
    const branches = compiledBranches(rule.pattern).map(() => ['zzz']);
    const entry = (pattern: string, count: number) => ({
      [rule.id]: { pattern, branches: branches.slice(0, count) },
    });
    const current: FactorTable = entry(fingerprintPattern(rule.pattern), branches.length);
    expect(createRuleGate(RULES, current).slotsOf(rule)).toEqual(branches.map((_, slot) => slot));
    expect(createRuleGate(RULES, entry('00000000', branches.length)).slotsOf(rule)).toBeNull();
    expect(createRuleGate(RULES, entry(fingerprintPattern(rule.pattern), 1)).slotsOf(rule)).toBeNull();
  });
});

describe('the branches of a pattern', () => {
  it('are its alternatives in the order it tries them, groups that make up an alternative opened', () => {
    expect(branchesOf('\\b(?:quick|short (?:call|chat))|demo\\b')).toEqual([
      '\\bquick',
      '\\bshort (?:call|chat)',
      'demo\\b',
    ]);
    expect(branchesOf('(?:a|(?:b|c))')).toEqual(['a', 'b', 'c']);
    // however deep it is wrapped (compilePattern writes `\b(?:(?:a|b))` for `\b(?:a|b)`), with a closing \b each
    expect(branchesOf('\\b(?:(?:quick|\\bshort))')).toEqual(['\\bquick', '\\bshort']);
    expect(branchesOf('\\b(?:(?:quick|short (?:call|chat))\\b)')).toEqual([
      '\\bquick\\b',
      '\\bshort (?:call|chat)\\b',
    ]);
    expect(branchesOf('\\b(?:(?:quick|short) call)|x')).toEqual(['\\b(?:(?:quick|short) call)', 'x']);
    expect(branchesOf('(?:a|b)\\bc')).toEqual(['(?:a|b)\\bc']);
    // a group followed by more, or repeated, is one branch; so is a pattern with a backreference
    expect(branchesOf('(?:a|b)c|d')).toEqual(['(?:a|b)c', 'd']);
    expect(branchesOf('(?:a|b)?')).toEqual(['(?:a|b)?']);
    expect(branchesOf('([.-])a\\1|b')).toEqual(['([.-])a\\1|b']);
    // classes and escapes are not structure
    expect(branchesOf('[|(]x|\\(y')).toEqual(['[|(]x', '\\(y']);
  });

  it.each([
    [
      /\bquick call|call|\bquick (?:call|chat)\b/,
      ['a quick chat', 'a quick call', 'recall a quick call', 'nothing'],
    ],
    // the closing \b fails after "ca" in "call", so the whole pattern backtracks to "call": so do its branches
    [/\b(?:ca|call|call me)\b/, ['call', 'call me', 'ca ll', 'recall me', 'cal']],
  ])('find, leftmost and earliest first, what the whole pattern %s finds', (pattern, texts) => {
    const whole = compilePattern(pattern);
    const branches = compiledBranches(pattern);
    expect(branches.length).toBeGreaterThan(1);
    const leftmost = (text: string) => {
      let best: RegExpExecArray | null = null;
      for (const branch of branches) {
        branch.lastIndex = 0;
        const match = branch.exec(text);
        if (match && (!best || match.index < best.index)) best = match;
      }
      return best && [best.index, best[0]];
    };
    for (const text of texts) {
      whole.lastIndex = 0;
      const match = whole.exec(text);
      expect(leftmost(text), text).toEqual(match && [match.index, match[0]]);
    }
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

  it('covers every required factor of every branch, so no match can be skipped', () => {
    // The factors were chosen with the project's own messages as reference (npm run factors).
    const rarity = new Rarity(ownMessages().map((text) => foldText(text).folded));
    for (const rule of PATTERN_RULES) {
      const stored = RULE_FACTORS[rule.id];
      if (!stored) continue;
      const branches = compiledBranches(rule.pattern);
      expect(stored.branches.length, rule.id).toBe(branches.length);
      branches.forEach((branch, b) => {
        const required = requiredFactors(branch, rarity);
        const factors = stored.branches[b] ?? null;
        if (required === null) expect(factors, `${rule.id} branch ${b}`).toBeNull();
        else expect(coversAll(factors ?? [], required), `${rule.id} branch ${b}`).toEqual([]);
      });
    }
    // and a table that would skip a match is caught
    expect(coversAll(['quick chat'], ['quick call', 'a quick chat'])).toEqual(['quick call']);
  });

  const gate = createRuleGate(RULES, RULE_FACTORS);
  it.each(PATTERN_RULES.map((rule) => [rule.id, rule] as const))(
    '%s: a string a branch matches always passes the gate of that branch',
    (_id, rule) => {
      const slots = gate.slotsOf(rule);
      expect(slots).not.toBeNull();
      const pattern = compilePattern(rule.pattern);
      const branches = compiledBranches(rule.pattern);
      // fast-check cannot generate for \b and lookarounds: generate from the pattern without them (it matches
      // more) and keep the strings the real pattern matches.
      const loose = new RegExp(withoutLookarounds(pattern.source).replace(/\\b/g, ''));
      let matched = 0;
      fc.assert(
        fc.property(fc.stringMatching(loose, { maxLength: 300 }), (text) => {
          pattern.lastIndex = 0;
          if (!pattern.test(text)) return;
          matched += 1;
          const present = gate.scan(text);
          let passed = 0;
          branches.forEach((branch, b) => {
            branch.lastIndex = 0;
            if (!branch.test(text)) return;
            const slot = slots?.[b] ?? -1;
            if (slot >= 0) expect(present[slot], `branch ${b}`).toBe(1);
            passed += 1;
          });
          expect(passed).toBeGreaterThan(0);
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
