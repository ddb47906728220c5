/**
 * Openers for one's own outreach (issue 21, item 2): a connection note or a first message that starts a
 * relationship, not a sale. Each has a concrete reason, a question about them and no ask, in Dutch and English,
 * filled from what the page knows (name, role, company). Where the user's draft is a pitch, "rewrite as a
 * question" keeps the draft's own reason and drops what its findings call the pitch (the offer, the ask).
 * Pure: no DOM, no browser API. Every opener passes our own analyzer (tests/replies/openers.test.ts).
 */
import type { Family, Finding } from '../analyzer/types';
import { detectOffer, offerTopic } from './offers';
import type { ReplyLang } from './types';

export type OpenerKind = 'note' | 'first-message';

/** What the page knows about the person written to. */
export interface OpenerSlots {
  firstName?: string;
  role?: string;
  company?: string;
}

/** LinkedIn's connection note takes at most 300 characters. */
export const NOTE_MAX_CHARS = 300;

interface Opener {
  /** Slots the text needs; an opener whose slots are unknown is not offered. */
  needs: readonly (keyof OpenerSlots)[];
  kinds: readonly OpenerKind[];
  en: string;
  nl: string;
}

const OPENERS: readonly Opener[] = [
  {
    needs: ['role', 'company'],
    kinds: ['note', 'first-message'],
    en: 'Hi {firstName}, I came across your work as {role} at {company} and would like to follow what you share. What are you working on these days?',
    nl: 'Hoi {firstName}, ik zag je werk als {role} bij {company} en volg graag wat je deelt. Waar ben je op dit moment mee bezig?',
  },
  {
    needs: ['company'],
    kinds: ['note', 'first-message'],
    en: 'Hi {firstName}, I have been reading about {company} and your part in it. What made you choose to work there?',
    nl: 'Hoi {firstName}, ik las over {company} en jouw rol daar. Wat maakte dat je daar bent gaan werken?',
  },
  {
    needs: ['role'],
    kinds: ['note', 'first-message'],
    en: 'Hi {firstName}, we work in a similar field and I would like to learn from your view as {role}. What is the most interesting question on your desk right now?',
    nl: 'Hoi {firstName}, we werken in een vergelijkbaar vak en ik leer graag van jouw blik als {role}. Wat is de interessantste vraag op je bureau op dit moment?',
  },
  {
    needs: [],
    kinds: ['note', 'first-message'],
    en: 'Hi {firstName}, I enjoyed reading your profile and would like to stay in touch. What do you like most about your work?',
    nl: 'Hoi {firstName}, ik las je profiel met plezier en blijf graag in contact. Wat vind je het mooiste aan je werk?',
  },
  {
    needs: [],
    kinds: ['first-message'],
    en: 'Thanks for connecting, {firstName}. I noticed we move in the same circles. How did you end up in your line of work?',
    nl: 'Dank voor het connecten, {firstName}. Ik zag dat we in dezelfde kringen bewegen. Hoe ben je in je vak terechtgekomen?',
  },
  {
    needs: ['company'],
    kinds: ['first-message'],
    en: 'Thanks for connecting, {firstName}. I am curious how things are going at {company} this year. What has surprised you most?',
    nl: 'Dank voor het connecten, {firstName}. Ik ben benieuwd hoe het dit jaar gaat bij {company}. Wat heeft je het meest verrast?',
  },
];

const SLOT = /\{(firstName|role|company)\}/g;

/** Fills the slots; no first name drops it with its comma ("Hi {firstName}," -> "Hi,"). */
export function fillOpener(text: string, slots: OpenerSlots): string {
  let filled = text;
  if (!slots.firstName) filled = filled.replace(/ \{firstName\},/g, ',').replace(/, \{firstName\}\./g, '.');
  return filled.replace(SLOT, (_match, slot: keyof OpenerSlots) => slots[slot]?.trim() ?? '');
}

/**
 * The openers that fit: those using what the page knows come first. A note fits LinkedIn's 300 characters.
 * `rated` keeps only texts our analyzer rates ok once filled: a role or company can itself read like outreach
 * to the wording model ("Head of Operations"), and Selge must not offer what its own indicator would flag.
 */
export function openersFor(
  kind: OpenerKind,
  lang: ReplyLang,
  slots: OpenerSlots,
  rated: (text: string) => boolean = () => true,
): string[] {
  return OPENERS.filter(
    (opener) => opener.kinds.includes(kind) && opener.needs.every((slot) => slots[slot]?.trim()),
  )
    .sort((a, b) => b.needs.length - a.needs.length)
    .map((opener) => fillOpener(opener[lang], slots))
    .filter((text) => (kind !== 'note' || text.length <= NOTE_MAX_CHARS) && rated(text));
}

/** Every opener text, for the tests that rate each with the analyzer. */
export const OPENER_TEXTS: Readonly<Record<ReplyLang, readonly string[]>> = {
  en: OPENERS.map((opener) => opener.en),
  nl: OPENERS.map((opener) => opener.nl),
};

/**
 * Role and company from a LinkedIn headline: "Head of Operations at Kargo", "Inkoper bij Bakkerij Jansen",
 * "Founder @ Tilt | Speaker". Null parts where the headline does not say.
 */
export function roleAndCompany(headline: string | undefined): Pick<OpenerSlots, 'role' | 'company'> {
  const first = headline?.split(/\s[|·•]\s/)[0]?.trim() ?? '';
  const match = /^(.{2,60}?)\s+(?:at|bij|@)\s+(.{2,60})$/i.exec(first);
  if (match) return { role: (match[1] as string).trim(), company: (match[2] as string).trim() };
  // A headline of a few words without "at" is most often a role ("Growth consultant for logistics scale-ups").
  return first && first.length <= 60 ? { role: first } : {};
}

/** Families of findings that make a draft a pitch: what "rewrite as a question" drops. */
const PITCH_FAMILIES: ReadonlySet<Family> = new Set([
  'offer',
  'ask',
  'money',
  'self',
  'hype',
  'timing',
  'followup',
  'sequence',
  'fit',
]);

const QUESTIONS: Record<ReplyLang, { topic: string; general: string; greeting: string }> = {
  en: {
    topic: 'How do you approach {topic} {where} today, and what would you change about it?',
    general: 'What is taking most of your attention at work these days?',
    greeting: 'Hi {firstName},',
  },
  nl: {
    topic: 'Hoe pakken jullie {topic} {where} nu aan, en wat zou je daaraan willen veranderen?',
    general: 'Waar gaat op je werk op dit moment de meeste aandacht naartoe?',
    greeting: 'Hoi {firstName},',
  },
};

/**
 * "Rewrite as a question": the draft's sentences that no pitch finding touches (the reason to write, the
 * greeting), then a question about them on the draft's own topic. Nothing is offered or asked for.
 */
export function rewriteAsQuestion(
  draft: string,
  findings: readonly Pick<Finding, 'family' | 'start' | 'end' | 'weight'>[],
  lang: ReplyLang,
  slots: OpenerSlots,
): string[] {
  const pitchy = findings.filter((finding) => finding.weight > 0 && PITCH_FAMILIES.has(finding.family));
  if (pitchy.length === 0) return [];
  const kept = [...draft.matchAll(/[^.!?\n]+[.!?]*/g)]
    .filter((sentence) => {
      const start = sentence.index;
      const end = start + sentence[0].length;
      return !pitchy.some((finding) => finding.start < end && start < finding.end);
    })
    .map((sentence) => sentence[0].trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
  const strings = QUESTIONS[lang];
  const greets = /^(?:hi|hello|hey|dear|hoi|hallo|beste|goedemorgen|goedemiddag)\b/i;
  const opening =
    kept.length > 0 && greets.test(kept[0] as string) ? [] : [fillGreeting(strings.greeting, slots)];
  const offer = detectOffer(draft);
  const topic = offer && offerTopic(offer, lang);
  const where = slots.company
    ? lang === 'nl'
      ? `bij ${slots.company}`
      : `at ${slots.company}`
    : lang === 'nl'
      ? 'bij jullie'
      : 'in your team';
  const questions = [
    ...(topic ? [strings.topic.replace('{topic}', topic).replace('{where}', where)] : []),
    strings.general,
  ];
  return questions.map((question) => joinSentences([...opening, ...kept, question]));
}

function fillGreeting(greeting: string, slots: OpenerSlots): string {
  return slots.firstName
    ? greeting.replace('{firstName}', slots.firstName)
    : greeting.replace(' {firstName}', '');
}

/** "Hi Anna," then "How do you…" reads "Hi Anna, how do you…": after a comma a sentence goes on in lower case. */
function joinSentences(parts: readonly string[]): string {
  return parts
    .reduce((text, part) => {
      if (!text) return part;
      const goesOn = text.endsWith(',') && !/^I\b/.test(part);
      return `${text} ${goesOn ? part.charAt(0).toLocaleLowerCase() + part.slice(1) : part}`;
    }, '')
    .replace(/\s+/g, ' ')
    .trim();
}
