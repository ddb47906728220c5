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

/** A set of words from lines of words: the lists below read as data, a line of its own per kind. */
const wordSet = (...lines: string[]): ReadonlySet<string> =>
  new Set(lines.flatMap((line) => line.split(' ')));

/**
 * Words that name a function, not a company (EN and NL), lower case: "Coach, trainer, speaker" is a list of
 * roles, "Eigenaar, Jansen Dakkapellen" a role and a company. Data, so a missed role is one word to add.
 */
const ROLE_WORDS = wordSet(
  'owner co-owner founder co-founder cofounder ceo cto cfo coo cmo cpo cro chair chairman chairwoman president',
  'director manager head lead leader officer executive vp partner associate assistant intern student candidate',
  'consultant advisor adviser coach trainer speaker writer author mentor investor entrepreneur freelancer',
  'specialist analyst architect engineer developer designer recruiter marketer strategist researcher scientist',
  'teacher lecturer professor accountant lawyer journalist photographer editor producer member volunteer',
  'coordinator planner agent broker nurse doctor therapist',
  'eigenaar mede-eigenaar oprichter medeoprichter mede-oprichter directeur directeur-eigenaar dga bedrijfsleider',
  'teamleider hoofd leidinggevende adviseur spreker schrijver auteur ontwikkelaar ontwerper verkoper inkoper',
  "ondernemer zzp’er zzp'er zelfstandige docent leraar onderzoeker projectleider vennoot bestuurder voorzitter",
  'coördinator medewerker makelaar advocaat notaris arts verpleegkundige therapeut monteur',
);

/** Fields a function is "of" ("Head of Operations"): after a preposition they go on in lower case, a name does not. */
const FIELD_WORDS = wordSet(
  'operations sales marketing finance engineering product products people hr customer customers success business',
  'development strategy growth design data research communications partnerships innovation technology procurement',
  'purchasing logistics legal talent acquisition support service services content brand digital',
  'verkoop inkoop financiën communicatie personeelszaken bedrijfsvoering klantenservice ontwikkeling',
);

/** Dutch and English write a function as one word ("accountmanager", "webdesigner"): these heads end one. */
const COMPOUND_HEADS = [
  ...wordSet('manager adviseur eigenaar consultant directeur ontwikkelaar designer medewerker'),
];

/** Languages, peoples and places, which keep their capital in running text ("teacher of Portuguese", "Engelse"). */
const PROPER_WORDS = wordSet(
  'english dutch flemish french german spanish portuguese italian chinese japanese arabic european american',
  'british belgian benelux',
  'engels engelse nederlands nederlandse vlaams vlaamse frans franse duits duitse spaans spaanse europees europese',
  'belgisch belgische',
);

const PREPOSITIONS = wordSet('of for at in on with from van voor bij op met uit');
const CONNECTORS = wordSet('and or en of');

/** Parts of a headline: "Founder @ Tilt | Speaker", "Co-Founder at Ollie // Angel Investor"; the first is the job. */
const HEADLINE_PART = /\s(?:[|·•]|\/\/)\s/;
/** "Founder at Volition. Entrepreneur's 100 Powerful Women.": a sentence after the job is not part of it. */
const SENTENCE_END = /(?<=\p{Ll}{2})\.\s/u;
/** "Owner - Jansen Dakkapellen", "Eigenaar, Jansen Dakkapellen": a role, then its company. */
const ROLE_COMPANY_SEPARATOR = /\s[-–—]\s|,\s/;
/** "Veestro, Inc.", "Equator Coffees, LLC": after this comma the company's name goes on. */
const LEGAL_FORM = /^(?:inc|llc|ltd|plc|gmbh|b\.v|bv|n\.v|nv)\b/i;
/** A word a company's name can hold: capitalised, with a digit or a dot ("bol.com"), or a particle ("van"). */
const NAME_WORD = /[\p{Lu}\d./&+]|^(?:de|het|van|der|den|en|and|of|the)$/u;
/** A capitalised word ("Operations", "Co-Founder"), which running text writes in lower case; not "CEO", "iOS". */
const TITLE_CASE = /^\P{L}*\p{Lu}\p{Ll}*(?:-\p{L}\p{Ll}*)*\P{L}*$/u;

const wordsOf = (text: string): string[] =>
  [...text.toLocaleLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)].map((match) => match[0]);

const isRoleWord = (word: string): boolean =>
  ROLE_WORDS.has(word) || COMPOUND_HEADS.some((head) => word.length > head.length && word.endsWith(head));

const hasRoleWord = (text: string): boolean => wordsOf(text).some(isRoleWord);

/** The company alone: "BlocPower, hiring to save the planet" is BlocPower; "Veestro, Inc." keeps its form. */
function companyName(text: string): string {
  const comma = /,\s(?!\s)/.exec(text);
  const name = comma && !LEGAL_FORM.test(text.slice(comma.index + 2)) ? text.slice(0, comma.index) : text;
  return name.trim();
}

/**
 * A function as running text writes it: "Head of Operations" is "head of operations", "Product Manager for
 * Google Maps" is "product manager for Google Maps" (a name after the preposition keeps its capitals), "VP Sales"
 * "VP sales". Acronyms and mixed case ("CEO", "iOS", "McKinsey") stay. Each item of a list on its own.
 */
function inRunningText(role: string): string {
  return role.split(/(,\s)/).map(itemInRunningText).join('').trim();
}

function itemInRunningText(item: string): string {
  const words = item.split(/(\s+)/);
  let afterRole = false;
  for (const [index, word] of words.entries()) {
    const lower = word.toLocaleLowerCase();
    // "COO & co-founder Green Chef": a capitalised word after the role that names no function is a name.
    if (afterRole && isName(word)) break;
    if (TITLE_CASE.test(word) && !wordsOf(word).some((part) => PROPER_WORDS.has(part))) words[index] = lower;
    if (PREPOSITIONS.has(lower) && startsName(words.slice(index + 1))) break;
    afterRole ||= wordsOf(word).some(isRoleWord);
  }
  return words.join('');
}

/** After "of", "for", "bij": a name ("of Yumi") keeps its capitals, a field ("of Sales") does not. */
function startsName(rest: readonly string[]): boolean {
  const until = rest.findIndex((word) => PREPOSITIONS.has(word.toLocaleLowerCase()));
  return (until < 0 ? rest : rest.slice(0, until)).some(isName);
}

/** A capitalised word that names no function, field or link between them: "Yumi", "Google", not "Sales", "And". */
const isName = (word: string): boolean =>
  /\p{Lu}/u.test(word) &&
  !PREPOSITIONS.has(word.toLocaleLowerCase()) &&
  !CONNECTORS.has(word.toLocaleLowerCase()) &&
  !wordsOf(word).every((part) => FIELD_WORDS.has(part) || isRoleWord(part));

/**
 * Role and company from a LinkedIn headline: "Head of Operations at Kargo", "Inkoper bij Bakkerij Jansen",
 * "Founder @ Tilt | Speaker", "Eigenaar, Jansen Dakkapellen", "Owner - Acme". The role as running text writes it
 * after "as" / "als" ("head of operations"). Null parts where the headline does not say.
 */
export function roleAndCompany(headline: string | undefined): Pick<OpenerSlots, 'role' | 'company'> {
  const first = headline?.split(HEADLINE_PART)[0]?.split(SENTENCE_END)[0]?.trim() ?? '';
  const match = /^(.{2,60}?)\s+(?:at|bij|@)\s+(.{2,60})$/i.exec(first);
  if (match) return { role: inRunningText(match[1] as string), company: companyName(match[2] as string) };
  const separator = ROLE_COMPANY_SEPARATOR.exec(first);
  if (separator) {
    const role = first.slice(0, separator.index).trim();
    const company = companyName(first.slice(separator.index + separator[0].length));
    // "Coach, trainer, speaker" is a list of roles; "Equator Coffees, LLC" one name.
    const isCompany =
      role.length >= 2 &&
      role.length <= 60 &&
      company.length >= 2 &&
      company.length <= 60 &&
      hasRoleWord(role) &&
      !hasRoleWord(company) &&
      !LEGAL_FORM.test(company) &&
      company.split(/\s+/).every((word) => NAME_WORD.test(word));
    if (isCompany) return { role: inRunningText(role), company };
  }
  // A headline of a few words without "at" is most often a role ("Growth consultant for logistics scale-ups").
  // Without a word of a function it is a slogan ("Forbes 30 Under 30", "Open to New Opportunities"), not a role.
  const isRole = wordsOf(first).some((word) => isRoleWord(word) || FIELD_WORDS.has(word));
  return isRole && first.length <= 60 ? { role: inRunningText(first) } : {};
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
