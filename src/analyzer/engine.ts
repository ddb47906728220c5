import { conversationOf, sanitizeContext, sanitizeOptions } from './context';
import { detectLang } from './lang';
import { foldText, toOriginalSpan, type FoldedText } from './normalize';
import type { RuleGate } from './prefilter';
import { pronouns } from './pronouns';
import { compiledBranches, compilePattern } from './regex';
import type { WordingReading, WordingSpan } from './wording/model';
import { MAX_ANALYZED_CHARS } from './limits';
import { WORDING_DOCS, wordingBucket, wordingPoints, type WordingGate } from './wording/rule';
import type {
  AnalyzeOptions,
  ComputedRule,
  Conversation,
  DetectedLang,
  Family,
  Finding,
  FoldedFinding,
  FoldedSpan,
  Localized,
  MessageContext,
  MetaRule,
  PatternRule,
  Rule,
  RuleDocsMap,
  RuleInput,
  Signals,
  Strictness,
  Verdict,
  VerdictLabel,
} from './types';

export { MAX_ANALYZED_CHARS };
const WINDOW_CHARS = 4_000;
const WINDOWS = MAX_ANALYZED_CHARS / WINDOW_CHARS;
/** At most this many findings of one rule, so a message that repeats a phrase 10,000 times stays readable. */
const MAX_FINDINGS_PER_RULE = 20;

export const THRESHOLDS: Readonly<Record<Strictness, { borderline: number; pitch: number }>> = {
  relaxed: { borderline: 35, pitch: 65 },
  normal: { borderline: 25, pitch: 50 },
  strict: { borderline: 15, pitch: 35 },
};

export function isPatternRule(rule: Rule): rule is PatternRule {
  return 'pattern' in rule;
}
export function isMetaRule(rule: Rule): rule is MetaRule {
  return 'requires' in rule;
}

function appliesToLang(rule: Rule, lang: DetectedLang): boolean {
  return rule.lang === 'any' || rule.lang === lang || lang === 'other';
}

/** A clause reaches at most this far either side of the words that matched: unpunctuated text stays readable. */
const MAX_CLAUSE_REACH = 200;

const isBreak = (text: string, at: number) => {
  const char = text[at];
  if (char === '\n' || char === ';') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  // "calendly.com" and "3.5" are not sentence ends: a mark ends a sentence before a space or the end.
  const next = text[at + 1];
  return next === undefined || next === ' ' || next === '\n';
};

/** The clause around a match in folded text: from after the previous sentence end to the next one, inclusive. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  const lowest = Math.max(0, start - MAX_CLAUSE_REACH);
  while (from > lowest && !isBreak(text, from - 1)) from -= 1;
  while (from < start && text[from] === ' ') from += 1;
  let to = end;
  const highest = Math.min(text.length, end + MAX_CLAUSE_REACH);
  while (to < highest && !isBreak(text, to)) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  while (to > end && text[to - 1] === ' ') to -= 1;
  return { start: from, end: Math.max(to, end) };
}

/** A continuation pattern, compiled sticky: it must match exactly where the rule's pattern ended. */
export function compileContinuation(pattern: RegExp): RegExp {
  const compiled = compilePattern(pattern);
  return new RegExp(compiled.source, `${compiled.flags.replace(/[gy]/g, '')}y`);
}

/**
 * One text rule, ready to run: its pattern compiled once, whole and as branches (regex.ts branchesOf) with
 * their prefilter slots, its kind decided once. Without slots (no factors, or stale ones) it always runs whole.
 */
type TextStep =
  | {
      rule: PatternRule;
      regex: RegExp;
      then: RegExp | null;
      branches: readonly RegExp[];
      /** One per branch, -1 for a branch that always runs; null: the rule always runs whole. */
      slots: readonly number[] | null;
      spansInOriginal: false;
    }
  /** spansInOriginal: a computed rule whose spans already point into the original text. */
  | { rule: ComputedRule; regex: null; spansInOriginal: boolean };

/**
 * Of a rule with this many branches or more that may match, the whole pattern runs: one pass over the text beats
 * that many, however long the alternation.
 */
const WHOLE_FROM = 4;

/**
 * The leftmost match at or after a position among a few branches, the earlier branch winning a tie: what the
 * whole pattern would find, since branches that cannot match the text were left out. Each branch's last match is
 * kept while it lies ahead, so a rule with many findings does not search the same stretch twice.
 */
class BranchSearch {
  private regexes: RegExp[] = [];
  private found: (RegExpExecArray | null)[] = [];
  /** Where each branch last searched from; its kept match holds for any later start up to that match. */
  private searchedFrom: number[] = [];
  private count = 0;

  reset(): void {
    this.count = 0;
  }

  add(regex: RegExp): void {
    const at = this.count++;
    this.regexes[at] = regex;
    this.found[at] = null;
    this.searchedFrom[at] = Infinity;
  }

  exec(text: string, from: number): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (let b = 0; b < this.count; b++) {
      let match = this.found[b] as RegExpExecArray | null;
      if (!((this.searchedFrom[b] as number) <= from && (match === null || match.index >= from))) {
        const regex = this.regexes[b] as RegExp;
        regex.lastIndex = from;
        match = regex.exec(text);
        this.found[b] = match;
        this.searchedFrom[b] = from;
      }
      if (match !== null && (best === null || match.index < best.index)) best = match;
    }
    return best;
  }
}

/** Reused from rule to rule: rules run one at a time. */
const search = new BranchSearch();

/**
 * Sets `search` up for one rule and message: the whole pattern, or only the branches whose factors occur.
 * False when none can match.
 */
function prepareSearch(step: Extract<TextStep, { regex: RegExp }>, present: Uint8Array | undefined): boolean {
  search.reset();
  const { slots, branches } = step;
  if (!present || slots === null) {
    search.add(step.regex);
    return true;
  }
  let possible = 0;
  for (const slot of slots) if (slot < 0 || present[slot] === 1) possible += 1;
  if (possible === 0) return false;
  if (possible === slots.length || possible >= WHOLE_FROM) {
    search.add(step.regex);
    return true;
  }
  for (let b = 0; b < slots.length; b++) {
    const slot = slots[b] as number;
    if (slot < 0 || present[slot] === 1) search.add(branches[b] as RegExp);
  }
  return true;
}

/** What runs for a message of one detected language, in rule order. */
interface Plan {
  text: Record<DetectedLang, TextStep[]>;
  meta: Record<DetectedLang, MetaRule[]>;
  gate: RuleGate | null;
  /** The steps of one language and conversation, without the rules that stay quiet in it; made on first use. */
  steps: Partial<Record<DetectedLang, Partial<Record<Conversation, { text: TextStep[]; meta: MetaRule[] }>>>>;
}

const quiet = (rule: Rule, conversation: Conversation) => rule.quietIn?.includes(conversation) === true;

function stepsFor(
  plan: Plan,
  lang: DetectedLang,
  conversation: Conversation,
): { text: TextStep[]; meta: MetaRule[] } {
  const byConversation = (plan.steps[lang] ??= {});
  let steps = byConversation[conversation];
  if (!steps) {
    steps = {
      text: plan.text[lang].filter((step) => !quiet(step.rule, conversation)),
      meta: plan.meta[lang].filter((rule) => !quiet(rule, conversation)),
    };
    byConversation[conversation] = steps;
  }
  return steps;
}

const plans = new WeakMap<readonly Rule[], Map<RuleGate | null, Plan>>();

/**
 * Per rule set, once: the rules of each language, with compiled patterns. A message then walks a flat list
 * instead of asking every rule its kind and language, which costs as much as a short regex pass.
 */
function planFor(rules: readonly Rule[], gate: RuleGate | null): Plan {
  let byGate = plans.get(rules);
  if (!byGate) {
    byGate = new Map();
    plans.set(rules, byGate);
  }
  const cached = byGate.get(gate);
  if (cached) return cached;
  const steps: TextStep[] = [];
  const metaRules: MetaRule[] = [];
  for (const rule of rules) {
    if (isMetaRule(rule)) {
      metaRules.push(rule);
      continue;
    }
    if (isPatternRule(rule)) {
      const slots = gate?.slotsOf(rule) ?? null;
      steps.push({
        rule,
        regex: compilePattern(rule.pattern),
        then: rule.then ? compileContinuation(rule.then) : null,
        branches: slots === null ? [] : compiledBranches(rule.pattern),
        slots,
        spansInOriginal: false,
      });
    } else steps.push({ rule, regex: null, spansInOriginal: rule.spansIn === 'original' });
  }
  const langs: readonly DetectedLang[] = ['nl', 'en', 'other'];
  const plan: Plan = {
    text: { nl: [], en: [], other: [] },
    meta: { nl: [], en: [], other: [] },
    gate,
    steps: {},
  };
  for (const lang of langs) {
    plan.text[lang] = steps.filter((step) => appliesToLang(step.rule, lang));
    plan.meta[lang] = metaRules.filter((rule) => appliesToLang(rule, lang));
  }
  byGate.set(gate, plan);
  return plan;
}

export interface Engine {
  rules: readonly Rule[];
  weights: Readonly<Record<string, number>>;
  /** Explanations; without them findings carry empty texts that views fill by rule id. */
  docs?: RuleDocsMap;
  /** Tells which rules cannot match a message, so their regex passes are skipped (prefilter.ts). */
  gate?: RuleGate;
  /** The wording model (wording/model.ts), read on the folded text; without it the rules score alone. */
  wording?: (folded: string) => WordingReading;
}

const NO_TEXT: Localized = { en: '', nl: '' };

/** One piece of the message (the whole of it, or a window of a very long one), folded. */
interface Piece {
  offset: number;
  text: string;
  folded: FoldedText;
}

/** Whether the unit at `at` is the low half of a surrogate pair. Module level: a closure per call costs. */
function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

function piece(text: string, from: number, to: number): Piece {
  // Never start or end a window inside a surrogate pair.
  let start = from;
  let end = to;
  if (start > 0 && isLowSurrogate(text, start)) start += 1;
  if (end < text.length && isLowSurrogate(text, end)) end -= 1;
  const slice = text.slice(start, end);
  return { offset: start, text: slice, folded: foldText(slice) };
}

/** The message whole, or evenly spaced windows from its first to its last character. */
export function piecesOf(text: string): Piece[] {
  if (text.length <= MAX_ANALYZED_CHARS) return [piece(text, 0, text.length)];
  const step = (text.length - WINDOW_CHARS) / (WINDOWS - 1);
  const pieces: Piece[] = [];
  for (let k = 0; k < WINDOWS; k++) {
    const start = Math.round(k * step);
    pieces.push(piece(text, start, Math.min(text.length, start + WINDOW_CHARS)));
  }
  return pieces;
}

/** What the rules found in one message: findings, the rules that fired, the score so far. */
class Findings {
  readonly fired = new Set<string>();
  readonly list: Finding[] = [];
  /** The first span of each rule: meta rules anchor on it. */
  readonly firstSpans = new Map<string, { start: number; end: number }>();
  rawScore = 0;

  constructor(
    private readonly engine: Engine,
    private readonly text: string,
    private readonly conversation: Conversation,
  ) {}

  /** Findings per rule so far: at most MAX_FINDINGS_PER_RULE over the whole message, every piece together. */
  private readonly counts = new Map<string, number>();

  /** Whether another finding of this rule would still be recorded. */
  room(id: string): boolean {
    return (this.counts.get(id) ?? 0) < MAX_FINDINGS_PER_RULE;
  }

  /** Records a finding at an original-text span; each rule adds its weight once. */
  add(rule: Rule, start: number, end: number): void {
    const id = rule.id;
    const count = this.counts.get(id) ?? 0;
    if (count >= MAX_FINDINGS_PER_RULE) return;
    this.counts.set(id, count + 1);
    const first = !this.fired.has(id);
    const scores = !rule.signalOnly && rule.signalOnlyIn?.includes(this.conversation) !== true;
    const weight = first && scores ? (this.engine.weights[id] ?? 0) : 0;
    if (first) {
      this.fired.add(id);
      this.firstSpans.set(id, { start, end });
    }
    this.push(id, rule.family, start, end, weight);
  }

  textAt(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  push(id: string, family: Family, start: number, end: number, weight: number, also?: FoldedFinding[]): void {
    this.rawScore += weight;
    const docs = this.engine.docs?.[id];
    this.list.push({
      rule: id,
      family,
      start,
      end,
      text: this.text.slice(start, end),
      weight,
      explain: docs?.explain ?? NO_TEXT,
      suggest: docs?.suggest ?? NO_TEXT,
      ...(also && also.length > 0 ? { also } : {}),
    });
  }

  /** Records a span of a piece's folded text (or of its original, for rules that read letter case). */
  addFromPiece(rule: Rule, piece: Piece, start: number, end: number, inOriginal: boolean): void {
    if (inOriginal) {
      this.add(rule, start + piece.offset, end + piece.offset);
      return;
    }
    const original = toOriginalSpan(piece.folded, start, end);
    this.add(rule, original.start + piece.offset, original.end + piece.offset);
  }
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * One finding per span and move: findings of the same direction (pitch or good sign) on mostly the same words
 * fold into the strongest, which then carries their points and lists them. A finding on the whole message
 * (a thread-shape rule, say) folds with nothing.
 */
export function foldFindings(findings: readonly Finding[]): Finding[] {
  if (findings.length < 2) return [...findings];
  const order = findings.map((_, index) => index);
  order.sort((a, b) => {
    const x = findings[a] as Finding;
    const y = findings[b] as Finding;
    return Math.abs(y.weight) - Math.abs(x.weight) || byPosition(x, y);
  });
  const kept: Finding[] = [];
  for (const index of order) {
    const finding = findings[index] as Finding;
    let host: Finding | undefined;
    for (const candidate of kept) {
      if (sameMove(candidate, finding)) {
        host = candidate;
        break;
      }
    }
    if (!host) {
      kept.push(finding);
      continue;
    }
    // Copy on the first fold only: most findings fold into nothing, and are passed on as they are.
    const folded: FoldedFinding = {
      rule: finding.rule,
      family: finding.family,
      start: finding.start,
      end: finding.end,
      text: finding.text,
      weight: finding.weight,
    };
    const at = kept.indexOf(host);
    const also = [...(host.also ?? []), folded, ...(finding.also ?? [])];
    kept[at] = { ...host, weight: host.weight + finding.weight, also };
  }
  return kept.sort(byPosition);
}

/** Which way a finding moves the score: a good sign (or a negative weight) -1, else 1. */
function direction(finding: Finding): -1 | 1 {
  return finding.weight < 0 || (finding.weight === 0 && finding.family === 'good') ? -1 : 1;
}

function sameMove(a: Finding, b: Finding): boolean {
  if (a.rule === b.rule && a.start === b.start && a.end === b.end) return true;
  if (direction(a) !== direction(b)) return false;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap * 2 >= longer;
}

/** What the fitter learns from: the scoring rules that fired on a message. */
export interface LearningFeatures {
  rules: string[];
}

/**
 * Runs the rules over one message. Pattern and computed rules first, then meta rules over what fired. The
 * score is the sum of the weights of the rules that fired (each rule counted once), clamped to 0-100. Never throws: a malformed context or option is read as far as it is
 * well-formed.
 */
export function runEngine(
  engine: Engine,
  text: string,
  rawContext: MessageContext = {},
  rawOptions: AnalyzeOptions = {},
): Verdict {
  return run(engine, text, rawContext, rawOptions).verdict;
}

/** The features a message gives the fitter, computed as the engine computes them for scoring. */
export function learningFeaturesOf(engine: Engine, text: string, context: MessageContext): LearningFeatures {
  const { fired, conversation } = run(engine, text, context, {});
  const scoring = new Set(
    engine.rules
      .filter((rule) => !rule.signalOnly && rule.signalOnlyIn?.includes(conversation) !== true)
      .map((rule) => rule.id),
  );
  return { rules: [...fired].filter((id) => scoring.has(id)).sort() };
}

function run(
  engine: Engine,
  text: string,
  rawContext: unknown,
  rawOptions: unknown,
): { verdict: Verdict; fired: ReadonlySet<string>; conversation: Conversation } {
  const safeText = typeof text === 'string' ? text : String(text ?? '');
  const context = sanitizeContext(rawContext);
  const options = sanitizeOptions(rawOptions);
  const conversation = conversationOf(context);
  const prepared = piecesOf(safeText);
  const lang = detectLang(prepared[0]?.folded.folded ?? '');
  const plan = planFor(engine.rules, engine.gate ?? null);
  const found = new Findings(engine, safeText, conversation);

  const { text: steps, meta } = stepsFor(plan, lang, conversation);
  for (const piece of prepared) {
    const folded = piece.folded.folded;
    const input: RuleInput = { original: piece.text, folded, lang, context, conversation };
    const present = plan.gate?.scan(folded);
    for (const step of steps) {
      if (step.regex === null) {
        const { rule } = step;
        const spans = rule.detect(input);
        for (let k = 0; k < spans.length && found.room(rule.id); k++) {
          const span = spans[k] as FoldedSpan;
          found.addFromPiece(rule, piece, span.start, span.end, step.spansInOriginal);
        }
        continue;
      }
      const { rule, then } = step;
      if (!prepareSearch(step, present)) continue;
      if (rule.when && !rule.when(context)) continue;
      let from = 0;
      for (let match = search.exec(folded, from); match !== null; match = search.exec(folded, from)) {
        let end = match.index + match[0].length;
        from = end;
        if (then) {
          then.lastIndex = end;
          if (then.exec(folded) === null) {
            // Not this one: look again from the next character, a shorter match may start inside it.
            from = match.index + 1;
            continue;
          }
          end = then.lastIndex;
          from = end;
        }
        if (end === match.index) {
          from += 1;
          continue;
        }
        if (rule.marks !== 'match') {
          const clause = clauseAround(folded, match.index, end);
          found.addFromPiece(rule, piece, clause.start, clause.end, false);
          // One finding per clause: the next match is looked for after it.
          from = Math.max(from, clause.end);
        } else found.addFromPiece(rule, piece, match.index, end, false);
        if (!found.room(rule.id)) break;
      }
    }
  }

  const head = prepared[0];
  if (head) {
    const input: RuleInput = { original: head.text, folded: head.folded.folded, lang, context, conversation };
    for (const rule of meta) {
      if (!rule.requires(found.fired, input)) continue;
      let anchor = { start: 0, end: safeText.length };
      for (const id of rule.anchor) {
        const span = found.firstSpans.get(id);
        if (span) {
          anchor = span;
          break;
        }
      }
      found.add(rule, anchor.start, anchor.end);
    }
  }

  const findings = foldFindings(found.list);
  const thresholds = THRESHOLDS[options.strictness];
  const rulesScore = clampScore(found.rawScore);
  let rawScore = found.rawScore;
  let score = rulesScore;
  let wording: number | undefined;
  const reading = engine.wording && head ? engine.wording(head.folded.folded) : null;
  if (reading && head && reading.words > 0) {
    // Rounded: V8 and SpiderMonkey may differ in the last bit of Math.exp, and both browsers must agree.
    wording = Math.round(reading.probability * 1e6) / 1e6;
    const finding = wordingFinding(engine, reading, wording, head, safeText, {
      conversation,
      rulesRaw: found.rawScore,
      borderlineAt: thresholds.borderline,
      pitchAt: thresholds.pitch,
    });
    if (finding) {
      findings.push(finding);
      findings.sort(byPosition);
      rawScore += finding.weight;
      // The rules' points before clamping: their good signs count against the model's push (rule.ts).
      score = clampScore(found.rawScore + finding.weight);
    }
  }
  const fired = found.fired;
  const verdict: VerdictLabel =
    score >= thresholds.pitch ? 'pitch' : score >= thresholds.borderline ? 'borderline' : 'ok';

  return {
    verdict: {
      score,
      verdict,
      lang,
      findings,
      signals: {
        ...computeSignals(head?.folded.folded ?? '', safeText, fired, rawScore),
        rulesScore,
        ...(wording === undefined ? {} : { wording }),
      },
    },
    fired,
    conversation,
  };
}

const clampScore = (raw: number) => Math.max(0, Math.min(100, Math.round(raw)));

/**
 * The model's finding: its bucket's points, placed on the phrase that moved it most in the direction it went,
 * with the strongest phrases either way as evidence. None when the conversation gates its points to 0.
 */
function wordingFinding(
  engine: Engine,
  reading: WordingReading,
  probability: number,
  head: Piece,
  text: string,
  gate: WordingGate,
): Finding | null {
  const bucket = wordingBucket(probability);
  const points = wordingPoints(bucket, gate);
  if (points === 0) return null;
  const towards = evidenceOf(reading.towards, head, text, 'pitch');
  const against = evidenceOf(reading.against, head, text, 'genuine');
  const main = (points > 0 ? towards : against)[0] ?? { start: 0, end: text.length };
  const docs = engine.docs ? WORDING_DOCS[bucket.id] : undefined;
  return {
    rule: bucket.id,
    family: points > 0 ? 'wording' : 'good',
    start: main.start,
    end: main.end,
    text: text.slice(main.start, main.end),
    weight: points,
    explain: docs?.explain ?? NO_TEXT,
    suggest: docs?.suggest ?? NO_TEXT,
    evidence: points > 0 ? [...towards, ...against.slice(0, 1)] : [...against, ...towards.slice(0, 1)],
  };
}

/** The model's phrases as evidence: spans of the original text, with the way they pull. */
function evidenceOf(
  spans: readonly WordingSpan[],
  head: Piece,
  text: string,
  towards: 'pitch' | 'genuine',
): { start: number; end: number; text: string; towards: 'pitch' | 'genuine' }[] {
  const evidence = [];
  for (const span of spans) {
    const original = toOriginalSpan(head.folded, span.start, span.end);
    const start = original.start + head.offset;
    const end = original.end + head.offset;
    evidence.push({ start, end, text: text.slice(start, end), towards });
  }
  return evidence;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || code === 0x0a;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

function countChar(text: string, char: string): number {
  let total = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) total += 1;
  return total;
}

function firedWith(fired: ReadonlySet<string>, prefix: string): boolean {
  for (const id of fired) if (id.startsWith(prefix)) return true;
  return false;
}

function computeSignals(
  folded: string,
  original: string,
  fired: ReadonlySet<string>,
  rawScore: number,
): Omit<Signals, 'rulesScore' | 'wording'> {
  return {
    length: original.length,
    words: countWords(folded),
    selfWords: pronouns(folded).self.length,
    otherWords: pronouns(folded).other,
    questions: countChar(folded, '?'),
    offer: firedWith(fired, 'OFFER_'),
    meetingAsk: firedWith(fired, 'ASK_'),
    questionAboutThem: fired.has('QUESTION_ABOUT_THEM'),
    rawScore,
  };
}
