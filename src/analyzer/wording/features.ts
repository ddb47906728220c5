/**
 * What the wording model reads of a message: hashed features of the folded text (normalize.ts), so the model
 * sees the same letters the rules see, with look-alikes, accents and case already folded.
 *
 * - word unigrams and bigrams ("happy to", "to connect"): the phrases outreach is written in;
 * - character 2-5-grams inside each word, padded with a space at both ends ("we help" and "helping" share
 *   " help"): inflections, Dutch compounds and typos share most of their letters.
 *
 * Digits all hash as one digit, so "15 minutes" and "20 minutes" are the same wording. Features are hashed
 * into a fixed number of buckets (FNV-1a, then a finaliser), present or not, and the vector is scaled to unit
 * length so a long message does not outvote a short one. Pure and deterministic.
 */
export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;
/** Word features hash into the upper half, letter n-grams into the lower: each half is scaled on its own. */
const WORD_HALF = BUCKETS >>> 1;
const MASK = WORD_HALF - 1;
/** Letters of a word read for character n-grams: a 2,000-letter "word" costs no more than a long one. */
const MAX_WORD_LETTERS = 24;
/** Words read: a 100,000-character text is read whole by the rules, its wording by its first 5,000 words. */
const MAX_WORDS = 5_000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const SEED_CHAR = FNV_OFFSET ^ 0x01;
const SEED_WORD = FNV_OFFSET ^ 0x02;
const SEED_PAIR = 0x5bd1e995;
const SPACE = 0x20;
const ZERO = 0x30;

const step = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);

/** murmur3's finaliser: FNV's low bits alone collide too often for short n-grams. */
function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** Folded text is lower case: a-z, digits, and letters outside ASCII that folding kept (ß, ø, ...). */
const isWordCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || isDigit(code) || (code >= 0xc0 && code !== 0x2019 && code < 0xd800);
const APOSTROPHE = 0x27;

export interface WordSpan {
  /** Offsets into the folded text, end exclusive. */
  start: number;
  end: number;
}

/** The words of folded text: letters and digits, with an apostrophe inside a word kept ("we're", "zo'n"). */
export function wordsOf(folded: string): WordSpan[] {
  const words: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length && words.length < MAX_WORDS; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    if (isWordCode(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (
      start >= 0 &&
      code === APOSTROPHE &&
      i + 1 < folded.length &&
      isWordCode(folded.charCodeAt(i + 1)) &&
      !isDigit(folded.charCodeAt(i + 1))
    ) {
      continue;
    }
    if (start >= 0) {
      words.push({ start, end: i });
      start = -1;
    }
  }
  return words;
}

/** One feature where it was found: its bucket and the words it covers (first and last index). */
export interface Occurrence {
  bucket: number;
  firstWord: number;
  lastWord: number;
}

const codeAt = (folded: string, at: number) => {
  const code = folded.charCodeAt(at);
  return isDigit(code) ? ZERO : code;
};

/**
 * Every feature occurrence of a text, in order. `onFeature` is called once per occurrence (a bucket may come
 * more than once); no string is cut out, so a message costs one pass over its letters per n-gram length.
 */
/**
 * Every feature occurrence of a text, in order, written into `occurrences` (bucket, first word, last word per
 * occurrence; a bucket may come more than once). Returns how many. No string is cut out and no function is
 * called per feature: this runs on every message.
 */
export function collectFeatures(folded: string, words: readonly WordSpan[]): number {
  const names = greetedNames(folded, words);
  // At most 2 word features and 4 x (letters + 1) letter n-grams a word.
  let needed = 0;
  for (const word of words) needed += 2 + 4 * (Math.min(word.end - word.start, MAX_WORD_LETTERS) + 1);
  reserve(needed);
  const out = occurrences;
  let n = 0;
  let previousWordHash = 0;
  for (let w = 0; w < words.length; w++) {
    const { start, end } = words[w] as WordSpan;
    const last = Math.min(end, start + MAX_WORD_LETTERS);
    const name = names[w] === 1;
    let wordHash = SEED_WORD;
    if (name) wordHash = NAME_HASH;
    else for (let i = start; i < end; i++) wordHash = step(wordHash, codeAt(folded, i));
    out.bucket[n] = WORD_HALF | finish(wordHash);
    out.first[n] = w;
    out.last[n++] = w;
    if (w > 0) {
      out.bucket[n] = WORD_HALF | finish(Math.imul(previousWordHash ^ SEED_PAIR, FNV_PRIME) ^ wordHash);
      out.first[n] = w - 1;
      out.last[n++] = w;
    }
    previousWordHash = wordHash;
    if (name) continue;
    // The padded word: a space, its letters, a space, read once; each letter is in up to four n-grams.
    const letters = last - start;
    padded[0] = SPACE;
    for (let i = 0; i < letters; i++) padded[i + 1] = codeAt(folded, start + i);
    padded[letters + 1] = SPACE;
    for (let from = 0; from <= letters; from++) {
      let hash = SEED_CHAR;
      for (let at = from; at <= letters + 1 && at - from < 5; at++) {
        hash = step(hash, padded[at] as number);
        if (at - from >= 1) {
          out.bucket[n] = finish(hash);
          out.first[n] = w;
          out.last[n++] = w;
        }
      }
    }
  }
  return n;
}

/** One padded word's letter codes (digits as one), reused from word to word. */
const padded = new Int32Array(MAX_WORD_LETTERS + 2);

/** Where collectFeatures writes, reused from message to message. */
export const occurrences = {
  bucket: new Int32Array(4096),
  first: new Int32Array(4096),
  last: new Int32Array(4096),
};

function reserve(size: number): void {
  if (occurrences.bucket.length >= size) return;
  const length = Math.max(size, occurrences.bucket.length * 2);
  occurrences.bucket = new Int32Array(length);
  occurrences.first = new Int32Array(length);
  occurrences.last = new Int32Array(length);
}

/** The word after a greeting is the greeted person's name: one token whoever it is ("Hi Maya", "Hoi Piet"). */
export const GREETINGS: ReadonlySet<string> = new Set([
  'hi',
  'hey',
  'hello',
  'dear',
  'hoi',
  'hallo',
  'beste',
  'dag',
  'hiya',
  'morning',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
]);
const GREETING_INITIALS = [...new Set([...GREETINGS].map((word) => word[0]))].join('');
const NAME_HASH = step(SEED_WORD ^ 0x4e414d45, 0x2a);

function greetedNames(folded: string, words: readonly WordSpan[]): Uint8Array {
  const names = new Uint8Array(words.length);
  for (let w = 1; w < words.length && w < MAX_WORDS; w++) {
    const greeting = words[w - 1] as WordSpan;
    const length = greeting.end - greeting.start;
    // Most words are no greeting: tell by length and first letter before cutting the word out.
    if (length < 2 || length > 11 || !GREETING_INITIALS.includes(folded[greeting.start] ?? '')) continue;
    if (!GREETINGS.has(folded.slice(greeting.start, greeting.end))) continue;
    // A greeting opens the text or a line: "say hi to the team" greets no one.
    const before = greeting.start === 0 ? '\n' : folded[greeting.start - 1];
    const opens =
      greeting.start === 0 ||
      before === '\n' ||
      (greeting.start >= 2 && /[.!?]/.test(folded[greeting.start - 2] ?? ''));
    if (!opens) continue;
    const name = words[w] as WordSpan;
    if (folded.slice(greeting.end, name.start) === ' ' && !GREETINGS.has(folded.slice(name.start, name.end)))
      names[w] = 1;
  }
  return names;
}

/** A marker per bucket, reset by bumping a generation: no Set or clearing of 262,144 slots per message. */
let seenGeneration = new Int32Array(BUCKETS);
let generation = 0;

function nextGeneration(): number {
  generation += 1;
  if (generation === 0x7fffffff) {
    seenGeneration = new Int32Array(BUCKETS);
    generation = 1;
  }
  return generation;
}

/** The distinct buckets of a text, in first-seen order: what training and scoring read. */
export function bucketsOf(folded: string, words: readonly WordSpan[] = wordsOf(folded)): Int32Array {
  const mark = nextGeneration();
  const found: number[] = [];
  const count = collectFeatures(folded, words);
  const buckets = occurrences.bucket;
  for (let k = 0; k < count; k++) {
    const bucket = buckets[k] as number;
    if (seenGeneration[bucket] === mark) continue;
    seenGeneration[bucket] = mark;
    found.push(bucket);
  }
  return Int32Array.from(found);
}

/**
 * What each distinct bucket of a message weighs: words and letter n-grams each make a vector of unit length,
 * so the two kinds count alike though a word gives four times as many n-grams as word features.
 */
export interface FeatureValues {
  letters: number;
  words: number;
}

export function featureValues(buckets: Int32Array): FeatureValues {
  let words = 0;
  for (const bucket of buckets) if (bucket >= WORD_HALF) words += 1;
  const letters = buckets.length - words;
  return {
    letters: letters === 0 ? 0 : 1 / Math.sqrt(letters),
    words: words === 0 ? 0 : 1 / Math.sqrt(words),
  };
}

export const isWordBucket = (bucket: number) => bucket >= WORD_HALF;
