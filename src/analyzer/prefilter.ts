/**
 * Skips regex passes that cannot match. A pattern rule is tried as its branches (the alternatives it tries at
 * each position, regex.ts branchesOf), and each branch has a few required factors (strings of which every match
 * contains one, worked out from the branch by cli/factors.ts). One pass of an Aho-Corasick automaton over the
 * message finds which factors occur: a rule none of whose branches has a factor there is not run, and a rule
 * runs only the branches that have. A skipped branch would have found nothing, so verdicts are the same with or
 * without the prefilter, only faster: most rules find nothing in most messages, and of a long alternation
 * most branches cannot match a given message.
 */
import { branchesOf, compiledSource } from './regex';
import type { Rule } from './types';

/** Factors of one rule's branches, with a fingerprint of the pattern they were worked out from. */
export interface RuleFactors {
  /** fingerprintPattern() of the pattern: a stale entry (the pattern changed since) is ignored. */
  pattern: string;
  /** For each branch of the compiled pattern, in order, its factors; null: that branch always runs. */
  branches: readonly (readonly string[] | null)[];
}

export type FactorTable = Readonly<Record<string, RuleFactors>>;

/** What the engine asks: the slot of each branch of a rule (-1: always run it), and which slots a text may match. */
export interface RuleGate {
  /** One slot per branch (compiledBranches), or null when the rule has no usable entry: it then runs whole. */
  slotsOf(rule: Rule): readonly number[] | null;
  /** 1 for each slot whose branch may match `text`, 0 for each that cannot. */
  scan(text: string): Uint8Array;
}

/**
 * Folds a character as the scan sees it. Patterns are compiled so that a space also matches a line break, so
 * the scan reads a line break as a space (in factors and in messages alike).
 */
export function foldFactorChar(char: string): string {
  return char === '\n' ? ' ' : char;
}

/** FNV-1a over the source and flags: enough to notice that a pattern changed after its factors were made. */
export function fingerprintPattern(pattern: RegExp): string {
  const text = `${pattern.source}/${pattern.flags}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A gate over these rules from a factor table. Only pattern rules whose stored fingerprint matches their
 * current pattern, with one entry per branch, get slots: a table left stale by an edited pattern makes that
 * rule run always, never wrongly skipped.
 */
export function createRuleGate(rules: readonly Rule[], table: FactorTable): RuleGate {
  // Built on first use: a page that imports the analyzer but never runs it pays nothing (about 10 ms).
  let built: { slots: Map<Rule, readonly number[]>; prefilter: Prefilter } | undefined;
  const build = () => {
    const slots = new Map<Rule, readonly number[]>();
    const factorsBySlot: (readonly string[])[] = [];
    for (const rule of rules) {
      const entry = table[rule.id];
      if (!entry || !('pattern' in rule) || entry.pattern !== fingerprintPattern(rule.pattern)) continue;
      if (entry.branches.length !== branchesOf(compiledSource(rule.pattern)).length) continue;
      const own = entry.branches.map((factors) => (factors === null ? -1 : factorsBySlot.push(factors) - 1));
      slots.set(rule, own);
    }
    return { slots, prefilter: new Prefilter(factorsBySlot) };
  };
  return {
    slotsOf: (rule) => (built ??= build()).slots.get(rule) ?? null,
    scan: (text) => (built ??= build()).prefilter.scan(text),
  };
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

/** foldFactorChar for one UTF-16 unit, as the automaton reads factors and messages. */
function unitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code === NEWLINE ? SPACE : code;
}

/**
 * An Aho-Corasick automaton over all factors of all gated rules, as a full transition table over the few
 * characters the factors use (any other character is one class), so the scan is one table lookup a character.
 */
export class Prefilter {
  /** Character class of each UTF-16 unit that occurs in some factor; 0 for all others. */
  private readonly classOf = new Map<number, number>();
  private readonly asciiClass = new Uint8Array(128);
  private readonly classCount: number;
  /** Transitions; 16-bit while the states fit, so the table (about 860 KB) halves its cache misses. */
  private readonly next: Uint16Array | Int32Array;
  /**
   * For each state, the slots of the branches whose factor ends there (following failure links too):
   * `outputSlots[outputStart[state]]` up to `outputStart[state + 1]`, flat so the scan reads typed arrays only.
   */
  private readonly outputStart: Int32Array;
  private readonly outputSlots: Int32Array;

  /** `factorsBySlot[slot]`: the factors of the branch in that slot. */
  constructor(private readonly factorsBySlot: readonly (readonly string[])[]) {
    let classCount = 1;
    for (const factors of factorsBySlot)
      for (const factor of factors)
        for (let i = 0; i < factor.length; i++) {
          const code = unitAt(factor, i);
          if (!this.classOf.has(code)) this.classOf.set(code, classCount++);
        }
    for (const [code, cls] of this.classOf) if (code < 128) this.asciiClass[code] = cls;
    this.classCount = classCount;

    // The trie, written straight into the transition table (0: no child yet; the root is never a child).
    let capacity = 1;
    for (const factors of factorsBySlot) for (const factor of factors) capacity += factor.length;
    const next = new Int32Array(capacity * classCount);
    const outputs: number[][] = [[]];
    factorsBySlot.forEach((factors, slot) => {
      for (const factor of factors) {
        let state = 0;
        for (let i = 0; i < factor.length; i++) {
          const at = state * classCount + (this.classOf.get(unitAt(factor, i)) ?? 0);
          if (next[at] === 0) {
            next[at] = outputs.length;
            outputs.push([]);
          }
          state = next[at] as number;
        }
        outputs[state]?.push(slot);
      }
    });

    // Breadth first: each state's failure link is the longest proper suffix that is also a trie state; a
    // missing transition is that suffix state's, which completes the table. Outputs gather along the links.
    const states = outputs.length;
    const isTrieEdge = new Uint8Array(states * classCount);
    for (let at = 0; at < states * classCount; at++) if (next[at] !== 0) isTrieEdge[at] = 1;
    const failure = new Int32Array(states);
    const queue: number[] = [];
    for (let cls = 0; cls < classCount; cls++) if (next[cls] !== 0) queue.push(next[cls] as number);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const fallback = failure[state] as number;
      const own = outputs[state] as number[];
      for (const slot of outputs[fallback] ?? []) if (!own.includes(slot)) own.push(slot);
      for (let cls = 0; cls < classCount; cls++) {
        const at = state * classCount + cls;
        const viaFailure = next[fallback * classCount + cls] as number;
        if (isTrieEdge[at] === 1) {
          const child = next[at] as number;
          failure[child] = viaFailure;
          queue.push(child);
        } else next[at] = viaFailure;
      }
    }
    const table = next.subarray(0, states * classCount);
    this.next = states < 65_536 ? Uint16Array.from(table) : table;
    this.outputStart = new Int32Array(states + 1);
    for (let state = 0; state < states; state++)
      this.outputStart[state + 1] = (this.outputStart[state] as number) + (outputs[state] as number[]).length;
    this.outputSlots = Int32Array.from(outputs.flat());
  }

  /** Which branch slots have a factor in `text` (1) and which cannot match (0). */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.factorsBySlot.length);
    const { next, outputStart, outputSlots, asciiClass, classOf, classCount } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = unitAt(text, i);
      const cls = code < 128 ? (asciiClass[code] as number) : (classOf.get(code) ?? 0);
      state = next[state * classCount + cls] as number;
      const last = outputStart[state + 1] as number;
      for (let k = outputStart[state] as number; k < last; k++) found[outputSlots[k] as number] = 1;
    }
    return found;
  }
}
