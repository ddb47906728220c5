import type { Finding } from '../analyzer/types';

export interface Segment {
  text: string;
  tone: 'plain' | 'bad' | 'good';
  rules: string[];
}

/** How much of a long message the views render; the analysis itself saw all of it. */
export const DISPLAY_LIMIT = 4000;

/**
 * Splits a message into plain and underlined segments at the findings' offsets. Overlapping findings are
 * merged; a segment is "bad" when a pitch finding covers it, "good" when only good signs do. Findings that
 * span nearly the whole message (brevity, thread-level rules) are listed, not underlined.
 */
export function segmentText(
  text: string,
  findings: readonly Finding[],
  limit = DISPLAY_LIMIT,
): { segments: Segment[]; hidden: number } {
  const shown = text.slice(0, limit);
  const counted = new Set(findings.filter((f) => f.weight !== 0).map((f) => f.rule));
  const marks = findings.filter(
    (f) =>
      counted.has(f.rule) &&
      f.end > f.start &&
      f.start < shown.length &&
      (f.end - f.start) / Math.max(text.length, 1) < 0.8,
  );
  const cuts = new Set<number>([0, shown.length]);
  for (const f of marks) {
    cuts.add(Math.max(0, f.start));
    cuts.add(Math.min(shown.length, f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const covering = marks.filter((f) => f.start <= start && f.end >= end);
    const tone: Segment['tone'] =
      covering.length === 0 ? 'plain' : covering.some((f) => f.family !== 'good') ? 'bad' : 'good';
    const rules = [...new Set(covering.map((f) => f.rule))];
    const previous = segments.at(-1);
    if (previous && previous.tone === tone && previous.rules.join() === rules.join())
      previous.text += shown.slice(start, end);
    else segments.push({ text: shown.slice(start, end), tone, rules });
  }
  return { segments, hidden: Math.max(0, text.length - shown.length) };
}

/** One entry per rule that counted, in order of weight: what the findings list explains. */
export function explainedFindings(findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const finding of findings) {
    if (finding.weight === 0) continue;
    if (!byRule.has(finding.rule)) byRule.set(finding.rule, finding);
  }
  return [...byRule.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * Turns a finding's points into its share of the score shown. The score is the sum of the points clamped to
 * 0-100, so a pitch with 180 points shows 100 and its strongest finding's +112 cannot be read against it
 * (issue 21): above 100 every finding is scaled down by the same factor, and none is shown above the score.
 * Below 0 the good signs are shown with the points they cancelled (all of them together as many as the
 * findings against), not the points that went past 0. Within 0-100 the points are the shares already.
 */
export function scoreShare(findings: readonly Finding[], score: number): (points: number) => number {
  const counted = explainedFindings(findings);
  const against = counted.reduce((sum, finding) => sum + Math.max(0, finding.weight), 0);
  const towards = counted.reduce((sum, finding) => sum - Math.min(0, finding.weight), 0);
  const raw = against - towards;
  if (raw > score && raw > 0) {
    const factor = score / raw;
    return (points) => Math.max(-score, Math.min(score, Math.round(points * factor)));
  }
  if (raw < 0 && towards > 0) {
    const factor = against / towards;
    return (points) => (points < 0 ? Math.round(points * factor) : points);
  }
  return (points) => points;
}
