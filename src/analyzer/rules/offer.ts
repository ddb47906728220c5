import type { PatternRule, RuleDocsMap } from '../types';

const TARGETS_EN =
  '(?:companies|businesses|teams|brands|founders|leaders|organi[sz]ations|agencies|firms|professionals|people|clients|startups|smes|b2b|saas|ceos|executives|recruiters|coaches|sales|managers|[a-z]{3,20} (?:companies|teams|professionals|leaders|businesses|firms|owners))';

/** Selling something: a product, a service, a job, a scheme. */
export const offerRules: PatternRule[] = [
  {
    id: 'OFFER_WE_HELP',
    family: 'offer',
    lang: 'en',
    pattern: new RegExp(
      `\\b(?:(?:we|i)(?: have|'ve)?\\s{1,2}(?:help(?:ed|s)?|work(?:ed)? with|partner(?:ed)? with|specialize in helping)\\s{1,2}(?:(?:dozens of|hundreds of|many|other|similar|\\d{1,4}\\+?) )?${TARGETS_EN}|(?:our|my) (?:platform|product|solution|software|tool|app|service|services|agency|team|program|programme|course|offer|system|company) (?:helps|can help|will help|lets|enables|allows|is designed|solves|makes)|(?:could|can|might|would) (?:help|benefit) (?:your|you)\\b|help(?:ing)? (?:your team|you) (?:scale|grow|increase|get|book|generate|hire|save|achieve|unlock)|i help ${TARGETS_EN}|(?:i|we) help (?:[a-z-]{2,20} ){0,2}[a-z-]{2,20}s (?:like you|to |with |get |grow |scale |achieve |unlock |increase |navigate |build |save |hire |win )|(?:you|you'd) might be interested in|(?:we|i) (?:build|make|create|design|deliver) [a-z-]{2,30} (?:that|which) (?:actually |really )?(?:help|bring|get|drive|generate|convert|win)|(?:i )?(?:have|got) something that (?:might|may|could) interest you|(?:i|we) (?:could|can) help (?:cover|with|out|you|your)|(?:the|your) team (?:needs|could use) help|help (?:teams|companies|businesses) (?:cover|scale|grow|plan|hire|save|get))`,
      'g',
    ),
  },
  {
    id: 'OFFER_WE_HELP_NL',
    family: 'offer',
    lang: 'nl',
    pattern:
      /\b(?:(?:ik|wij|we) (?:help|helpen)\s{1,2}(?:[a-z{}_-]{2,24}\s{1,2})?[a-z-]{0,20}(?:bedrijven|organisaties|ondernemers|ondernemingen|teams|mkb|zzp|merken|klanten|praktijken|kantoren|bureaus|webshops|recruiters|startups|scale-ups|b2b)|(?:ik|wij|we) (?:werk|werken) (?:met|voor) (?:(?:veel |diverse |\d{1,4} )?[a-z-]{0,20}\s{0,2})?(?:bedrijven|organisaties|ondernemers|teams|hr-teams|klanten|partijen)|(?:ik|wij|we) (?:werk|werken|ben|zijn) (?:aan|bezig met) (?:een |de |digitale |visuele |slimme |[a-z\d-]{2,20} )?(?:[a-z\d-]{2,20} )?(?:tool|tools|platform|software|oplossing|gereedschapsset|configurator|configuratie)|(?:ik|wij|we) (?:bouw|bouwen|ontwikkel|ontwikkelen|maak|maken|lever|leveren) (?:[a-z\d-]{2,20} ){0,3}(?:voor|rond) (?:[a-z-]{2,20}\s{1,2})?[a-z-]{0,20}(?:bedrijven|organisaties|teams|hr-teams|ondernemers|klanten|mkb)|(?:ik|wij|we) (?:heb|hebben) (?:daar |hier )?(?:iets|een tool|een oplossing|een platform|een demo) (?:voor )?(?:gebouwd|ontwikkeld|gemaakt)|(?:onze|mijn) (?:tool|dienst|diensten|oplossing|software|aanpak|platform|app|producten?|demo(?:-?lijn)?|propositie)|(?:wij|we) (?:bieden|leveren|verzorgen|regelen)\b|als (?:webdesigner|consultant|coach|specialist|adviseur|recruiter|freelancer|ontwikkelaar|marketeer|bureau) (?:help|ondersteun|werk)|(?:ik|wij|we) (?:ontzorg|ontzorgen|ondersteun|ondersteunen|begeleid|begeleiden|adviseer|adviseren) (?:[a-z-]{2,20}\s{1,2})?[a-z-]{0,20}(?:bedrijven|organisaties|ondernemers|teams|afdelingen|hr-afdelingen|zzp'?ers|klanten|mkb)|(?:ik|wij|we) (?:bouw|bouwen|maak|maken|ontwikkel|ontwikkelen|lever|leveren) [a-z-]{2,30} die |lost dat op|denk (?:ik )?graag (?:een keer )?(?:vrijblijvend )?mee)/g,
  },
  {
    id: 'OFFER_SELF_INTRO',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:allow me to introduce myself|i'?m (?:a |an )?(?:certified |freelance |independent )?(?:franchise |business |life |executive |career |sales |growth |marketing |financial |seo )?(?:consultant|coach|advisor|recruiter|headhunter|founder of|ceo of)|i (?:run|host|own) (?:a|an|my) (?:youtube channel|podcast|agency|company|business|newsletter)|i'?m (?:reaching out|writing|contacting you) (?:from|on behalf of)|i'?m [a-z]{2,20} (?:from|with|at) [a-z]{2,30}\b[^.?!\n]{0,40}\b(?:we|our)\b|(?:ik ben|mijn naam is) [a-z${}]{2,20} (?:van|namens|bij) [a-z]{2,30}|ik ben [a-z]{2,20} [a-z]{2,20}, ik (?:bouw|help|maak|werk)|as an? (?:certified |experienced )?(?:life |executive |business |career )?(?:coach|consultant|advisor)|als (?:gecertificeerd )?(?:coach|consultant|adviseur)|(?:here|hier)(?: from| van)? [a-z]{3,20} (?:here)?\.|[a-z]{3,20} here\. a)/g,
  },
  {
    id: 'OFFER_RECRUITING',
    family: 'offer',
    lang: 'en',
    pattern:
      /\b(?:i'?m (?:currently )?(?:recruiting|hiring|looking) for (?:a |an )?[a-z\s-]{0,30}(?:role|position|developer|engineer|manager|candidate)|(?:a |the )?(?:role|position|opportunity|vacancy) (?:i'?m|we'?re) (?:filling|hiring for|recruiting for)|(?:my|our) client (?:is looking|needs|would like|is hiring|interested)|a (?:hedge fund |private equity )?client (?:would like|is looking|interested|needs)|(?:your|this) (?:background|experience|profile) (?:is|would be) (?:exactly|a perfect|perfect|an? (?:great|ideal|strong) fit)|(?:are you|r u) (?:happy|open) (?:in|to) (?:your current role|new (?:roles|opportunities))|paid (?:expert )?(?:consultation|call|survey)|(?:an? )?(?:amazing|exciting|incredible|great|unique) (?:opportunity|role|position)|we'?re paying (?:between )?\$?\d|(?:looking|searching) for (?:[a-z]{2,15} )?(?:developers|engineers|candidates|experts)(?: (?:with|in|for))?)/g,
  },
  {
    id: 'OFFER_RECRUITING_NL',
    family: 'offer',
    lang: 'nl',
    pattern:
      /\b(?:(?:deze|een|mooie|nieuwe|leuke|interessante|uitdagende) (?:functie|vacature|rol|opdracht|uitdaging|kans|positie)|past (?:volgens mij )?(?:echt )?(?:goed|perfect|uitstekend) bij (?:je|jou|u)|(?:mijn|onze) (?:klant|opdrachtgever) (?:zoekt|is op zoek)|(?:wij|we|ik) (?:zoeken|zoek) (?:iemand|een? [a-z-]{2,20}|kandidaten|developers|ontwikkelaars)|open (?:voor|staan voor) (?:een )?(?:nieuwe )?(?:uitdaging|stap|baan|functie|kansen)|freelance opdracht|bekijk (?:'m|hem|de vacature) hier|sta je open voor)\b/g,
  },
  {
    id: 'OFFER_FREE',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:free (?:consultation|audit|scan|trial|leads|demo|strategy|assessment|session|analysis|report|e-?book|guide|webinar)|giving away free|no (?:obligation|strings attached|commitment)s?|gratis (?:[a-z]{2,12} )?(?:scan|adviesgesprek|demo|analyse|audit|sessie|proefperiode|strategiesessie|webinar|e-?book|rapport|check)|geen verplichting(?:en)?|zonder verplichting(?:en)?|vaste prijs|quick ?scan|opportunity scan|vrijblijvend (?:advies|aanbod|offerte|mee))\b/g,
  },
  {
    id: 'OFFER_SYNERGY',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:synerg(?:y|ies)|mutually beneficial|win-win|explor(?:e|ing) (?:a |potential |possible |some )?(?:partnership|collaboration|synergies|ways we could|opportunities to work)|(?:see|explore) if there'?s a fit|if there'?s a fit|(?:could|might) align|partner ecosystem|iets voor elkaar (?:kunnen )?betekenen|samenwerking (?:verkennen|onderzoeken)|(?:kansen|mogelijkheden) (?:voor|tot) samenwerking|elkaar versterken)/g,
  },
  {
    id: 'OFFER_SCHEME',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:passive income|side income|financial freedom|be your own boss|franchise (?:owner|opportunity)|work from home|earning (?:passive )?income|crypto|web3|blockchain|forex|trading signals|retirement planning|dm me to learn more|extra inkomen|financiele vrijheid|eigen baas)\b/g,
  },
  {
    id: 'OFFER_PROMO_EXPOSURE',
    family: 'offer',
    lang: 'en',
    pattern:
      /\b(?:be (?:a )?(?:featured|guest)|being featured|have you as a guest|great exposure|(?:personal|your) brand exposure|feature you (?:in|on)|my audience of|content series featuring|take a look at my (?:work|product|website)|(?:read|learn|hear|know) (?:more )?about my (?:work|book|product|company|services)|(?:in|join) (?:our|my) (?:[a-z-]{2,20} )?(?:masterclass|webinar|course|program|programme|bootcamp|training|mastermind|community)|reply (?:with )?["']?yes\b|build(?:ing)? awareness for my|as you can see from my profile|check out (?:my|our) (?:product|website|service|offer|profile))\b/g,
  },
];

/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const offerDocs: RuleDocsMap = {
  OFFER_WE_HELP: {
    explain: {
      en: 'An offer in the opening lines: the message is about what you sell, not about them.',
      nl: 'Een aanbod in de openingszinnen: het bericht gaat over wat jij verkoopt, niet over hen.',
    },
    suggest: {
      en: 'Leave the offer out until they ask. Write about them: their work, their question, their ambition.',
      nl: 'Laat het aanbod weg tot ze ernaar vragen. Schrijf over hen: hun werk, hun vraag, hun ambitie.',
    },
    examples: {
      hit: [
        'We help SaaS companies book more demos.',
        'Our platform helps scale teams without pain.',
        'I help teams cover engineering gaps.',
      ],
      miss: ['Can I help you move on Saturday?', 'I worked with your brother at school.'],
    },
  },
  OFFER_WE_HELP_NL: {
    explain: {
      en: 'An offer in the opening lines: the message is about what you sell, not about them.',
      nl: 'Een aanbod in de eerste zinnen: het bericht gaat over wat jij verkoopt, niet over hen.',
    },
    suggest: {
      en: 'Leave the offer out until they ask. Write about them: their work, their question, their ambition.',
      nl: 'Laat het aanbod weg tot ze erom vragen. Schrijf over hen: hun werk, hun vraag, hun ambitie.',
    },
    examples: {
      hit: [
        'Ik help bedrijven met leadgeneratie.',
        'Wij helpen MKB-bedrijven aan meer klanten.',
        'Ik werk aan digitale tools voor de bouw.',
        'We hebben daar iets voor gebouwd.',
      ],
      miss: ['Ik help mijn buurvrouw met haar tuin.', 'Ik werk bij een school in Gent.'],
    },
  },
  OFFER_SELF_INTRO: {
    explain: {
      en: 'Opens with who you are and what you do. The reader wonders why they should care.',
      nl: 'Opent met wie jij bent en wat je doet. De lezer vraagt zich af waarom dat hen zou moeten boeien.',
    },
    suggest: {
      en: 'Start with them: one concrete thing they did or said, and a question about it.',
      nl: 'Begin bij hen: één concreet ding dat ze deden of zeiden, en een vraag daarover.',
    },
    examples: {
      hit: [
        'Allow me to introduce myself.',
        "Hi! I'm a franchise consultant.",
        'Ik ben Kees van Noah Recruitment.',
      ],
      miss: ['I am a fan of your podcast.', 'Ik ben benieuwd hoe het met je gaat.'],
    },
  },
  OFFER_RECRUITING: {
    explain: {
      en: 'A recruiting or expert-network pitch sent cold. Fine when asked for; spam when sprayed.',
      nl: 'Een wervings- of expertnetwerkpitch zonder aanleiding. Prima als erom gevraagd is, spam als het massaal verstuurd wordt.',
    },
    suggest: {
      en: 'Say why this person, concretely (a project, not a keyword), and make it easy to say no.',
      nl: 'Zeg concreet waarom deze persoon (een project, geen trefwoord), en maak nee zeggen makkelijk.',
    },
    examples: {
      hit: [
        "I'm recruiting for a product manager role.",
        'My client is looking for someone like you.',
        'Would you join a paid consultation?',
      ],
      miss: ['I am hiring a plumber for my kitchen, any tips?'],
    },
  },
  OFFER_RECRUITING_NL: {
    explain: {
      en: 'A recruiting pitch sent cold. Fine when asked for; spam when sprayed.',
      nl: 'Een wervingspitch zonder aanleiding. Prima als erom gevraagd is, spam als het massaal verstuurd wordt.',
    },
    suggest: {
      en: 'Say why this person, concretely (a project, not a keyword), and make it easy to say no.',
      nl: 'Zeg concreet waarom juist deze persoon (een project, geen trefwoord), en maak nee zeggen makkelijk.',
    },
    examples: {
      hit: [
        'Deze functie past echt goed bij je.',
        'Sta je open voor een nieuwe uitdaging?',
        'Mijn klant zoekt een senior developer.',
      ],
      miss: ['Mijn functie is veranderd sinds de reorganisatie.'],
    },
  },
  OFFER_FREE: {
    explain: {
      en: '"Free" and "no obligation" are sales words: they announce that a sale is coming.',
      nl: '"Gratis" en "vrijblijvend" zijn verkoopwoorden: ze kondigen aan dat er een verkoop aankomt.',
    },
    suggest: {
      en: 'If you want to give, give: share the thing itself, with no call attached.',
      nl: 'Wil je iets geven, geef het dan: deel het zelf, zonder gesprek eraan vast.',
    },
    examples: {
      hit: [
        'Free consultation?',
        'We bieden een gratis AI scan aan. Geen verplichtingen.',
        'No strings attached!',
      ],
      miss: ['Feel free to ignore this.', 'Ik ben vrij op vrijdag.'],
    },
  },
  OFFER_SYNERGY: {
    explain: {
      en: '"Synergies" and "a fit" are vague on purpose: the reader is asked to imagine your pitch for you.',
      nl: '"Synergie" en "kijken of er een match is" zijn bewust vaag: de lezer moet jouw pitch zelf verzinnen.',
    },
    suggest: {
      en: 'Be concrete about what you noticed in their work, and ask about it. Leave the partnership for later.',
      nl: 'Wees concreet over wat je in hun werk zag, en vraag ernaar. Bewaar de samenwerking voor later.',
    },
    examples: {
      hit: [
        'There could be exciting synergies between us.',
        'Wie weet kunnen we ooit iets voor elkaar betekenen!',
        'Would love to see if there’s a fit.',
      ],
      miss: ['I fit in a size 42 shoe.'],
    },
  },
  OFFER_SCHEME: {
    explain: {
      en: 'Income schemes, crypto and franchises sent to strangers are the spam LinkedIn is known for.',
      nl: 'Inkomensschema’s, crypto en franchises naar onbekenden: de spam waar LinkedIn om bekendstaat.',
    },
    suggest: {
      en: 'Don’t send this to people you do not know.',
      nl: 'Stuur dit niet naar mensen die je niet kent.',
    },
    examples: {
      hit: ["I'm now earning passive income from home.", 'Have you considered diversifying into crypto?'],
      miss: ['Our income statement is due Friday.'],
    },
  },
  OFFER_PROMO_EXPOSURE: {
    explain: {
      en: 'Exposure offers and "check out my work" ask for attention while pretending to give it.',
      nl: 'Aanbiedingen van "bereik" en "bekijk mijn werk" vragen aandacht terwijl ze doen alsof ze die geven.',
    },
    suggest: {
      en: 'If you admire their story, say what struck you and ask one question about it.',
      nl: 'Vind je hun verhaal mooi, zeg dan wat je raakte en stel er één vraag over.',
    },
    examples: {
      hit: [
        'Would you be interested in being featured? Great exposure!',
        'Take a look at my work at this link.',
      ],
      miss: ['Your feature in the newspaper was great.'],
    },
  },
};
