import type { PatternRule, RuleDocsMap } from '../types';

/** Asking a stranger for their time: calls, demos, coffee, calendar links. */
export const askRules: PatternRule[] = [
  {
    id: 'ASK_QUICK_CALL',
    family: 'ask',
    lang: 'en',
    pattern:
      /\b(?:(?:quick|brief|short|exploratory|discovery|intro|introductory|15|10|20|30)[\s-]{1,3}(?:min(?:ute)?s?[\s-]{1,3})?(?:call|chat|meeting|demo|zoom|conversation)|hop on a (?:quick |short )?(?:call|zoom)|jump on a (?:quick )?call|schedule (?:a|some) (?:brief |quick |short )?(?:call|meeting|time|demo)|book (?:a|some) (?:call|demo|time|meeting)|set up (?:a|some) (?:call|meeting|time)|grab (?:a )?(?:quick )?(?:coffee|call)|pick your brain|worth a (?:conversation|chat|call)|open to a (?:quick |short |brief )?(?:chat|call|conversation)|how'?s your calendar|free for a (?:quick )?(?:call|chat))/g,
  },
  {
    id: 'ASK_MINUTES',
    family: 'ask',
    lang: 'any',
    pattern:
      /\b(?:(?:have|spare|got|give me|heb je|hebt u|heeft u|zou je|zou u|kun je|kunt u)\s{1,3}(?:just\s{1,3}|even\s{1,3}|maar\s{1,3})?(?:\d{1,2}|ten|fifteen|twenty|thirty|tien|vijftien|twintig|dertig|een paar|a few)[\s-]{1,3}(?:min(?:ute)?s?|minuutjes?|minuten)\b|(?:\d{1,2}|ten|fifteen|twenty|thirty|tien|vijftien|twintig|dertig)[\s-]{1,3}(?:min(?:ute)?s?|minuutjes?|minuten)\s{1,3}(?:of your time|van je tijd|van uw tijd|for a (?:quick |short |brief )?(?:call|chat)|to (?:discuss|chat|talk|connect|show|explore|hear|learn)|om (?:te|kort|even|jullie)|voor een (?:korte )?(?:call|gesprek|kennismaking)|vrij|call|chat|gesprek|belletje))/g,
  },
  {
    id: 'ASK_KENNISMAKEN',
    family: 'ask',
    lang: 'nl',
    pattern:
      /\b(?:(?:vrijblijvende?|korte?|even|eens|online|digitaal|telefonische?)\s{1,3}(?:kennis\s?maken|kennismaken|kennismaking(?:sgesprek)?|gesprek(?:je)?|sparren|bellen|afspreken|call(?:en)?|demo|belletje|praatje)|kennismakingsgesprek|(?:korte|snelle|kleine)\s{1,3}(?:call|demo|videocall)|(?:kopje|bakje|bak)\s{1,3}koffie|koffie\s{1,3}(?:drinken|doen)|mag ik (?:je|u) (?:even |eens |een keer )?(?:bellen|spreken|mailen|een demo)|wanneer (?:schikt|past) het|(?:afspraak|call|meeting|gesprek) (?:in\s?plannen|maken|prikken)|moment(?:je)? (?:prikken|inplannen)|zal ik (?:'m|hem|het) (?:in \d{1,2} min(?:uten)? )?(?:laten zien|demonstreren)|(?:concreet|kort) gesprek)\b/g,
  },
  {
    id: 'ASK_SPARREN',
    family: 'ask',
    lang: 'nl',
    pattern:
      /\b(?:zullen we|kunnen we|wil je|zin om|lijkt het je (?:leuk|goed) om)\s{1,3}(?:eens\s{1,3}|even\s{1,3}|een keer\s{1,3})?(?:sparren|bellen|afspreken|kennismaken|connecten en sparren)\b/g,
  },
  {
    id: 'ASK_INTEREST_CLOSE',
    family: 'ask',
    lang: 'any',
    pattern:
      /(?:^|[.!?\n]\s{0,3})(?:interesse|interested|interest|benieuwd|curious|relevant(?: voor (?:jou|u|jullie)[^?\n]{0,30})?|any interest[^?\n]{0,60}|worth (?:a|exploring)[^?\n]{0,40}|zin in[^?\n]{0,40}|lijkt (?:het|dat) je wat|free consultation|quick call to explore|quick interview for my blog)\s{0,2}\?/g,
  },
  {
    id: 'CALENDAR_LINK',
    family: 'ask',
    lang: 'any',
    pattern:
      /\b(?:calendly\.com|meetings(?:-[a-z\d]{1,6})?\.hubspot\.com|cal\.com\/|savvycal\.com|chilipiper\.com|zcal\.co|tidycal\.com|youcanbook\.me|koalendar\.com|calendar\.app\.google|calendar\.google\.com\/calendar\/appointments|outlook\.office(?:365)?\.com\/(?:owa\/calendar|book)|bookings\.office|doodle\.com\/bp|acuityscheduling\.com|oncehub\.com|vyte\.in|hubspot\.com\/meetings)[^\s)]{0,120}/g,
  },
  {
    id: 'ASK_REFERRAL_TO_BUYER',
    family: 'ask',
    lang: 'any',
    pattern:
      /\b(?:(?:are you|r u) the (?:right )?person (?:responsible|in charge|who (?:handles|decides))|who (?:is|would be) the (?:right|best) (?:person|contact)|forward me (?:on )?to (?:someone|the right)|point me (?:to|towards) the right person|(?:ben jij|bent u|ben je) (?:degene|de juiste persoon|verantwoordelijk)|wie (?:is|zou) (?:bij jullie )?(?:de juiste persoon|verantwoordelijk|degene))/g,
  },
  {
    id: 'ASK_DISCOVERY_QUESTION',
    family: 'ask',
    lang: 'any',
    pattern:
      /\b(?:are you (?:currently |still )?(?:looking (?:at|for|into)|using|working with|happy with|in the market|struggling with|planning to)|have you (?:ever )?(?:thought about|considered|looked into)|heb (?:je|jij|u) (?:al |ooit |eens )?(?:nagedacht|gedacht) over|is [a-z-]{2,20}(?: [a-z-]{1,20}){0,4} something you(?:'re| are) (?:dealing|struggling|working) with|are you happy in your current|hoe (?:pakken|gaan|lossen|doen|regelen) jullie|zijn jullie (?:op dit moment |momenteel |nu )?(?:bezig|aan het)|gebruik(?:en)? (?:je|jullie|u) (?:momenteel|nu|al)|welke uitdaging speelt|hoeveel [a-z]{2,20} (?:sturen|krijgen|doen|verwerken) jullie|staat (?:dat|dit) (?:later )?op de planning)\b/g,
  },
];

/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const askDocs: RuleDocsMap = {
  ASK_QUICK_CALL: {
    explain: {
      en: 'Asks a stranger for a meeting before there is any relationship. Most people ignore or resent it.',
      nl: 'Vraagt een onbekende om een afspraak voordat er enige band is. De meeste mensen negeren dat of ergeren zich eraan.',
    },
    suggest: {
      en: 'Drop the meeting ask. Ask one real question about their work, or offer something useful with no strings.',
      nl: 'Laat de vraag om een afspraak weg. Stel één echte vraag over hun werk, of bied iets nuttigs aan zonder voorwaarden.',
    },
    examples: {
      hit: [
        'Would you be open to a quick call next week?',
        'Can we hop on a call?',
        "Let's schedule a brief call.",
      ],
      miss: ['Thanks for the call yesterday, it helped a lot.', 'I called my mother.'],
    },
  },
  ASK_MINUTES: {
    explain: {
      en: 'Minutes of someone else’s time are the ask, however small the number. To a stranger it reads as a sales call.',
      nl: 'Minuten van iemands tijd blijven een vraag, hoe klein het getal ook is. Voor een onbekende klinkt het als een verkoopgesprek.',
    },
    suggest: {
      en: 'Earn the time first: start a conversation in writing and let them propose a call if they want one.',
      nl: 'Verdien die tijd eerst: begin een gesprek op schrift en laat hen een gesprek voorstellen als ze dat willen.',
    },
    examples: {
      hit: [
        'Do you have 15 minutes this week?',
        'Heb je 15 minuutjes voor een call?',
        'Zou je 20 minuten vrij hebben?',
      ],
      miss: ['The train was 15 minutes late.', 'Ik las je stuk in vijf dagen uit.'],
    },
  },
  ASK_KENNISMAKEN: {
    explain: {
      en: 'A meeting ask dressed as a favour ("vrijblijvend kennismaken", "even sparren", "kopje koffie"). To a stranger it is still a sales meeting.',
      nl: 'Een verzoek om een afspraak verpakt als gunst ("vrijblijvend kennismaken", "even sparren", "kopje koffie"). Voor een onbekende blijft het een verkoopgesprek.',
    },
    suggest: {
      en: 'Ask what they are working on, or share something useful. Let the meeting be their idea.',
      nl: 'Vraag waar ze mee bezig zijn, of deel iets nuttigs. Laat de afspraak hun idee zijn.',
    },
    examples: {
      hit: [
        'Zullen we eens vrijblijvend kennismaken?',
        'Zin in een kopje koffie volgende week?',
        'Mag ik je even bellen?',
        'Wanneer schikt het om te bellen?',
      ],
      miss: ['Ik drink mijn koffie zwart.', 'Het gesprek van gisteren was fijn, dank je.'],
    },
  },
  ASK_SPARREN: {
    explain: {
      en: 'An invitation to "spar" or call with someone you have never spoken to: a meeting ask in disguise.',
      nl: 'Een uitnodiging om te "sparren" of te bellen met iemand die je nooit gesproken hebt: een verkapt verzoek om een afspraak.',
    },
    suggest: {
      en: 'Start with their question, not your meeting: ask what keeps them busy right now.',
      nl: 'Begin bij hun vraag, niet bij jouw afspraak: vraag waar ze nu mee bezig zijn.',
    },
    examples: {
      hit: ['Zullen we even sparren over jullie marketing?', 'Kunnen we eens bellen?'],
      miss: ['Ik heb gisteren met mijn team gespard over de planning.'],
    },
  },
  ASK_INTEREST_CLOSE: {
    explain: {
      en: 'A one-word close ("Interested?") after a pitch asks the reader to do the work of saying yes to a sale.',
      nl: 'Een afsluiter van één woord ("Interesse?") na een pitch laat de lezer het werk doen om ja te zeggen tegen een verkoop.',
    },
    suggest: {
      en: 'End with a genuine question about them, or with nothing at all.',
      nl: 'Sluit af met een echte vraag over hen, of met niets.',
    },
    examples: {
      hit: [
        'We automate invoicing for SMEs. Interested?',
        'Geen webinar, geen funnel. Interesse?',
        'Any interest in exploring a partnership?',
      ],
      miss: ['Are you interested in birds too? I saw your photos.'],
    },
  },
  CALENDAR_LINK: {
    explain: {
      en: 'A booking link hands a stranger your calendar and asks them to do the work. It is the clearest sign of a sequence.',
      nl: 'Een boekingslink geeft een onbekende je agenda en laat hen het werk doen. Het duidelijkste teken van een geautomatiseerde reeks.',
    },
    suggest: {
      en: 'Remove the link. If they want to talk, they will ask, and then you can share it.',
      nl: 'Haal de link weg. Als ze willen praten, vragen ze het wel, en dan kun je hem delen.',
    },
    examples: {
      hit: [
        'Grab a slot: https://calendly.com/jan/30min',
        'Plan hier: meetings.hubspot.com/sanne',
        'cal.com/bram/intro',
      ],
      miss: ['I use Google Calendar for everything.', 'See my post at https://example.org/calendar-tips'],
    },
  },
  ASK_REFERRAL_TO_BUYER: {
    explain: {
      en: 'Asking a stranger to route you to the buyer treats them as a switchboard.',
      nl: 'Een onbekende vragen je door te sturen naar de inkoper behandelt hen als telefooncentrale.',
    },
    suggest: {
      en: 'Find the right person yourself, and write to them about something they care about.',
      nl: 'Zoek zelf de juiste persoon, en schrijf hen over iets waar zij om geven.',
    },
    examples: {
      hit: ['Are you the person responsible for lead generation?', 'Ben jij degene die over inkoop gaat?'],
      miss: ['You were the right person to ask, thanks!'],
    },
  },
  ASK_DISCOVERY_QUESTION: {
    explain: {
      en: 'A qualifying question from a sales script: it asks about their buying situation, not about them.',
      nl: 'Een kwalificatievraag uit een verkoopscript: het vraagt naar hun koopsituatie, niet naar hen.',
    },
    suggest: {
      en: 'Ask about what they care about (their work, their view), not about what you could sell them.',
      nl: 'Vraag naar waar zij om geven (hun werk, hun kijk), niet naar wat jij hen zou kunnen verkopen.',
    },
    examples: {
      hit: [
        'Are you currently looking at ways to improve your outreach?',
        'Hoe pakken jullie outbound nu aan?',
        'Gebruik je momenteel een configurator?',
      ],
      miss: ['How did you get into forecasting?', 'Hoe gaat het met je?'],
    },
  },
};
