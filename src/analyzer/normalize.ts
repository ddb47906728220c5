/**
 * Folds text for matching and keeps a map back to the original, so findings point at what the user wrote.
 *
 * Folding: NFKC/NFKD compatibility forms (LinkedIn's "bold" mathematical letters 𝗾𝘂𝗶𝗰𝗸 -> quick, full-width
 * forms), lower case, accents dropped (Dutch writers often drop them: "coordinatie"), look-alike letters of
 * other scripts made Latin (a Cyrillic "а" in "frее dеmо" dodges a filter, not a reader), curly quotes and
 * dashes made plain, zero-width and bidi control characters removed.
 *
 * Then the evasions of issue 19, each a small rule that keeps the map: text under a right-to-left override read
 * in the order it is shown, emoji and Hangul fillers read as spaces, letters spaced or dotted apart joined
 * ("c.a.l.l"), leet digits and symbols inside words of letters ("qu1ck ca11"), and a bounded set of key phrases
 * written as one word ("bookademo").
 */
import { CONFUSABLE_PAIRS } from './confusables.generated';
import { JOINED_PHRASES } from './rules/lexicon';

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, where its source starts and ends in the original. */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
  /** Set when folding changed the order of characters (a right-to-left override): spans read every offset. */
  reordered?: boolean;
}

// Invisible characters that spammers use to dodge filters, and bidi controls that reorder text.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  // Tag characters (U+E0020 ...) and the variation selectors beyond the BMP.
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];
/** Blank letters that show as a space (Hangul fillers, the blank Braille pattern): a word break, not nothing. */
const BLANK_LETTERS = new Set([0x115f, 0x1160, 0x2800, 0x3164, 0xffa0]);
/** Emoji between words ("quick 🚀 call", "quick🚀call") stand where a space would. */
const EMOJI_BETWEEN_WORDS = /(?<=[a-z0-9] ?)[\p{Extended_Pictographic}\p{Emoji_Modifier}]+(?= ?[a-z0-9])/gu;
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

const LOOK_ALIKES_BEYOND_UNICODE: Readonly<Record<string, string>> = {
  '\u043A': 'k', // Cyrillic к
  '\u043C': 'm', // Cyrillic м
  '\u0442': 't', // Cyrillic т
  '\u03B5': 'e', // Greek ε
  '\u03BA': 'k', // Greek κ
  '\u03C4': 't', // Greek τ
  '\u03B7': 'n', // Greek η
};

/** Look-alike character -> the Latin letter it imitates (Unicode's confusables data, generated). */
const CONFUSABLE = new Map<string, string>();
{
  const chars = [...CONFUSABLE_PAIRS];
  for (let k = 0; k + 1 < chars.length; k += 2) CONFUSABLE.set(chars[k] as string, chars[k + 1] as string);
  // Lower-case letters Unicode's data pairs with no Latin letter, though in a sans-serif font they pass for one
  // (Cyrillic к м т, Greek ε κ τ η): the evasions of issue 19.
  for (const [char, latin] of Object.entries(LOOK_ALIKES_BEYOND_UNICODE)) CONFUSABLE.set(char, latin);
}

function foldCodePoint(codePoint: number, char: string): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let out: string;
  if (isInvisible(codePoint)) out = '';
  else if (BLANK_LETTERS.has(codePoint)) out = ' ';
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
  let text: FoldedText;
  // Most messages are plain ASCII: folding is lower-casing and offsets map to themselves.
  if (PLAIN_ASCII.test(original)) {
    const { starts, ends } = identityMap(original.length);
    text = { folded: original.toLowerCase(), sourceStart: starts, sourceEnd: ends };
  } else text = spaceEmoji(foldCharacters(original));
  text = joinSpacedLetters(text);
  text = foldLeet(text, original);
  text = splitJoinedPhrases(text);
  const collapsed = collapseWhitespace(text.folded, text.sourceStart, text.sourceEnd);
  return text.reordered ? { ...collapsed, reordered: true } : collapsed;
}

/** Character by character: compatibility forms, case, accents, look-alikes, invisible characters. */
function foldCharacters(original: string): FoldedText {
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

  const overrides: number[] = [];
  let overrideStart = -1;
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
    // A right-to-left override shows the letters after it in reverse order, until its pop (or the line's end).
    if (unit === 0x202e && overrideStart < 0) overrideStart = outLength;
    else if (unit === 0x202c && overrideStart >= 0) {
      overrides.push(overrideStart, outLength);
      overrideStart = -1;
    }
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
  if (overrideStart >= 0) overrides.push(overrideStart, outLength);

  const folded: FoldedText = {
    folded: parts.join(''),
    sourceStart: sourceStart.subarray(0, outLength),
    sourceEnd: sourceEnd.subarray(0, outLength),
  };
  return overrides.length > 0 ? readOverrides(folded, overrides) : folded;
}

/** Puts text under a right-to-left override in the order a reader sees it ("llac kciuq" -> "quick call"). */
function readOverrides(text: FoldedText, overrides: readonly number[]): FoldedText {
  const folded = text.folded;
  const out = new Builder(folded.length);
  let copied = 0;
  for (let k = 0; k + 1 < overrides.length; k += 2) {
    const from = overrides[k] as number;
    let to = overrides[k + 1] as number;
    const lineEnd = folded.indexOf('\n', from);
    if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
    out.copy(text, copied, from);
    // Backwards one code point at a time, so that a surrogate pair stays in its order.
    for (let end = to; end > from;) {
      const low = folded.charCodeAt(end - 1);
      const high = end - 2 >= from ? folded.charCodeAt(end - 2) : 0;
      const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
      out.copy(text, end - width, end);
      end -= width;
    }
    copied = to;
  }
  out.copy(text, copied, folded.length);
  return { ...out.done(), reordered: true };
}

/** Builds folded text piece by piece, each piece with its source offsets. */
class Builder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity + 16);
    this.ends = new Int32Array(capacity + 16);
  }

  private reserve(extra: number) {
    if (this.length + extra <= this.starts.length) return;
    const capacity = Math.max(this.starts.length * 2, this.length + extra);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  /** Copies folded text [from, to) with its offsets. */
  copy(text: FoldedText, from: number, to: number) {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(text.folded.slice(from, to));
    if (to - from <= 8) {
      for (let k = from; k < to; k++) {
        this.starts[this.length] = text.sourceStart[k] ?? 0;
        this.ends[this.length] = text.sourceEnd[k] ?? 0;
        this.length += 1;
      }
      return;
    }
    this.starts.set(text.sourceStart.subarray(from, to), this.length);
    this.ends.set(text.sourceEnd.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** Adds a character that stands for the original [start, end). */
  add(char: string, start: number, end: number) {
    this.reserve(1);
    this.parts.push(char);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  done(): FoldedText {
    return {
      folded: this.parts.join(''),
      sourceStart: this.starts.subarray(0, this.length),
      sourceEnd: this.ends.subarray(0, this.length),
    };
  }
}

/**
 * Emoji between two words read as a space. Elsewhere (after a full stop, at the end) they stay as they are, so
 * a finding that ends on one still shows it.
 */
function spaceEmoji(text: FoldedText): FoldedText {
  const folded = text.folded;
  EMOJI_BETWEEN_WORDS.lastIndex = 0;
  let match = EMOJI_BETWEEN_WORDS.exec(folded);
  if (match === null) return text;
  const out = new Builder(folded.length);
  let copied = 0;
  while (match !== null) {
    out.copy(text, copied, match.index);
    copied = match.index + match[0].length;
    out.add(' ', text.sourceStart[match.index] ?? 0, text.sourceEnd[copied - 1] ?? 0);
    match = EMOJI_BETWEEN_WORDS.exec(folded);
  }
  out.copy(text, copied, folded.length);
  return text.reordered ? { ...out.done(), reordered: true } : out.done();
}

// ---------------------------------------------------------------- spaced letters

const SPACED_SEPARATORS = new Set([' ', '.', '-', '_', '*', '\u00B7', '\u2022', '~', '/', '+']);
const isLetter = (char: string | undefined) => char !== undefined && char >= 'a' && char <= 'z';
const isWordChar = (char: string | undefined) =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'));
/** A letter, a separator and a letter: where a spaced-apart word could start. */
const SPACED_START = /(?:^|[^a-z0-9])[a-z]([ .\-_*\u00B7\u2022~/+])[a-z]\1[a-z]\1[a-z](?![a-z0-9])/;

/**
 * Letters spaced, dotted or dashed apart ("q u i c k  c a l l", "c.a.l.l", "c-a-l-l"): a run of at least four
 * single letters, all with the same separator between them, is one word. Two spaces part two spaced words.
 * Shorter runs stay as written: "t.a.v.", "s.v.p." and "a b c" are abbreviations and lists.
 */
function joinSpacedLetters(text: FoldedText): FoldedText {
  const folded = text.folded;
  if (!SPACED_START.test(folded)) return text;
  const out = new Builder(folded.length);
  let copied = 0;
  for (let i = 0; i < folded.length; i++) {
    const separator = folded[i + 1];
    if (!isLetter(folded[i]) || isWordChar(folded[i - 1]) || separator === undefined) continue;
    if (!SPACED_SEPARATORS.has(separator)) continue;
    let last = i;
    let letters = 1;
    while (folded[last + 1] === separator && isLetter(folded[last + 2]) && !isWordChar(folded[last + 3])) {
      last += 2;
      letters += 1;
    }
    if (letters < 4) continue;
    out.copy(text, copied, i);
    // "a q u i c k  c a l l": a spaced run that starts with "a" or "i" starts with that word.
    if (separator === ' ' && letters >= 5 && (folded[i] === 'a' || folded[i] === 'i')) {
      out.copy(text, i, i + 2);
      i += 2;
    }
    for (let k = i; k <= last; k += 2) out.copy(text, k, k + 1);
    copied = last + 1;
    i = last;
  }
  out.copy(text, copied, folded.length);
  return text.reordered ? { ...out.done(), reordered: true } : out.done();
}

// ---------------------------------------------------------------- leet

const LEET: Readonly<Record<string, string>> = { '0': 'o', '3': 'e', '@': 'a', $: 's', '|': 'l' };
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** A letter beside a leet character, or an upper-case I after a lower-case letter ("heIp", "caII"). */
const LEET_HINT = /[a-z][013@$|]|[013@$|][a-z]/;
const I_FOR_L_HINT = /[a-z]I/;
/** Chunks that are addresses, not words: URLs, domains, e-mail addresses, handles. */
const LINK_LIKE = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/|www\.)|[^\s@]@[^\s@]{0,200}\.|\.[a-z]{2,12}(?:\/|$)|^@/;
const NOT_WORDS = /[{}[\]]/;

/**
 * Leet digits and symbols in words that are mostly letters: "qu1ck ca11", "d3m0", "intere$ted", "gr@tis",
 * "caII" (an upper-case I for an l). A token with another digit ("15min", "2024", "b2b"), fewer than two letters
 * ("3 minutes", "10x", "$50"), more leet than letters, a handle ("@anna") or one inside a URL or e-mail address
 * keeps its meaning. Each character is replaced by one letter, so the offsets stay as they are.
 */
function foldLeet(text: FoldedText, original: string): FoldedText {
  const folded = text.folded;
  const capitalI = I_FOR_L_HINT.test(original);
  if (!capitalI && !LEET_HINT.test(folded)) return text;
  // By UTF-16 unit: leet characters are ASCII, so a surrogate pair is never split. Made when first needed.
  let chars: string[] | undefined;
  const length = folded.length;
  for (let i = 0; i < length;) {
    while (i < length && isBlank(folded.charCodeAt(i))) i++;
    const chunkStart = i;
    while (i < length && !isBlank(folded.charCodeAt(i))) i++;
    if (i - chunkStart < 2) continue;
    const chunk = folded.slice(chunkStart, i);
    if (!capitalI && !LEET_HINT.test(chunk)) continue;
    // Spintax ("{Hi|Hello}") and merge fields ("[name]") are read by rules of their own.
    if (LINK_LIKE.test(chunk) || NOT_WORDS.test(chunk)) continue;
    for (let k = chunkStart; k < i;) {
      while (k < i && !isLeetTokenChar(folded[k])) k++;
      const from = k;
      while (k < i && isLeetTokenChar(folded[k])) k++;
      // A word is short: a token of 3 to 40 characters (a longer one is a hash, a key or padding).
      if (k - from < 3 || k - from > 40) continue;
      chars ??= folded.split('');
      foldLeetToken(chars, from, k, text, original, capitalI);
    }
  }
  return chars ? { ...text, folded: chars.join('') } : text;
}

const isBlank = (unit: number) => unit === 0x20 || unit === 0x0a;
const isLeetTokenChar = (char: string | undefined) =>
  isWordChar(char) || char === '@' || char === '$' || char === '|';

function foldLeetToken(
  chars: string[],
  from: number,
  to: number,
  text: FoldedText,
  original: string,
  capitalI: boolean,
): boolean {
  let letters = 0;
  let leet = 0;
  const ells: number[] = [];
  const capitals = capitalI ? capitalsOf(from, to, text, original) : 2;
  for (let k = from; k < to; k++) {
    const char = chars[k] as string;
    if (char === '1' || LEET[char] !== undefined) leet += 1;
    else if (char >= '0' && char <= '9') return false;
    else if (capitals <= 1 && char === 'i' && isCapitalIForL(chars, k, from, to, capitals, text, original)) {
      leet += 1;
      ells.push(k);
    } else letters += 1;
  }
  if (leet === 0 || letters < 2 || leet > letters) return false;
  // One digit at the end is a version or a model: "Web3", "mp3", "F1".
  if (leet === 1 && ells.length === 0 && /[013]/.test(chars[to - 1] as string)) return false;
  // "@anna" is a handle, "$company" a merge field.
  if (chars[from] === '@' || chars[from] === '$') return false;
  for (let k = from; k < to; k++) if (chars[k] === '$' && !isLeetDollar(chars, k, from, to)) return false;
  // Each 1 is read against the token as written, not against the letters already folded before it.
  const ones: [number, string][] = [];
  for (let k = from; k < to; k++) if (chars[k] === '1') ones.push([k, oneAs(chars, k, from, to)]);
  for (const k of ells) chars[k] = 'l';
  for (const [k, letter] of ones) chars[k] = letter;
  for (let k = from; k < to; k++) chars[k] = LEET[chars[k] as string] ?? (chars[k] as string);
  return true;
}

/**
 * A $ inside a word is an s when few letters stand on one side of it ("intere$ted", "bu$iness"); between two
 * longer words it joins a merge field to the word before ("note$product"), which MERGE_FIELD reads.
 */
function isLeetDollar(chars: readonly string[], k: number, from: number, to: number): boolean {
  let before = 0;
  for (let j = k - 1; j >= from && isLetter(chars[j]); j--) before += 1;
  let after = 0;
  for (let j = k + 1; j < to && isLetter(chars[j]); j++) after += 1;
  return before <= 2 || after <= 3;
}

/** Capitals of a token other than I: 1 for a capital first letter, 2 or more with any other. */
function capitalsOf(from: number, to: number, text: FoldedText, original: string): number {
  let capitals = 0;
  for (let j = from; j < to && capitals <= 1; j++) {
    const char = original[text.sourceStart[j] ?? -1];
    if (char !== undefined && char !== 'I' && char >= 'A' && char <= 'Z') capitals += j === from ? 1 : 2;
  }
  return capitals;
}

/** An upper-case I after a lower-case letter, in a word with no other capital but its first letter. */
function isCapitalIForL(
  chars: readonly string[],
  k: number,
  from: number,
  to: number,
  capitals: number,
  text: FoldedText,
  original: string,
): boolean {
  const at = (index: number) => original[text.sourceStart[index] ?? -1];
  if (at(k) !== 'I' || k === from) return false;
  const before = at(k - 1);
  if (before === undefined || (!(before >= 'a' && before <= 'z') && before !== 'I')) return false;
  // "LinkedIn", "McIntosh": after a capital first letter, an I before a consonant starts a word of its own.
  const next = chars[k + 1];
  return capitals === 0 || k + 1 >= to || next === 'i' || VOWELS.has(next ?? '');
}

/**
 * A leet 1 is an l beside another 1 or next to a vowel ("ca11", "he1p", "c1ick"), else an i ("qu1ck", "m1nutes",
 * "fr1ends"). Some words still come out wrong ("tr1al" -> "trlal"): a heuristic, not a dictionary.
 */
function oneAs(chars: readonly string[], k: number, from: number, to: number): string {
  const before = k > from ? chars[k - 1] : undefined;
  const after = k + 1 < to ? chars[k + 1] : undefined;
  if (before === '1' || after === '1') return 'l';
  if (before === 'r') return 'i';
  const vowel = (char: string | undefined) => char !== undefined && VOWELS.has(char);
  // "qu" is a consonant: "qu1ck" is quick.
  const beforeVowel = vowel(before) && !(before === 'u' && chars[k - 2] === 'q');
  if (beforeVowel) return 'l';
  if (vowel(after)) return 'l';
  return 'i';
}

// ---------------------------------------------------------------- words run together

const JOINED = new Map(JOINED_PHRASES.map((phrase) => [phrase.replace(/[ ']/g, ''), phrase]));
const JOINED_PATTERN = new RegExp(
  `\\b(?:${[...JOINED.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'g',
);
/** "15minutecall", "30minutengesprek": a number of minutes run into the meeting. */
const JOINED_MINUTES =
  /\b\d{1,2}-?(?:min(?:ute)?s?|minuten|minuutjes?)(?=(?:call|chat|demo|meeting|gesprek|belletje)\b)/g;

/** Key phrases written as one word ("quickcall", "bookademo", "15minutecall") get their spaces back. */
function splitJoinedPhrases(text: FoldedText): FoldedText {
  const folded = text.folded;
  JOINED_PATTERN.lastIndex = 0;
  JOINED_MINUTES.lastIndex = 0;
  const cuts: number[] = [];
  for (let match = JOINED_PATTERN.exec(folded); match !== null; match = JOINED_PATTERN.exec(folded)) {
    const phrase = JOINED.get(match[0]) ?? '';
    let at = match.index;
    for (const char of phrase) {
      if (char === ' ') cuts.push(at);
      else if (char !== "'") at += 1;
    }
  }
  for (let match = JOINED_MINUTES.exec(folded); match !== null; match = JOINED_MINUTES.exec(folded))
    cuts.push(match.index + match[0].length);
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a - b);
  const out = new Builder(folded.length + cuts.length);
  let copied = 0;
  for (const cut of cuts) {
    out.copy(text, copied, cut);
    const at = text.sourceStart[cut] ?? 0;
    out.add(' ', at, at);
    copied = cut;
  }
  out.copy(text, copied, folded.length);
  return text.reordered ? { ...out.done(), reordered: true } : out.done();
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
  if (text.reordered) {
    let from = Infinity;
    let to = 0;
    for (let k = start; k < end && k < text.folded.length; k++) {
      from = Math.min(from, text.sourceStart[k] ?? 0);
      to = Math.max(to, text.sourceEnd[k] ?? 0);
    }
    return { start: from === Infinity ? 0 : from, end: to };
  }
  return { start: text.sourceStart[start] ?? 0, end: text.sourceEnd[end - 1] ?? 0 };
}
