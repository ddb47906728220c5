import type { DetectedLang } from './types';

// Function words that are frequent in one language and rare in the other. Words both languages share
// ("in", "is", "we", "van"... as names) are left out so a mixed message is decided by what is distinctive.
const DUTCH = new Set(
  (
    'de het een en ik je jij jou jouw jullie u uw mij mijn ons onze wij zij hij niet dat die dit ' +
    'deze wat wie hoe waar wanneer waarom voor met op aan bij naar uit om te zijn ben bent heb hebt ' +
    'heeft hebben kan kun kunt zou zouden wil wilt graag even ook maar nog wel geen veel leuk mooi ' +
    'bedankt dank groet groeten hoi hallo beste goedemorgen goedemiddag zag zie kwam mag moet werk ' +
    'ik er dan als dus want toch misschien samen gesprek vrijblijvend jaar week tijd'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the a an and i you your yours me my our ours us they he she not that this these what who how ' +
    'where when why for with on at to from about be am are was were have has had can could would ' +
    'should will want love like just also but still no very nice thanks thank regards hi hello hey ' +
    'dear saw see came work would quick call chat time year week together maybe if so because really ' +
    'great'
  ).split(' '),
);
const IS_DUTCH = 1;
const IS_ENGLISH = 2;

/** A word's hash, one character at a time; kept a small integer so the map lookup stays fast. */
const addToHash = (hash: number, code: number) => (hash * 31 + code) & 0x3fffffff;

function hashWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = addToHash(hash, word.charCodeAt(i));
  return hash;
}

/** Function words by hash; the word itself is kept to rule out a hash collision with another word. */
const FUNCTION_WORDS = new Map<number, { word: string; langs: number }[]>();
for (const [words, flag] of [
  [DUTCH, IS_DUTCH],
  [ENGLISH, IS_ENGLISH],
] as const) {
  for (const word of words) {
    const hash = hashWord(word);
    const bucket = FUNCTION_WORDS.get(hash) ?? [];
    const entry = bucket.find((candidate) => candidate.word === word);
    if (entry) entry.langs |= flag;
    else bucket.push({ word, langs: flag });
    FUNCTION_WORDS.set(hash, bucket);
  }
}

function functionWordLangs(text: string, start: number, end: number, hash: number): number {
  const bucket = FUNCTION_WORDS.get(hash);
  if (!bucket) return 0;
  for (const { word, langs } of bucket)
    if (word.length === end - start && text.startsWith(word, start)) return langs;
  return 0;
}

const APOSTROPHE = 0x27;
const isWordChar = (code: number) => (code >= 0x61 && code <= 0x7a) || code === APOSTROPHE;

/** Decides nl / en / other from function words; "other" when neither language is clearly present. */
export function detectLang(folded: string): DetectedLang {
  let dutch = 0;
  let english = 0;
  let words = 0;
  // One pass with a running hash: no string is cut out per word (this runs on every keystroke and message).
  // Bounded: the first 400 words decide; a 1 MB message is not read twice.
  let wordStart = -1;
  let hash = 0;
  for (let i = 0; i <= folded.length && words < 400; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    if (isWordChar(code)) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
      }
      hash = addToHash(hash, code);
      continue;
    }
    if (wordStart < 0) continue;
    words += 1;
    const langs = functionWordLangs(folded, wordStart, i, hash);
    if (langs & IS_DUTCH) dutch += 1;
    if (langs & IS_ENGLISH) english += 1;
    wordStart = -1;
  }
  const best = Math.max(dutch, english);
  if (best === 0) return 'other';
  // A message in another language still has the odd "de" or "a": ask for a real share of function words.
  if (words >= 6 && best / words < 0.12) return 'other';
  return dutch > english ? 'nl' : 'en';
}
