import type { Lang, Verdict } from '../types';

/** A readable report of one verdict, for the terminal. */
export function formatVerdict(text: string, verdict: Verdict, lang: Lang = 'en'): string {
  const lines = [
    `verdict: ${verdict.verdict.toUpperCase()}  score ${verdict.score}/100  language ${verdict.lang}`,
  ];
  const scored = verdict.findings.filter((finding) => finding.weight !== 0);
  const notes = verdict.findings.filter((finding) => finding.weight === 0);
  for (const finding of [...scored, ...notes]) {
    const sign = finding.weight > 0 ? `+${finding.weight}` : finding.weight < 0 ? `${finding.weight}` : '  .';
    const excerpt = finding.text.length > 70 ? `${finding.text.slice(0, 67)}...` : finding.text;
    lines.push(
      `  ${sign.padStart(4)}  ${finding.rule}  [${finding.start}-${finding.end}] "${excerpt.replace(/\s+/g, ' ')}"`,
    );
    for (const folded of finding.also ?? []) {
      const points = folded.weight > 0 ? `+${folded.weight}` : `${folded.weight}`;
      lines.push(`        with ${points} ${folded.rule} "${folded.text.replace(/\s+/g, ' ').slice(0, 60)}"`);
    }
    if (finding.weight !== 0) {
      lines.push(`        why: ${finding.explain[lang]}`);
      lines.push(`        instead: ${finding.suggest[lang]}`);
    }
  }
  if (verdict.findings.length === 0) lines.push('  no findings');
  if (text.length === 0) lines.push('  (the message is empty)');
  return lines.join('\n');
}
