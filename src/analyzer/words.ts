/**
 * Words and word pairs of a folded message, as the learned wording model reads them. The same function serves
 * training (scripts) and scoring (the engine), so a feature means the same thing on both sides.
 *
 * Words are cut to a light stem ("helpt", "helpen" -> "help"; "companies" -> "company") so that the model
 * learns a move once and not once per inflection, and numbers, amounts and links become placeholders
 * ("15 minutes" and "20 minutes" are one feature), so a figure in a template does not become a feature.
 */
import type { DetectedLang } from './types';

export interface WordFeature {
  /** "help" for a word, "help|company" for a pair of neighbouring words in one sentence. */
  feature: string;
  /** Where the word (or pair) first occurs in the folded text. */
  start: number;
  end: number;
}

/**
 * Words that say nothing about the move of a message on their own: function words, pronouns, greetings and
 * sign-offs. They are left out as single features (a reader would not accept "hoi" or "is" as the reason a
 * message is a pitch) but still take part in word pairs with a content word ("happy to", "mag ik").
 */
const STOP = new Set(
  (
    'a an the and or but if so of to in on at for from with by about as into than then that this these those it its ' +
    "is are was were be been being am do does did have has had i i'm i've i'd i'll me my we we're we've we'll our us " +
    "you you're your yours he she they them their his her there here what who how when where why which not no yes " +
    'can could would should will just also very really all any some more most hi hey hello dear thanks thank best ' +
    'regards cheers de het een en of maar als dan dat die dit deze er in op aan bij met van voor naar uit om te tot ' +
    'is zijn ben bent was waren wordt worden heb hebt heeft hebben had kan kun kunt zou zouden wil wilt ik je jij jou ' +
    'jouw u uw wij we ons onze mij mijn jullie zij hij ze niet geen wel ook nog al wat wie hoe waar wanneer waarom ' +
    'hoi hallo beste dag hee groet groeten bedankt dank'
  ).split(' '),
);

const NUMBER = '<n>';
const MONEY = '<money>';
const LINK = '<link>';

/** Longest word read; longer runs are hashes, tokens or noise. */
const MAX_WORD = 24;
/** A message is read whole, but its features are capped: a long text of distinct words is not a bigger pitch. */
const MAX_FEATURES = 400;

const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || code === 0x27;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
const isMoneySign = (code: number) => code === 0x24 || code === 0x20ac || code === 0xa3;

function stemEnglish(word: string): string {
  const length = word.length;
  if (length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (length > 4 && word.endsWith("'s")) return word.slice(0, -2);
  if (length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

function stemDutch(word: string): string {
  const length = word.length;
  // Plural and verb "-en" (klanten, helpen, bakkerijen) and the "-t" of "helpt", "bouwt", "werkt".
  if (length > 5 && word.endsWith('ingen')) return word.slice(0, -2);
  if (length > 4 && word.endsWith('en')) {
    const base = word.slice(0, -2);
    // Doubled consonant before "-en" (bakken -> bak, zoeken stays zoek).
    const last = base.length - 1;
    return base.length > 3 && base[last] === base[last - 1] && !'aeiou'.includes(base[last] ?? '')
      ? base.slice(0, -1)
      : base;
  }
  if (length > 4 && (word.endsWith('ers') || word.endsWith("'s"))) return word.slice(0, -1);
  if (length > 4 && word.endsWith('t') && !word.endsWith('st') && !word.endsWith('cht'))
    return word.slice(0, -1);
  if (length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function stem(word: string, lang: DetectedLang): string {
  return lang === 'nl' ? stemDutch(word) : stemEnglish(word);
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** A sentence ends after this token: no pair is made across it. */
  endsSentence: boolean;
  /** A function word or greeting (STOP), as written, before stemming. */
  stop: boolean;
}

function tokens(folded: string, lang: DetectedLang): Token[] {
  const out: Token[] = [];
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const code = folded.charCodeAt(i);
    if (isSentenceEnd(code)) {
      const previous = out.at(-1);
      if (previous) previous.endsSentence = true;
      i += 1;
      continue;
    }
    if (isMoneySign(code)) {
      out.push({ word: MONEY, start: i, end: i + 1, endsSentence: false, stop: false });
      i += 1;
      continue;
    }
    if (isDigit(code)) {
      const start = i;
      while (i < length && (isDigit(folded.charCodeAt(i)) || folded[i] === ',' || folded[i] === '.')) {
        // A full stop right after a number ends a sentence when a space or the end follows it.
        if (folded[i] === '.' && !isDigit(folded.charCodeAt(i + 1))) break;
        i += 1;
      }
      out.push({ word: NUMBER, start, end: i, endsSentence: false, stop: false });
      continue;
    }
    if (isLetter(code)) {
      const start = i;
      while (i < length && (isLetter(folded.charCodeAt(i)) || isDigit(folded.charCodeAt(i)))) i += 1;
      // A link or an address: one placeholder for the whole run up to the next space.
      if (
        folded.startsWith('http', start) ||
        folded.startsWith('www.', start) ||
        (folded[i] === '.' && /^[a-z]{2,6}\//.test(folded.slice(i + 1, i + 8))) ||
        folded[i] === '@'
      ) {
        while (i < length && folded.charCodeAt(i) !== 0x20 && folded.charCodeAt(i) !== 0x0a) i += 1;
        out.push({ word: LINK, start, end: i, endsSentence: false, stop: false });
        continue;
      }
      // Quotes around a word are not part of it ('demo' is demo).
      let from = start;
      let to = i;
      while (from < to && folded.charCodeAt(from) === 0x27) from += 1;
      while (to > from && folded.charCodeAt(to - 1) === 0x27) to -= 1;
      const raw = folded.slice(from, to);
      if (raw.length >= 2 && raw.length <= MAX_WORD) {
        out.push({ word: stem(raw, lang), start: from, end: to, endsSentence: false, stop: STOP.has(raw) });
      }
      continue;
    }
    i += 1;
  }
  return out;
}

/**
 * The distinct words and neighbouring word pairs of a folded text, each at its first occurrence, in text
 * order. Linear in the length of the text.
 */
export function wordFeatures(folded: string, lang: DetectedLang): WordFeature[] {
  const seen = new Set<string>();
  const out: WordFeature[] = [];
  const list = tokens(folded, lang);
  for (let k = 0; k < list.length && out.length < MAX_FEATURES; k++) {
    const token = list[k] as Token;
    if (!token.stop && !seen.has(token.word)) {
      seen.add(token.word);
      out.push({ feature: token.word, start: token.start, end: token.end });
    }
    const next = list[k + 1];
    if (next && !token.endsSentence && !(token.stop && next.stop)) {
      const pair = `${token.word}|${next.word}`;
      if (!seen.has(pair)) {
        seen.add(pair);
        out.push({ feature: pair, start: token.start, end: next.end });
      }
    }
  }
  return out;
}
