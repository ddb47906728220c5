import { runEngine } from './engine';
import { RULES } from './rules';
import type { AnalyzeOptions, MessageContext, Verdict } from './types';
import { WEIGHTS } from './weights';

export type * from './types';
export { THRESHOLDS } from './engine';
export { RULES } from './rules';

/**
 * Scores one message with explainable findings. Pure and deterministic: never throws, score within 0-100,
 * offsets point into `text` as given.
 */
export function analyze(text: string, context?: MessageContext, options?: AnalyzeOptions): Verdict {
  return runEngine({ rules: RULES, weights: WEIGHTS }, text, context ?? {}, options ?? {});
}
