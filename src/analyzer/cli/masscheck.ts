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

/** One way of deciding "pitch", measured: overall, per language, per kind and per sender side. */
export interface SystemStats {
  overall: ClassStats;
  byLang: Record<string, ClassStats>;
  byKind: Record<string, ClassStats>;
  byFrom: Record<string, ClassStats>;
}

/** The rules alone (their score), the wording model alone (its probability), and the verdict of both. */
export const SYSTEMS = ['rules', 'model', 'combined'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface MassCheckReport {
  /** The combined verdict (the analyzer's), as before. */
  overall: ClassStats;
  byLang: Record<string, ClassStats>;
  systems: Record<SystemName, SystemStats>;
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

const PITCH_AT = 50;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export interface PredictionRow {
  label: 'pitch' | 'genuine';
  pitch: boolean;
  lang: string;
  kind: string;
  from: string;
}

/** Stats of one system's predictions, overall and split by language, kind and sender side. */
export function systemStats(rows: readonly PredictionRow[]): SystemStats {
  const split = (key: (row: PredictionRow) => string) => {
    const out: Record<string, ClassStats> = {};
    for (const value of [...new Set(rows.map(key))].sort())
      out[value] = classStats(rows.filter((row) => key(row) === value));
    return out;
  };
  return {
    overall: classStats(rows),
    byLang: split((row) => row.lang),
    byKind: split((row) => row.kind),
    byFrom: split((row) => row.from),
  };
}

/** Rules alone, model alone and combined, side by side: one line each, per language, kind and side. */
export function formatSystems(systems: Record<SystemName, SystemStats>): string {
  const f1 = (s: ClassStats | undefined) =>
    s
      ? `${s.f1.toFixed(3)} P${percent(s.precision).padStart(6)} R${percent(s.recall).padStart(6)} FP${percent(s.falsePitchRate).padStart(6)}`
      : ''.padEnd(37);
  const lines = [`${''.padEnd(24)}${SYSTEMS.map((name) => `${name} F1`.padEnd(39)).join('')}`];
  const line = (name: string, pick: (system: SystemStats) => ClassStats | undefined) => {
    const sample = pick(systems.combined);
    if (!sample) return;
    const label = `${name} (${sample.pitch}/${sample.genuine})`;
    lines.push(
      `${label.padEnd(24)}${SYSTEMS.map((system) => f1(pick(systems[system])).padEnd(39)).join('')}`,
    );
  };
  line('overall', (system) => system.overall);
  for (const lang of Object.keys(systems.combined.byLang)) line(lang, (system) => system.byLang[lang]);
  for (const kind of Object.keys(systems.combined.byKind)) line(kind, (system) => system.byKind[kind]);
  if (Object.keys(systems.combined.byFrom).length > 1) {
    for (const from of Object.keys(systems.combined.byFrom))
      line(`from ${from}`, (system) => system.byFrom[from]);
  }
  lines.push('(n pitch/genuine; P precision, R recall, FP genuine rated pitch)');
  return lines.join('\n');
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

  const predicted: Record<SystemName, (row: (typeof rows)[number]) => boolean> = {
    rules: (row) => row.verdict.signals.rulesScore >= PITCH_AT,
    model: (row) => (row.verdict.signals.wording ?? 0) >= 0.5,
    combined: (row) => row.verdict.verdict === 'pitch',
  };
  const systems = Object.fromEntries(
    SYSTEMS.map((name) => [
      name,
      systemStats(
        rows.map((row) => ({
          label: row.label,
          pitch: predicted[name](row),
          lang: row.message.lang ?? row.verdict.lang,
          kind: row.message.kind ?? 'unknown',
          from: row.message.from ?? 'them',
        })),
      ),
    ]),
  ) as Record<SystemName, SystemStats>;

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
    overall: systems.combined.overall,
    byLang: systems.combined.byLang,
    systems,
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

export function formatStatsRow(name: string, s: ClassStats, width = 8): string {
  return (
    `${name.padEnd(width)} n=${String(s.total).padStart(4)} pitch=${String(s.pitch).padStart(4)} genuine=${String(s.genuine).padStart(4)}` +
    `  precision ${percent(s.precision).padStart(6)}  recall ${percent(s.recall).padStart(6)}  F1 ${s.f1.toFixed(3)}  false-pitch ${percent(s.falsePitchRate).padStart(6)}`
  );
}

export function formatMassCheck(report: MassCheckReport): string {
  const lines: string[] = [];
  const row = (name: string, s: ClassStats) => formatStatsRow(name, s);
  lines.push('the analyzer (rules and wording model together):');
  lines.push(row('overall', report.overall));
  for (const [lang, s] of Object.entries(report.byLang)) lines.push(row(lang, s));
  lines.push('', formatSystems(report.systems));
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
