/**
 * A small on-device adjustment of the wording model (issue 23): each correction the user makes nudges the
 * weights of the word features (unigrams and bigrams) of the corrected message, so messages worded alike move
 * the same way. Bounded and sparse: at most MAX_DELTAS buckets, each within ±MAX_DELTA. Letter n-grams are left
 * alone: almost every message shares some, so nudging them would move every verdict a little.
 *
 * A nudge is a function of the message alone (not of the weights at the time), so undoing a correction takes
 * away exactly what it added. With no deltas the shipped model is used as it is: 0 corrections give exactly
 * the shipped verdicts.
 */
import { bucketsOf, featureValues, isWordBucket } from './features';
import { shippedWording, type WordingWeights } from './model';

/** Deltas are stored as whole numbers of this fraction of a log-odds unit (JSON stays short). */
export const DELTA_UNIT = 1 / 64;
export const MAX_DELTAS = 1500;
/** Largest change of one bucket, in log-odds per unit of feature value. */
const MAX_DELTA = 1;
/**
 * How far one correction moves the message it was made on, in log-odds. Only "not a pitch" nudges the model:
 * lowering weights of present features can only lower any message's score, so learning never makes a new false
 * pitch (issue 23's promise). A push towards outreach did: in the bench, 1 log-odds per "it is a pitch" raised
 * false pitch on fresh-6 from 2.5% to 4% after 5 corrections. "It is a pitch" carries to its template only.
 * Sized in the bench (scripts/bench-learning.ts): 2 with MAX_DELTA 1 keeps other messages' verdicts in 99.2%
 * after one correction; 4 with MAX_DELTA 4 kept 98.4%.
 */
const TOWARDS_GENUINE = 2;
const TOWARDS_PITCH = 0;

export type Deltas = ReadonlyMap<number, number>;

/** What one correction adds to the deltas (in DELTA_UNIT steps), by bucket. */
export function nudgeOf(folded: string, towards: 'pitch' | 'genuine'): Map<number, number> {
  const buckets = bucketsOf(folded).filter(isWordBucket);
  const nudge = new Map<number, number>();
  if (buckets.length === 0) return nudge;
  // The word half has unit length: moving each bucket by `size * value` moves this message by `size` in all.
  const { words: value } = featureValues(Int32Array.from(buckets));
  const size = towards === 'pitch' ? TOWARDS_PITCH : -TOWARDS_GENUINE;
  for (const bucket of buckets) nudge.set(bucket, Math.round((size * value) / DELTA_UNIT));
  return nudge;
}

/** Adds (sign 1) or takes away (sign -1) a nudge; the smallest deltas go first when there are too many. */
export function applyNudge(
  deltas: Deltas,
  nudge: ReadonlyMap<number, number>,
  sign: 1 | -1,
): Map<number, number> {
  const next = new Map(deltas);
  for (const [bucket, step] of nudge) {
    const value = (next.get(bucket) ?? 0) + sign * step;
    if (value === 0) next.delete(bucket);
    else next.set(bucket, value);
  }
  if (next.size <= MAX_DELTAS) return next;
  const kept = [...next].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]).slice(0, MAX_DELTAS);
  return new Map(kept);
}

/** The shipped model with the deltas added (clamped to ±MAX_DELTA), or the shipped model itself without any. */
export function adjustedWording(deltas: Deltas, base: WordingWeights = shippedWording()): WordingWeights {
  if (deltas.size === 0) return base;
  const weights = Float32Array.from(base.weights);
  const limit = MAX_DELTA / DELTA_UNIT;
  for (const [bucket, step] of deltas) {
    if (bucket < 0 || bucket >= weights.length) continue;
    const clamped = Math.max(-limit, Math.min(limit, step)) * DELTA_UNIT;
    // A weight is counted in steps of `scale` (model.ts readWording).
    weights[bucket] = (weights[bucket] as number) + clamped / base.scale;
  }
  return { weights, bias: base.bias, scale: base.scale };
}
