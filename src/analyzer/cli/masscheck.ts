import { analyze, verdictRules } from '../index';
import type { Verdict } from '../types';
import { contextOf, type LabelledMessage } from './jsonl';

export interface ClassStats {
  total: number;
  pitch: number;
  genuine: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of genuine messages rated "pitch". */
  falsePitchRate: number;
}

export interface RuleStats {
  rule: string;
  pitchHits: number;
  genuineHits: number;
  /** Share of the rule's hits that fell on pitch messages (SpamAssassin's S/O). */
  spamOverall: number;
}

export interface MassCheckReport {
  overall: ClassStats;
  byLang: Record<string, ClassStats>;
  rules: RuleStats[];
  missedPitches: { id: string; score: number }[];
  falsePitches: { id: string; score: number }[];
  skipped: number;
}

/** Precision, recall, F1 and false-pitch rate of "pitch" predictions against labels. */
export function classStats(rows: readonly { label: 'pitch' | 'genuine'; pitch: boolean }[]): ClassStats {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let pitch = 0;
  let genuine = 0;
  for (const { label, pitch: predicted } of rows) {
    if (label === 'pitch') {
      pitch += 1;
      if (predicted) truePositives += 1;
      else falseNegatives += 1;
    } else {
      genuine += 1;
      if (predicted) falsePositives += 1;
    }
  }
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = pitch === 0 ? 1 : truePositives / pitch;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    total: rows.length,
    pitch,
    genuine,
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    f1,
    falsePitchRate: genuine === 0 ? 0 : falsePositives / genuine,
  };
}

/** Runs the analyzer over labelled messages (lines marked borderline, or without a label, are skipped). */
export function massCheck(messages: readonly LabelledMessage[]): MassCheckReport {
  const rows: { message: LabelledMessage; label: 'pitch' | 'genuine'; verdict: Verdict }[] = [];
  let skipped = 0;
  for (const message of messages) {
    if (!message.label || message.borderline) {
      skipped += 1;
      continue;
    }
    const verdict = analyze(message.text, contextOf(message));
    rows.push({ message, label: message.label, verdict });
  }

  const stats = (subset: typeof rows) =>
    classStats(subset.map((row) => ({ label: row.label, pitch: row.verdict.verdict === 'pitch' })));
  const byLang: Record<string, ClassStats> = {};
  for (const lang of [...new Set(rows.map((row) => row.message.lang ?? row.verdict.lang))].sort()) {
    byLang[lang] = stats(rows.filter((row) => (row.message.lang ?? row.verdict.lang) === lang));
  }

  const ruleCounts = new Map<string, { pitchHits: number; genuineHits: number }>();
  for (const row of rows) {
    for (const rule of verdictRules(row.verdict)) {
      const counts = ruleCounts.get(rule) ?? { pitchHits: 0, genuineHits: 0 };
      if (row.label === 'pitch') counts.pitchHits += 1;
      else counts.genuineHits += 1;
      ruleCounts.set(rule, counts);
    }
  }
  const pitchTotal = rows.filter((row) => row.label === 'pitch').length || 1;
  const genuineTotal = rows.filter((row) => row.label === 'genuine').length || 1;
  const rules = [...ruleCounts.entries()]
    .map(([rule, counts]) => {
      // S/O on rates, not raw counts, so an unbalanced corpus does not flatter a rule.
      const pitchRate = counts.pitchHits / pitchTotal;
      const genuineRate = counts.genuineHits / genuineTotal;
      return { rule, ...counts, spamOverall: pitchRate / (pitchRate + genuineRate) };
    })
    .sort(
      (a, b) => b.pitchHits + b.genuineHits - (a.pitchHits + a.genuineHits) || a.rule.localeCompare(b.rule),
    );

  return {
    overall: stats(rows),
    byLang,
    rules,
    missedPitches: rows
      .filter((row) => row.label === 'pitch' && row.verdict.verdict !== 'pitch')
      .map((row) => ({ id: row.message.id, score: row.verdict.score })),
    falsePitches: rows
      .filter((row) => row.label === 'genuine' && row.verdict.verdict === 'pitch')
      .map((row) => ({ id: row.message.id, score: row.verdict.score })),
    skipped,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatStatsRow(name: string, s: ClassStats, width = 8): string {
  return (
    `${name.padEnd(width)} n=${String(s.total).padStart(4)} pitch=${String(s.pitch).padStart(4)} genuine=${String(s.genuine).padStart(4)}` +
    `  precision ${percent(s.precision).padStart(6)}  recall ${percent(s.recall).padStart(6)}  F1 ${s.f1.toFixed(3)}  false-pitch ${percent(s.falsePitchRate).padStart(6)}`
  );
}

export function formatMassCheck(report: MassCheckReport): string {
  const lines: string[] = [];
  const row = (name: string, s: ClassStats) => formatStatsRow(name, s);
  lines.push(row('overall', report.overall));
  for (const [lang, s] of Object.entries(report.byLang)) lines.push(row(lang, s));
  if (report.skipped) lines.push(`(${report.skipped} unlabelled or borderline lines skipped)`);
  lines.push('', 'rule                          pitch  genuine   S/O');
  for (const rule of report.rules) {
    lines.push(
      `${rule.rule.padEnd(30)}${String(rule.pitchHits).padStart(5)}${String(rule.genuineHits).padStart(9)}  ${rule.spamOverall.toFixed(2)}`,
    );
  }
  lines.push(
    '',
    `missed pitches (${report.missedPitches.length}): ${report.missedPitches.map((m) => `${m.id}(${m.score})`).join(' ') || '-'}`,
  );
  lines.push(
    `genuine rated pitch (${report.falsePitches.length}): ${report.falsePitches.map((m) => `${m.id}(${m.score})`).join(' ') || '-'}`,
  );
  return lines.join('\n');
}
