/**
 * What Selge learned from its user (issue 23): corrections of verdicts ("Not a pitch", "It is a pitch", and
 * "Right" when the user kept Selge's verdict), trusted people, and the small adjustment of the wording model.
 * Stored in storage.local under `learned`, never synced, never sent anywhere. No text: a message is named by a
 * keyed fingerprint (HMAC-SHA-256 with a secret of this install, `learnedSecret`, 8 bytes), its template by a MinHash signature
 * seeded from the same secret, a person by a keyed fingerprint of the profile id LinkedIn's page gives.
 *
 * Bounded: MAX_CORRECTIONS corrections (the oldest go first), MAX_TRUSTED people, MAX_NUDGES nudges of the
 * wording model (the newest "not a pitch" corrections keep theirs, at most NUDGE_BUCKETS feature numbers each);
 * 2,000 corrections take under 200 KB (printed by `npm run bench`). Pure: the background does the storage.
 */
import * as v from 'valibot';
import type { UserVerdict, Verdict, VerdictLabel } from '../analyzer/types';
import { SAME_TEMPLATE_AT, agreement, decodeSignature } from '../analyzer/template';
import { BUCKETS } from '../analyzer/wording/features';
import {
  MAX_DELTAS,
  MAX_NUDGES,
  NUDGE_BUCKETS,
  deltasOf,
  nudgeOf,
  type Nudge,
} from '../analyzer/wording/adjust';

/**
 * 2: each correction carries its own nudge of the wording model and the adjustment is worked out from them.
 * Version 1 stored only the sum (`deltas`), which no removal could take one correction's part out of: a
 * version 1 store is read with its corrections and trusted people and without that sum.
 */
export const LEARNED_VERSION = 2;
export const MAX_CORRECTIONS = 2000;
export const MAX_TRUSTED = 500;

/** 8 bytes of HMAC-SHA-256, base64url. */
const KeySchema = v.pipe(v.string(), v.regex(/^[\w-]{11}$/));
/** A MinHash signature (analyzer/template.ts), or '' for a message without words. */
const SignatureSchema = v.pipe(v.string(), v.regex(/^(?:[\w-]{43})?$/));
const SecondsSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e11));
const SET = { p: 'pitch', o: 'ok' } as const;
const WAS = { p: 'pitch', b: 'borderline', o: 'ok' } as const;
/** Word-feature buckets are the upper half: each is stored as its offset there, 17 bits in 3 base64url letters. */
const WORD_HALF = BUCKETS >>> 1;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Up to NUDGE_BUCKETS (24) buckets of 3 letters. */
const NudgeBucketsSchema = v.pipe(
  v.string(),
  v.regex(/^(?:[\w-]{3}){1,24}$/u),
  v.check((text) => text.length <= 3 * NUDGE_BUCKETS, 'too many buckets'),
);
const StepSchema = v.pipe(v.number(), v.integer(), v.minValue(-1000), v.maxValue(-1));

function encodeBuckets(buckets: readonly number[]): string {
  return buckets
    .map((bucket) => {
      const n = bucket - WORD_HALF;
      return `${B64[(n >>> 12) & 63]}${B64[(n >>> 6) & 63]}${B64[n & 63]}`;
    })
    .join('');
}

function decodeBuckets(text: string): number[] | null {
  const buckets: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const n =
      (B64.indexOf(text[i] ?? '') << 12) |
      (B64.indexOf(text[i + 1] ?? '') << 6) |
      B64.indexOf(text[i + 2] ?? '');
    if (n >= WORD_HALF) return null;
    buckets.push(WORD_HALF + n);
  }
  return buckets;
}

const CorrectionHead = [
  KeySchema,
  v.picklist(['p', 'o']),
  v.picklist(['p', 'b', 'o']),
  SecondsSchema,
  SignatureSchema,
] as const;
/**
 * One correction, stored as a tuple to keep 2,000 of them small: [message key, set, was, when (s), signature],
 * and for one that nudges the wording model, its step and buckets after these.
 */
const CorrectionSchema = v.union([
  v.strictTuple([...CorrectionHead]),
  v.strictTuple([...CorrectionHead, StepSchema, NudgeBucketsSchema]),
]);
/** A trusted person: [person key, when (s)]. */
const TrustedSchema = v.tuple([KeySchema, SecondsSchema]);
const DeltaSchema = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));

export interface Correction {
  key: string;
  set: 'pitch' | 'ok';
  was: VerdictLabel;
  /** When, in ms since 1970 (stored in seconds). */
  at: number;
  signature: string;
  /** What it nudges the wording model by, while it is among the newest MAX_NUDGES that nudge. */
  nudge?: Nudge;
}

export interface Trusted {
  key: string;
  at: number;
}

export interface Learned {
  corrections: Correction[];
  trusted: Trusted[];
  /**
   * Wording-model deltas by feature bucket, in DELTA_UNIT steps (analyzer/wording/adjust.ts): always the
   * corrections' nudges put together (`settled`), never stored.
   */
  deltas: Map<number, number>;
}

export const EMPTY_LEARNED: Learned = { corrections: [], trusted: [], deltas: new Map() };

export function isEmpty(learned: Learned): boolean {
  return learned.corrections.length === 0 && learned.trusted.length === 0 && learned.deltas.size === 0;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const letterOf = <T extends string>(map: Record<string, T>, value: T) =>
  Object.keys(map).find((letter) => map[letter] === value) as string;

/**
 * The corrections with only the newest MAX_NUDGES nudges kept, and the deltas worked out from those: every
 * change of the corrections goes through here, so the deltas are always those of the corrections there are.
 */
export function settled(corrections: readonly Correction[], trusted: Trusted[]): Learned {
  let nudges = 0;
  const kept = [...corrections];
  for (let i = kept.length - 1; i >= 0; i--) {
    const correction = kept[i] as Correction;
    if (!correction.nudge) continue;
    nudges += 1;
    if (nudges > MAX_NUDGES) {
      const { nudge: _dropped, ...rest } = correction;
      kept[i] = rest;
    }
  }
  const deltas = deltasOf(kept.flatMap((c) => (c.nudge ? [c.nudge] : [])));
  return { corrections: kept, trusted, deltas };
}

/** The stored form (what `parseLearned` reads back). */
export function serializeLearned(learned: Learned): unknown {
  return {
    version: LEARNED_VERSION,
    corrections: learned.corrections.map((c) => {
      const head = [c.key, letterOf(SET, c.set), letterOf(WAS, c.was), Math.round(c.at / 1000), c.signature];
      return c.nudge ? [...head, c.nudge.step, encodeBuckets(c.nudge.buckets)] : head;
    }),
    trusted: learned.trusted.map((t) => [t.key, Math.round(t.at / 1000)]),
  };
}

/**
 * Reads the stored value. Anything the schema refuses is named in `problems` and the whole store is reset
 * (the caller keeps a copy aside and leaves a notice): a half-read store could keep a correction the user
 * undid, and a store that says less than it should is safer than one that says something wrong.
 */
export function parseLearned(raw: unknown): { learned: Learned; problems: string[] } {
  if (raw === undefined || raw === null) return { learned: EMPTY_LEARNED, problems: [] };
  const common = {
    corrections: v.pipe(v.array(CorrectionSchema), v.maxLength(MAX_CORRECTIONS)),
    trusted: v.pipe(v.array(TrustedSchema), v.maxLength(MAX_TRUSTED)),
  };
  const schema = v.union([
    v.object({ version: v.literal(LEARNED_VERSION), ...common }),
    // Version 1's sum of nudges is checked (a corrupt one is still corrupt) and then left out.
    v.object({
      version: v.literal(1),
      ...common,
      deltas: v.pipe(
        v.record(v.pipe(v.string(), v.regex(/^\d{1,6}$/)), DeltaSchema),
        v.check((deltas) => Object.keys(deltas).length <= MAX_DELTAS, 'too many deltas'),
      ),
    }),
  ]);
  if (!isRecord(raw)) return { learned: EMPTY_LEARNED, problems: ['what Selge learned is not an object'] };
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) {
    const problems = parsed.issues.slice(0, 5).map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return `learned${path ? `.${path}` : ''}: ${issue.message}`.slice(0, 200);
    });
    return { learned: EMPTY_LEARNED, problems };
  }
  const { corrections, trusted } = parsed.output;
  const read: Correction[] = [];
  for (const [index, [key, set, was, at, signature, step, buckets]] of corrections.entries()) {
    const correction: Correction = { key, set: SET[set], was: WAS[was], at: at * 1000, signature };
    if (step !== undefined && buckets !== undefined) {
      const decoded = decodeBuckets(buckets);
      if (!decoded)
        return {
          learned: EMPTY_LEARNED,
          problems: [`learned.corrections.${index}.6: not word-feature buckets`],
        };
      correction.nudge = { step, buckets: decoded };
    }
    read.push(correction);
  }
  return {
    learned: settled(
      read,
      trusted.map(([key, at]) => ({ key, at: at * 1000 })),
    ),
    problems: [],
  };
}

/**
 * A correction replaces an earlier one of the same message (and its nudge); the oldest go first past the
 * bound.
 */
export function withCorrection(learned: Learned, correction: Correction): Learned {
  const others = learned.corrections.filter((c) => c.key !== correction.key);
  return settled([...others, correction].slice(-MAX_CORRECTIONS), learned.trusted);
}

/** Removes a correction and with it exactly its nudge of the wording model. */
export function withoutCorrection(learned: Learned, key: string): Learned {
  return settled(
    learned.corrections.filter((c) => c.key !== key),
    learned.trusted,
  );
}

/**
 * What an import of one's own or another device's export (same secret) makes: the file's corrections replace
 * those of the same message, trusted people are joined, the rest stays; in time order, so the newest nudge.
 */
export function mergeLearned(here: Learned, file: Learned): Learned {
  const byKey = new Map(here.corrections.map((c) => [c.key, c]));
  for (const correction of file.corrections) byKey.set(correction.key, correction);
  const corrections = [...byKey.values()].sort((a, b) => a.at - b.at).slice(-MAX_CORRECTIONS);
  const people = new Map(here.trusted.map((t) => [t.key, t]));
  for (const person of file.trusted) people.set(person.key, person);
  const trusted = [...people.values()].sort((a, b) => a.at - b.at).slice(-MAX_TRUSTED);
  return settled(corrections, trusted);
}

export function withTrust(learned: Learned, key: string, trusted: boolean, at: number): Learned {
  const others = learned.trusted.filter((t) => t.key !== key);
  return { ...learned, trusted: trusted ? [...others, { key, at }].slice(-MAX_TRUSTED) : others };
}

/** The direction a correction nudges the wording model, or none when the user kept Selge's verdict. */
function towardsOf(set: 'pitch' | 'ok', was: VerdictLabel): 'pitch' | 'genuine' | null {
  if (set === 'ok') return was === 'ok' ? null : 'genuine';
  return was === 'pitch' ? null : 'pitch';
}

/** One correction as the background gives it: the message's key, folded text (not kept) and signature. */
export interface CorrectionInput {
  key: string;
  folded: string;
  signature: string;
  /** Null: undo the correction of this message. */
  set: 'pitch' | 'ok' | null;
  was: VerdictLabel;
  at: number;
}

/**
 * Records a correction (or undoes one) with its nudge of the wording model. An earlier correction of the same
 * message is replaced with its nudge, so undo and a change of mind are exact.
 */
export function learnCorrection(
  learned: Learned,
  { key, folded, signature, set, was, at }: CorrectionInput,
): Learned {
  const earlier = learned.corrections.find((c) => c.key === key);
  if (set === null) return withoutCorrection(learned, key);
  const first = earlier?.was ?? was;
  // "It is a pitch" carries to its template only (see TOWARDS_GENUINE in adjust.ts).
  const nudge = towardsOf(set, first) === 'genuine' ? nudgeOf(folded) : null;
  return withCorrection(learned, { key, set, was: first, at, signature, ...(nudge ? { nudge } : {}) });
}

/** The corrections and trust of a store, ready to decide verdicts (built once per change of the store). */
export interface LearnedIndex {
  byKey: ReadonlyMap<string, Correction>;
  templates: readonly { signature: Uint16Array; correction: Correction }[];
  trusted: ReadonlySet<string>;
}

export function indexLearned(learned: Learned): LearnedIndex {
  const templates = learned.corrections.flatMap((correction) => {
    const signature = correction.signature ? decodeSignature(correction.signature) : null;
    return signature ? [{ signature, correction }] : [];
  });
  return {
    byKey: new Map(learned.corrections.map((c) => [c.key, c])),
    templates,
    trusted: new Set(learned.trusted.map((t) => t.key)),
  };
}

/** What the background knows of one analysed message: its fingerprint, template and sender (all keyed). */
export interface MessageFacts {
  key: string;
  signature: Uint16Array | null;
  person?: string;
}

function userSet(verdict: Verdict, user: UserVerdict): Verdict {
  return { ...verdict, verdict: user.set, user };
}

/** The correction of the template most like this message, when it is the same template. */
export function closestTemplate(index: LearnedIndex, signature: Uint16Array): Correction | null {
  let best: Correction | null = null;
  let bestAgreement = SAME_TEMPLATE_AT;
  // Oldest first: of equally close corrections the newest wins, the user's latest word.
  for (const entry of index.templates) {
    const same = agreement(entry.signature, signature);
    if (same < bestAgreement) continue;
    best = entry.correction;
    bestAgreement = same;
  }
  return best;
}

/**
 * The verdict as the user would have it: their correction of this very message first; then a trusted sender
 * (never a pitch); then a correction of the same template. A verdict nothing applies to is returned as it is.
 */
export function applyLearned(verdict: Verdict, facts: MessageFacts, index: LearnedIndex): Verdict {
  const own = index.byKey.get(facts.key);
  if (own) return userSet(verdict, { set: own.set, was: own.was, at: own.at, by: 'message' });
  if (facts.person && index.trusted.has(facts.person)) {
    // Marked even when Selge said OK: the views read from it that this person is trusted (and offer to undo).
    return userSet(verdict, { set: 'ok', was: verdict.verdict, at: 0, by: 'person' });
  }
  if (!facts.signature) return verdict;
  const sibling = closestTemplate(index, facts.signature);
  if (!sibling || sibling.set === verdict.verdict) return verdict;
  return userSet(verdict, { set: sibling.set, was: verdict.verdict, at: sibling.at, by: 'template' });
}

/** What the statistics page says of the user's checks: kept, and corrected per direction. */
export interface CheckedSummary {
  checked: number;
  kept: number;
  notPitch: number;
  isPitch: number;
}

export function checkedSummary(learned: Learned): CheckedSummary {
  const summary: CheckedSummary = { checked: 0, kept: 0, notPitch: 0, isPitch: 0 };
  for (const correction of learned.corrections) {
    summary.checked += 1;
    if (correction.set === correction.was) summary.kept += 1;
    else if (correction.set === 'ok') summary.notPitch += 1;
    else summary.isPitch += 1;
  }
  return summary;
}
