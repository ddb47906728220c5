/**
 * Required factors of a rule pattern: a few strings of which every match must contain at least one. A message
 * holding none of them cannot match, so the engine skips that rule's regex pass (src/analyzer/prefilter.ts).
 *
 * Node-only (it parses patterns with regexpp); `npm run factors` writes the results to
 * rules/factors.generated.ts. Which factors are chosen depends on how common they are in a reference text;
 * whether they are sound does not, and tests/analyzer/prefilter.test.ts checks soundness without it.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';
import { fingerprintPattern, foldFactorChar } from '../prefilter';
import { compiledBranches } from '../regex';
import type { Rule } from '../types';

/** Either the node matches exactly one of a few strings, or every match contains one of `required`. */
type Info =
  | { exact: ReadonlySet<string> }
  /** null: nothing is known about what a match contains. */
  | { required: ReadonlySet<string> | null };

/** Cross products and unions above this size stop being spelled out. */
const MAX_EXACT = 64;
/** A class of up to this many characters is kept as alternatives; larger ones ([a-z]) say nothing. */
const MAX_CLASS = 6;
/** Compaction picks pieces of this many characters (a shorter factor stays whole). */
const MIN_PIECE = 5;
const MAX_PIECE = 12;
/**
 * Each factor costs table size and scan states: a piece must skip this share of messages more to be worth it.
 * Choosing which requirement to keep weighs the factors lightly (a set of many rare words beats one common
 * word); compacting them into pieces weighs them more, because every piece grows the automaton's table.
 */
const COST_PER_FACTOR = 0.001;
const COST_PER_PIECE = 0.02;

const EMPTY: Info = { exact: new Set(['']) };
const UNKNOWN: Info = { required: null };

/** Drops every factor that contains another: "contains one of them" means the same and is cheaper. */
function minimal(factors: Iterable<string>): ReadonlySet<string> {
  const sorted = [...factors].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const factor of sorted) if (!kept.some((shorter) => factor.includes(shorter))) kept.push(factor);
  return new Set(kept);
}

function requiredOf(info: Info): ReadonlySet<string> | null {
  if ('required' in info) return info.required;
  return info.exact.has('') ? null : minimal(info.exact);
}

function cross(left: ReadonlySet<string>, right: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return out;
}

/**
 * How often a string occurs in messages, estimated from a reference text: the share of reference messages
 * that contain it, plus a prior that falls with length (an unseen 5-letter piece is likelier than an unseen
 * 12-letter one).
 */
export class Rarity {
  private readonly texts: readonly string[];

  constructor(referenceTexts: readonly string[]) {
    this.texts = referenceTexts.map((text) => [...text].map(foldFactorChar).join(''));
  }

  frequency(piece: string): number {
    let containing = 0;
    for (const text of this.texts) if (text.includes(piece)) containing += 1;
    const prior = 0.5 ** Math.max(0, piece.length - 3);
    return (containing + prior) / (this.texts.length + 1);
  }

  /** The estimated share of messages holding at least one of these factors. */
  frequencyOfAny(factors: ReadonlySet<string>): number {
    let total = 0;
    for (const factor of factors) total += this.frequency(factor);
    return Math.min(1, total);
  }
}

const NO_REFERENCE = new Rarity([]);

class FactorFinder {
  private readonly memo = new Map<string, number>();

  constructor(private readonly rarity: Rarity) {}

  private frequency(piece: string): number {
    let known = this.memo.get(piece);
    if (known === undefined) {
      known = this.rarity.frequency(piece);
      this.memo.set(piece, known);
    }
    return known;
  }

  /** Of several requirements that all hold, the one that rules out the most messages, at the fewest factors. */
  private best(candidates: (ReadonlySet<string> | null)[]): ReadonlySet<string> | null {
    let chosen: ReadonlySet<string> | null = null;
    let chosenCost = Infinity;
    for (const candidate of candidates) {
      if (candidate === null || candidate.size === 0) continue;
      // The share of messages holding at least one factor (as if independent): a set of many rare words
      // beats one that always holds, however few factors that one has.
      let none = 1;
      for (const factor of candidate) none *= 1 - Math.min(1, this.frequency(factor));
      // A factor of one or two letters or spaces (" ", "i ") is in nearly every message: any set of words beats
      // it. A rare sign ("[", "{", "$") is a good factor however short.
      const tooShort = [...candidate].some((factor) => factor.length < 3 && /^[a-z ]+$/.test(factor)) ? 1 : 0;
      const cost = candidate.size * COST_PER_FACTOR + (1 - none) + tooShort;
      if (cost < chosenCost) {
        chosen = candidate;
        chosenCost = cost;
      }
    }
    return chosen;
  }

  private ofSequence(elements: readonly Element[]): Info {
    // A match is one match per element, in a row: runs of exact elements are spelled out, and every run and
    // inexact element is required, so the most selective requirement is kept.
    const candidates: (ReadonlySet<string> | null)[] = [];
    let run: ReadonlySet<string> = new Set(['']);
    let allExact = true;
    for (const element of elements) {
      const info = this.ofNode(element);
      if ('exact' in info && run.size * info.exact.size <= MAX_EXACT) {
        run = cross(run, info.exact);
        continue;
      }
      allExact = false;
      candidates.push(requiredOf({ exact: run }));
      if ('exact' in info) run = info.exact;
      else {
        run = new Set(['']);
        candidates.push(info.required);
      }
    }
    if (allExact) return { exact: run };
    candidates.push(requiredOf({ exact: run }));
    return { required: this.best(candidates) };
  }

  private ofAlternatives(alternatives: readonly Alternative[]): Info {
    const infos = alternatives.map((alternative) => this.ofSequence(alternative.elements));
    const union = new Set<string>();
    let allExact = true;
    for (const info of infos) {
      if ('exact' in info) for (const text of info.exact) union.add(text);
      else allExact = false;
    }
    if (allExact && union.size <= MAX_EXACT) return { exact: union };
    // One of the alternatives matched: the message holds a factor of that one.
    const required: string[] = [];
    for (const info of infos) {
      const factors = requiredOf(info);
      if (factors === null) return UNKNOWN;
      required.push(...factors);
    }
    return { required: minimal(required) };
  }

  ofNode(node: Node): Info {
    switch (node.type) {
      case 'Character':
        return { exact: new Set([foldFactorChar(String.fromCodePoint(node.value))]) };
      case 'CharacterClass': {
        if (node.negate) return UNKNOWN;
        const chars = new Set<string>();
        for (const element of node.elements) {
          if (element.type === 'Character') chars.add(foldFactorChar(String.fromCodePoint(element.value)));
          else if (element.type === 'CharacterClassRange') {
            if (element.max.value - element.min.value >= MAX_CLASS) return UNKNOWN;
            for (let code = element.min.value; code <= element.max.value; code++)
              chars.add(foldFactorChar(String.fromCodePoint(code)));
          } else return UNKNOWN;
        }
        return chars.size <= MAX_CLASS ? { exact: chars } : UNKNOWN;
      }
      case 'Assertion':
        // \b, ^, $ and lookarounds consume nothing: they leave the matched text as it is.
        return EMPTY;
      case 'Group':
      case 'CapturingGroup':
      case 'Pattern':
        return this.ofAlternatives(node.alternatives);
      case 'Quantifier': {
        const inner = this.ofNode(node.element);
        if (node.min === 0)
          return node.max === 1 && 'exact' in inner ? { exact: new Set(['', ...inner.exact]) } : UNKNOWN;
        if (node.min === 1 && node.max === 1) return inner;
        return { required: requiredOf(inner) };
      }
      default:
        // Backreferences, \d, \s, \w, . and the like: nothing to require.
        return UNKNOWN;
    }
  }

  /**
   * Replaces many long factors by a few shared pieces of them: a message that holds a factor holds each of
   * its substrings, so covering every factor by one of its pieces stays sound. Greedy weighted set cover:
   * the piece with the lowest estimated frequency per factor covered first.
   */
  compact(factors: ReadonlySet<string>): ReadonlySet<string> {
    const remaining = new Set(factors);
    const chosen: string[] = [];
    while (remaining.size > 0) {
      const covered = new Map<string, number>();
      for (const factor of remaining) {
        const pieces = new Set<string>();
        const shortest = Math.min(MIN_PIECE, factor.length);
        for (let length = shortest; length <= Math.min(MAX_PIECE, factor.length); length++)
          for (let start = 0; start + length <= factor.length; start++)
            pieces.add(factor.slice(start, start + length));
        for (const piece of pieces) covered.set(piece, (covered.get(piece) ?? 0) + 1);
      }
      let pick = '';
      let pickCost = Infinity;
      for (const [piece, count] of covered) {
        const cost = (this.frequency(piece) + COST_PER_PIECE) / count;
        if (cost < pickCost || (cost === pickCost && piece < pick)) {
          pick = piece;
          pickCost = cost;
        }
      }
      chosen.push(pick);
      for (const factor of remaining) if (factor.includes(pick)) remaining.delete(factor);
    }
    return minimal(chosen);
  }
}

function parse(pattern: RegExp): Node {
  return new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.flags.includes('u'),
    unicodeSets: pattern.flags.includes('v'),
  });
}

/**
 * Every string that some match of the pattern must contain one of, as spelled out from the pattern, or null
 * when a match need not contain any fixed string (then the rule always runs). Folded as the prefilter reads
 * a message (a line break reads as a space).
 */
export function requiredFactors(pattern: RegExp, rarity: Rarity = NO_REFERENCE): string[] | null {
  // Folded text is lower case; a case-insensitive pattern could match what the scan does not see.
  if (pattern.flags.includes('i')) return null;
  // Where a match must hold several things ("our" and "platform"), the one rarest in the reference is kept;
  // without a reference, the longest. Every choice is sound; tests check a stored table with the same one.
  const factors = requiredOf(new FactorFinder(rarity).ofNode(parse(pattern)));
  if (factors === null || factors.size === 0 || factors.has('')) return null;
  return [...factors].sort();
}

/** The factors to store for a pattern: the required ones, compacted to a few short, rare pieces. */
export function chooseFactors(pattern: RegExp, rarity: Rarity): string[] | null {
  const required = requiredFactors(pattern, rarity);
  if (required === null) return null;
  return [...new FactorFinder(rarity).compact(new Set(required))].sort();
}

/** Whether every required factor contains a stored one, i.e. a message without stored factors cannot match. */
export function coversAll(stored: readonly string[], required: readonly string[]): string[] {
  return required.filter((factor) => !stored.some((piece) => factor.includes(piece)));
}

/** The factors to store for each branch of a pattern (regex.ts compiledBranches), in order; null when none has any. */
export function chooseBranchFactors(pattern: RegExp, rarity: Rarity): (string[] | null)[] | null {
  const branches = compiledBranches(pattern).map((branch) => chooseFactors(branch, rarity));
  return branches.some((factors) => factors !== null) ? branches : null;
}

/** The source of rules/factors.generated.ts: factors of the branches of every pattern rule that has some. */
export function renderFactorModule(rules: readonly Rule[], rarity: Rarity): string {
  const lines = [
    '// Generated by `npm run factors` from the rule patterns (src/analyzer/cli/factors.ts). Do not edit:',
    '// the engine ignores an entry whose pattern changed since; tests/analyzer/prefilter.test.ts reports it.',
    "import type { FactorTable } from '../prefilter';",
    '',
    'export const RULE_FACTORS: FactorTable = {',
  ];
  for (const rule of rules) {
    if (!('pattern' in rule)) continue;
    const branches = chooseBranchFactors(rule.pattern, rarity);
    if (branches === null) continue;
    lines.push(
      `  ${rule.id}: {`,
      `    pattern: '${fingerprintPattern(rule.pattern)}',`,
      `    branches: ${JSON.stringify(branches)},`,
      '  },',
    );
  }
  lines.push('};', '');
  return lines.join('\n');
}
