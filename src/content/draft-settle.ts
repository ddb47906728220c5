/**
 * When a draft is judged (issue 21, item 1): a verdict that flickers while a word is half typed ("3x the" pitch
 * 53, "3x thei" 33, "3x their p" 63) helps nobody. A draft is judged where a word ends, or after a pause.
 */

/** A pause this long in typing settles a draft that ends inside a word ("Hi An"). */
export const SETTLE_PAUSE_MS = 700;

/** The draft ends where a word does (a space, a line break, punctuation, a symbol), or is empty. */
export function atWordEnd(text: string): boolean {
  return text === '' || /[\s\p{P}\p{S}]$/u.test(text);
}
