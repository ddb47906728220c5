/**
 * The wording model as one rule among the others, as SpamAssassin's Bayes score stands beside its hand rules:
 * the model's probability falls in one of ten buckets, and each bucket has points.
 *
 * The points are a blend: a message is a pitch when RULES_SAY x (rules' points / 100) + (1 - RULES_SAY) x p
 * reaches PITCH_LINE, with the rules' points before clamping, so their good signs count against a pitch. Both
 * numbers were fitted where both parts were out of sample (`npm run blend`): each of fresh-3, fresh-4, fresh-5,
 * train-3, fresh-6, fresh-7, fresh-8 and fresh-9 scored by the rules of the commit before that set was read, the model
 * trained without the message's source group. Fitted on the files the rules were written from, the blend would
 * trust the rules too much: there they are near perfect, on text nobody has read they miss half.
 */
import type { Conversation, Localized, RuleDocs } from '../types';

export interface WordingBucket {
  id: string;
  /** Probabilities from `from` (inclusive) to `to` (exclusive; the last bucket includes 1). */
  from: number;
  to: number;
  points: number;
}

const BUCKET_COUNT = 10;
/**
 * The rules' share of the say, and the blended line of a pitch: the best pooled F1 with at most 4% false-pitch
 * (scripts/blend.ts, 2026-12-07, eight sets, 1,253 messages, with RULES_SURE in the gate).
 */
export const RULES_SAY = 0.35;
export const PITCH_LINE = 0.58;

/** Points that put the blend's line at the analyzer's 50: 50 + (100 / w) x ((1 - w) x p - t). */
export function blendPoints(probability: number, rulesSay = RULES_SAY, line = PITCH_LINE): number {
  return Math.round(50 + (100 / rulesSay) * ((1 - rulesSay) * probability - line));
}

export const WORDING_BUCKETS: readonly WordingBucket[] = Array.from({ length: BUCKET_COUNT }, (_, k) => ({
  id: `WORDING_${String(k * 10).padStart(2, '0')}`,
  from: k / BUCKET_COUNT,
  to: (k + 1) / BUCKET_COUNT,
  points: blendPoints((k + 0.5) / BUCKET_COUNT),
}));

export function wordingBucket(probability: number): WordingBucket {
  const index = Math.min(BUCKET_COUNT - 1, Math.max(0, Math.floor(probability * BUCKET_COUNT)));
  return WORDING_BUCKETS[index] as WordingBucket;
}

/**
 * A rule score at least this high is a pitch whatever the wording says: the model may lower it, not below the
 * pitch line. Pitches the rules are sure of are the stock moves they were written for; the model, read on its
 * own, takes many of them for replies (short, polite, about the reader), and on text nobody had read the cap
 * cost nothing (pooled F1 0.864 against 0.865, `npm run blend`).
 */
export const RULES_SURE = 90;

/** Where the model's points stop: the rules' points and the lines of the strictness in use. */
export interface WordingGate {
  conversation: Conversation;
  /** The rules' points before clamping: their good signs count against the model's push. */
  rulesRaw: number;
  borderlineAt: number;
  pitchAt: number;
}

/**
 * The points the model's bucket adds. Between people who both have written, and in an answer to someone who
 * wrote first, a call, an offer they asked about or a question is normal, so the wording alone cannot make a
 * message a pitch there: its points towards a pitch count only when the rules already see a borderline message.
 * And it cannot talk a message out of a sure rule finding (RULES_SURE).
 */
export function wordingPoints(bucket: WordingBucket, gate: WordingGate): number {
  const answering = gate.conversation === 'ongoing' || gate.conversation === 'reply';
  // The rules' score as a verdict shows it: clamped to 0-100.
  const rulesScore = Math.max(0, Math.min(100, Math.round(gate.rulesRaw)));
  if (bucket.points > 0 && answering && rulesScore < gate.borderlineAt) return 0;
  if (bucket.points < 0 && rulesScore >= RULES_SURE) {
    return Math.min(0, Math.max(bucket.points, gate.pitchAt - gate.rulesRaw));
  }
  return bucket.points;
}

const percent = (bucket: WordingBucket) => `${Math.round(bucket.from * 100)}-${Math.round(bucket.to * 100)}%`;

function docsFor(bucket: WordingBucket): RuleDocs {
  const range = percent(bucket);
  const towards = bucket.points > 0;
  const explain: Localized = towards
    ? {
        en: `The wording reads like outreach: Selge's wording model, learned from real pitches and genuine messages, puts it with the pitches (${range}).`,
        nl: `De woorden lezen als outreach: Selges woordmodel, geleerd van echte pitches en gewone berichten, plaatst het bij de pitches (${range}).`,
      }
    : {
        en: `The wording reads like a personal message: Selge's wording model gives it ${range} of being outreach.`,
        nl: `De woorden lezen als een persoonlijk bericht: volgens Selges woordmodel is de kans op outreach ${range}.`,
      };
  const suggest: Localized = towards
    ? {
        en: 'Write it in your own words, about them: the concrete reason you write to this person and a question about their work, not the stock phrases of a sequence.',
        nl: 'Schrijf het in je eigen woorden, over hen: de concrete reden waarom je deze persoon schrijft en een vraag over hun werk, niet de vaste zinnen van een reeks.',
      }
    : { en: 'Keep it like this.', nl: 'Zo houden.' };
  return { explain, suggest, examples: { hit: [], miss: [] } };
}

/** What each bucket says; the words that moved the model travel with the finding (Finding.evidence). */
export const WORDING_DOCS: Readonly<Record<string, RuleDocs>> = Object.fromEntries(
  WORDING_BUCKETS.map((bucket) => [bucket.id, docsFor(bucket)]),
);

export const isWordingRule = (id: string) => id.startsWith('WORDING_');
