import type { OfferKind, ReplyLang } from './types';

/**
 * Each kind with the words that name it and the phrase a reply uses for it. The phrases are mass nouns or
 * noun phrases that read right in any slot the built-in templates have ("no need for …", "a haiku about …").
 * More specific kinds come first: a word they match is not counted again for a broader kind
 * ("HR-software" is HR software, not also software).
 */
const OFFERS: readonly {
  kind: OfferKind;
  words: RegExp;
  phrase: Record<ReplyLang, string>;
  /**
   * What "How do you approach … today?" asks about, where the phrase does not read right there ("how do you
   * approach help with planning", "… this role"); null: the kind names no topic to ask about (an opportunity).
   */
  topic?: Record<ReplyLang, string> | null;
}[] = [
  {
    kind: 'leads',
    words:
      /lead ?gen\w*|\bleads\b|\boutreach\b|\b(?:more|extra) (?:demos|meetings|clients|customers|sales calls)|meer (?:klanten|afspraken|omzet)|nieuwe klanten|volle agenda/g,
    phrase: { en: 'lead generation', nl: 'leadgeneratie' },
  },
  {
    kind: 'payroll',
    words: /payroll|salarisadministratie|salarisverwerking|loonadministratie|loonstroken/g,
    phrase: { en: 'payroll', nl: 'salarisadministratie' },
  },
  {
    kind: 'hr-software',
    words: /\bhr[- ]?(?:software|tool|platform|systeem|system|app)\b/g,
    phrase: { en: 'HR software', nl: 'HR-software' },
  },
  {
    kind: 'hr',
    words: /(?<!\/)\bhr\b|human resources|personeelszaken/g,
    phrase: { en: 'HR services', nl: 'HR-diensten' },
    topic: { en: 'HR', nl: 'HR' },
  },
  {
    kind: 'recruiting',
    words:
      /recruit\w*|headhunt\w*|vacature\w*|werving|\b(?:open )?(?:role|position|functie)\b|kandida\w*|candidates?/g,
    phrase: { en: 'this role', nl: 'deze functie' },
    topic: { en: 'hiring', nl: 'werving' },
  },
  {
    kind: 'website',
    words: /website\w*|webdesign|webshop|landing ?page/g,
    phrase: { en: 'a new website', nl: 'een nieuwe website' },
    topic: { en: 'your website', nl: 'de website' },
  },
  { kind: 'coaching', words: /coach\w*/g, phrase: { en: 'coaching', nl: 'coaching' } },
  {
    kind: 'ai',
    words: /\bai\b|\bai-\w+|artificial intelligence|automation|automatiser\w*|chatbots?/g,
    phrase: { en: 'AI solutions', nl: 'AI-oplossingen' },
    topic: { en: 'AI', nl: 'AI' },
  },
  {
    kind: 'marketing',
    words: /marketing|\bseo\b|\bads\b|advert\w*|social media|branding/g,
    phrase: { en: 'marketing', nl: 'marketing' },
  },
  {
    kind: 'events',
    words: /webinar|masterclass|seminar|summit|event\b|evenement/g,
    phrase: { en: 'the event', nl: 'het evenement' },
    topic: { en: 'events', nl: 'evenementen' },
  },
  {
    kind: 'planning',
    words:
      /\bplanning ?(?:tool|software|time|systeem|tijd)|planningssoftware|scheduling|roostering|routeplanning/g,
    phrase: { en: 'help with planning', nl: 'hulp bij de planning' },
    topic: { en: 'planning', nl: 'de planning' },
  },
  {
    kind: 'accounting',
    words: /accountan\w*|bookkeep\w*|boekhoud\w*|\btax\b|belastingaangifte/g,
    phrase: { en: 'bookkeeping', nl: 'boekhouding' },
  },
  {
    kind: 'software',
    words: /software|platform|\btool\b|\bapp\b|\bsaas\b|configurator/g,
    phrase: { en: 'your software', nl: 'jullie software' },
    topic: { en: 'software', nl: 'software' },
  },
  {
    kind: 'opportunity',
    words: /crypto|web3|passive income|passief inkomen|franchise|forex|trading/g,
    phrase: { en: 'this opportunity', nl: 'deze kans' },
    topic: null,
  },
];

/** A sentence that says what the sender offers ("we help", "our …", "onze …") is where the offer is named. */
const OFFER_SENTENCE = /\b(?:we|wij|our|ours|onze?|ons|i help|ik help)\b/;

/**
 * The kind of offer a message is about: the one named most often, counting twice in the sentences where the
 * sender speaks of what they offer, and on a tie the one named first. Not simply the first kind on a list:
 * an HR pitch that mentions payroll in passing is about HR.
 */
export function detectOffer(text: string): OfferKind | undefined {
  const folded = text.toLowerCase();
  const claimed: [number, number][] = [];
  const scores = new Map<OfferKind, { score: number; first: number }>();
  const sentences = [...folded.matchAll(/[^.!?\n]+/g)];
  const inOfferSentence = (index: number) =>
    sentences.some(
      (sentence) =>
        sentence.index <= index &&
        index < sentence.index + sentence[0].length &&
        OFFER_SENTENCE.test(sentence[0]),
    );
  for (const { kind, words } of OFFERS) {
    for (const match of folded.matchAll(words)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.some(([from, to]) => start < to && from < end)) continue;
      claimed.push([start, end]);
      const entry = scores.get(kind) ?? { score: 0, first: start };
      entry.score += inOfferSentence(start) ? 2 : 1;
      scores.set(kind, entry);
    }
  }
  let best: { kind: OfferKind; score: number; first: number } | undefined;
  for (const [kind, { score, first }] of scores)
    if (!best || score > best.score || (score === best.score && first < best.first))
      best = { kind, score, first };
  return best?.kind;
}

/** The words a reply uses for a kind of offer. */
export function offerPhrase(kind: OfferKind, lang: ReplyLang): string {
  return OFFERS.find((offer) => offer.kind === kind)?.phrase[lang] ?? '';
}

/** What a question about the user's own way of working asks about, for a kind of offer (none: no topic). */
export function offerTopic(kind: OfferKind, lang: ReplyLang): string | undefined {
  const offer = OFFERS.find((candidate) => candidate.kind === kind);
  return offer?.topic === null ? undefined : (offer?.topic ?? offer?.phrase)?.[lang];
}

/** Every phrase the offer slot can be filled with, for tests that render every template with each. */
export const OFFER_PHRASES: Readonly<Record<ReplyLang, readonly string[]>> = {
  en: OFFERS.map((offer) => offer.phrase.en),
  nl: OFFERS.map((offer) => offer.phrase.nl),
};
