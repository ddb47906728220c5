/**
 * What crosses the extension's message channels. Verdicts travel without their matched text and explanations
 * (the view has the message text and the rule docs), and a message text travels only as far as the analyzer
 * reads it, so a 2,000-message thread or a one-megabyte message serialises fast.
 */
import { MAX_ANALYZED_CHARS } from '../analyzer/limits';
import type { MessageContext, Strictness, Verdict } from '../analyzer/types';

const NO_TEXT = { en: '', nl: '' } as const;

/**
 * `explained`: the findings keep their explanations (a few hundred characters each). Only the drafts ask for
 * them: the indicator at LinkedIn's compose box shows them, and the content script carries no rule docs.
 */
export function compactVerdict(verdict: Verdict, explained = false): Verdict {
  return {
    ...verdict,
    findings: verdict.findings.map(
      ({ rule, family, start, end, weight, also, evidence, explain, suggest }) => ({
        rule,
        family,
        start,
        end,
        weight,
        text: '',
        explain: explained && weight !== 0 ? explain : NO_TEXT,
        suggest: explained && weight > 0 ? suggest : NO_TEXT,
        ...(also ? { also: also.map((folded) => ({ ...folded, text: '' })) } : {}),
        ...(evidence ? { evidence: evidence.map((span) => ({ ...span, text: '' })) } : {}),
      }),
    ),
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
      ...(finding.evidence
        ? { evidence: finding.evidence.map((span) => ({ ...span, text: text.slice(span.start, span.end) })) }
        : {}),
    })),
  };
}

/**
 * A message text as it travels to the analyzer: whole up to MAX_ANALYZED_CHARS, the length the analyzer
 * reads whole. The readers keep at most that much of a message (MAX_MESSAGE_CHARS); only a draft typed past
 * it is cut here, so no request carries a megabyte.
 */
export function boundedText(text: string): string {
  if (text.length <= MAX_ANALYZED_CHARS) return text;
  const code = text.charCodeAt(MAX_ANALYZED_CHARS - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_ANALYZED_CHARS - 1 : MAX_ANALYZED_CHARS);
}

/** One message to analyse, with what the page knows about it. */
export interface AnalysisItem {
  /** At most MAX_ANALYZED_CHARS (boundedText). */
  text: string;
  context: MessageContext;
  /** Send the findings' explanations back (the user's own draft, for the indicator beside it). */
  explain?: boolean;
  /**
   * The sender's profile id as LinkedIn's page gives it ("ACoAA..."), for trusted people (issue 23); the
   * background keys it before comparing. Absent for the user's own messages and where the page gives none.
   */
  person?: string;
}

export interface AnalysisRequest {
  items: AnalysisItem[];
  strictness: Strictness;
}

/** The background's answer: one compact verdict per item, in order. */
export interface AnalysisReply {
  verdicts: Verdict[];
}

export function isAnalysisReply(value: unknown, count: number): value is AnalysisReply {
  const verdicts = (value as Partial<AnalysisReply> | null | undefined)?.verdicts;
  return Array.isArray(verdicts) && verdicts.length === count;
}
