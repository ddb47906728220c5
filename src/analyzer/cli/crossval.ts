/**
 * Grouped cross-validation: each source group (a repository's or a site's messages, learn/groups.ts) is held
 * out in turn, everything that is fitted (the rules' points) is fitted without it, and the held-out
 * messages are scored with that fit. The figure says how the analyzer does on a source it has never seen;
 * hand-written patterns cannot be held out, so the figure is honest about the fitting only.
 */
import { THRESHOLDS } from '../engine';
import { fitWeights, rawPoints, type FitOptions, type FittedWeights } from '../learn/fit';
import type { LabelledSample } from '../learn/samples';
import { wordingBucket, wordingPoints } from '../wording/rule';
import { TRAIN_DEFAULTS, trainWording, wordingProbability, type TrainingSample } from '../wording/train';
import {
  classStats,
  formatStatsRow,
  formatSystems,
  systemStats,
  type ClassStats,
  type SystemName,
  type SystemStats,
} from './masscheck';

export interface GroupResult {
  group: string;
  total: number;
  missedPitches: number;
  falsePitches: number;
}

export interface CrossValReport {
  folds: number;
  overall: ClassStats;
  byLang: Record<string, ClassStats>;
  byKind: Record<string, ClassStats>;
  /** Source groups with the most errors first. */
  groups: GroupResult[];
  /** Every held-out message with the score it got from the fit that did not see its group. */
  scores: { id: string; group: string; label: 'pitch' | 'genuine'; score: number; wording?: number }[];
  /**
   * Rules alone, the wording model alone and both, each fold's points and model trained without the group
   * (absent when the samples carry no wording features).
   */
  systems?: Record<SystemName, SystemStats>;
}

const PITCH_AT = 50;
const clamp = (raw: number) => Math.max(0, Math.min(100, Math.round(raw)));

export function crossValidate(
  samples: readonly LabelledSample[],
  options: FitOptions,
  onFold?: (group: string, weights: FittedWeights) => void,
  /** Which messages are scored when their group is held out (default all); every other message still trains. */
  scored: (sample: LabelledSample) => boolean = () => true,
): CrossValReport {
  const groups = [...new Set(samples.filter(scored).map((sample) => sample.group))].sort();
  const scores: CrossValReport['scores'] = [];
  const rows: { sample: LabelledSample; pitch: boolean; model?: boolean; combined?: boolean }[] = [];
  const withWording = samples.length > 0 && samples.every((sample) => sample.buckets !== undefined);
  const borderlineAt = THRESHOLDS.normal.borderline;
  for (const group of groups) {
    const training = samples.filter((sample) => sample.group !== group);
    const weights = fitWeights(training, options);
    onFold?.(group, weights);
    const model = withWording
      ? trainWording(training as (LabelledSample & TrainingSample)[], TRAIN_DEFAULTS)
      : undefined;
    for (const sample of samples) {
      if (sample.group !== group || !scored(sample)) continue;
      const raw = rawPoints(sample, weights);
      const score = clamp(raw);
      if (!model || !sample.buckets) {
        scores.push({ id: sample.message.id, group, label: sample.label, score });
        rows.push({ sample, pitch: score >= PITCH_AT });
        continue;
      }
      const wording = wordingProbability(model, sample.buckets);
      const points = wordingPoints(wordingBucket(wording), {
        conversation: sample.conversation ?? 'unknown',
        rulesRaw: raw,
        borderlineAt,
        pitchAt: PITCH_AT,
      });
      scores.push({ id: sample.message.id, group, label: sample.label, score, wording });
      rows.push({
        sample,
        pitch: score >= PITCH_AT,
        model: wording >= 0.5,
        combined: clamp(raw + points) >= PITCH_AT,
      });
    }
  }

  const statsOf = (subset: typeof rows) =>
    classStats(subset.map(({ sample, pitch }) => ({ label: sample.label, pitch })));
  const split = (key: (sample: LabelledSample) => string) => {
    const out: Record<string, ClassStats> = {};
    for (const value of [...new Set(rows.map(({ sample }) => key(sample)))].sort()) {
      out[value] = statsOf(rows.filter(({ sample }) => key(sample) === value));
    }
    return out;
  };

  const groupResults = groups
    .map((group) => {
      const own = rows.filter(({ sample }) => sample.group === group);
      return {
        group,
        total: own.length,
        missedPitches: own.filter(({ sample, pitch }) => sample.label === 'pitch' && !pitch).length,
        falsePitches: own.filter(({ sample, pitch }) => sample.label === 'genuine' && pitch).length,
      };
    })
    .sort(
      (a, b) =>
        b.missedPitches + b.falsePitches - (a.missedPitches + a.falsePitches) ||
        b.falsePitches - a.falsePitches ||
        a.group.localeCompare(b.group),
    );

  const systemOf = (pick: (row: (typeof rows)[number]) => boolean) =>
    systemStats(
      rows.map((row) => ({
        label: row.sample.label,
        pitch: pick(row),
        lang: row.sample.message.lang ?? '?',
        kind: row.sample.message.kind ?? 'unknown',
        from: row.sample.message.from ?? 'them',
      })),
    );
  return {
    ...(withWording
      ? {
          systems: {
            rules: systemOf((row) => row.pitch),
            model: systemOf((row) => row.model === true),
            combined: systemOf((row) => row.combined === true),
          },
        }
      : {}),
    folds: groups.length,
    overall: statsOf(rows),
    byLang: split((sample) => sample.message.lang ?? '?'),
    byKind: split((sample) => sample.message.kind ?? 'unknown'),
    groups: groupResults,
    scores,
  };
}

export function formatCrossVal(report: CrossValReport, worst = 10): string {
  const lines = [
    `by-source cross-validation: ${report.folds} source groups, each held out in turn (rule points and wording model fitted without it)`,
    '',
    'rules alone:',
    formatStatsRow('overall', report.overall),
  ];
  for (const [lang, stats] of Object.entries(report.byLang)) lines.push(formatStatsRow(lang, stats));
  if (report.systems) {
    lines.push(
      '',
      'rules alone, wording model alone (trained without the group) and combined:',
      formatSystems(report.systems),
    );
  }
  lines.push('', 'rules alone, per kind');
  for (const [kind, stats] of Object.entries(report.byKind)) lines.push(formatStatsRow(kind, stats, 16));
  lines.push('', `worst source groups (missed pitches / genuine rated pitch of n)`);
  for (const group of report.groups.slice(0, worst)) {
    if (group.missedPitches + group.falsePitches === 0) break;
    lines.push(
      `  ${group.group.padEnd(48)} missed ${String(group.missedPitches).padStart(2)}  false ${String(group.falsePitches).padStart(2)}  of ${group.total}`,
    );
  }
  return lines.join('\n');
}
