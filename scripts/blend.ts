// `npm run blend`: how much say the rules and the wording model get, measured where both are out of sample.
//
// The rules' scores come from tests/fixtures/analyzer/out-of-sample-rules.jsonl: each set scored by the rules of
// the commit before that set was read (fresh-3 and fresh-4 at 6cebd17, fresh-5 at a7cf8ea, train-3 at cc2ae1b,
// fresh-6 at aebe498, fresh-7 at 0010e4e, fresh-8 at 3d4f21d, fresh-9 at 27e0e87). The model's probability for
// each message comes from a model trained on every labelled file without the message's source group. Over a grid
// of rule weights w and lines t, a message is a pitch when w * rules/100 + (1 - w) * p >= t, through the
// analyzer's own gate (rule.ts); printed: the pooled figures, each set held out in turn (w and t chosen on the
// others), and the bucket points the chosen blend gives.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contextOf, type LabelledMessage } from '../src/analyzer/cli/jsonl';
import { classStats } from '../src/analyzer/cli/masscheck';
import { THRESHOLDS } from '../src/analyzer/engine';
import { conversationOf, sanitizeContext } from '../src/analyzer/context';
import { countedMessages, toWordingSamples } from '../src/analyzer/learn/samples';
import { WORDING_BUCKETS, blendPoints, wordingBucket, wordingPoints } from '../src/analyzer/wording/rule';
import type { Conversation } from '../src/analyzer/types';
import {
  TRAIN_DEFAULTS,
  trainWording,
  wordingProbability,
  type TrainingSample,
} from '../src/analyzer/wording/train';
import { defaultCorpora, readLabelledFiles } from './own-messages';

const OOS_FILE = resolve(import.meta.dirname, '../tests/fixtures/analyzer/out-of-sample-rules.jsonl');
const messages = countedMessages(readLabelledFiles(defaultCorpora(), 'blend'));
const samples = toWordingSamples(messages);
const oos = new Map<string, { set: string; rulesScore: number; rulesRaw: number }>();
for (const line of readFileSync(OOS_FILE, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const row = JSON.parse(line) as { id: string; set: string; rulesScore: number; rulesRaw: number };
  oos.set(row.id, row);
}

interface Row {
  message: LabelledMessage;
  set: string;
  rules: number;
  /** The rules' points before clamping: good signs below 0 count against a pitch. */
  raw: number;
  p: number;
  conversation: Conversation;
}
const rows: Row[] = [];
const groups = [...new Set(samples.map((sample) => sample.group))].sort();
for (const group of groups) {
  const held = messages.flatMap((message, k) =>
    samples[k]?.group === group && oos.has(message.id) ? [k] : [],
  );
  if (held.length === 0) continue;
  const model = trainWording(
    samples.filter((sample) => sample.group !== group),
    TRAIN_DEFAULTS,
  );
  for (const k of held) {
    const message = messages[k] as LabelledMessage;
    const score = oos.get(message.id) as { set: string; rulesScore: number; rulesRaw: number };
    rows.push({
      message,
      set: score.set,
      rules: score.rulesScore,
      raw: score.rulesRaw,
      p: wordingProbability(model, (samples[k] as TrainingSample).buckets),
      conversation: conversationOf(sanitizeContext(contextOf(message))),
    });
  }
}

const pointsFor = (w: number, t: number, p: number) => blendPoints(p, w, t);
function predict(row: Row, w: number, t: number): boolean {
  const bucket = wordingBucket(row.p);
  // The bucket with this blend's points, through the analyzer's own gate.
  const candidate = { ...bucket, points: pointsFor(w, t, (bucket.from + bucket.to) / 2) };
  const points = wordingPoints(candidate, {
    conversation: row.conversation,
    rulesRaw: row.raw,
    borderlineAt: THRESHOLDS.normal.borderline,
    pitchAt: THRESHOLDS.normal.pitch,
  });
  return Math.max(0, Math.min(100, row.raw + points)) >= 50;
}
const stats = (subset: Row[], w: number, t: number) =>
  classStats(
    subset.map((row) => ({ label: row.message.label as 'pitch' | 'genuine', pitch: predict(row, w, t) })),
  );

const MAX_FALSE_PITCH = 0.04;
function best(subset: Row[]): { w: number; t: number; f1: number } {
  let chosen = { w: 0.5, t: 0.5, f1: -1 };
  for (let w = 0.2; w <= 0.801; w += 0.05) {
    for (let t = 0.3; t <= 0.701; t += 0.01) {
      const s = stats(subset, w, t);
      if (s.falsePitchRate > MAX_FALSE_PITCH) continue;
      if (s.f1 > chosen.f1 + 1e-9) chosen = { w: Number(w.toFixed(2)), t: Number(t.toFixed(2)), f1: s.f1 };
    }
  }
  return chosen;
}

const line = (name: string, s: ReturnType<typeof classStats>) =>
  `${name.padEnd(34)} F1 ${s.f1.toFixed(3)}  P ${(s.precision * 100).toFixed(1)}  R ${(s.recall * 100).toFixed(1)}  FP ${(s.falsePitchRate * 100).toFixed(1)}%  (${s.pitch}/${s.genuine})`;
const sets = [...new Set(rows.map((row) => row.set))].sort();
console.log(`${rows.length} messages with out-of-sample rule scores and out-of-fold model probabilities\n`);
for (const set of sets) {
  const own = rows.filter((row) => row.set === set);
  console.log(
    line(
      `${set}: rules alone`,
      classStats(
        own.map((row) => ({ label: row.message.label as 'pitch' | 'genuine', pitch: row.rules >= 50 })),
      ),
    ),
  );
  console.log(line(`${set}: even blend (w 0.5, t 0.5)`, stats(own, 0.5, 0.5)));
  const others = best(rows.filter((row) => row.set !== set));
  console.log(
    line(`${set}: fitted on the others (w ${others.w}, t ${others.t})`, stats(own, others.w, others.t)),
  );
}
const chosen = best(rows);
console.log('');
console.log(
  line(
    `all: rules alone`,
    classStats(
      rows.map((row) => ({ label: row.message.label as 'pitch' | 'genuine', pitch: row.rules >= 50 })),
    ),
  ),
);
console.log(line(`all: even blend`, stats(rows, 0.5, 0.5)));
console.log(line(`all: fitted (w ${chosen.w}, t ${chosen.t})`, stats(rows, chosen.w, chosen.t)));
console.log(
  `\nbucket points for w ${chosen.w}, t ${chosen.t}: ${WORDING_BUCKETS.map((bucket) => pointsFor(chosen.w, chosen.t, (bucket.from + bucket.to) / 2)).join(', ')}`,
);
