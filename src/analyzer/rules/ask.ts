import type { Conversation, PatternRule, RuleDocsMap } from '../types';
import {
  alt,
  EN_MEETING_MODIFIERS,
  EN_MEETING_NOUNS,
  NL_MEETING_MODIFIERS,
  NL_MEETING_NOUNS,
} from './lexicon';

const pattern = (source: string) => new RegExp(source, 'g');

/** Between people who write to each other, proposing a call or a demo is normal: it counts only with an offer. */
const NORMAL_IN_CONVERSATION: readonly Conversation[] = ['ongoing'];

/**
 * A meeting after a request framing ("open to a", "can we set up a"): up to three words of any kind before the
 * meeting noun ("a quick 15-minute video call"). The framing carries the request, so the words between need no
 * list, and a plain word class compiles in a fraction of the time of a list repeated three times.
 */
const EN_MEETING = `(?:[a-z0-9-]{1,15}(?: |-)){0,3}${alt(EN_MEETING_NOUNS)}\\b`;

/** Asking a stranger for their time, attention or money: calls, demos, coffee, calendar links. */
export const askRules: PatternRule[] = [
  {
    id: 'ASK_QUICK_CALL',
    family: 'ask',
    // Dutch and Flemish writers book "een korte discovery call" too.
    lang: 'any',
    signalOnlyIn: NORMAL_IN_CONVERSATION,
    pattern: pattern(
      [
        // A meeting made small: "a quick call", "a 15-minute video call".
        `\\b(?:${alt(EN_MEETING_MODIFIERS)}|\\d{1,2}(?: |-)?min(?:ute)?s?|\\d{1,2}-\\d{1,2}(?: |-)?min(?:ute)?s?)(?: |-)(?:(?:${alt(EN_MEETING_MODIFIERS)})(?: |-)){0,2}${alt(EN_MEETING_NOUNS)}\\b`,
        // Framings of a request for one: "open to a chat", "time for a call", "can we set up a meeting".
        `\\b(?:open to|up for|available for|free for|time for|room for|keen on|down for|fancy|interested in) (?:a |an |some )?${EN_MEETING}`,
        `\\b(?:can|could|shall|should|might) we (?:maybe |perhaps |quickly |briefly )?(?:have|set up|schedule|book|hop on|jump on|grab|find time for|arrange|organi[sz]e|do|get on|connect for|meet for) (?:a |an |some )?${EN_MEETING}`,
        `\\blet'?s (?:have|set up|schedule|book|hop on|jump on|grab|find time for|arrange|do|get on) (?:a |an |some )?${EN_MEETING}`,
        `\\b(?:schedule|book|set up|arrange|hop on|jump on|grab|organi[sz]e) (?:a |an |some )(?:time for (?:a |an )?)?${EN_MEETING}`,
        `\\b(?:would|could|do|can) you (?:have|find|spare|make) (?:some |a little |a bit of )?time\\b`,
        `\\bwhen (?:works|would work|suits|are you free|is a good time|would be a good time|can we talk)\\b`,
        `\\bwhat (?:does|would) your (?:calendar|week|diary|schedule) look like\\b|\\bhow'?s your (?:calendar|week|diary) (?:looking|look)\\b`,
        `\\bare you (?:free|available) (?:this|next|on|for|sometime|later)\\b|\\blet me know (?:a|what(?:'s| is| would be)? a) (?:good |convenient )?time (?:to (?:connect|talk|chat|speak|meet)|that works|works)\\b`,
        `\\b(?:happy|love|like) to (?:show you|walk you through|give you a (?:demo|tour|quick look))\\b|\\b(?:show|walk) you (?:how (?:it|we|this)|through)\\b`,
        `\\b(?:pop|drop|swing) (?:round|by|in) (?:and|to) (?:do|take|have) (?:a |some )?(?:walkthrough|look|survey|measure)|\\bfor a (?:free |no-obligation )?quote\\b|\\bi'?m (?:in|around|near) (?:your area|the area|[a-z-]{3,20}) (?:on|next|this) (?:monday|tuesday|wednesday|thursday|friday|week) anyway\\b`,
        `\\bpick your brain\\b|\\bworth a (?:conversation|chat|call|quick call)\\b|\\bhop on a\\b|\\bjump on a (?:quick )?call\\b`,
      ].join('|'),
    ),
  },
  {
    id: 'ASK_KENNISMAKEN',
    family: 'ask',
    lang: 'nl',
    signalOnlyIn: NORMAL_IN_CONVERSATION,
    pattern: pattern(
      [
        `\\b(?:${alt(NL_MEETING_MODIFIERS)}|\\d{1,2}(?: |-)?min(?:uten|uutjes?)?)(?: |-)(?:(?:${alt(NL_MEETING_MODIFIERS)})(?: |-)){0,2}${alt(NL_MEETING_NOUNS)}\\b`,
        `\\b(?:vrijblijvend|even|eens|een keer|kort|snel) (?:kennis ?maken|kennismaken|sparren|bellen|afspreken|schakelen|koffie drinken|videobellen|laten zien)\\b`,
        `\\b(?:zullen we|kunnen we|wil je|zin om|lijkt het je (?:leuk|goed|interessant) om|mogen we|zou je|heb je zin om) (?:eens |even |een keer |binnenkort |volgende week |deze week )?(?:sparren|bellen|afspreken|kennismaken|kennis maken|schakelen|koffie drinken|videobellen|een (?:${alt(NL_MEETING_MODIFIERS)} )?${alt(NL_MEETING_NOUNS)}|connecten en sparren)\\b`,
        `\\bmag ik (?:je|u|jou) (?:even |eens |een keer |binnenkort |kort )?(?:bellen|spreken|mailen|een demo|iets laten zien)\\b`,
        `\\b(?:wanneer|welk moment) (?:schikt|past|komt) het\\b|\\bwanneer past (?:een|het)\\b|\\bwanneer (?:heb je|heeft u) (?:tijd|ruimte)\\b`,
        `\\b(?:heb je|hebt u|heeft u|zou je|zou u) (?:deze week |volgende week |binnenkort )?(?:even |eens )?(?:tijd|ruimte|zin) (?:voor|om) (?:een|te)\\b|\\b(?:heb je|hebt u|heeft u) (?:deze week |volgende week |binnenkort )?(?:even |eens )?(?:een )?(?:moment(?:je)?|halfuurtje|kwartiertje|uurtje)\\b`,
        `\\b(?:afspraak|call|meeting|gesprek|belletje|moment(?:je)?) (?:in ?plannen|maken|prikken|inplannen)\\b`,
        `\\bzal ik (?:'m|hem|het|die|je) (?:in \\d{1,2} min(?:uten)? )?(?:even )?(?:laten zien|demonstreren|bellen)\\b`,
        `\\blaat ik (?:je |jullie |u )?(?:het |'m |hem |dat )?(?:graag )?(?:in (?:een kwartier|\\d{1,2} min(?:uten)?) )?(?:(?:even|graag) )?zien\\b|\\bopen (?:voor|staat voor) een (?:[a-z-]{2,20} )?(?:gesprek|kennismaking|call|kop koffie)\\b`,
        `\\b(?:ik ben|we zijn|wij zijn) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|volgende week|binnenkort|deze week) (?:toch |sowieso |al )(?:in de buurt|in [a-z-]{3,20})\\b|\\b(?:een )?(?:belletje|gesprek|call|kop koffie|kennismaking|gesprekje) de moeite waard\\b|\\b(?:efkes|eens|even) (?:langskomen|langs komen|passeren|binnenspringen)\\b`,
        `\\b(?:goesting|zin) om (?:daar |hier )?(?:eens |efkes |even |een keer |samen )?(?:over )?(?:te bellen|te babbelen|samen te zitten|af te spreken|kennis te maken|(?:een )?koffie te drinken|te sparren|te videobellen)\\b|\\befkes (?:bellen|babbelen|samenzitten|afspreken|kennismaken|sparren)\\b`,
        `\\b(?:eens|even|efkes|kort) (?:te )?tonen\\b|\\b(?:mag|kan|zal) ik (?:het|dat|'m|hem|jullie|je|u) (?:eens |even |efkes |kort )?tonen\\b`,
        `\\b(?:kopje|bakje|bak|kop) koffie\\b|\\bkoffie (?:drinken|doen)\\b|\\b(?:concreet|kort) gesprek\\b|\\bop welk nummer kan ik\\b`,
      ].join('|'),
    ),
  },
  {
    id: 'ASK_MINUTES',
    family: 'ask',
    lang: 'any',
    signalOnlyIn: NORMAL_IN_CONVERSATION,
    pattern:
      /\b(?:(?:have|spare|got|give me|find|heb je|hebt u|heeft u|zou je|zou u|kun je|kunt u)\s{1,3}(?:just\s{1,3}|even\s{1,3}|maar\s{1,3}|een\s{1,3})?(?:\d{1,2}|ten|fifteen|twenty|thirty|tien|vijftien|twintig|dertig|een paar|a few|a couple of)[\s-]{1,3}(?:min(?:ute)?s?|minuutjes?|minuten)\b|(?:\d{1,2}|ten|fifteen|twenty|thirty|tien|vijftien|twintig|dertig)[\s-]{1,3}(?:min(?:ute)?s?|minuutjes?|minuten)\s{0,3}(?:\?|of your time|van je tijd|van uw tijd|for a (?:quick |short |brief )?(?:call|chat)|to (?:discuss|chat|talk|connect|show|explore|hear|learn|see|walk)|om (?:te|kort|even|jullie)|voor een (?:korte )?(?:call|gesprek|kennismaking|demo)|vrij|call|chat|gesprek|belletje|this week|next week|deze week|volgende week|naar te kijken|te kijken|zien|laten zien)|(?:in|binnen) (?:\d{1,2}|tien|vijftien|twintig) (?:minuten|minutes|min)\b|in een kwartier)/g,
  },
  {
    id: 'ASK_INTEREST_CLOSE',
    family: 'ask',
    lang: 'any',
    signalOnlyIn: NORMAL_IN_CONVERSATION,
    pattern: pattern(
      [
        // A short closing question that asks for a yes: "Interested?", "Worth a look?", "Interesse?".
        // A close word right before the question mark: "Interested?", "Worth a look?", "Interesse?".
        `\\b(?:interested|interest|curious|relevant|worth (?:it|a look|exploring|a chat)|make sense|sound (?:good|interesting|useful)|open to it|thoughts|interesse|benieuwd|nieuwsgierig|zin|relevant voor (?:jou|u|jullie)[^?\\n]{0,30})\\?`,
        `\\bopen to (?:learning|hearing|exploring|discussing|seeing|finding out|a conversation about)\\b`,
        `\\b(?:curious|wondering) (?:if|whether) (?:that|this|it) (?:resonates|sounds|makes sense|is relevant|would help)\\b|\\bworth (?:connecting|a conversation|exploring)\\b[^.!?\\n]{0,40}\\?|\\brelevant (?:om|to|for (?:you|your))\\b[^.!?\\n]{0,50}\\?|\\binteresse in (?:een|het|de|onze|mijn)\\b`,
        `\\b(?:would|might|could) (?:it|that|this) (?:make sense|be worth|be of interest|be relevant|be useful|be interesting|help)\\b`,
        `\\b(?:would|are) you (?:be )?(?:interested|open) (?:in|to) (?:learning|hearing|exploring|seeing|finding out|discussing|trying|a demo|a trial)\\b|\\b(?:would|is|are) your (?:company|team|business|organi[sz]ation|firm|agency|store|shop) (?:be )?(?:interested|open) (?:in|to)\\b|\\b(?:ben je|bent u|ben jij|zijn jullie) (?:zelf |misschien |wellicht |eventueel )?(?:geinteresseerd|benieuwd)\\b`,
        `\\bis (?:this|that|it) (?:something|of interest|on your radar|a priority|relevant|worth)\\b`,
        `\\bany interest\\b|\\bworth a (?:look|chat|conversation)\\b[^.!?\\n]{1,40}\\?|\\b(?:want|wanna) to see (?:it|them|one|an example|how)\\b|\\bwil (?:je|u|ge) (?:het|'m|hem|die|ze|dat) (?:eens |even |efkes )?zien\\b|\\bwould you like (?:to (?:see|learn|know|hear|try)|me to (?:send|show|share))\\b`,
        `\\b(?:sta je|staat u|sta jij) (?:er )?(?:misschien |wellicht )?open voor\\b`,
        // An invitation to the sender's own event: attention asked for, in a calendar slot of their choosing.
        `\\binvite you to (?:our|my|an|a|the|this) (?:(?:free|exclusive|upcoming|private|virtual|online|live|small|next) )*(?:[a-z0-9-]{2,20} ){0,2}(?:webinar|event|masterclass|workshop|seminar|roundtable|round table|session|summit|breakfast|dinner|demo|launch)\\b`,
        `\\b(?:uitnodigen|uitnodiging) (?:voor|om deel te nemen aan|bij) (?:ons|onze|mijn|een|het|de|dit|deze) (?:(?:gratis|exclusieve?|online|live|kleine?|volgende|besloten) )*(?:[a-z0-9-]{2,20} ){0,2}(?:webinar|event|evenement|masterclass|workshop|seminar|rondetafel|sessie|ontbijtsessie|bijeenkomst|demo|lancering|inspiratiesessie|kennissessie)\\b`,
        `\\b(?:hold|save|reserve|keep|book) (?:you |for you )?(?:a|one) (?:seat|spot|place|ticket)\\b|\\b(?:mag|zal|kan) ik (?:er )?(?:(?:een|eentje|een plek(?:je)?|een plaats(?:je)?|een stoel) )?(?:voor (?:je|jou|u) )?(?:vrijhouden|reserveren)\\b`,
        `\\b(?:the )?(?:perfect|ideal|right) (?:moment|time) to (?:review|rethink|revisit|look at|upgrade|refresh|switch|check)\\b|\\b(?:het )?(?:perfecte|ideale|juiste) moment om (?:je|jouw|uw|jullie|eens|de|het)\\b|\\bis (?:dit|dat|nu) (?:misschien |wellicht |dan )?(?:het|een goed) moment om\\b|\\b(?:is|might) (?:this|now) (?:be )?(?:the|a good) (?:right )?(?:time|moment) to\\b|\\bzou (?:het|dat|dit) (?:zinvol|de moeite waard|interessant|nuttig) (?:zijn|kunnen zijn) om\\b|\\bgoesting om (?:erbij|er ook bij) te zijn\\b`,
        `\\bif you(?:'re| are) (?:still )?interested\\b|\\b(?:dm|pm|inbox) me\\b|\\b(?:tell|send|share|let me know) (?:me |us )?your requirements?\\b|\\bkindly (?:tell|share|send|let|revert|reply)\\b`,
        `\\bzou (?:dat|dit|het) (?:iets|interessant|relevant|nuttig|handig) (?:voor (?:je|jou|u|jullie) )?(?:zijn|kunnen zijn)\\b`,
        `\\bis (?:dat|dit|het) (?:iets|interessant|relevant) voor (?:je|jou|jullie|u)\\b`,
        `\\b(?:wil|zou) (?:je|u) (?:er )?meer (?:over )?(?:weten|horen|zien)\\b|\\blijkt (?:het|dat|dit|'t) (?:je|u|jullie) (?:wat|iets|interessant)\\b|\\b(?:heb je|hebt u|heeft u) (?:interesse|belangstelling)\\b|\\binteresse om\\b`,
      ].join('|'),
    ),
  },
  {
    id: 'ASK_SEND_INFO',
    family: 'ask',
    lang: 'any',
    // Answering someone, "shall I send you one page?" is the offer that is easy to say yes to: it leaves the
    // choice with them. Unasked, it is the first step of a pitch.
    signalOnlyIn: ['ongoing', 'reply'],
    pattern:
      /\b(?:(?:can|may|shall|could|should) i (?:send|share|forward|email) (?:you|over)\b|(?:can|may|shall|could|should) i (?:send|share) (?:a|some|my|our) (?:[a-z-]{2,20} )?(?:sample|samples|examples?|rates|reel|portfolio|deck|case stud(?:y|ies)|proposal|quote|brochure|one-pager)\b|(?:can|may|could) i show you\b|(?:mind if i|okay if i|ok if i) (?:send|share)|(?:want|would you like) me to (?:send|share|show)|i'?d (?:love|like) to (?:send|share) (?:you|over) (?:a|some|more|our|my)|happy to send (?:you|over) (?:a|some|more|our|my)|(?:zal|mag|kan) ik (?:je|u|jou|jullie) (?!mijn (?:cv|portfolio|sollicitatie))(?:een |wat |meer |de |het |even |eens |kort )?(?:[a-z-]{2,20} ){0,3}(?:sturen|toesturen|doorsturen|mailen|laten zien|opsturen)|zal ik (?:het|'m|hem|die|dat|de [a-z-]{2,20}|mijn [a-z-]{2,20}(?: en [a-z-]{2,20})?) (?:even |eens |ff )?(?:sturen|laten zien|delen|opsturen|doorsturen)|(?:zal|mag|kan) ik (?:ze|die|het|'m|hem|dat|deze) (?:je|u|jou|jullie) (?:even |eens |efkes )?(?:sturen|toesturen|doorsturen|mailen|laten zien|opsturen|tonen)|(?:mag|zal|kan) ik (?:je|u|jou|jullie) (?:de|onze|mijn|een) (?:[a-z-]{2,20} )?(?:brochure|offerte|folder|prijslijst|catalogus|presentatie) (?:bezorgen|sturen|mailen|doorsturen)|ik stuur (?:hem|het|die|ze) (?:je|u|jou) graag (?:door|toe|op)|(?:could|can|would) you (?:send|forward|share) (?:me|us) (?:a |your )?(?:recent |latest |last )?(?:bill|invoice|energy bill|contract|statement)|(?:mag|kan|zal) ik (?:je|u|jou|jullie) (?:er )?(?:wat |iets )?meer (?:over )?(?:vertellen|laten weten)|(?:can|may|could) i tell you (?:a bit |a little )?more\b|zal ik (?:je |u |jullie )?(?:een|eens een) (?:vrijblijvend |concreet )?(?:voorstel|offerte|plan|plan van aanpak|analyse) (?:maken|sturen|opstellen|doen|uitwerken)|ik stuur (?:je|u) graag (?:een|wat|meer) (?:info|informatie|demo|video|voorstel|offerte|brochure|presentatie))/g,
  },
  {
    id: 'CALENDAR_LINK',
    marks: 'match',
    family: 'ask',
    lang: 'any',
    pattern:
      /\b(?:calendly\.com|meetings(?:-[a-z\d]{1,6})?\.hubspot\.com|cal\.com\/|savvycal\.com|chilipiper\.com|zcal\.co|tidycal\.com|youcanbook\.me|koalendar\.com|calendar\.app\.google|calendar\.google\.com\/calendar\/appointments|outlook\.office(?:365)?\.com\/(?:owa\/calendar|book)|bookings\.office|doodle\.com\/bp|acuityscheduling\.com|oncehub\.com|vyte\.in|hubspot\.com\/meetings)[^\s)]{0,120}|\b(?:book|grab|pick) (?:a|some) (?:time|slot|spot) (?:here|below|on my calendar|in my calendar|that works)\b|\b(?:plan|prik) (?:direct |hier |zelf )?(?:een moment|een afspraak|een tijd)(?: in)?(?: via| in mijn agenda)|\b(?:plannen|inplannen|boeken|book|schedule) (?:kan )?(?:hier|here|via|below)\b|\b[a-z0-9-]{2,30}\.[a-z]{2,6}\/(?:demo|book|booking|meeting|meet|calendar|afspraak|plannen)(?![a-z0-9/-])/g,
  },
  {
    id: 'ASK_REFERRAL_TO_BUYER',
    family: 'ask',
    lang: 'any',
    pattern:
      /\b(?:(?:are you|r u) the (?:right )?person (?:responsible|in charge|who (?:handles|decides|looks after))|who (?:is|would be) the (?:right|best) (?:person|contact)|the right person to (?:speak|talk) (?:to|with)|forward me (?:on )?to (?:someone|the right)|point me (?:to|towards|in the direction of) the right person|(?:ben jij|bent u|ben je) (?:degene|de juiste persoon|verantwoordelijk)|wie (?:er )?(?:binnen|bij) (?:jullie|uw|je|jouw) (?:organisatie |bedrijf |team |afdeling )?(?:verantwoordelijk is|(?:er )?over [a-z-]{2,20} gaat|de beslissingen? neemt|beslist)|(?:get in front of|speak (?:to|with)|connect with|reach|talk to) the (?:right|best) (?:person|people|contact|decision[ -]?makers?)|who (?:handles|owns|runs|manages|looks after|is (?:responsible|in charge)) (?:for )?(?:[a-z-]{2,20} ){1,3}(?:at|in) (?:your|[a-z0-9]{2,30})\b|wie (?:is|zou) (?:bij jullie )?(?:de juiste persoon|verantwoordelijk|degene)|met wie (?:kan|moet) ik (?:hierover|daarover) (?:spreken|praten)|do you know who (?:handles|is responsible|decides|runs|owns|manages|looks after)|do you know (?:any|anyone|someone|other) (?:companies|businesses|teams|founders|people|leaders|firms)? ?(?:who|that|trying|looking|in need)|ken je (?:iemand|bedrijven|andere) (?:die|in|met))/g,
  },
  {
    id: 'ASK_DISCOVERY_QUESTION',
    family: 'ask',
    lang: 'any',
    pattern:
      /\b(?:are you (?:currently |still )?(?:looking (?:at|for|into)|using|working with|happy with|in the market|struggling with|planning to|investing in|hiring for)|have you (?:ever )?(?:thought about|considered|looked into)|(?:is|are) [a-z-]{2,20}(?: [a-z-]{1,20}){0,4} (?:something|a (?:challenge|priority|problem)) (?:you(?:'re| are)|your team is) (?:dealing|struggling|working|focused)|how (?:are you|is your team) (?:currently )?(?:handling|managing|dealing with|tackling)|what (?:are you|is your team) (?:currently )?using for|heb (?:je|jij|u) (?:al |ooit |eens )?(?:nagedacht|gedacht) over|are you happy in your current|hoe (?:pakken|gaan|lossen|doen|regelen) jullie|zijn jullie (?:op dit moment |momenteel |nu )?(?:bezig|aan het)|gebruik(?:en)? (?:je|jullie|u) (?:momenteel|nu|al)|welke uitdaging speelt|hoeveel [a-z]{2,20} (?:sturen|krijgen|doen|verwerken) jullie|staat (?:dat|dit) (?:later )?op de planning|loop (?:je|jij|jullie) (?:ook )?tegen|(?:need|looking for|tired of|sick of|fed up with|struggling with)(?<=(?:^|[.!?\n] ?)(?:need|looking for|tired of|sick of|fed up with|struggling with)) (?:a |an |more |better |help with )?(?:[a-z-]{2,20} ){0,2}[a-z-]{2,20}(?=\?)|(?:op zoek naar|nood aan|behoefte aan)(?<=(?:^|[.!?\n] ?)(?:op zoek naar|nood aan|behoefte aan)) (?:een |meer |betere )?(?:[a-z-]{2,20} ){0,2}[a-z-]{2,20}(?=\?))\b/g,
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
        "Let me know what's a good time to talk.",
        'Would you be open to a quick 15-minute video call this week?',
        'Can we hop on a call?',
        "Let's schedule a brief call.",
        'What does your calendar look like on Thursday?',
        'Could I pop round and do a walkthrough?',
        'Happy to come by for a free quote.',
      ],
      miss: ['Thanks for the call yesterday, it helped a lot.', 'I called my mother.'],
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
        'Zullen we even sparren over jullie marketing?',
        'Wanneer past een belletje?',
        'Goesting om efkes te bellen?',
        'Mag ik het eens tonen?',
        'Is een belletje de moeite waard?',
        'Zal ik volgende week efkes langskomen?',
        'Ik ben donderdag toch in Gouda.',
        'Goesting om daar eens over te babbelen?',
      ],
      miss: [
        'Ik drink mijn koffie zwart.',
        'Het gesprek van gisteren was fijn, dank je.',
        'Ik heb geen goesting om te koken.',
      ],
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
        '10 minutes?',
      ],
      miss: ['The train was 15 minutes late.', 'Ik las je stuk in vijf dagen uit.'],
    },
  },
  ASK_INTEREST_CLOSE: {
    explain: {
      en: 'A closing question that asks for a yes to the offer ("Interested?", "Open to learning more?"): the reader is asked to do the work of the sale.',
      nl: 'Een afsluitende vraag die om een ja op het aanbod vraagt ("Interesse?", "Sta je ervoor open?"): de lezer moet het werk van de verkoop doen.',
    },
    suggest: {
      en: 'End with a genuine question about them, or with nothing at all.',
      nl: 'Sluit af met een echte vraag over hen, of met niets.',
    },
    examples: {
      hit: [
        'We automate invoicing for SMEs. Interested?',
        "I'd like to invite you to our exclusive CFO roundtable.",
        'Would your team be open to a short pilot?',
        'Bent u eventueel geinteresseerd?',
        'Graag wil ik je uitnodigen voor onze gratis inspiratiesessie.',
        'Geen webinar, geen funnel. Interesse?',
        'Any interest in exploring a partnership?',
        'Would you be open to learning more?',
        'Zou dat interessant voor jullie zijn?',
        'Shall I hold a seat for you?',
        'Mag ik er een voor je reserveren?',
        'Is dit misschien het moment om je website te vernieuwen?',
        'Zou het zinvol zijn om dat eens te bekijken?',
        'DM me for details.',
        'Kindly share your requirements.',
        'A new job is the perfect time to review your pension.',
        'Worth a look before your renewal comes up?',
        'Want to see it?',
        'Wil je het eens zien?',
      ],
      miss: ['Are you interested in birds too? I saw your photos.', 'I reserved a table for us.'],
    },
  },
  ASK_SEND_INFO: {
    explain: {
      en: 'Offers to send material nobody asked for ("Can I send you a short video?"): the next step of a sales sequence.',
      nl: 'Biedt materiaal aan waar niemand om vroeg ("Zal ik je een korte demo sturen?"): de volgende stap van een verkoopreeks.',
    },
    suggest: {
      en: 'Send nothing until they show interest. Ask about their situation instead.',
      nl: 'Stuur niets tot ze interesse tonen. Vraag liever naar hun situatie.',
    },
    examples: {
      hit: [
        'Can I send you a short video?',
        'Could I tell you a bit more about it?',
        'Can I show you what that looks like for your team?',
        'Mag ik je er iets meer over vertellen?',
        'Zal ik een vrijblijvend voorstel uitwerken?',
        'Zal ik je een korte demo sturen?',
        'Mag ik je wat informatie toesturen?',
        'Mag ik ze je sturen?',
        'Can I send a sample and my rates?',
        'Zal ik mijn showreel en tarieven sturen?',
        'Mag ik u de brochure bezorgen?',
        'Could you send me a recent bill?',
      ],
      miss: [
        'Can you send me the slides from your talk?',
        'Stuur je me die slides?',
        'Could you send me a photo for the newsletter?',
      ],
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
        'Book a time here if that is easier.',
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
      hit: [
        'Are you the person responsible for lead generation?',
        'Ben jij degene die over inkoop gaat?',
        'Who looks after payroll at Brightwave?',
        'Weet je wie er bij jullie over facilitair gaat?',
        'Happy to be pointed to the right person, I would love to speak with the right decision-maker.',
      ],
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
        'Need a bookkeeper? I can help.',
      ],
      miss: [
        'How did you get into forecasting?',
        'Hoe gaat het met je?',
        'Do you need a lift?',
        'Need a hand with the move?',
      ],
    },
  },
};
