import { runEngine } from './engine';
import { RULES } from './rules/index';
import type { AnalyzeOptions, MessageContext, Verdict } from './types';
import { WEIGHTS } from './weights';

/**
 * The analyzer without its explanations, for the content script: same rules, same scores and spans, but
 * findings carry empty explain/suggest texts (views fill them by rule id). Keeps the page bundle small.
 *
 * It also runs without the prefilter's factor table (about 4 KB gzipped, which would break the page bundle's
 * 30 KB budget): verdicts are the same, every rule's regex simply runs. The page analyses a draft per
 * keystroke and a thread in time slices, where that costs well under a millisecond per message.
 */
export function analyzeLean(text: string, context?: MessageContext, options?: AnalyzeOptions): Verdict {
  return runEngine({ rules: RULES, weights: WEIGHTS }, text, context ?? {}, options ?? {});
}
