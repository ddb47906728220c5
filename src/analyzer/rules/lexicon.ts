/**
 * Word lists of the moves of outreach, per language, and the small helpers that turn them into patterns. The
 * lists are data: a word added here reaches every rule of its move. Verbs are listed once and inflected here
 * ("help" -> help, helps, helping, helped), so a rule catches "we help", "she helps" and "we've been helping"
 * alike, and Dutch verbs in their present and plural forms ("help", "helpt", "helpen").
 *
 * Patterns run on folded text (normalize.ts): lower case, no accents, one space or line break between words.
 */

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trieSource(node: TrieNode): string {
  // Longest alternatives first, so that "helping" is tried before "help" and a match takes the whole word.
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([char, child]) => char.replace(SPECIAL, '\\$&') + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body as string;
  return branches.length === 1 && (branches[0] as string).length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * The words as one alternation, factored into a prefix tree ("help", "helps", "helping" -> help(?:s|ing)?):
 * the same matches, but V8 compiles and runs a tree far faster than hundreds of flat alternatives, which
 * matters for the first message a page analyses.
 */
export function alt(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of new Set(words)) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

/** English verb forms: base, third person, -ing, past. Spelling of -ing/-ed follows the usual rules. */
export function enVerb(base: string, past?: string, ing?: string): string[] {
  const third = /(?:[sxz]|sh|ch)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const gerund =
    ing ?? (base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`);
  const pastForm =
    past ??
    (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`);
  return [base, third, gerund, pastForm];
}

/**
 * Dutch verb forms from the stem: "help" -> help, helpt, helpen (and the infinitive or participle where they
 * are not regular: "bied" -> bieden, "bouw" -> gebouwd).
 */
export function nlVerb(stem: string, infinitive?: string, participle?: string): string[] {
  const forms = [stem, stem.endsWith('t') ? stem : `${stem}t`, infinitive ?? `${stem}en`];
  if (participle) forms.push(participle);
  return forms;
}

/** Words that may stand between a subject and its verb ("we also help", "ik help al jaren"). */
export const GAP = "(?:[a-z'-]{1,20} ){0,2}";

// ---------------------------------------------------------------- English

/** The sender, or the sender's business, as the subject of an offer. */
export const EN_SELF_SUBJECT = [
  'i',
  'we',
  "i'm",
  "we're",
  "i've",
  "we've",
  "i'll",
  "we'll",
  'our team',
  'my team',
  'our company',
  'my company',
  'our agency',
  'my agency',
  'our firm',
  'my firm',
];

/** What sellers do for the reader: help, build, offer, run, launch, hire for... in all their forms. */
export const EN_OFFER_VERBS = [
  ...enVerb('help'),
  ...enVerb('build', 'built'),
  ...enVerb('offer'),
  ...enVerb('provide'),
  ...enVerb('deliver'),
  ...enVerb('specialize'),
  ...enVerb('specialise'),
  ...enVerb('work'),
  ...enVerb('partner'),
  ...enVerb('run', 'ran', 'running'),
  ...enVerb('launch'),
  ...enVerb('develop'),
  ...enVerb('design'),
  ...enVerb('create'),
  ...enVerb('sell', 'sold'),
  ...enVerb('support'),
  ...enVerb('enable'),
  ...enVerb('empower'),
  ...enVerb('automate'),
  ...enVerb('coach'),
  ...enVerb('train'),
  ...enVerb('consult'),
  ...enVerb('advise'),
  ...enVerb('implement'),
  ...enVerb('connect'),
  ...enVerb('source'),
  ...enVerb('place'),
  ...enVerb('recruit'),
  ...enVerb('hire'),
  ...enVerb('guide'),
  ...enVerb('serve'),
  ...enVerb('supply', 'supplied'),
  ...enVerb('manage'),
  ...enVerb('handle'),
  ...enVerb('transform'),
  ...enVerb('scale'),
  ...enVerb('grow', 'grew'),
  ...enVerb('generate'),
  ...enVerb('produce'),
  ...enVerb('make', 'made'),
  ...enVerb('focus', 'focused'),
  // Present forms only: "we booked a table for the teams" tells, "we book meetings for consultancies" sells.
  'book',
  'books',
  'write',
  'writes',
  'secure',
  'secures',
  'install',
  'installs',
];

/** Whom sellers sell to: the reader's kind of business, or the people in it. */
export const EN_TARGETS = [
  'companies',
  'company',
  'businesses',
  'business owners',
  'brands',
  'teams',
  'founders',
  'startups',
  'scale-ups',
  'scaleups',
  'agencies',
  'firms',
  'organizations',
  'organisations',
  'leaders',
  'executives',
  'ceos',
  'ctos',
  'cfos',
  'professionals',
  'clients',
  'customers',
  'entrepreneurs',
  'owners',
  'smes',
  'smbs',
  'consultancies',
  'small businesses',
  'b2b',
  'saas',
  'coaches',
  'consultants',
  'recruiters',
  'managers',
  'sales teams',
  'marketers',
  'creators',
  'practices',
  'clinics',
  'retailers',
  'manufacturers',
  'hospitals',
  'schools',
  'people like you',
  'leaders like you',
  'professionals like you',
];

/** Nouns for the thing being sold, after "our" or "my". */
export const EN_PRODUCT_NOUNS = [
  'platform',
  'product',
  'products',
  'solution',
  'solutions',
  'software',
  'tool',
  'tools',
  'app',
  'service',
  'services',
  'agency',
  'program',
  'programme',
  'course',
  'offer',
  'offering',
  'system',
  'framework',
  'method',
  'methodology',
  'technology',
  'api',
  'plugin',
  'consultancy',
  'studio',
  'masterclass',
  'coaching',
  'community',
  'cohort',
  'mastermind',
  'bootcamp',
];

/** Outcomes a seller promises: more of what the reader wants, less of what they do not. */
export const EN_BENEFITS = [
  'clients',
  'customers',
  'leads',
  'sales',
  'revenue',
  'meetings',
  'appointments',
  'bookings',
  'demos',
  'deals',
  'conversions',
  'replies',
  'patients',
  'students',
  'signups',
  'sign-ups',
  'pipeline',
  'profit',
  'traffic',
  'followers',
  'qualified',
];

/** A meeting, in the words of a request for one. */
export const EN_MEETING_NOUNS = [
  'call',
  'chat',
  'demo',
  'meeting',
  'zoom',
  'conversation',
  'coffee',
  'video call',
  'phone call',
  'walkthrough',
  'walk-through',
  'intro call',
  'discussion',
  'catch-up',
  'session',
  'teams call',
  'google meet',
  'consultation',
  'virtual coffee',
];

/** Words that make a meeting small and harmless, the way requests to strangers do. */
export const EN_MEETING_MODIFIERS = [
  'quick',
  'brief',
  'short',
  'exploratory',
  'discovery',
  'intro',
  'introductory',
  'casual',
  'informal',
  'relaxed',
  'virtual',
  'free',
  'no-obligation',
  'no-pressure',
  '10-minute',
  '15-minute',
  '20-minute',
  '30-minute',
  '10-min',
  '15-min',
  '20-min',
  '30-min',
  'video',
  'phone',
];

/** Praise that fits anyone: it names no detail of the reader's work. */
export const EN_PRAISE = [
  'impressive',
  'amazing',
  'incredible',
  'inspiring',
  'remarkable',
  'outstanding',
  'stellar',
  'fantastic',
  'exceptional',
  'awesome',
  'extraordinary',
  'phenomenal',
  'stunning',
  'excellent',
  'great',
  'strong',
  'solid',
  'rich',
  'diverse',
  'wonderful',
  'admirable',
];

/** What generic praise is about: the reader as a profile, not their work. */
export const EN_PRAISE_TARGETS = [
  'profile',
  'background',
  'career',
  'journey',
  'experience',
  'track record',
  'trajectory',
  'achievements',
  'accomplishments',
  'growth',
  'leadership',
  'expertise',
  'company',
  'business',
  'story',
  'work',
  'skills',
  'skill set',
  'skillset',
];

// ---------------------------------------------------------------- Dutch

export const NL_SELF_SUBJECT = [
  'ik',
  'wij',
  'we',
  'ons team',
  'mijn team',
  'ons bureau',
  'mijn bureau',
  'ons bedrijf',
  'mijn bedrijf',
];

/** Present and plural forms of what Dutch sellers do: helpen, bouwen, ontwikkelen, leveren, werken met... */
export const NL_OFFER_VERBS = [
  ...nlVerb('help', 'helpen', 'geholpen'),
  ...nlVerb('bouw', 'bouwen', 'gebouwd'),
  ...nlVerb('ontwikkel', 'ontwikkelen', 'ontwikkeld'),
  ...nlVerb('maak', 'maken', 'gemaakt'),
  ...nlVerb('lever', 'leveren', 'geleverd'),
  ...nlVerb('bied', 'bieden', 'geboden'),
  ...nlVerb('verzorg', 'verzorgen'),
  ...nlVerb('ondersteun', 'ondersteunen'),
  ...nlVerb('begeleid', 'begeleiden'),
  ...nlVerb('adviseer', 'adviseren'),
  ...nlVerb('ontzorg', 'ontzorgen'),
  ...nlVerb('automatiseer', 'automatiseren'),
  ...nlVerb('specialiseer', 'specialiseren', 'gespecialiseerd'),
  ...nlVerb('werk', 'werken'),
  ...nlVerb('train', 'trainen'),
  ...nlVerb('coach', 'coachen'),
  ...nlVerb('verkoop', 'verkopen'),
  ...nlVerb('realiseer', 'realiseren'),
  ...nlVerb('implementeer', 'implementeren'),
  ...nlVerb('zorg', 'zorgen'),
  ...nlVerb('breng', 'brengen'),
  ...nlVerb('koppel', 'koppelen'),
  ...nlVerb('richt', 'richten'),
  ...nlVerb('focus', 'focussen'),
  ...nlVerb('vind', 'vinden'),
  ...nlVerb('zoek', 'zoeken'),
  ...nlVerb('plaats', 'plaatsen'),
  ...nlVerb('bemiddel', 'bemiddelen'),
  ...nlVerb('werf', 'werven'),
  ...nlVerb('regel', 'regelen'),
  ...nlVerb('ontwerp', 'ontwerpen'),
];

/** Dutch verbs as they stand before the subject in inverted order ("Bij Acme helpen wij ..."). */
export const NL_OFFER_VERBS_PLURAL = NL_OFFER_VERBS.filter((form) => form.endsWith('en'));
export const NL_OFFER_VERBS_SINGULAR = NL_OFFER_VERBS.filter(
  (form) => !form.endsWith('en') && !form.startsWith('ge'),
);

export const NL_TARGETS = [
  'bedrijven',
  'organisaties',
  'ondernemers',
  'ondernemingen',
  'teams',
  'mkb',
  'mkb-bedrijven',
  'mkb-ondernemers',
  "kmo's",
  'kmos',
  'kmo',
  'zaakvoerders',
  'zelfstandigen',
  'zzp',
  "zzp'ers",
  'zzpers',
  'merken',
  'klanten',
  'praktijken',
  'kantoren',
  'bureaus',
  'webshops',
  'winkels',
  'startups',
  'scale-ups',
  'b2b',
  'professionals',
  'managers',
  'directeuren',
  'eigenaren',
  'coaches',
  'recruiters',
  'werkgevers',
  'gemeenten',
  'scholen',
  'zorginstellingen',
  'partijen',
  'afdelingen',
  'hr-afdelingen',
  'hr-teams',
];

export const NL_PRODUCT_NOUNS = [
  'tool',
  'tools',
  'platform',
  'software',
  'oplossing',
  'oplossingen',
  'dienst',
  'diensten',
  'dienstverlening',
  'product',
  'producten',
  'aanpak',
  'methode',
  'programma',
  'app',
  'bureau',
  'propositie',
  'training',
  'trainingen',
  'cursus',
  'systeem',
  'module',
  'configurator',
  'demo',
  'aanbod',
  'plugin',
  'pakket',
  'abonnement',
  'traject',
  'coachingstraject',
  'tarieven',
];

export const NL_BENEFITS = [
  'klanten',
  'omzet',
  'leads',
  'afspraken',
  'aanvragen',
  'offerteaanvragen',
  'winst',
  'verkopen',
  'opdrachten',
  'bezoekers',
  'gesprekken',
  'reacties',
  'conversie',
  'rendement',
  'groei',
  'bereik',
  'volgers',
  'patienten',
  'kandidaten',
  'sollicitanten',
];

export const NL_MEETING_NOUNS = [
  'call',
  'videocall',
  'video call',
  'demo',
  'belletje',
  'gesprek',
  'gesprekje',
  'kennismaking',
  'kennismakingsgesprek',
  'afspraak',
  'koffie',
  'kop koffie',
  'kopje koffie',
  'bakje koffie',
  'meeting',
  'teams-call',
  'teamscall',
  'zoom',
  'sessie',
  'praatje',
  'adviesgesprek',
  'strategiesessie',
  'overleg',
];

export const NL_MEETING_MODIFIERS = [
  'korte',
  'kort',
  'snelle',
  'snel',
  'kleine',
  'vrijblijvende',
  'vrijblijvend',
  'online',
  'digitale',
  'telefonische',
  'verkennende',
  'verkennend',
  'gratis',
  'informele',
  'persoonlijke',
];

export const NL_PRAISE = [
  'indrukwekkend',
  'indrukwekkende',
  'inspirerend',
  'inspirerende',
  'knap',
  'knappe',
  'gaaf',
  'gave',
  'tof',
  'toffe',
  'mooi',
  'mooie',
  'sterk',
  'sterke',
  'prachtig',
  'prachtige',
  'fantastisch',
  'fantastische',
  'geweldig',
  'geweldige',
  'interessant',
  'interessante',
  'bijzonder',
  'bijzondere',
  'uniek',
  'unieke',
  'imposant',
  'imposante',
];

export const NL_PRAISE_TARGETS = [
  'profiel',
  'loopbaan',
  'carriere',
  'ervaring',
  'bedrijf',
  'bedrijfje',
  'werk',
  'resultaten',
  'groei',
  'achtergrond',
  'verhaal',
  'organisatie',
  'prestaties',
  'website',
  'site',
  'cv',
  'parcours',
  'onderneming',
  'trackrecord',
  'netwerk',
];

// ---------------------------------------------------------------- words run together

const JOINED_MEETINGS = [
  'call',
  'chat',
  'demo',
  'meeting',
  'intro',
  'coffee',
  'catchup',
  'videocall',
  'zoom',
];
const JOINED_ASKS = ['book', 'schedule', 'grab', 'hop on', 'jump on', 'set up', 'have', 'get', 'arrange'];

/**
 * Key phrases of an ask that spammers write as one word ("quickcall", "bookademo", "letschat"), so that a
 * filter looking for the phrase misses it (issue 19). Folding gives them their spaces back; only these whole
 * words, never a guess at where an arbitrary word could be cut.
 */
export const JOINED_PHRASES: readonly string[] = [
  ...['quick', 'short', 'brief', 'fast', 'free', 'small', 'virtual', 'zoom', 'discovery', 'intro'].flatMap(
    (modifier) => JOINED_MEETINGS.map((meeting) => `${modifier} ${meeting}`),
  ),
  ...JOINED_ASKS.flatMap((verb) =>
    ['a', 'an', 'a quick', 'a short', 'a free'].flatMap((article) =>
      JOINED_MEETINGS.map((meeting) => `${verb} ${article} ${meeting}`),
    ),
  ),
  ...['chat', 'talk', 'connect', 'meet', 'hop on a call', 'jump on a call'].flatMap((rest) => [
    `let's ${rest}`,
    `lets ${rest}`,
  ]),
  'free trial',
  'free audit',
  'free consultation',
  'pick your brain',
  'worth a chat',
  'worth a call',
  'open to a call',
  'open to a chat',
  'kort gesprek',
  'kort belletje',
  'even bellen',
  'even sparren',
  'vrijblijvend kennismaken',
  'vrijblijvend gesprek',
  'kopje koffie',
];
