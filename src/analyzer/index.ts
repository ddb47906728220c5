import { runEngine, type Engine } from './engine';
import { createRuleGate } from './prefilter';
import { RULES } from './rules';
import { RULE_DOCS } from './rules/docs';
import type { AnalyzeOptions, MessageContext, Verdict } from './types';
import { RULE_FACTORS } from './rules/factors.generated';
import { WEIGHTS } from './weights';

export type * from './types';
export { THRESHOLDS } from './engine';
export { RULES } from './rules';
export { RULE_DOCS } from './rules/docs';

/** The analyzer of the views and the command line: explanations in the findings, and the prefilter. */
const FULL_ENGINE: Engine = {
  rules: RULES,
  weights: WEIGHTS,
  docs: RULE_DOCS,
  gate: createRuleGate(RULES, RULE_FACTORS),
};

/**
 * Scores one message with explainable findings. Pure and deterministic: never throws, score within 0-100,
 * offsets point into `text` as given.
 */
export function analyze(text: string, context?: MessageContext, options?: AnalyzeOptions): Verdict {
  return runEngine(FULL_ENGINE, text, context ?? {}, options ?? {});
}

/** Fills in explanations for a verdict made without them (the content script's), by rule id. */
export function withExplanations(verdict: Verdict): Verdict {
  return {
    ...verdict,
    findings: verdict.findings.map((finding) => {
      const docs = RULE_DOCS[finding.rule];
      return docs ? { ...finding, explain: docs.explain, suggest: docs.suggest } : finding;
    }),
  };
}
