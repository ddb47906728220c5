/**
 * Which messages are the same template (issue 23): outreach is sent from templates, the same text with another
 * name, company, role or number. A message is folded (normalize.ts), its names, companies, numbers, links and
 * addresses masked, cut into word shingles and summed up in a small MinHash signature. Two signatures that
 * agree in most places are the same template. Only the signature is ever stored, never the text; its hash
 * functions are seeded with a secret of the install (see shared/learned.ts), so a copy of the signatures
 * cannot be tested against a guessed text without the secret. Pure and deterministic.
 *
 * Measured against SimHash in `npm run bench` (scripts/bench-learning.ts) on 257 merge-field templates of the
 * corpus: MinHash of 16 values of 16 bits over word pairs finds 95% of siblings, SimHash of 64 bits over the
 * same pairs 75% (distance 12), neither calls two different templates alike. Word triples found 74%, single
 * words 93% but began to call different templates alike at a lower threshold.
 */
import { foldText } from './normalize';
import { GREETINGS } from './wording/features';

/** Values in a signature: 16 values of 16 bits are 32 bytes, 43 characters of base64url. */
export const SIGNATURE_VALUES = 16;
/** The same template when at least this many of the 16 values agree (an estimated Jaccard of 0.5; measured in the bench). */
export const SAME_TEMPLATE_AT = 8;
/** Words of a message read for its template: a long message is a template by its first 400 words. */
const MAX_WORDS = 400;
const SHINGLE_WORDS = 2;

const URL_OR_MAIL = /\bhttps?:\/\/\S{1,300}|\bwww\.\S{1,300}|\S{1,64}@\S{1,255}/giu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}/gu;
const MASK = '\u0001';

/**
 * The words of a message with what differs between copies of one template masked: numbers, capitalised words
 * inside a sentence (names, companies, places), the word after a greeting, links and addresses. A run of masked
 * words is one mask, so "Acme Corp" and "Brightwave" read alike.
 */
export function templateWords(text: string): string[] {
  const plain = text.slice(0, 20_000).replace(URL_OR_MAIL, ' Link ');
  const words: string[] = [];
  let previousEnd = 0;
  let previousWord = '';
  for (const match of plain.matchAll(WORD)) {
    if (words.length >= MAX_WORDS) break;
    const word = match[0];
    const between = plain.slice(previousEnd, match.index);
    const sentenceStart = previousEnd === 0 || /[.!?\n:]/u.test(between);
    const capital = /^\p{Lu}/u.test(word) && word !== 'I';
    const masked =
      /\p{N}/u.test(word) || (capital && !sentenceStart) || GREETINGS.has(previousWord) || word === 'Link';
    previousEnd = (match.index ?? 0) + word.length;
    previousWord = word.toLowerCase();
    if (masked) {
      if (words.at(-1) !== MASK) words.push(MASK);
      continue;
    }
    words.push(word);
  }
  // Folded as the analyzer folds (case, accents, look-alike letters), in one pass over the joined words.
  return foldText(words.join(' ')).folded.split(' ');
}

/** 32-bit FNV-1a of a string, then murmur3's finaliser mixed with a seed. */
function hash32(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function mix(value: number, seed: number): number {
  let h = Math.imul(value ^ seed, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The word shingles of a message's template: pairs of words (a one-word message: that word). */
export function shinglesOf(text: string): string[] {
  const words = templateWords(text).filter(Boolean);
  if (words.length < SHINGLE_WORDS) return words.length > 0 ? [words.join(' ')] : [];
  const shingles: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    shingles.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return shingles;
}

/** The MinHash signature of a message's template (16 bits of each of 16 minima), or null for a text without words. */
export function templateSignature(text: string, seed: number): Uint16Array | null {
  const shingles = shinglesOf(text);
  if (shingles.length === 0) return null;
  const minima = new Uint32Array(SIGNATURE_VALUES).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = hash32(shingle, seed);
    for (let i = 0; i < SIGNATURE_VALUES; i++) {
      const value = mix(base, seed + i * 0x632be5ab);
      if (value < (minima[i] as number)) minima[i] = value;
    }
  }
  return Uint16Array.from(minima, (value) => value & 0xffff);
}

/** How many values of two signatures agree (0-16): the estimated Jaccard similarity of their shingles, times 16. */
export function agreement(a: Uint16Array, b: Uint16Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_VALUES; i++) if (a[i] === b[i]) same += 1;
  return same;
}

/** A 64-bit SimHash of the same shingles, as two 32-bit halves: measured beside MinHash in the bench. */
export function templateSimHash(text: string, seed: number): [number, number] | null {
  const shingles = shinglesOf(text);
  if (shingles.length === 0) return null;
  const sums = new Int32Array(64);
  for (const shingle of shingles) {
    const low = hash32(shingle, seed);
    const high = hash32(shingle, seed ^ 0x5bd1e995);
    for (let bit = 0; bit < 32; bit++) {
      sums[bit] = (sums[bit] as number) + ((low >>> bit) & 1 ? 1 : -1);
      sums[bit + 32] = (sums[bit + 32] as number) + ((high >>> bit) & 1 ? 1 : -1);
    }
  }
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((sums[bit] as number) > 0) low |= 1 << bit;
    if ((sums[bit + 32] as number) > 0) high |= 1 << bit;
  }
  return [low >>> 0, high >>> 0];
}

export function hammingDistance(a: [number, number], b: [number, number]): number {
  const bits = (x: number) => {
    let n = 0;
    for (let v = x >>> 0; v; v &= v - 1) n += 1;
    return n;
  };
  return bits(a[0] ^ b[0]) + bits(a[1] ^ b[1]);
}

/** A signature as stored: base64url of its 32 bytes. */
export function encodeSignature(signature: Uint16Array): string {
  const bytes = new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');
}

export function decodeSignature(text: string): Uint16Array | null {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    if (binary.length !== SIGNATURE_VALUES * 2) return null;
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new Uint16Array(bytes.buffer);
  } catch {
    return null;
  }
}
