import { runEngine } from './engine';
import { RULES } from './rules/index';
import type { AnalyzeOptions, MessageContext, Verdict } from './types';
import { WEIGHTS } from './weights';

/**
 * The analyzer without its explanations, for the content script: same rules, same scores and spans, but
 * findings carry empty explain/suggest texts (views fill them by rule id). Keeps the page bundle small.
 */
export function analyzeLean(text: string, context?: MessageContext, options?: AnalyzeOptions): Verdict {
  return runEngine({ rules: RULES, weights: WEIGHTS }, text, context ?? {}, options ?? {});
}
