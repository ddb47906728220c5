import { detectLang } from './lang';
import { foldText, toOriginalSpan } from './normalize';
import { pronouns } from './pronouns';
import type {
  AnalyzeOptions,
  ComputedRule,
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
export function isComputedRule(rule: Rule): rule is ComputedRule {
  return 'detect' in rule;
}
export function isMetaRule(rule: Rule): rule is MetaRule {
  return 'requires' in rule;
}

function appliesToLang(rule: Rule, lang: RuleInput['lang']): boolean {
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

const compiled = new WeakMap<PatternRule, RegExp>();

function patternSpans(rule: PatternRule, input: RuleInput): FoldedSpan[] {
  if (rule.when && !rule.when(input.context)) return [];
  const spans: FoldedSpan[] = [];
  let pattern = compiled.get(rule);
  if (!pattern) {
    pattern = compilePattern(rule.pattern);
    compiled.set(rule, pattern);
  }
  pattern.lastIndex = 0;
  // exec in a loop, not matchAll: matchAll clones the RegExp on every call, which dominates on short messages.
  for (let match = pattern.exec(input.folded); match !== null; match = pattern.exec(input.folded)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    spans.push({ start: match.index, end: match.index + match[0].length });
    if (spans.length >= MAX_FINDINGS_PER_RULE) break;
  }
  return spans;
}

const partitions = new WeakMap<
  readonly Rule[],
  { textRules: (PatternRule | ComputedRule)[]; metaRules: MetaRule[] }
>();

/** Text rules and meta rules, split once per rule set rather than tested on every message. */
function partition(rules: readonly Rule[]): {
  textRules: (PatternRule | ComputedRule)[];
  metaRules: MetaRule[];
} {
  let found = partitions.get(rules);
  if (!found) {
    found = {
      textRules: rules.filter((rule): rule is PatternRule | ComputedRule => !isMetaRule(rule)),
      metaRules: rules.filter(isMetaRule),
    };
    partitions.set(rules, found);
  }
  return found;
}

export interface Engine {
  rules: readonly Rule[];
  weights: Readonly<Record<string, number>>;
  /** Explanations; without them (the content script) findings carry empty texts that views fill by rule id. */
  docs?: RuleDocsMap;
}

const NO_TEXT: Localized = { en: '', nl: '' };

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
  const pieces =
    safeText.length <= MAX_ANALYZED_CHARS
      ? [{ offset: 0, text: safeText }]
      : [
          { offset: 0, text: safeText.slice(0, MAX_ANALYZED_CHARS / 2) },
          {
            offset: safeText.length - MAX_ANALYZED_CHARS / 2,
            text: safeText.slice(safeText.length - MAX_ANALYZED_CHARS / 2),
          },
        ];
  // A lone surrogate cut in half at the seam would be folded to U+FFFD; harmless.
  const prepared = pieces.map((piece) => ({ ...piece, folded: foldText(piece.text) }));
  const lang = detectLang(prepared[0]?.folded.folded ?? '');

  const fired = new Set<string>();
  const findings: Finding[] = [];
  let rawScore = 0;

  /** Records a finding at an original-text span; each rule adds its weight once. */
  const addFinding = (rule: Rule, start: number, end: number) => {
    const counted = !rule.signalOnly && !fired.has(rule.id);
    const weight = counted ? (engine.weights[rule.id] ?? 0) : 0;
    rawScore += weight;
    fired.add(rule.id);
    findings.push({
      rule: rule.id,
      family: rule.family,
      start,
      end,
      text: safeText.slice(start, end),
      weight,
      explain: engine.docs?.[rule.id]?.explain ?? NO_TEXT,
      suggest: engine.docs?.[rule.id]?.suggest ?? NO_TEXT,
    });
  };

  const { textRules, metaRules } = partition(engine.rules);
  const firstSpans = new Map<string, { start: number; end: number }>();
  for (const piece of prepared) {
    const input: RuleInput = { original: piece.text, folded: piece.folded.folded, lang, context };
    for (const rule of textRules) {
      if (!appliesToLang(rule, lang)) continue;
      const spans = isPatternRule(rule)
        ? patternSpans(rule, input)
        : rule.detect(input).slice(0, MAX_FINDINGS_PER_RULE);
      for (const span of spans) {
        const original =
          isComputedRule(rule) && rule.spansIn === 'original'
            ? span
            : toOriginalSpan(piece.folded, span.start, span.end);
        const start = original.start + piece.offset;
        const end = original.end + piece.offset;
        if (!firstSpans.has(rule.id)) firstSpans.set(rule.id, { start, end });
        addFinding(rule, start, end);
      }
    }
  }

  const head = prepared[0];
  if (head) {
    const input: RuleInput = { original: head.text, folded: head.folded.folded, lang, context };
    for (const rule of metaRules) {
      if (!appliesToLang(rule, lang) || !rule.requires(fired, input)) continue;
      const anchorId = rule.anchor.find((id) => firstSpans.has(id));
      const anchor = (anchorId && firstSpans.get(anchorId)) || { start: 0, end: safeText.length };
      addFinding(rule, anchor.start, anchor.end);
    }
  }

  findings.sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
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
