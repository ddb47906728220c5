/** Everything the analyzer knows and says. Pure data: no DOM, no browser API. */

export type Lang = 'nl' | 'en';
export type DetectedLang = Lang | 'other';
export type RuleLang = Lang | 'any';
export type Localized = Readonly<Record<Lang, string>>;

export type MessageKind =
  'connection-note' | 'first-message' | 'follow-up' | 'reply' | 'own-draft' | 'unknown';

/** How the recipient works, from the user's settings ("about me"). */
export type WorkMode = 'alone' | 'small-team' | 'company';

export interface ThreadMessage {
  author: 'me' | 'them';
  text: string;
}

/** What the page readers know about a message. Every field is optional: rules that need one stay silent without it. */
export interface MessageContext {
  kind?: MessageKind;
  /** The first message after the two people connected. */
  firstAfterConnect?: boolean;
  minutesSinceConnected?: number;
  /** Earlier messages in the thread, oldest first, not including this one. */
  earlier?: readonly ThreadMessage[];
  senderHeadline?: string;
  /** The person the message is addressed to (for an incoming message: the user). */
  recipientName?: string;
  /** The recipient's own words about how they work, e.g. "I work alone", "eenmanszaak". */
  recipientAbout?: string;
  recipientWorkMode?: WorkMode;
}

export type Strictness = 'relaxed' | 'normal' | 'strict';

export interface AnalyzeOptions {
  strictness?: Strictness;
}

export type Family =
  'offer' | 'ask' | 'self' | 'hype' | 'personalization' | 'followup' | 'fit' | 'timing' | 'good';

export interface Finding {
  rule: string;
  family: Family;
  /** Offsets into the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The original text between start and end. */
  text: string;
  /** Points this finding adds to the score (negative: a good sign). 0 for a repeat of a rule already counted. */
  weight: number;
  explain: Localized;
  suggest: Localized;
}

export type VerdictLabel = 'ok' | 'borderline' | 'pitch';

export interface Signals {
  /** Characters in the message. */
  length: number;
  words: number;
  /** Counts of first-person (I/we/our, ik/wij/ons) and second-person (you/your, je/jij/jullie/u) words. */
  selfWords: number;
  otherWords: number;
  questions: number;
  offer: boolean;
  meetingAsk: boolean;
  questionAboutThem: boolean;
  /** Sum of all weights before clamping to 0-100. */
  rawScore: number;
}

export interface Verdict {
  score: number;
  verdict: VerdictLabel;
  lang: DetectedLang;
  findings: Finding[];
  signals: Signals;
}

/** Text in, prepared once, read by every rule. */
export interface RuleInput {
  original: string;
  /** Lower-cased, accent-folded, NFKC, invisible characters removed. */
  folded: string;
  lang: DetectedLang;
  context: MessageContext;
}

/** A span in folded text, as a rule reports it. */
export interface FoldedSpan {
  start: number;
  end: number;
}

export type Example = string | { text: string; context: MessageContext };

interface RuleBase {
  /** UPPER_SNAKE, stable: settings, statistics and tests refer to it. */
  id: string;
  family: Family;
  lang: RuleLang;
  /** A sub-signal scores nothing alone; meta rules combine it. */
  signalOnly?: boolean;
}

/** What a rule says to the user, and its own tests. Kept in a map beside the rules of each family file. */
export interface RuleDocs {
  explain: Localized;
  suggest: Localized;
  /** The rule's own tests: each hit must fire this rule, each miss must not. */
  examples: { hit: readonly Example[]; miss: readonly Example[] };
}

export type RuleDocsMap = Readonly<Record<string, RuleDocs>>;

export interface PatternRule extends RuleBase {
  /** Runs on the folded text. Must be linear-time (bounded repeats): tests/analyzer/regex-safety.test.ts. */
  pattern: RegExp;
  /** Fires only when this holds for the context. */
  when?: (context: MessageContext) => boolean;
}

export interface ComputedRule extends RuleBase {
  detect: (input: RuleInput) => FoldedSpan[];
  /** Spans are offsets into the folded text unless the rule reads the original (letter case, say). */
  spansIn?: 'folded' | 'original';
}

export interface MetaRule extends RuleBase {
  /** Fires when this holds over the ids of the rules that already fired. */
  requires: (fired: ReadonlySet<string>, input: RuleInput) => boolean;
  /** The finding is placed on the first span of the first of these rules that fired (else the whole text). */
  anchor: readonly string[];
}

export type Rule = PatternRule | ComputedRule | MetaRule;
