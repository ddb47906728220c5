/**
 * Fits the analyzer's points: the weight of each rule and of each word feature, by logistic regression on
 * labelled messages. The score is a sum of points and 50 means "pitch", so the model is
 * P(pitch) = sigmoid((points - 50) / SCALE), with the intercept fixed by that threshold.
 *
 * - Rule weights are pulled towards their hand-set values (an L2 prior): a rule that the corpus barely sees
 *   keeps its reasoned weight instead of jumping to zero or infinity, and its sign never flips.
 * - Word weights are pulled towards zero, harder than rules, and never negative: words are the backstop for
 *   pitches the rules miss, not the verdict.
 * - Only words seen in several messages from at least two sources become features, so one source's
 *   favourite phrase cannot be learned as "pitch".
 * - Every source group weighs the same in total (a 40-message template file counts as much as a blog with
 *   one example), and a genuine message rated pitch costs more than a missed pitch.
 *
 * Pure and deterministic: same samples in, same weights out.
 */

export interface Sample {
  /** Rule ids that fired and scored. */
  rules: readonly string[];
  /** Word features present (words.ts). */
  words: readonly string[];
  label: 'pitch' | 'genuine';
  /** Source group (learn/groups.ts): for the feature filter and the per-group weighting. */
  group: string;
}

export interface FitOptions {
  /** Hand-set points per rule: the prior. Rules not in here are not fitted (they keep 0). */
  prior: Readonly<Record<string, number>>;
  threshold?: number;
  scale?: number;
  ruleStrength?: number;
  wordStrength?: number;
  genuineCost?: number;
  minWordMessages?: number;
  minWordGroups?: number;
  iterations?: number;
}

export interface FittedWeights {
  rules: Record<string, number>;
  words: Record<string, number>;
}

/**
 * Words worth less than this are dropped from the model: a point here and there is noise a reader cannot
 * follow ("ja, ziet er goed uit" is not a pitch for half a point), and the model stays small.
 */
const MIN_WORD_POINTS = 1;

export const FIT_DEFAULTS = {
  threshold: 50,
  scale: 12,
  ruleStrength: 0.01,
  wordStrength: 0.08,
  genuineCost: 3,
  minWordMessages: 3,
  minWordGroups: 3,
  iterations: 1500,
} as const;

/** Words seen in enough messages from enough groups to be worth a weight. */
export function selectWords(samples: readonly Sample[], minMessages: number, minGroups: number): string[] {
  const messages = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const sample of samples) {
    for (const word of new Set(sample.words)) {
      messages.set(word, (messages.get(word) ?? 0) + 1);
      let set = groups.get(word);
      if (!set) groups.set(word, (set = new Set()));
      set.add(sample.group);
    }
  }
  return [...messages.entries()]
    .filter(([word, count]) => count >= minMessages && (groups.get(word)?.size ?? 0) >= minGroups)
    .map(([word]) => word)
    .sort();
}

export function fitWeights(samples: readonly Sample[], options: FitOptions): FittedWeights {
  const o = { ...FIT_DEFAULTS, ...options };
  const ruleIds = Object.keys(o.prior).sort();
  const words = selectWords(samples, o.minWordMessages, o.minWordGroups);
  const index = new Map<string, number>();
  ruleIds.forEach((id, k) => index.set(`r:${id}`, k));
  words.forEach((word, k) => index.set(`w:${word}`, ruleIds.length + k));
  const size = ruleIds.length + words.length;

  // Parameters in logit units (points / scale).
  const theta = new Float64Array(size);
  const prior = new Float64Array(size);
  const strength = new Float64Array(size);
  const sign = new Int8Array(size);
  ruleIds.forEach((id, k) => {
    prior[k] = (o.prior[id] ?? 0) / o.scale;
    theta[k] = prior[k] as number;
    strength[k] = o.ruleStrength;
    sign[k] = Math.sign(prior[k] as number);
  });
  // Words only count towards "pitch": the wording model is a backstop for pitches the rules miss. A word can
  // only be shown as the reason a message reads like a pitch, never as proof that it does not (the good
  // signs are rules a person can read).
  for (let k = ruleIds.length; k < size; k++) {
    strength[k] = o.wordStrength;
    sign[k] = 1;
  }

  const groupSize = new Map<string, number>();
  for (const sample of samples) groupSize.set(sample.group, (groupSize.get(sample.group) ?? 0) + 1);
  const groupCount = groupSize.size || 1;
  const rows = samples.map((sample) => {
    const features: number[] = [];
    for (const id of new Set(sample.rules)) {
      const k = index.get(`r:${id}`);
      if (k !== undefined) features.push(k);
    }
    for (const word of new Set(sample.words)) {
      const k = index.get(`w:${word}`);
      if (k !== undefined) features.push(k);
    }
    const y = sample.label === 'pitch' ? 1 : 0;
    const cost = (y === 1 ? 1 : o.genuineCost) / (groupSize.get(sample.group) ?? 1) / groupCount;
    return { features: Int32Array.from(features), y, cost };
  });

  const bias = -o.threshold / o.scale;
  // Adam on the full batch: a few hundred messages and a few thousand features fit in well under a second.
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const gradient = new Float64Array(size);
  const rate = 0.05;
  for (let step = 1; step <= o.iterations; step++) {
    gradient.fill(0);
    for (const row of rows) {
      let z = bias;
      for (const k of row.features) z += theta[k] as number;
      const p = 1 / (1 + Math.exp(-z));
      const g = row.cost * (p - row.y);
      for (const k of row.features) gradient[k] = (gradient[k] as number) + g;
    }
    for (let k = 0; k < size; k++) {
      const g =
        (gradient[k] as number) + (strength[k] as number) * ((theta[k] as number) - (prior[k] as number));
      m[k] = 0.9 * (m[k] as number) + 0.1 * g;
      v[k] = 0.999 * (v[k] as number) + 0.001 * g * g;
      const mHat = (m[k] as number) / (1 - 0.9 ** step);
      const vHat = (v[k] as number) / (1 - 0.999 ** step);
      let next = (theta[k] as number) - (rate * mHat) / (Math.sqrt(vHat) + 1e-9);
      // A rule keeps the direction its author gave it: a good sign never becomes a pitch sign.
      if (sign[k] === 1 && next < 0) next = 0;
      if (sign[k] === -1 && next > 0) next = 0;
      theta[k] = next;
    }
  }

  const rules: Record<string, number> = {};
  ruleIds.forEach((id, k) => (rules[id] = (theta[k] as number) * o.scale));
  const fittedWords: Record<string, number> = {};
  words.forEach((word, k) => {
    const points = (theta[ruleIds.length + k] as number) * o.scale;
    if (points >= MIN_WORD_POINTS) fittedWords[word] = points;
  });
  return { rules, words: fittedWords };
}

/** The score a fitted model gives a sample, before clamping to 0-100 (the engine rounds the same sum). */
export function rawPoints(sample: Sample, weights: FittedWeights): number {
  let total = 0;
  for (const id of new Set(sample.rules)) total += weights.rules[id] ?? 0;
  for (const word of new Set(sample.words)) total += weights.words[word] ?? 0;
  return total;
}
