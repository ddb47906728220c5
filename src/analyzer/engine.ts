import { detectLang } from './lang';
import { foldText, toOriginalSpan, type FoldedText } from './normalize';
import type { RuleGate } from './prefilter';
import { pronouns } from './pronouns';
import type {
  AnalyzeOptions,
  ComputedRule,
  DetectedLang,
  Finding,
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

/** Above this many characters only the head and tail are read: pitches show themselves early or sign off late. */
export const MAX_ANALYZED_CHARS = 20_000;
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

/**
 * Rules are written with plain spaces for readability; messages wrap lines mid-sentence. Folding has made
 * every whitespace run one space or one line break, so a space outside a character class matches either.
 */
export function compilePattern(pattern: RegExp): RegExp {
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const char = pattern.source[i];
    if (char === '\\') {
      source += char + (pattern.source[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    source += char === ' ' && !inClass ? '[ \\n]' : char;
  }
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return new RegExp(source, flags);
}

/**
 * One text rule, ready to run: its pattern compiled once, its kind decided once. `slot` is the rule's slot in
 * the prefilter, or -1 when it always runs (no factors, or stale ones).
 */
type TextStep =
  | { rule: PatternRule; regex: RegExp; slot: number; spansInOriginal: false }
  /** spansInOriginal: a computed rule whose spans already point into the original text. */
  | { rule: ComputedRule; regex: null; slot: number; spansInOriginal: boolean };

/** What runs for a message of one detected language, in rule order. */
interface Plan {
  text: Record<DetectedLang, TextStep[]>;
  meta: Record<DetectedLang, MetaRule[]>;
  gate: RuleGate | null;
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
    const slot = gate?.slotOf(rule) ?? -1;
    steps.push(
      isPatternRule(rule)
        ? { rule, regex: compilePattern(rule.pattern), slot, spansInOriginal: false }
        : { rule, regex: null, slot, spansInOriginal: rule.spansIn === 'original' },
    );
  }
  const langs: readonly DetectedLang[] = ['nl', 'en', 'other'];
  const plan: Plan = {
    text: { nl: [], en: [], other: [] },
    meta: { nl: [], en: [], other: [] },
    gate,
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
  /** Explanations; without them (the content script) findings carry empty texts that views fill by rule id. */
  docs?: RuleDocsMap;
  /** Tells which rules cannot match a message, so their regex passes are skipped (prefilter.ts). */
  gate?: RuleGate;
}

const NO_TEXT: Localized = { en: '', nl: '' };

/** One piece of the message (the whole of it, or its head or tail when it is very long), folded. */
interface Piece {
  offset: number;
  text: string;
  folded: FoldedText;
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
  ) {}

  /** Records a finding at an original-text span; each rule adds its weight once. */
  add(rule: Rule, start: number, end: number): void {
    const id = rule.id;
    const first = !this.fired.has(id);
    const weight = first && !rule.signalOnly ? (this.engine.weights[id] ?? 0) : 0;
    this.rawScore += weight;
    if (first) {
      this.fired.add(id);
      this.firstSpans.set(id, { start, end });
    }
    const docs = this.engine.docs?.[id];
    this.list.push({
      rule: id,
      family: rule.family,
      start,
      end,
      text: this.text.slice(start, end),
      weight,
      explain: docs?.explain ?? NO_TEXT,
      suggest: docs?.suggest ?? NO_TEXT,
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
 * Runs the rules over one message. Pattern and computed rules first, then meta rules over what fired.
 * The score is the sum of the weights of the rules that fired (each rule counted once), clamped to 0-100.
 */
export function runEngine(
  engine: Engine,
  text: string,
  context: MessageContext = {},
  options: AnalyzeOptions = {},
): Verdict {
  const safeText = typeof text === 'string' ? text : String(text ?? '');
  const half = MAX_ANALYZED_CHARS / 2;
  // A lone surrogate cut in half at the seam would be folded to U+FFFD; harmless.
  const prepared: Piece[] =
    safeText.length <= MAX_ANALYZED_CHARS
      ? [{ offset: 0, text: safeText, folded: foldText(safeText) }]
      : [safeText.slice(0, half), safeText.slice(safeText.length - half)].map((piece, index) => ({
          offset: index === 0 ? 0 : safeText.length - half,
          text: piece,
          folded: foldText(piece),
        }));
  const lang = detectLang(prepared[0]?.folded.folded ?? '');
  const plan = planFor(engine.rules, engine.gate ?? null);
  const found = new Findings(engine, safeText);

  const steps = plan.text[lang];
  for (const piece of prepared) {
    const folded = piece.folded.folded;
    const input: RuleInput = { original: piece.text, folded, lang, context };
    const present = plan.gate?.scan(folded);
    for (const step of steps) {
      if (present && step.slot >= 0 && present[step.slot] === 0) continue;
      if (step.regex === null) {
        const { rule } = step;
        const spans = rule.detect(input);
        const count = Math.min(spans.length, MAX_FINDINGS_PER_RULE);
        for (let k = 0; k < count; k++) {
          const span = spans[k] as FoldedSpan;
          found.addFromPiece(rule, piece, span.start, span.end, step.spansInOriginal);
        }
        continue;
      }
      const { rule, regex } = step;
      if (rule.when && !rule.when(context)) continue;
      regex.lastIndex = 0;
      let count = 0;
      // exec in a loop, not matchAll: matchAll clones the RegExp on every call, which dominates on short messages.
      for (let match = regex.exec(folded); match !== null; match = regex.exec(folded)) {
        if (match[0].length === 0) {
          regex.lastIndex += 1;
          continue;
        }
        found.addFromPiece(rule, piece, match.index, match.index + match[0].length, false);
        if (++count >= MAX_FINDINGS_PER_RULE) break;
      }
    }
  }

  const head = prepared[0];
  if (head) {
    const input: RuleInput = { original: head.text, folded: head.folded.folded, lang, context };
    for (const rule of plan.meta[lang]) {
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

  const findings = found.list.sort(byPosition);
  const rawScore = found.rawScore;
  const fired = found.fired;
  const score = Math.max(0, Math.min(100, Math.round(rawScore)));
  const thresholds = THRESHOLDS[options.strictness ?? 'normal'];
  const verdict: VerdictLabel =
    score >= thresholds.pitch ? 'pitch' : score >= thresholds.borderline ? 'borderline' : 'ok';

  return {
    score,
    verdict,
    lang,
    findings,
    signals: computeSignals(head?.folded.folded ?? '', safeText, fired, rawScore),
  };
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

function startsWithAny(ids: ReadonlySet<string>, prefix: string): boolean {
  for (const id of ids) if (id.startsWith(prefix)) return true;
  return false;
}

function computeSignals(
  folded: string,
  original: string,
  fired: ReadonlySet<string>,
  rawScore: number,
): Signals {
  return {
    length: original.length,
    words: countWords(folded),
    selfWords: pronouns(folded).self.length,
    otherWords: pronouns(folded).other,
    questions: countChar(folded, '?'),
    offer: startsWithAny(fired, 'OFFER_'),
    meetingAsk: startsWithAny(fired, 'ASK_'),
    questionAboutThem: fired.has('QUESTION_ABOUT_THEM'),
    rawScore,
  };
}
