/**
 * Verdicts on the wire between the content script and the views: findings without their matched text and
 * explanations (the view has the message text and the rule docs), so a 2,000-message thread serialises fast.
 */
import type { Verdict } from '../analyzer/types';

const NO_TEXT = { en: '', nl: '' } as const;

export function compactVerdict(verdict: Verdict): Verdict {
  return {
    ...verdict,
    findings: verdict.findings.map(({ rule, family, start, end, weight, also }) => ({
      rule,
      family,
      start,
      end,
      weight,
      text: '',
      explain: NO_TEXT,
      suggest: NO_TEXT,
      ...(also ? { also: also.map((folded) => ({ ...folded, text: '' })) } : {}),
    })),
  };
}

/** Restores each finding's matched text from the message it was found in. */
export function withMatchedText(verdict: Verdict, text: string): Verdict {
  return {
    ...verdict,
    findings: verdict.findings.map((finding) => ({
      ...finding,
      text: text.slice(finding.start, finding.end),
      ...(finding.also
        ? { also: finding.also.map((folded) => ({ ...folded, text: text.slice(folded.start, folded.end) })) }
        : {}),
    })),
  };
}
