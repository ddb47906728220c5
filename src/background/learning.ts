/**
 * Where the user's corrections decide verdicts (issue 23): the background keys each analysed message with this
 * install's secret, looks it up among the corrections, its sender among the trusted people and its template
 * among the corrected ones, and analyses with the wording model adjusted by the corrections. Every view, the
 * in-page marks and the toolbar badge read verdicts from here, so they agree. With nothing learned, the
 * shipped analyzer runs as it is.
 */
import { analyze, analyzerWith } from '../analyzer';
import { foldText } from '../analyzer/normalize';
import { encodeSignature, templateSignature } from '../analyzer/template';
import { adjustedWording } from '../analyzer/wording/adjust';
import type { Verdict, VerdictLabel } from '../analyzer/types';
import {
  applyLearned,
  indexLearned,
  isEmpty,
  learnCorrection,
  withTrust,
  type Learned,
  type LearnedIndex,
} from '../shared/learned';
import { learnedSecret, loadLearnedRecovering, updateLearned } from '../shared/storage';
import { base64url, identity } from '../shared/stats';
import { compactVerdict, type AnalysisReply, type AnalysisRequest } from '../shared/wire';

const encoder = new TextEncoder();

interface Keys {
  /** 8 bytes of HMAC-SHA-256 of a labelled value, base64url. */
  sign(value: string): Promise<string>;
  /** Seeds the template signatures, so a copy of them cannot be checked against a guess without the secret. */
  seed: number;
}

let keys: Promise<Keys> | null = null;

function keysOnce(): Promise<Keys> {
  keys ??= (async () => {
    const secret = await learnedSecret();
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return {
      sign: async (value) =>
        base64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value))).slice(0, 8)),
      seed: Number.parseInt(identity(`template|${secret}`).slice(0, 8), 16) | 0,
    };
  })();
  keys.catch(() => {
    keys = null;
  });
  return keys;
}

/** The text a correction is keyed by: the message as the view shows it, spaces collapsed. */
function messageValue(text: string): string {
  return `message|${text.trim().replace(/\s+/gu, ' ')}`;
}

interface State {
  learned: Learned;
  index: LearnedIndex;
  analyse: typeof analyze;
}

let state: Promise<State> | null = null;

function stateOf(learned: Learned): State {
  return {
    learned,
    index: indexLearned(learned),
    analyse: learned.deltas.size > 0 ? analyzerWith(adjustedWording(learned.deltas)) : analyze,
  };
}

function currentState(): Promise<State> {
  state ??= loadLearnedRecovering().then(stateOf);
  state.catch(() => {
    state = null;
  });
  return state;
}

/**
 * Another page or a reset changed the store, or "Delete all my data" the secret (storage.onChanged): read
 * both again when next needed.
 */
export function forgetLearnedState(): void {
  state = null;
  keys = null;
}

/** Verdicts for a content script's request, with what the user taught applied. */
export async function analyseWithLearning({ items, strictness }: AnalysisRequest): Promise<AnalysisReply> {
  const { learned, index, analyse } = await currentState();
  if (isEmpty(learned))
    return {
      verdicts: items.map(({ text, context, explain }) =>
        compactVerdict(analyze(text, context, { strictness }), explain === true),
      ),
    };
  const { sign, seed } = await keysOnce();
  const verdicts = await Promise.all(
    items.map(async ({ text, context, person, explain }): Promise<Verdict> => {
      const verdict = analyse(text, context, { strictness });
      const facts = {
        key: await sign(messageValue(text)),
        signature: index.templates.length > 0 ? templateSignature(text, seed) : null,
        ...(typeof person === 'string' && person ? { person: await sign(`person|${person}`) } : {}),
      };
      return compactVerdict(applyLearned(verdict, facts, index), explain === true);
    }),
  );
  return { verdicts };
}

export type Correct = { text: string; set: 'pitch' | 'ok' | null; was: VerdictLabel };

/**
 * Records (or, with `set` null, undoes) the user's verdict on a message. The text is read here for its
 * fingerprint, template signature and word features, and then dropped: none of it is stored.
 */
export async function recordCorrection({ text, set, was }: Correct, now = Date.now()): Promise<void> {
  const { sign, seed } = await keysOnce();
  const key = await sign(messageValue(text));
  const folded = foldText(text.slice(0, 20_000)).folded;
  const signature = templateSignature(text, seed);
  const write = updateLearned((learned) =>
    learnCorrection(learned, {
      key,
      folded,
      signature: signature ? encodeSignature(signature) : '',
      set,
      was,
      at: now,
    }),
  );
  // Set before the write finishes: a content script that hears of the change and asks at once waits for it.
  state = write.then(stateOf);
  await write;
}

/** "Always trust this person" (or no longer), by the profile id LinkedIn's page gives, keyed. */
export async function recordTrust(profile: string, trusted: boolean, now = Date.now()): Promise<void> {
  const { sign } = await keysOnce();
  const key = await sign(`person|${profile}`);
  const write = updateLearned((learned) => withTrust(learned, key, trusted, now));
  state = write.then(stateOf);
  await write;
}

/** Whether the person with this profile id is trusted (the views show "Trusted" instead of the offer). */
export async function isTrusted(profile: string): Promise<boolean> {
  const { learned } = await currentState();
  if (learned.trusted.length === 0) return false;
  const { sign } = await keysOnce();
  const key = await sign(`person|${profile}`);
  return learned.trusted.some((t) => t.key === key);
}
