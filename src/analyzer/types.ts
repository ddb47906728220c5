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
  /** A connection note or a LinkedIn system line is not a turn of the conversation (default: a message). */
  kind?: 'message' | 'connection-note' | 'system';
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

/**
 * Where a message stands in its conversation, from the sender's side (context.ts works it out):
 * - `cold`: to someone who has not written back (a connection note, an opening message, a sequence step);
 * - `reply`: answering the other person, who wrote first;
 * - `ongoing`: both have written before: colleagues, clients, friends. A call proposed here is normal;
 * - `unknown`: no context given (a pasted text, the trainer).
 */
export type Conversation = 'cold' | 'reply' | 'ongoing' | 'unknown';

export type Strictness = 'relaxed' | 'normal' | 'strict';

export interface AnalyzeOptions {
  strictness?: Strictness;
}

export type Family =
  | 'offer'
  | 'ask'
  | 'money'
  | 'self'
  | 'hype'
  | 'personalization'
  | 'sequence'
  | 'followup'
  | 'fit'
  | 'timing'
  | 'wording'
  | 'good';

/** A finding folded under a stronger one on the same words: listed with it, not as an item of its own. */
export interface FoldedFinding {
  rule: string;
  family: Family;
  start: number;
  end: number;
  text: string;
  weight: number;
}

export interface Finding {
  rule: string;
  family: Family;
  /** Offsets into the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The original text between start and end. */
  text: string;
  /**
   * Points this finding adds to the score (negative: a good sign), including the findings folded under it.
   * 0 for a repeat of a rule already counted.
   */
  weight: number;
  explain: Localized;
  suggest: Localized;
  /** Rules that fired on the same words, weaker than this one, with their own points. */
  also?: FoldedFinding[];
  /** The wording model's finding: the phrases that moved it most, towards outreach and against. */
  evidence?: EvidenceSpan[];
}

/** Words that moved the wording model, as offsets into the original text. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
  /** 'pitch': these words read like outreach; 'genuine': they read like a personal message. */
  towards: 'pitch' | 'genuine';
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
  /** Sum of all weights before clamping to 0-100 (the wording model's points included). */
  rawScore: number;
  /** The score of the hand-written rules alone, 0-100. */
  rulesScore: number;
  /** The wording model's probability that the message is outreach (absent when no model ran). */
  wording?: number;
}

/**
 * The user set this verdict (issue 23): on this message, on a message of the same template, or by trusting its
 * sender. `was` is what Selge said before; `at` when the user said it (ms since 1970).
 */
export interface UserVerdict {
  set: 'pitch' | 'ok';
  was: VerdictLabel;
  at: number;
  by: 'message' | 'template' | 'person';
}

export interface Verdict {
  score: number;
  verdict: VerdictLabel;
  lang: DetectedLang;
  findings: Finding[];
  signals: Signals;
  /** Present when the user's own correction, a template sibling's or a trusted sender decided the verdict. */
  user?: UserVerdict;
}

/** Text in, prepared once, read by every rule. */
export interface RuleInput {
  original: string;
  /** Lower-cased, accent-folded, NFKC, look-alike letters of other scripts folded, invisible characters removed. */
  folded: string;
  lang: DetectedLang;
  context: MessageContext;
  /** Where the message stands in its conversation (context.ts). */
  conversation: Conversation;
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
  /**
   * Conversations in which the move is normal and the rule stays silent: a call proposed between people who
   * write to each other is not a pitch.
   */
  quietIn?: readonly Conversation[];
  /**
   * What a finding of this rule marks: the clause that carries the move (from the previous sentence end to the
   * next; the default), so a reader sees the whole offer or ask underlined, or just the words that matched
   * (a link, a merge field, a run of exclamation marks).
   */
  marks?: 'match' | 'clause';
  /**
   * Conversations in which the move scores nothing by itself but still counts for meta rules: a call proposed
   * to a colleague is normal, an offer with a call attached is still a pitch.
   */
  signalOnlyIn?: readonly Conversation[];
}

/** What a rule says to the user, and its own tests. Kept in a map beside the rules of each family file. */
export interface RuleDocs {
  explain: Localized;
  /**
   * The explanation as said to the user about their own message ("you talk about what you sell"), where
   * `explain` speaks of the sender: a draft described in the third person reads as someone else's.
   */
  own?: Localized;
  suggest: Localized;
  /** The rule's own tests: each hit must fire this rule, each miss must not. */
  examples: { hit: readonly Example[]; miss: readonly Example[] };
}

export type RuleDocsMap = Readonly<Record<string, RuleDocs>>;

export interface PatternRule extends RuleBase {
  /** Runs on the folded text. Must be linear-time (bounded repeats): tests/analyzer/regex-safety.test.ts. */
  pattern: RegExp;
  /**
   * What must follow a match of `pattern` right where it ends (the object of a verb, say); the finding spans
   * both. Kept apart from `pattern` so that a long list of objects is compiled once, not once per verb form:
   * V8 compiles a regex whose alternatives each repeat a large group in time that grows much faster than its
   * length, and the first message a page analyses pays for it.
   */
  then?: RegExp;
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
