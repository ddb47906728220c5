/**
 * Folds text for matching and keeps a map back to the original, so findings point at what the user wrote.
 *
 * Folding: NFKC/NFKD compatibility forms (LinkedIn's "bold" mathematical letters 𝗾𝘂𝗶𝗰𝗸 -> quick, full-width
 * forms), lower case, accents dropped (Dutch writers often drop them: "coordinatie"), look-alike letters of
 * other scripts made Latin (a Cyrillic "а" in "frее dеmо" dodges a filter, not a reader), curly quotes and
 * dashes made plain, zero-width and bidi control characters removed.
 */
import { CONFUSABLE_PAIRS } from './confusables.generated';

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, where its source starts and ends in the original. */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
}

// Invisible characters that spammers use to dodge filters, and bidi controls that reorder text.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const isInvisible = (codePoint: number) =>
  INVISIBLE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
const COMBINING_MARK = /\p{M}/gu;

const PUNCTUATION_FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
};

const foldCache = new Map<number, string>();

/** Look-alike character -> the Latin letter it imitates (Unicode's confusables data, generated). */
const CONFUSABLE = new Map<string, string>();
{
  const chars = [...CONFUSABLE_PAIRS];
  for (let k = 0; k + 1 < chars.length; k += 2) CONFUSABLE.set(chars[k] as string, chars[k + 1] as string);
}

function foldCodePoint(codePoint: number, char: string): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let out: string;
  if (isInvisible(codePoint)) out = '';
  else {
    const punctuation = PUNCTUATION_FOLD[char];
    if (punctuation !== undefined) out = punctuation;
    else out = char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
    // The lower-case form first: Cyrillic "І" is an "i" in a word, though alone it could pass for an "l".
    out = CONFUSABLE.get(out) ?? CONFUSABLE.get(char) ?? out;
    const again = PUNCTUATION_FOLD[out];
    if (again !== undefined) out = again;
    if (/^\s+$/u.test(out) && out !== '\n') out = out.includes('\n') ? '\n' : ' ';
  }
  // Bounded: the cache only ever holds code points seen, and a flood of distinct ones is capped.
  if (foldCache.size < 20_000) foldCache.set(codePoint, out);
  return out;
}

const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e\n]*$/;

/** Offsets 0..length-1 mapping to themselves, shared by every plain-ASCII message of up to that length. */
let identity = new Int32Array(0);
function identityMap(length: number): { starts: Int32Array; ends: Int32Array } {
  if (identity.length < length + 1) {
    identity = new Int32Array(Math.max(length + 1, identity.length * 2, 1024));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return { starts: identity.subarray(0, length), ends: identity.subarray(1, length + 1) };
}

export function foldText(original: string): FoldedText {
  // Most messages are plain ASCII: folding is lower-casing and offsets map to themselves.
  if (PLAIN_ASCII.test(original)) {
    const { starts, ends } = identityMap(original.length);
    return collapseWhitespace(original.toLowerCase(), starts, ends);
  }
  const length = original.length;
  // Folding rarely grows text (ligatures like ﬃ, "…" -> "..."): size for the worst common case and grow.
  let capacity = length + 16;
  let sourceStart = new Int32Array(capacity);
  let sourceEnd = new Int32Array(capacity);
  const parts: string[] = [];
  let outLength = 0;

  const reserve = (extra: number) => {
    if (outLength + extra <= capacity) return;
    capacity = Math.max(capacity * 2, outLength + extra);
    const nextStart = new Int32Array(capacity);
    const nextEnd = new Int32Array(capacity);
    nextStart.set(sourceStart);
    nextEnd.set(sourceEnd);
    sourceStart = nextStart;
    sourceEnd = nextEnd;
  };

  const push = (piece: string, from: number, to: number) => {
    if (piece.length === 0) return;
    reserve(piece.length);
    for (let k = 0; k < piece.length; k++) {
      sourceStart[outLength + k] = from;
      sourceEnd[outLength + k] = to;
    }
    outLength += piece.length;
    parts.push(piece);
  };

  let asciiRunStart = -1;
  const flushAscii = (until: number) => {
    if (asciiRunStart < 0) return;
    const run = original.slice(asciiRunStart, until).toLowerCase().replace(/`/g, "'");
    reserve(run.length);
    for (let k = 0; k < run.length; k++) {
      sourceStart[outLength + k] = asciiRunStart + k;
      sourceEnd[outLength + k] = asciiRunStart + k + 1;
    }
    outLength += run.length;
    parts.push(run);
    asciiRunStart = -1;
  };

  let i = 0;
  while (i < length) {
    const unit = original.charCodeAt(i);
    // Fast path: printable ASCII and newlines fold to themselves (lower-cased), in one slice per run.
    if ((unit >= 0x20 && unit < 0x7f) || unit === 0x0a) {
      if (asciiRunStart < 0) asciiRunStart = i;
      i += 1;
      continue;
    }
    flushAscii(i);
    const codePoint = original.codePointAt(i) ?? unit;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = original.slice(i, i + width);
    if (unit === 0x09 || unit === 0x0d) push(unit === 0x09 ? ' ' : '', i, i + 1);
    else if (unit < 0x20 || unit === 0x7f) push(' ', i, i + 1);
    else if (unit >= 0xd800 && unit <= 0xdfff && width === 1)
      push('\uFFFD', i, i + 1); // lone surrogate
    else push(foldCodePoint(codePoint, char), i, i + width);
    i += width;
  }
  flushAscii(length);

  return collapseWhitespace(
    parts.join(''),
    sourceStart.subarray(0, outLength),
    sourceEnd.subarray(0, outLength),
  );
}

const WHITESPACE_RUN = /[ \n]{2,}/g;

/**
 * Each run of spaces and line breaks becomes one character: a line break if the run holds one, else a space.
 * Rules can then match "quick call" across a wrapped line or a double space with a single [ \n].
 * Runs are rare (paragraph breaks), so the text between them is copied in whole segments.
 */
function collapseWhitespace(folded: string, sourceStart: Int32Array, sourceEnd: Int32Array): FoldedText {
  WHITESPACE_RUN.lastIndex = 0;
  let run = WHITESPACE_RUN.exec(folded);
  if (run === null) return { folded, sourceStart, sourceEnd };
  const starts = new Int32Array(folded.length);
  const ends = new Int32Array(folded.length);
  const out: string[] = [];
  let length = 0;
  let copied = 0;
  while (run !== null) {
    const segmentLength = run.index - copied;
    out.push(folded.slice(copied, run.index), run[0].includes('\n') ? '\n' : ' ');
    starts.set(sourceStart.subarray(copied, run.index), length);
    ends.set(sourceEnd.subarray(copied, run.index), length);
    length += segmentLength;
    starts[length] = sourceStart[run.index] ?? 0;
    ends[length] = sourceEnd[run.index + run[0].length - 1] ?? 0;
    length += 1;
    copied = run.index + run[0].length;
    run = WHITESPACE_RUN.exec(folded);
  }
  out.push(folded.slice(copied));
  starts.set(sourceStart.subarray(copied), length);
  ends.set(sourceEnd.subarray(copied), length);
  length += folded.length - copied;
  return {
    folded: out.join(''),
    sourceStart: starts.subarray(0, length),
    sourceEnd: ends.subarray(0, length),
  };
}

/** Maps a span of folded text back to the original text. */
export function toOriginalSpan(text: FoldedText, start: number, end: number): { start: number; end: number } {
  if (text.folded.length === 0 || end <= start) {
    const at = text.sourceStart[Math.min(start, text.folded.length - 1)] ?? 0;
    return { start: at, end: at };
  }
  return { start: text.sourceStart[start] ?? 0, end: text.sourceEnd[end - 1] ?? 0 };
}
