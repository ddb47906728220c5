import type { FoldedSpan } from './types';

const SELF = /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|we'll|our|ours|us|ik|mij|mijn|wij|ons|onze)\b/g;
const OTHER = /\b(?:you|you're|you've|you'd|your|yours|yourself|je|jij|jou|jouw|jullie|u|uw)\b/g;

export interface Pronouns {
  /** First-person words (I, we, our; ik, wij, ons) with their spans in the folded text. */
  self: FoldedSpan[];
  /** How many second-person words (you, your; je, jij, jullie, u). */
  other: number;
}

let lastText: string | undefined;
let last: Pronouns = { self: [], other: 0 };

/** First- and second-person words of a folded text; the rule and the signals ask for the same text in turn. */
export function pronouns(folded: string): Pronouns {
  if (folded === lastText) return last;
  const self: FoldedSpan[] = [];
  SELF.lastIndex = 0;
  for (let match = SELF.exec(folded); match !== null; match = SELF.exec(folded)) {
    self.push({ start: match.index, end: match.index + match[0].length });
  }
  let other = 0;
  OTHER.lastIndex = 0;
  while (OTHER.exec(folded) !== null) other += 1;
  lastText = folded;
  last = { self, other };
  return last;
}
