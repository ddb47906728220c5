import type { PatternRule, RuleDocsMap } from '../types';
import {
  alt,
  EN_BENEFITS,
  EN_OFFER_VERBS,
  EN_PRODUCT_NOUNS,
  EN_SELF_SUBJECT,
  EN_TARGETS,
  GAP,
  NL_BENEFITS,
  NL_OFFER_VERBS,
  NL_OFFER_VERBS_PLURAL,
  NL_OFFER_VERBS_SINGULAR,
  NL_PRODUCT_NOUNS,
  NL_SELF_SUBJECT,
  NL_TARGETS,
} from './lexicon';

const pattern = (source: string) => new RegExp(source, 'g');

/** A word that is not someone's own ("my kids", "haar tuin"): an offer is made to a market, not to family. */
const EN_NOT_OWN = "(?!(?:my|his|her|their|our|me|him|them|it|each|other|one|out)\\b)[a-z0-9'+-]{1,20} ";
const NL_NOT_OWN = "(?!(?:mijn|zijn|haar|hun|onze|ons|me|mij|hem|je|jou|het)\\b)[a-z0-9'+-]{1,20} ";
/**
 * Dutch words that end like a plural ("-en", "-s") but name no one to sell to: "ik werk alleen", "we werken
 * samen", "ik help even".
 */
const NL_NOT_A_MARKET =
  '(?!(?:alleen|samen|even|eens|geen|tegen|binnen|buiten|boven|beneden|tussen|open|eigen|iets|niets|soms|anders|steeds|meestal|zelden|liever|misschien|verder|sinds|tijdens|vanaf|thuis|parttime|fulltime)\\b)';

/** Who an English offer is for: a kind of business or professional, named or by its plural (roofers, dentists). */
const EN_OFFER_OBJECT = `(?:(?:in |with |for |on |to )?(?:helping |working with |building )?(?:${EN_NOT_OWN}){0,3}(?:${alt(EN_TARGETS)}|[a-z-]{2,20}(?:ers|ors|ists|ants|ents|ians|ies|ches))\\b|(?:you|your (?:team|company|business|brand|sales|organi[sz]ation|clients|customers|agency|startup)) (?:to )?(?:grow|scale|get|save|increase|boost|win|book|hire|generate|reach|reduce|cut|automate|streamline|improve|double|triple|land|close|attract|find|unlock|achieve|turn|convert|build|launch)\\b|(?:a|an|the) (?:[a-z0-9-]{2,20} ){0,4}(?:tool|platform|solution|system|app|product|service|software|agency|company|startup|studio|marketplace|network|program|programme|course|pilot|fund)\\b|(?:${EN_NOT_OWN}){0,6}(?:for|to help|that help|which help|helping) (?:[a-z0-9-]{1,20} ){0,2}(?:${alt(EN_TARGETS)}|[a-z-]{2,20}(?:ers|ors|ists|ants|ents|ians|ies|ches|s))\\b|something (?:that|which|for|to|new|revolutionary|special|unique)\\b|(?:${EN_NOT_OWN}){1,5}(?:to )?(?:break|get|grow|land|find|build|become|scale|win|double|create|launch|reach|achieve|hit|step|stand|turn|overcome|stop|start|sell|earn|attract|close|book|fill|hire|raise|cut|save|through)\\b)`;

const NL_OFFER_OBJECT = `(?:(?:met |voor |aan |bij |op |in )?(?:${NL_NOT_OWN}){0,2}(?:${alt(NL_TARGETS)}|${NL_NOT_A_MARKET}[a-z-]{3,24}(?:ers|en|s))\\b|aan (?:meer|extra|nieuwe|betere) ${alt(NL_BENEFITS)}\\b|(?:een|de) (?:[a-z0-9-]{2,20} ){0,4}(?:tool|platform|oplossing|app|systeem|product|dienst|software|configurator|bureau|programma|pilot)\\b|(?:${NL_NOT_OWN}){0,4}(?:voor|om) (?:[a-z0-9-]{1,20} ){0,2}(?:${alt(NL_TARGETS)}|${NL_NOT_A_MARKET}[a-z-]{3,24}(?:ers|en|s))\\b)`;

/** Selling something: a product, a service, a job, a scheme. */
export const offerRules: PatternRule[] = [
  {
    id: 'OFFER_WE_HELP',
    family: 'offer',
    lang: 'en',
    pattern: pattern(`\\b${alt(EN_SELF_SUBJECT)} ${GAP}${alt(EN_OFFER_VERBS)} `),
    then: new RegExp(EN_OFFER_OBJECT),
  },
  {
    id: 'OFFER_WE_HELP_NL',
    family: 'offer',
    lang: 'nl',
    pattern: pattern(
      `\\b${alt(NL_SELF_SUBJECT)} ${GAP}${alt(NL_OFFER_VERBS)} |\\b${alt(NL_OFFER_VERBS_PLURAL)} (?:wij|we) |\\b${alt(NL_OFFER_VERBS_SINGULAR)} ik `,
    ),
    // No open gap at the end of the pattern: the continuation cannot make it give words back.
    then: new RegExp(NL_OFFER_OBJECT),
  },
  {
    // The same move in set phrases: "help teams grow", "I could help you cover", "specialised in", "we have
    // built a tool for", "Bij Acme leggen we ...", "lost dat op".
    id: 'OFFER_SERVICE',
    family: 'offer',
    lang: 'any',
    pattern: pattern(
      [
        `\\bhelp(?:ing)? ${alt(EN_TARGETS)} (?:like yours |like you )?(?:to )?(?:grow|scale|get|save|increase|boost|win|book|hire|generate|reach|cut|automate|improve|double|land|close|attract|cover|plan|navigate|unlock)\\b`,
        `\\b(?:i|we) (?:could|can|would|might) (?:definitely |easily |certainly )?help (?:you |your team |out )?(?:cover|with|out|speed|automate|get|grow|scale|save|fix|solve)\\b`,
        // "We turn your episodes into clips": a service described by what it makes of the reader's things.
        `\\b(?:we|i) (?:turn|transform|convert|repurpose) (?:your|their) (?:[a-z-]{2,20} ){0,3}into\\b`,
        `\\b(?:i'?m|we'?re|i am|we are) speciali[sz]ed in\\b|\\bwe (?:invest|acquire|buy) (?:in )?(?:[a-z-]{2,20} ){0,2}(?:companies|businesses|startups|firms)\\b`,
        `\\b(?:built|building|launched|created|developed|helping)(?<=(?:^|[.!?\\n] ?)(?:built|building|launched|created|developed|helping)) (?:[a-z0-9'+-]{1,20} ){0,4}(?:for|to help|that helps?) (?:[a-z0-9-]{1,20} ){0,2}[a-z-]{2,20}s\\b`,
        `\\b(?:ik|wij|we) (?:heb|hebben) (?:daar |hier |nu |net |onlangs |zelf )?(?:iets|een (?:[a-z0-9-]{2,20} ){0,3}(?:tool|platform|oplossing|app|systeem|product|dienst|software|configurator|demo|video|aanpak)) (?:voor )?(?:[a-z-]{2,20} ){0,3}(?:gebouwd|ontwikkeld|gemaakt|gelanceerd|opgezet|bedacht)\\b`,
        `\\b(?:ik|wij|we) (?:ben|zijn) gespecialiseerd in\\b|\\b(?:ik|wij|we) (?:werk|werken|ben|zijn) (?:nu )?(?:bezig )?(?:aan|met) (?:een |de )?(?:[a-z0-9-]{2,20} ){0,3}(?:tool|tools|platform|software|oplossing|configuratie|configuratie-tools|configurator|app|systeem|pilot|product|dienst)\\b`,
        // Capacity offered: a team standing by, who "can start next week", "we can build your app".
        // Found by the rarer word, then checked backwards for the subject: "we" and "i" alone would be tried everywhere.
        `\\bteam of(?<=\\bwe (?:have|'ve got|got) (?:a |an )?(?:[a-z-]{2,20} ){0,2}team of) (?:\\d{1,4}|[a-z-]{3,12}) (?:[a-z-]{2,20} )?(?:engineers|developers|devs|designers|specialists|experts|consultants|marketers|writers|copywriters|recruiters|analysts|testers|callers|sdrs|accountants)\\b|\\bcan start(?<=\\b(?:who|that|they) can start) (?:within|in|next|immediately|tomorrow|right away|this)\\b`,
        `\\bcan(?<=\\b(?:we|i) can) (?:also )?(?:make|build|design|develop|deliver|provide|supply|handle|manage|create|produce|take over|take care of) (?:your |you (?:a |an )?|a |an |custom |the )?(?:new )?(?:websites?|web ?shops?|(?:mobile )?apps?|software|seo|content|videos?|logos?|campaigns?|leads|ads|marketing|social media|bookkeeping|payroll|branding)\\b`,
        `\\b(?:wij|we) kunnen (?:ook |al )?(?:je |jouw |jullie |uw )?(?:nieuwe )?(?:website|webshop|app|software|seo|content|video|campagne|administratie|boekhouding|loonadministratie)[a-z]{0,12} (?:voor (?:je|jou|jullie|u) )?(?:maken|bouwen|ontwikkelen|verzorgen|leveren|overnemen|regelen|doen)\\b`,
        // The sender's own event, offered: the seat is the product, or the way in to it.
        `\\b(?:hosting|running|organi[sz]ing|holding|putting on)(?<=\\b(?:we(?:'re| are)|i'?m) (?:hosting|running|organi[sz]ing|holding|putting on)) (?:a |an |our |my )?(?:(?:small|live|virtual|online|intimate) )?(?:free|exclusive|invite-only|private|vip|sponsored) (?:(?:small|live|virtual|online|intimate) )?(?:[a-z0-9-]{2,20} ){0,2}(?:webinar|event|masterclass|workshop|seminar|roundtable|round table|session|summit|breakfast|dinner|meetup)\\b|\\b(?:organiseren|organiseer) (?:wij|we|ik) (?:een|ons|onze|mijn) (?:[a-z-]{2,20} ){0,3}[a-z-]{0,15}(?:webinar|event|evenement|masterclass|workshop|seminar|rondetafel|sessie|bijeenkomst|ontbijt|diner|congres|summit|training)\\b|\\b(?:invite-only|exclusieve?|besloten) (?:[a-z-]{2,20} )?(?:roundtable|round table|dinner|breakfast|rondetafel|diner|ontbijt(?:sessie)?|bijeenkomst)\\b`,
        `\\b(?:i|we) (?:do|sort out|handle|arrange|supply|install|fit) (?:commercial|corporate|business|contract|company|office|professional|bespoke|custom|b2b) (?!(?:work|stuff|things|jobs|trips?|travel)\\b)[a-z-]{3,20}\\b|\\b(?:ik|wij|we) (?:doe|doen|regel|regelen|lever|leveren|plaats|plaatsen|installeer|installeren) (?:zakelijke|commerciele|professionele|bedrijfs[a-z-]{2,20})\\b|\\b(?:ik|wij|we) (?:doe|doen|maak|maken|lever|leveren) [a-z-]{3,20} op maat\\b`,
        `\\bi can (?:get|save|find|offer|arrange|source|secure) you (?:a |an |the )?(?:better |cheaper |lower |best |more )?(?:tenders?|quotes?|rates?|prices?|deals?|discounts?|savings|leads|meetings|clients|customers|candidates)\\b|\\bwant us to (?:run|do|handle|build|manage|set up|take care of) (?:it|this|that|them)\\b`,
        `\\b(?:we|wij) (?:leveren|bieden|verzorgen|verkopen|regelen)\\b|\\b(?:lost|lossen|los) (?:dat|dit|het|dat probleem|dit probleem) op\\b|\\bbij [a-z0-9]{2,30}(?: [a-z0-9]{2,30})? [a-z]{3,20}en (?:we|wij)\\b|\\bdenk (?:ik )?graag (?:een keer )?(?:vrijblijvend )?mee\\b`,
      ].join('|'),
    ),
  },
  {
    id: 'OFFER_PRODUCT',
    family: 'offer',
    lang: 'any',
    pattern: pattern(
      [
        `\\b(?:our|my) (?:[a-z0-9-]{2,15} ){0,3}${alt(EN_PRODUCT_NOUNS)}\\b|\\b(?:onze|ons|mijn) (?:[a-z0-9-]{2,15} ){0,3}${alt(NL_PRODUCT_NOUNS)}\\b`,
        // Pilot and beta customers wanted: the first sale, dressed as a favour.
        `\\b(?:looking for|seeking|(?:we|wij|ik) (?:zoeken|zoek)(?: nog)?) (?:\\d{1,2} |a few |some |een paar |enkele |twee |drie )?(?:more )?(?:pilot (?:customers|clients|partners|users)|design partners|beta (?:testers|users|customers)|early adopters|launch(?:ing)? (?:customers|partners)|pilotklanten|testklanten|pilotpartners)\\b`,
        // "We have a tool that ...": the same offer with an article.
        `\\bwe(?:'ve| have)? (?:built |got |developed |created |launched )?(?:a|an) (?:[a-z0-9-]{2,15} ){0,2}${alt(EN_PRODUCT_NOUNS)} (?:that|which|for|to help)\\b|\\b(?:wij|we|ik) (?:hebben|heb) (?:sinds kort |nu |zelf )?(?:een|eigen) (?:[a-z0-9-]{2,15} ){0,2}${alt(NL_PRODUCT_NOUNS)} (?:voor|die|dat|waarmee|om)\\b`,
        // The verb last, as Dutch puts it after "omdat", "dat", "want": "omdat we een app hebben die ...".
        `\\b(?:wij|we|ik) (?:een|eigen) (?:[a-z0-9-]{2,15} ){0,2}${alt(NL_PRODUCT_NOUNS)} (?:hebben|heb|aanbieden|bieden|hebben ontwikkeld|hebben gebouwd)\\b`,
        `\\b(?:wij|we|ik) (?:hebben|heb) (?:daar|hier|daarvoor|hiervoor|ook|nu|sinds kort|speciaal) (?:ook |nu |speciaal )?(?:een|eigen) (?:[a-z0-9-]{2,15} ){0,2}[a-z-]{0,20}(?:pakket|aanbod|actie|arrangement|abonnement|oplossing|dienst|traject|programma)\\b`,
        `\\bwe(?:'ve| have)? (?:got |put together |created )?(?:a|an) (?:[a-z0-9-]{2,15} ){0,2}(?:package|bundle|offer|deal|plan|programme|program) (?:for|that|which|to help)\\b`,
      ].join('|'),
    ),
  },
  {
    id: 'OFFER_SELF_INTRO',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:allow me to introduce (?:myself|us)|let me introduce (?:myself|us)|my name is [a-z]{2,20}|i'?m (?:a |an )?(?:certified |freelance |independent |senior )?(?:franchise |business |life |executive |career |sales |growth |marketing |financial |seo |it )?(?:consultant|coach|advisor|adviser|recruiter|headhunter|strategist)\b|i'?m (?:the )?(?:co-?founder|founder|ceo|owner|managing director|head of [a-z]{2,20}|partner) (?:of|at)|i (?:run|host|own|lead|manage) (?:a|an|my|our) (?:youtube channel|podcast|agency|company|business|newsletter|firm|studio|consultancy|team|network)|i lead (?:sales|partnerships|business development|growth|marketing) (?:at|for)|i'?m (?:reaching out|writing|contacting you) (?:from|on behalf of)|\bi'?m [a-z]{2,20} (?:from|with|at) [a-z]{2,30}\b[^.?!\n]{0,40}\b(?:we|our)\b|we(?:'re| are) (?:a|an) (?:[a-z0-9-]{2,20} ){0,3}(?:agency|company|firm|startup|studio|consultancy|platform|team|provider|partner|merchant|supplier|wholesaler|installer|broker|bureau|business)\b|at [a-z0-9]{2,30},? we\b|(?:ik ben|mijn naam is) [a-z${}]{2,20} (?:van|namens|bij) [a-z]{2,30}|ik ben (?:de )?(?:mede-?oprichter|oprichter|eigenaar|founder|directeur|ceo|partner) van|ik ben [a-z]{2,20} [a-z]{2,20}, ik (?:bouw|help|maak|werk)|wij zijn (?:een|het) (?:[a-z0-9-]{2,20} ){0,3}[a-z-]{0,20}(?:bureau|bedrijf|platform|team|organisatie|agency|studio|partij)\b|bij [a-z0-9]{2,30} (?:helpen|bouwen|ontwikkelen|werken|zorgen) (?:we|wij)\b|vanuit mijn rol als|namens [a-z]{2,30} (?:benader|neem|stuur)|as an? (?:certified |experienced )?(?:life |executive |business |career )?(?:coach|consultant|advisor)|as an? (?:independent |certified |experienced )?(?:[a-z-]{2,20} )?(?:broker|agent|adviser|planner|installer)\b(?! (?:myself|too|like you))|i'?m (?:a |an )?(?:[a-z-]{2,20} )?(?:keynote |motivational |professional )speaker (?:on|about|and)|als (?:keynote ?)?spreker (?:neem|help|begeleid|laat|vertel) ik|i'?m (?:a |an )?(?:freelance|independent|self-employed) (?:[a-z-]{3,25} ){1,2}(?:specialising|specializing|speciali[sz]ed|focused|focusing|helping|who helps|working with)\b|ik ben (?:een )?(?:freelance|zelfstandige?|onafhankelijke?|gecertificeerde?|beedigde?) [a-z-]{3,25}(?: [a-z-]{3,25})?(?: en (?:ik )?(?:help|werk|maak|bouw|ontwerp|schrijf|ondersteun|vertaal)| gespecialiseerd| die (?:bedrijven|ondernemers|merken|organisaties|teams))\b|we(?:'re| are) (?:a |an )?(?:[a-z0-9-]{2,20} ){0,3}(?:company|agency|firm|studio|consultancy|team) with (?:over |more than )?\d|als (?:gecertificeerd )?(?:webdesigner|consultant|coach|specialist|adviseur|recruiter|freelancer|ontwikkelaar|marketeer|bureau) (?:help|ondersteun|werk|ben ik)|\b(?:here|hier)(?: from| van)? [a-z]{3,20} (?:here)?\.|\b[a-z]{3,20} here\. a)/g,
  },
  {
    id: 'OFFER_RECRUITING',
    family: 'offer',
    lang: 'en',
    pattern:
      /\b(?:i'?m (?:currently )?(?:recruiting|hiring|looking) for (?:a |an )?[a-z\s-]{0,30}(?:role|position|developer|engineer|manager|candidate|designer|lead)|(?:we'?re|we are) (?:currently |actively )?(?:hiring|recruiting)\b|(?:a |the |this )?(?:role|position|opportunity|vacancy|opening) (?:i'?m|we'?re) (?:filling|hiring for|recruiting for)|(?:my|our|a) client(?: of mine)? (?:is (?:looking|hiring|searching|growing)|needs|would like|interested|wants|has)|on behalf of (?:a|my|our) client|a (?:hedge fund |private equity )?client (?:would like|is looking|interested|needs)|(?:your|this) (?:background|experience|profile|skill ?set|skills) (?:is|would be|looks like|seems like) (?:exactly|a perfect|perfect|an? (?:great|ideal|strong|excellent|good) (?:fit|match))|(?:are you|r u|would you be) (?:happy|open|interested) (?:in|to) (?:your current role|new (?:roles|opportunities)|(?:a |the )?(?:new )?(?:role|position|opportunity|challenge))|(?:open|looking) to new opportunities|paid (?:expert )?(?:consultation|call|survey|interview)|(?:an? )?(?:amazing|exciting|incredible|great|unique|fantastic) (?:opportunity|role|position)|we'?re paying (?:between )?\$?\d|(?:looking|searching) for (?:[a-z]{2,15} )?(?:developers|engineers|candidates|experts|talent|distributors|resellers|affiliates|ambassadors|brand ambassadors)(?: (?:with|in|for))?|(?:we are|we'?re|i am|i'?m) (?:currently )?(?:seeking|looking for) (?:someone|a candidate|candidates|talent|an? [a-z-]{2,20} (?:to|who|with))|we have (?:some |a few )?(?:great|strong|top|excellent|vetted|pre-vetted) (?:candidates|talent|engineers|developers|people)|candidates in (?:our|my) network|headhunt(?:ing|ed)?|(?:roles|positions|openings|vacancies|contracts)(?<=\b(?:i|we) (?:have|'ve got|got) (?:a |an |some |a few |a couple of |several |two |three |\d{1,2} )?(?:(?!(?:about|on|for|of|the|in|with|to|from|your|you|questions?)\b)[a-z-]{2,20} ){0,3}(?:roles|positions|openings|vacancies|contracts))\b(?! (?:you|that you|your team)\b)|(?:roles?|positions?|opportunit(?:y|ies)|vacanc(?:y|ies)|openings?) (?:that|which) (?:fits?|match(?:es)?|suits?|aligns? with) (?:your|you)\b|open to (?:a |the )?(?:move|change|switch)\b|referral (?:bonus|fee|reward)|are you happy (?:where you are|in your (?:current )?(?:role|job|position))|(?:i'?ve|i have) placed (?:\d{1,3}|two|three|four|five|several|a few) (?:people|candidates|engineers|developers)|when something (?:good |interesting |suitable |relevant )?comes up|add you to my (?:network|talent pool|database|pipeline))/g,
  },
  {
    id: 'OFFER_RECRUITING_NL',
    family: 'offer',
    lang: 'nl',
    pattern:
      /\b(?:(?<!\b(?:je|jouw|uw|zijn|haar|hun|mijn|met) )(?:(?:deze|een|mooie|nieuwe|leuke|interessante|uitdagende|vaste|interne|concrete) (?:functies?|vacatures?|posities?|baan|banen|jobs?|carriere ?stap|baanmogelijkheid)|(?:deze|mooie|nieuwe|leuke|interessante|uitdagende|vaste|interne|concrete) (?:rol(?:len)?|opdracht(?:en)?|uitdaging|kans))|past (?:volgens mij )?(?:echt )?(?:goed|perfect|uitstekend|precies) bij (?:je|jou|u)|(?:je|jij|u) (?:echt |heel |volgens mij )?(?:goed|perfect|uitstekend|precies) (?:zou )?(?:past|passen) bij (?:een|ons|onze|deze|dit|mijn)|(?:aansluit(?:en|t)?|past) (?:bij|op) (?:je|jouw|uw) (?:profiel|ervaring|achtergrond)|(?:mijn|onze) (?:klant|opdrachtgever|relatie) (?:zoekt|is op zoek|heeft|wil|groeit)|(?:wij|we|ik) (?:zoeken|zoek) (?:iemand|een? [a-z-]{2,20}|kandidaten|developers|ontwikkelaars|collega'?s)|(?:wij|we|ik) (?:zoeken|zoek) (?:momenteel |nu )?voor (?:een|onze|mijn) (?:klant|opdrachtgever|relatie) (?:[a-z-]{2,20} ){0,5}(?:een|naar een) (?:ervaren |senior |medior |junior )?[a-z-]{2,30}(?:er|or|ist|ant|eur|aar|ontwikkelaar|developer|manager|adviseur|medewerker|specialist|consultant|engineer)\b|(?:we|wij) (?:zijn )?op zoek naar (?:een|iemand|kandidaten|developers|versterking)|ik ben op zoek naar (?:iemand|kandidaten|developers|versterking|een (?:nieuwe )?collega|een (?:ervaren |senior |medior |junior )?[a-z-]{2,20}(?:er|or|ist|ant|eur|ontwikkelaar|developer|manager|adviseur)\b)|open (?:voor|staan voor) (?:een )?(?:nieuwe )?(?:uitdaging|stap|baan|functie|kansen)|freelance opdracht|bekijk (?:'m|hem|de vacature) hier|sta (?:je|jij) (?:misschien |wellicht )?open voor|staat u open voor|(?:secundaire )?arbeidsvoorwaarden|potentiele kandidaat|de vacature (?:van|voor|als)|vacature|(?:mijn|onze|een) (?:van (?:mijn|onze) )?(?:[a-z-]{2,20} )?(?:klanten|opdrachtgevers?|relaties?)\b(?=[ ,])|namens (?:een|mijn|onze) (?:klant|opdrachtgever|relatie)|(?:profiel|kandidaat) (?:waar ?naar|dat|die) (?:ik|we|wij) (?:zoek|zoeken)|precies het profiel|een (?:klant|opdrachtgever|relatie) van (?:mij|ons) (?:zoekt|is op zoek|heeft|wil)|(?:uw|je|jouw) profiel past (?:er |daar )?(?:echt |heel )?(?:perfect|goed|uitstekend|precies)|(?:ik|wij|we) (?:heb|hebben) (?:nog )?(?:een paar |enkele |wat |diverse |meerdere |twee |drie )?(?:mooie|leuke|interessante|nieuwe|concrete|uitdagende|openstaande|vaste) (?:opdrachten|vacatures|functies|rollen|jobs|posities)|(?:sluit|past) (?:hier |daar )?(?:goed |perfect |naadloos |mooi )?(?:op|bij) aan|nieuwe stap in|(?:de|deze) (?:positie|functie|rol) (?:is|wordt))\b/g,
  },
  {
    id: 'OFFER_FREE',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:free (?!to\b)(?:[a-z0-9-]{1,15} ){0,2}(?:consultation|audit|scan|trial|leads|demo|strategy|assessment|session|analysis|report|e-?book|guide|webinar|call|review|quote|sample|template|checklist|workshop|masterclass)|(?:for|at no) (?:free|cost|charge)\b|complimentary (?:[a-z]{2,15} )?(?:audit|session|call|review|consultation|analysis|report|assessment)|giving away free|no (?:obligation|strings attached|commitment)s?|gratis (?:[a-z]{2,12} )?[a-z]{0,12}(?:scan|adviesgesprek|demo|analyse|audit|sessie|proefperiode|strategiesessie|webinar|e-?book|rapport|check|gesprek|kennismaking|training|workshop|advies|proef)|geen verplichting(?:en)?|zonder verplichting(?:en)?|kosteloos|zonder kosten|(?:aan |at |for )?(?:halve prijs|half price)|(?:compliance|security|website|seo|marketing|energy|privacy|cyber) (?:health ?check|scan|audit|check-?up)|free for (?:\d{1,2}|the first|a|one|two|three|six|twelve) (?:months?|weeks?|days?)|(?:\d{1,2}|een|twee|drie|zes) (?:maanden|weken) gratis|\d{1,2} ?% (?:korting|discount|off)|(?:korting|discount|promo)-?code|no cure,? no pay|(?:reken(?:en)?|betaal|betaalt|betalen) (?:je |u |we |wij |ik )?(?:pas |alleen )?(?:aan )?(?:bij|na) (?:succes|resultaat)|(?:only )?(?:pay|charge) (?:only )?(?:on|for|when|if) (?:success|results)|vaste prijs|quick ?scan|opportunity scan|vrijblijvend (?:advies|aanbod|offerte|mee|gesprek|kennismaken|kennismakingsgesprek|bellen|sparren|laten zien)|vrijblijvende? [a-z]{3,20})\b/g,
  },
  {
    id: 'OFFER_BENEFIT',
    family: 'offer',
    lang: 'any',
    pattern: pattern(
      `\\b(?:more|extra|additional|new) (?:qualified |inbound |high-quality |b2b )?${alt(EN_BENEFITS)}\\b|\\b(?:double|triple|2x|3x|5x|boost|increase|grow|fill) (?:your|their) (?:revenue|sales|pipeline|leads|conversions?|bookings|business|income|profits?|reach|calendar|funnel)\\b|\\b(?:vul|vult|vullen) (?:je|jouw|jullie|uw) (?:agenda|pijplijn|pipeline|funnel|salesfunnel)\\b|\\bsave (?:you |your team )?(?:time|hours|money|costs|\\d{1,3}(?:%| hours))\\b|\\b(?:cut|reduce|lower) (?:your )?(?:costs|churn|overhead|admin|hours|time spent)\\b|\\b(?:cut|reduce|lower|save|slash|halve|verlagen|besparen|verkorten) (?:[a-z-]{2,20} ){0,2}(?:time|costs?|hours|spend|churn|tijd|kosten|uren) (?:by|met) (?:up to |tot )?\\d{1,3} ?(?:%|percent|procent)|\\bwithout (?:the )?(?:hassle|headaches?|growing pains|extra (?:cost|hires|staff))\\b|\\bmeer (?:b2b |nieuwe |betere |vaste )?${alt(NL_BENEFITS)}\\b|\\b(?:tijd|kosten|geld|uren) (?:besparen|bespaart|te besparen|bespaard)\\b|\\bbespaar (?:je |jij |jullie )?\\b|\\b(?:verdubbel|verhoog|vergroot|verlaag|verbeter) (?:je|jouw|jullie|uw) (?:omzet|winst|conversie|kosten|resultaten|bereik)\\b|\\bzonder (?:gedoe|zorgen|risico|extra kosten|omkijken)\\b|\\bfraction of (?:the |your |what |uk |us |local |in-house )?(?:cost|costs|price|rates?|budget|it costs)\\b|\\b(?:affordable|unbeatable|low) (?:prices?|rates|pricing|fees?|costs?)\\b|\\btegen (?:een )?(?:fractie van|scherpe prijs|vast (?:maand)?tarief|vaste (?:maand)?prijs|betaalbare? (?:prijs|tarief))|\\b(?:\\d{1,3}(?:-\\d{1,3})?|dozens of|hundreds of) (?:new |qualified |extra |warm |b2b |inbound |high-quality |sales )+(?:leads|meetings|appointments|calls|clients|customers|demos)\\b|\\b\\d{1,3}(?:-\\d{1,3})? (?:nieuwe |gekwalificeerde |extra |warme )+(?:leads|afspraken|klanten|aanvragen|gesprekken)\\b`,
    ),
  },
  {
    id: 'OFFER_SYNERGY',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:synerg(?:y|ies)|mutually beneficial|win-win|explor(?:e|ing) (?:a |potential |possible |some )?(?:partnership|collaboration|synergies|ways (?:we|to) (?:could )?work|opportunities to (?:work|collaborate))|(?:see|explore) (?:if|whether) there'?s a fit|if there'?s a fit|(?:could|might) align|partner ecosystem|partnership (?:opportunit(?:y|ies)|between)|co-?delivery|referral partner(?:ship)?|white[\s-]?label|(?:how|whether|if) we (?:could|can|might) (?:work together|collaborate|partner)|(?:potential|possible|strategic|collaborative) (?:partnership|collaboration)|iets voor elkaar (?:kunnen )?betekenen|iets voor (?:je|jou|u|jullie) (?:kan |kunnen )?betekenen|samenwerking (?:verkennen|onderzoeken|bespreken)|(?:kansen|mogelijkheden) (?:voor|tot) (?:een )?samenwerking|elkaar (?:kunnen )?versterken|samen (?:kunnen )?optrekken)/g,
  },
  {
    id: 'OFFER_SCHEME',
    family: 'offer',
    lang: 'any',
    pattern:
      /\b(?:passive income|side income|financial freedom|be your own boss|franchise (?:owner|opportunity)|work from home|earning (?:passive )?income|crypto|web3|blockchain|forex|trading signals|retirement planning|dm me to learn more|side hustle|(?:something|a business|a little business|an income) on the side|(?:generating|generate|earn(?:ing)?|making) (?:extra |more |additional )?(?:income|money) (?:besides|beside|alongside|on top of|outside)|besides your (?:9-5|9 to 5|nine to five|day job)|naast (?:je|jouw) (?:9-5|9 tot 5|vaste baan|dagbaan)|extra inkomen|financiele vrijheid|eigen baas|join (?:my|our) (?:growing )?team\b(?! (?:meeting|call|lunch|dinner|drinks))|looking for (?:a few |some |\d |two |three )?(?:motivated|ambitious|driven|like-minded|positive) (?:people|women|men|mums|moms|mamas|individuals|ladies|entrepreneurs)|fits? (?:totally |easily |perfectly )?around (?:the kids|your (?:kids|family|schedule|job|day job))|(?:gemotiveerde|ambitieuze|positieve) (?:mensen|vrouwen|moeders|mama'?s|ondernemers) (?:die|voor mijn team))\b/g,
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
      en: 'The sender talks about what they sell: who they help, what they build or offer. The message is about them, not about the reader.',
      nl: 'De afzender praat over wat hij verkoopt: wie hij helpt, wat hij bouwt of aanbiedt. Het bericht gaat over hem, niet over de lezer.',
    },
    suggest: {
      en: 'Leave the offer out until they ask. Write about them: their work, their question, their ambition.',
      nl: 'Laat het aanbod weg tot ze ernaar vragen. Schrijf over hen: hun werk, hun vraag, hun ambitie.',
    },
    examples: {
      hit: [
        'We help SaaS companies book more demos.',
        'We help roofers win jobs from their websites.',
        'I help teams cover engineering gaps.',
        'We have been helping dentists fill their chairs.',
        "We've built a tool that writes your proposals.",
        'I coach founders through their first hires.',
        "I've been building automations for Dutch recruitment companies.",
        'We book sales meetings for small consultancies every month.',
        'I help women in engineering step into leadership roles.',
        'I coach first-time managers through their first year.',
      ],
      miss: [
        'Can I help you move on Saturday?',
        'I worked with your brother at school.',
        'I help my kids with their homework.',
        'We help each other grow.',
        'We booked a table for the teams.',
        "I coach my daughter's team through the season.",
      ],
    },
  },
  OFFER_WE_HELP_NL: {
    explain: {
      en: 'The sender talks about what they sell: who they help, what they build or offer. The message is about them, not about the reader.',
      nl: 'De afzender praat over wat hij verkoopt: wie hij helpt, wat hij bouwt of aanbiedt. Het bericht gaat over hem, niet over de lezer.',
    },
    suggest: {
      en: 'Leave the offer out until they ask. Write about them: their work, their question, their ambition.',
      nl: 'Laat het aanbod weg tot ze erom vragen. Schrijf over hen: hun werk, hun vraag, hun ambitie.',
    },
    examples: {
      hit: [
        'Ik help bedrijven met leadgeneratie.',
        'Wij helpen bakkerijen aan meer klanten.',
        'Ik help coaches aan meer omzet.',
        'Wij helpen dakdekkers aan betere offertes.',
        'Bij Stroomlijn helpen we installateurs met hun planning.',
        'Wij bouwen dashboards voor zorginstellingen.',
        'Als coach help ik ondernemers die vastlopen.',
      ],
      miss: ['Ik help mijn buurvrouw met haar tuin.', 'Ik werk bij een school in Gent.', 'Ik help je graag.'],
    },
  },
  OFFER_SERVICE: {
    explain: {
      en: 'A service line: what the sender can do for the reader’s business, before the reader asked.',
      nl: 'Een dienstenzin: wat de afzender voor het bedrijf van de lezer kan doen, voordat de lezer erom vroeg.',
    },
    suggest: {
      en: 'Keep what you do for when they ask. Ask what they are working on instead.',
      nl: 'Bewaar wat je doet voor als ze ernaar vragen. Vraag liever waar ze aan werken.',
    },
    examples: {
      hit: [
        'We help teams grow without extra hires.',
        'We turn your webinars into a month of posts.',
        'I could help cover some of that work.',
        'We hebben daar iets voor gebouwd.',
        'Bij Zonnig Dak leggen we zonnepanelen op bedrijfspanden.',
        'Wij lossen dat op met onze plugin.',
        'We have a dedicated team of 12 developers ready for your project.',
        'They can start within two weeks.',
        'We can build your new webshop in a month.',
        'Op 12 maart organiseren wij een exclusieve rondetafel voor HR-directeuren.',
        "We're hosting an invite-only dinner for CMOs.",
        'If you ever want us to run it for you, just say.',
        'We do commercial cleaning around Leeds.',
        'Wij doen relatiegeschenken op maat.',
        'I can get you better quotes from nine suppliers.',
      ],
      miss: [
        'Could you help me with my thesis?',
        'Ik heb een taart gebakken.',
        'We have a team of 5 now.',
        'We can build your shed together on Saturday.',
        'Op vrijdag organiseren we een afscheidsborrel.',
        "We're hosting a small dinner for the alumni.",
        'We do that too at our school.',
        'I do contract work now, mostly for friends.',
        'I can get you the slides tomorrow.',
      ],
    },
  },
  OFFER_PRODUCT: {
    explain: {
      en: 'Names the product or service being sold ("our platform", "my programme"): a brochure line, not a conversation.',
      nl: 'Noemt het product of de dienst die verkocht wordt ("onze tool", "mijn aanpak"): een folderzin, geen gesprek.',
    },
    suggest: {
      en: 'Leave your product out of a first message. If it matters to them, they will ask what you do.',
      nl: 'Laat je product uit een eerste bericht. Als het voor hen telt, vragen ze wel wat je doet.',
    },
    examples: {
      hit: [
        'Our platform automates your reporting.',
        "We've built a tool that flags churn risk early.",
        'Wij hebben een eigen app waarmee monteurs hun uren schrijven.',
        'Onze software koppelt alles aan elkaar.',
        'Mijn aanpak werkt.',
        'Ik vraag het omdat we een tool hebben die dat oplost.',
        'We hebben daar een voordelig onderhoudspakket voor.',
        "We've put together a starter package for new clinics.",
        'Our new AI scheduling tool is live.',
        'We are looking for 3 pilot customers.',
        'Wij zoeken nog twee pilotklanten.',
        'Mijn 8-weekse traject start in maart.',
      ],
      miss: [
        'Our team loved your talk.',
        'Mijn collega zag je lezing.',
        'We hebben daar ook een app voor op het werk.',
      ],
    },
  },
  OFFER_SELF_INTRO: {
    explain: {
      en: 'Opens with who the sender is and what their company does. The reader wonders why they should care.',
      nl: 'Opent met wie de afzender is en wat zijn bedrijf doet. De lezer vraagt zich af waarom dat hen zou moeten boeien.',
    },
    suggest: {
      en: 'Start with them: one concrete thing they did or said, and a question about it.',
      nl: 'Begin bij hen: één concreet ding dat ze deden of zeiden, en een vraag daarover.',
    },
    examples: {
      hit: [
        'Allow me to introduce myself.',
        'Wij zijn een Gents softwarebedrijf.',
        "Hi! I'm a franchise consultant.",
        "I'm the founder of Ledgerly.",
        "We're a small design agency from Utrecht.",
        'Ik ben Kees van Noah Recruitment.',
        'Wij zijn een creatief bureau uit Gent.',
        "I'm a freelance designer specialising in onboarding flows.",
        'Ik ben zelfstandig fotograaf en help bedrijven aan betere productfoto’s.',
        'We are a software company with 10 years of experience.',
        "I'm a freelance German-English translator specialising in contracts.",
        "I'm a keynote speaker on resilience.",
        'Als spreker neem ik teams mee in mijn verhaal.',
        'Ik ben zelfstandig vertaler Frans-Nederlands en werk voor notarissen.',
        'As an independent energy broker, I compare suppliers.',
        "We're a family wine merchant in Kent.",
      ],
      miss: [
        'I am a fan of your podcast.',
        'Ik ben benieuwd hoe het met je gaat.',
        "I'm a freelance journalist writing about startups.",
        'As an independent adviser myself, I liked your take.',
      ],
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
        "We're searching for resellers in Scandinavia.",
        'My client is looking for someone like you.',
        'Would you join a paid consultation?',
        'Would you be open to a new challenge?',
        "We're hiring in Rotterdam.",
        'I have two exciting remote roles that could suit you.',
        'I have positions that match your background.',
        'Would you be open to a move this year?',
        'There is a referral bonus for every hire.',
        'Are you happy where you are?',
        "I've placed four people from your team's industry this year.",
        "I'd like to add you to my network for future roles.",
      ],
      miss: [
        'I am hiring a plumber for my kitchen, any tips?',
        'I have a few questions about the roles you posted.',
      ],
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
        'Wij zoeken momenteel voor een opdrachtgever een planner.',
        'Volgens mij zou je perfect passen bij dit team.',
        'Sta je open voor een nieuwe uitdaging?',
        'Mijn klant zoekt een senior developer.',
        'De arbeidsvoorwaarden zijn uitstekend.',
        'Ik heb een paar mooie opdrachten voor ontwikkelaars.',
        'Wij hebben nieuwe vacatures in Antwerpen.',
        'Ik heb een nieuwe job voor jou.',
        'Een klant van mij zoekt een teamleader.',
        'Uw profiel past er perfect op.',
      ],
      miss: [
        'Mijn functie is veranderd sinds de reorganisatie.',
        'Ik heb een paar vacatures gezien bij jullie.',
        'Proficiat met je nieuwe job!',
      ],
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
        'Een vrijblijvende offerte sturen?',
        'Join our free 30-minute masterclass.',
        'Wij rekenen pas aan bij succes.',
        'Schrijf je in voor onze gratis ontbijtsessie.',
        'Free for 6 months.',
        '25% korting met code WELKOM.',
        'The first month at half price.',
        'Our compliance health check takes an hour.',
      ],
      miss: ['Feel free to ignore this.', 'Ik ben vrij op vrijdag.', 'Feel free to call me anytime.'],
    },
  },
  OFFER_BENEFIT: {
    explain: {
      en: 'Promises an outcome (more clients, saved hours, lower costs) to someone who never asked: the promise of every pitch.',
      nl: 'Belooft een resultaat (meer klanten, minder uren, lagere kosten) aan iemand die er niet om vroeg: de belofte van elke pitch.',
    },
    suggest: {
      en: 'Ask what they are trying to achieve before you promise anything.',
      nl: 'Vraag wat zij willen bereiken voordat je iets belooft.',
    },
    examples: {
      hit: [
        'Get more qualified leads every week.',
        'Double your pipeline.',
        'Our callers fill your calendar with sales meetings.',
        'Meer klanten zonder gedoe.',
        'Wij vullen je agenda met afspraken.',
        'Zo bespaar je uren.',
        'All at a fraction of the cost of hiring.',
        'We deliver 20 qualified meetings a month.',
        'Tegen een vast maandtarief.',
        'Very affordable prices.',
      ],
      miss: [
        'We need more chairs for the party.',
        'Ik heb meer tijd nodig voor mijn scriptie.',
        'The tickets cost a fraction of what I expected.',
      ],
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
      hit: [
        "I'm now earning passive income from home.",
        'Have you considered diversifying into crypto?',
        "I'm looking for a few motivated women to join my team.",
        'It fits around the kids.',
        "I've been building something on the side.",
        'Are you open to earning income besides your 9-5?',
      ],
      miss: ['Our income statement is due Friday.', 'Join our team call at 3.'],
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
