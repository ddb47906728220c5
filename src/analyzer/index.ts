import { learningFeaturesOf, runEngine, type Engine, type LearningFeatures } from './engine';
import { createRuleGate } from './prefilter';
import { RULES } from './rules';
import { RULE_DOCS } from './rules/docs';
import { RULE_FACTORS } from './rules/factors.generated';
import type { AnalyzeOptions, MessageContext, Verdict } from './types';
import { WEIGHTS } from './weights';
import { readWording, type WordingWeights } from './wording/model';
import { WORDING_DOCS } from './wording/rule';

export type * from './types';
export { THRESHOLDS } from './engine';
export { RULES } from './rules';
export { RULE_DOCS } from './rules/docs';
export { WORDING_BUCKETS, WORDING_DOCS, isWordingRule } from './wording/rule';

/** The analyzer: rules with their fitted weights, explanations, the prefilter and the wording model. */
const FULL_ENGINE: Engine = {
  rules: RULES,
  weights: WEIGHTS,
  docs: RULE_DOCS,
  gate: createRuleGate(RULES, RULE_FACTORS),
  wording: (folded) => readWording(folded),
};

/**
 * Scores one message with explainable findings. Pure and deterministic: never throws (a malformed context is
 * read as far as it is well-formed), score within 0-100, offsets point into `text` as given.
 */
export function analyze(text: string, context?: MessageContext, options?: AnalyzeOptions): Verdict {
  return runEngine(FULL_ENGINE, text, context ?? {}, options ?? {});
}

/**
 * The analyzer with another wording model: the shipped one adjusted on this device by the user's corrections
 * (wording/adjust.ts). Rules, weights and the prefilter are the same.
 */
export function analyzerWith(model: WordingWeights): typeof analyze {
  const engine: Engine = { ...FULL_ENGINE, wording: (folded) => readWording(folded, model) };
  return (text, context, options) => runEngine(engine, text, context ?? {}, options ?? {});
}

/** What the weight fitter reads of a message (scripts/tune.ts, masscheck --by-source). */
export function learningFeatures(text: string, context?: MessageContext): LearningFeatures {
  return learningFeaturesOf(FULL_ENGINE, text, context ?? {});
}

/** Every rule a verdict reports, including those folded under a stronger finding on the same words. */
export function verdictRules(verdict: Verdict): string[] {
  return [
    ...new Set(
      verdict.findings.flatMap((finding) => [
        finding.rule,
        ...(finding.also ?? []).map((folded) => folded.rule),
      ]),
    ),
  ];
}

/** Fills in explanations for a verdict sent without them (compact wire verdicts), by rule id. */
export function withExplanations(verdict: Verdict): Verdict {
  const explained = <T extends { rule: string }>(finding: T) => {
    const docs = RULE_DOCS[finding.rule] ?? WORDING_DOCS[finding.rule];
    return docs ? { ...finding, explain: docs.explain, suggest: docs.suggest } : finding;
  };
  return { ...verdict, findings: verdict.findings.map(explained) };
}
