import { seq } from '../regex';
import type { PatternRule, RuleDocsMap } from '../types';

/**
 * The steps of a sales sequence that are not the pitch itself: the warm-up touch that sets up a later ask,
 * the note that picks the reader by job title, money talk. Each is weak alone; together with an offer or an
 * ask they are the shape of outreach.
 */
export const sequenceRules: PatternRule[] = [
  {
    id: 'WARM_UP_TOUCH',
    family: 'sequence',
    lang: 'any',
    quietIn: ['ongoing', 'reply'],
    pattern: new RegExp(
      [
        // A promise of more to come: the ask is in the next message.
        `\\bi'?ll (?:follow up|reach out|send (?:you|over)|be in touch|circle back|share more|get back to you) (?:soon|next week|shortly|in a few days|later|with)\\b`,
        `\\bmore on (?:that|this) (?:soon|later|in my next)\\b|\\bin my next (?:message|note)\\b|\\bstay tuned\\b`,
        `\\bi have (?:an idea|something|a few ideas|some ideas|a suggestion) (?:for (?:you|your)|that (?:could|might|may) (?:help|interest))\\b`,
        `\\b(?:would|'d) love to (?:connect and )?(?:share|show|exchange) (?:some |a few |a couple of )?(?:ideas|thoughts|insights|notes|tips)\\b`,
        '\\b(?:expanding|growing|building) my network (?:of|with|in|among|of other)\\b',
        seq(
          "\\bi(?:'m| am) connecting with (?:other |more )?[a-z-]{2,20} ",
          ['leaders', 'founders', 'owners', 'professionals', 'executives', 'managers'],
          '\\b',
        ),
        `\\bthought (?:it|we) (?:would|should|could|might) (?:make sense|be (?:great|good|valuable|worthwhile|useful)) to (?:connect|get acquainted|be connected)\\b`,
        `\\b(?:(?:it )?(?:would|might) be (?:worthwhile|valuable|beneficial) for (?:both of us|us both))\\b|\\bmutual (?:benefit|value)\\b`,
        `\\bik (?:kom|neem) (?:binnenkort|volgende week|later|snel) (?:nog )?(?:bij je |bij u )?(?:terug|contact op)\\b`,
        `\\bik heb (?:een idee|een paar ideeen|iets) (?:voor (?:je|jou|jullie|u)|dat (?:je|jullie|u) (?:kan|zou kunnen) helpen)\\b`,
        `\\b(?:lijkt me|het lijkt me) (?:goed|leuk|interessant|waardevol|zinvol|handig) om te (?:connecten|verbinden)\\b|\\bverbind(?:en)? graag\\b`,
        `\\b(?:graag )?(?:connect|verbind) ik (?:graag )?met (?:andere |meer )?[a-z-]{2,20}(?:s|en|ers)\\b|\\bik breid mijn netwerk uit\\b`,
        // The teaser: something of the sender's "you might find interesting", the hook before the ask.
        seq(
          '\\b(?:thought|figured) (?:you|this) (?:might|may|would|could) ',
          [
            'find (?:this|it|these|them)(?: [a-z-]{2,20})? (?:interesting|useful|valuable|relevant|helpful)',
            'be (?:interested|of interest|relevant|useful|helpful)',
          ],
          '\\b',
        ),
        seq(
          '\\byou (?:might|may) ',
          [
            'be interested in',
            'find (?:this|it|these)(?: [a-z-]{2,20})? (?:interesting|useful|relevant|valuable)',
          ],
          '\\b',
        ),
        seq(
          '\\b(?:dacht|leek me) (?:dat )?(?:dit|het|deze) (?:(?:wellicht|misschien|mogelijk) )?',
          ['interessant', 'relevant', 'nuttig', 'waardevol'],
          ' ',
          ['voor (?:je|jou|u|jullie)', 'is', 'kan zijn', 'zou kunnen zijn'],
          '\\b',
        ),
        '\\b(?:wellicht|misschien|mogelijk) (?:interessant|relevant|nuttig) voor (?:je|jou|u|jullie)\\b',
        // The value-add touch: the sender's own insight offered as bait for the next step.
        seq(
          '\\bhappy to (?:share|send|pass on) ',
          [
            "what (?:we|i)(?:'re| am| are)? ?(?:seeing|learned|found)",
            'our (?:perspective|view|insights|findings|lessons|playbook|data|report|template|approach)',
            'lessons',
            'best practices',
            'insights',
            'the (?:report|template|scorecard|playbook|deck|case study)',
            'it',
            'more',
            'how',
          ],
          '\\b',
        ),
        seq(
          '\\bif (?:helpful|useful|relevant|interesting),? ',
          ['i can', 'i could', 'happy to', "i'?d be happy to", "i'?ll"],
          '\\b',
        ),
        seq(
          '\\b(?:just )?(?:finished|wrote|put together) a (?:short )?',
          ['report', 'guide', 'playbook', 'whitepaper', 'checklist', 'template'],
          ' (?:on|about)\\b',
        ),
        '\\bsomething (?:that|which) (?:might|could|may|will) help\\b',
        seq(
          "\\b(?:i|we)(?:'ve| have)? ",
          ['put together', 'prepared', 'made', 'done', 'run', 'drawn up', 'worked out'],
          ' (?:a |an |some )?(?:rough |quick |short |free |first )?(?:[a-z-]{2,20} )?',
          [
            'estimate',
            'calculation',
            'quote',
            'proposal',
            'analysis',
            'mock-?up',
            'audit',
            'breakdown',
            'yield estimate',
          ],
          ' (?:for|of) (?:your|you)\\b',
        ),
        seq(
          '\\b(?:ik|we|wij) (?:heb|hebben) (?:alvast |al )?',
          ['voor (?:jullie|je|u|uw) [a-z-]{2,20} '],
          '?(?:een )?',
          ['globale ', 'eerste ', 'korte ', 'vrijblijvende '],
          '?',
          ['berekening', 'offerte', 'analyse', 'voorstel', 'ontwerp', 'schets', 'doorrekening'],
          ' (?:gemaakt|opgesteld|uitgewerkt)\\b',
        ),
        "\\b(?:alvast|al) (?:[a-z0-9'-]{1,20} ){0,4}doorgerekend\\b",
        '\\bthis is a (?:sales|cold|sales-y|salesy) (?:message|pitch|email|note)\\b',
        "\\bi won'?t follow up\\b",
        '\\bdeel (?:ik )?graag (?:wat|hoe|onze|mijn)\\b',
        '\\bdan stuur ik (?:die|ze|het|je) (?:direct|even|graag)\\b',
        `\\bwie weet (?:wat|kunnen we|waar)\\b|\\bmocht (?:het|dat|er) ooit (?:spelen|iets)\\b|\\baltijd (?:handig|goed|fijn) om (?:even )?te connecten\\b`,
      ].join('|'),
      'g',
    ),
  },
  {
    id: 'ROLE_TARGETING',
    family: 'sequence',
    lang: 'any',
    quietIn: ['ongoing', 'reply'],
    pattern: new RegExp(
      seq('\\b', [
        seq("(?:i )?(?:noticed|saw|see) (?:that )?you(?:'re| are) (?:the |a |an )?", [
          'ceo',
          'cfo',
          'cto',
          'coo',
          'founder',
          'co-founder',
          'owner',
          'head of',
          'vp',
          'director',
          'leading',
          'running',
          'in charge',
        ]),
        seq(
          'as (?:a|an|the) ',
          [
            'ceo',
            'cfo',
            'cto',
            'coo',
            'founder',
            'co-founder',
            'owner',
            'business owner',
            'head of [a-z]{2,20}',
            'leader',
            'director',
            'manager',
            'decision[ -]maker',
            'executive',
            'hr (?:leader|manager|director)',
            'vp of [a-z]{2,20}',
          ],
          ' (?:of|at|in|you|yourself|like you)\\b',
        ),
        'given your (?:role|position) (?:as|at)',
        '(?:with|given) your (?:background|experience|expertise) in [a-z-]{2,30},? (?:you|i)',
        '(?:companies|businesses|teams) (?:like|such as) yours',
        seq(
          'als ',
          [
            'eigenaar',
            'directeur',
            'oprichter',
            'ondernemer',
            'manager',
            'ceo',
            'hr-manager',
            'hoofd [a-z]{2,20}',
            'beslisser',
            'ondernemer',
          ],
          ' (?:van|bij|ben je|weet je|heb je|zul je)',
        ),
        seq(
          'ik zie dat (?:je|u) (?:als [a-z-]{2,30} )?(?:[a-z]{1,15}-?)?',
          ['eigenaar', 'directeur', 'oprichter', 'ceo', 'manager', 'werkzaam', 'verantwoordelijk'],
          ' (?:bent|van|bij|voor)',
        ),
        'ik zag dat (?:je|u) als [a-z{}-]{2,30} (?:bij|werkt)',
      ]),
      'g',
    ),
  },
  {
    id: 'MONEY_TALK',
    family: 'money',
    // Asking how they arrived at their own rate is listening, not a deal ("How did you decide on a day rate?").
    lang: 'any',
    pattern: new RegExp(
      [
        '[$€£] ?\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d{1,2})?\\s?(?:[km+]|\\/h|\\/hr|per|an hour|a month)?',
        '\\b\\d{1,3}(?:[.,]\\d{3})*\\s?(?:euro|eur|usd|dollars?)\\b',
        seq(
          '\\b',
          [
            '(?:passive|extra|side|monthly|recurring|residual) income',
            'earn(?:ing)? (?:up to|an extra|more|\\d)',
            'returns? (?:of|up to) \\d',
            '\\d{1,3}% (?:roi|return|rendement)',
            '\\broi\\b',
            seq(
              '(?<!\\b(?:how|why) did you\\b[^.?!\\n]{0,40}|\\bhoe (?:ben|heb|kwam) je\\b[^.?!\\n]{0,40})',
              ['(?:hourly|day|daily) rate', 'uurtarief', 'dagtarief'],
            ),
            'competitive (?:rates?|salary|pay|compensation|package)',
            'salary (?:of|up to|range|between)',
            'salaris (?:van|tot|tussen|ligt)',
            'brutosalaris',
            'bruto salaris',
            '(?<!\\b(?:no|geen|zonder|without) )(?:commission|commissie)',
            'stock options',
            'equity stake',
            'perks',
            'benefits package',
            'lease ?auto',
            'ground floor',
            'investment opportunit(?:y|ies)',
            'investeringsmogelijkheid',
            'rendement van',
            'verdien(?:en|t)? (?:je |jij )?(?:tot|extra|meer)',
            'pay(?:ing)? (?:between|up to)',
            'paid (?:gig|opportunity|partnership)',
            'betaalde (?:opdracht|samenwerking)',
            'seed[ -]?(?:round|ronde)',
            'funding round',
            'investeringsronde',
            "(?:we(?:'re| are)|i'?m) raising",
            seq(
              'fee(?<=\\b(?:small|one-off|production|participation|sponsorship|listing|membership|setup|set-u',
              "p|flat|monthly|placement|finder'?s) fee)(?<!\\b(?:no|without|zero|geen) (?:[a-z'-]{2,20} )?f",
              'ee)',
            ),
            'sponsored (?:episode|feature|post|article|spot|slot|segment)',
            'gesponsorde? (?:aflevering|bijdrage|post|artikel|plek|vermelding)',
            'bijdrage in de (?:productie)?kosten',
            '(?:eigen|kleine) bijdrage van',
            seq(
              'pays? (?:itself )?back (?:with)?in ',
              ['about ', 'around ', 'under ', 'less than ', 'roughly '],
              '?(?:\\d|one|two|three|four|five|a year)',
            ),
            'payback (?:period|time) of (?:about |around |under |roughly )?\\d',
            'terugverdientijd (?:van|rond|is|ligt)(?: [a-z]{2,10})?(?: de)? \\d',
            'verdient zich(?:zelf)? (?:binnen [a-z0-9 ]{1,15} )?terug',
            '(?:my|our|mijn|onze) (?:rates|rate card|tarieven|prijslijst)\\b(?! (?:team|afdeling))',
          ],
          '\\b',
        ),
      ].join('|'),
      'g',
    ),
  },
  {
    // "No pitch, promise": a tell when an offer or an ask comes with it (DISCLAIMED_PITCH), an honest aside when
    // the message only asks about them (issue 21: it was counted and underlined on such a message).
    id: 'NO_PITCH_DISCLAIMER',
    family: 'sequence',
    lang: 'any',
    quietIn: ['ongoing', 'reply'],
    signalOnly: true,
    pattern: new RegExp(
      [
        '\\bnot (?:gonna|going to) pitch\\b',
        seq(
          '\\b(?:ik wil|ik ga) (?:je|u|jou|jullie) ',
          ['zeker ', 'echt ', 'absoluut ', 'helemaal '],
          '?(?:niks|niets) (?:verkopen|aansmeren)\\b',
        ),
        '\\bnot (?:here )?to sell (?:you )?anything\\b',
        '\\bno (?:sales )?pitch(?: here| unless)?\\b',
        '\\bnot (?:a sales pitch|trying to sell)\\b',
        '\\bgeen (?:verkoop)?(?:pitch|verkooppraatje)\\b',
      ].join('|'),
      'g',
    ),
  },
];

/** What each rule says to the user and the examples its tests run. */
export const sequenceDocs: RuleDocsMap = {
  WARM_UP_TOUCH: {
    explain: {
      en: 'A warm-up touch of a sales sequence: it promises ideas or a follow-up and sets up an ask for the next message.',
      nl: 'Een opwarmbericht uit een verkoopreeks: het belooft ideeën of een vervolg en zet een vraag voor het volgende bericht klaar.',
    },
    suggest: {
      en: 'Say the one thing you want to say now, or nothing. A relationship is not a funnel.',
      nl: 'Zeg nu het ene wat je wilt zeggen, of niets. Een relatie is geen funnel.',
    },
    examples: {
      hit: [
        "I have a few ideas for your team, I'll follow up next week.",
        'Lijkt me waardevol om te connecten.',
        'Wie weet kunnen we later iets betekenen.',
        "I'm expanding my network of finance leaders.",
        'As a founder, I thought you might find this guide useful.',
        'Dacht dat dit misschien interessant voor je is.',
        "I'll be honest, this is a sales message.",
        'I put together a rough estimate for your roof.',
        'Ik heb alvast een globale berekening gemaakt.',
      ],
      miss: [
        "I'll follow your work with interest.",
        'Leuk je gisteren te spreken.',
        'You might be right about the timing.',
      ],
    },
  },
  ROLE_TARGETING: {
    explain: {
      en: 'Picks the reader by job title: they are on a list, not in the sender’s thoughts.',
      nl: 'Kiest de lezer op functietitel: ze staan op een lijst, niet in de gedachten van de afzender.',
    },
    own: {
      en: 'Picks the reader by job title: it reads as a list you work through, not as a note to them.',
      nl: 'Kiest de lezer op functietitel: het leest als een lijst die je afwerkt, niet als een bericht aan hen.',
    },
    suggest: {
      en: 'Write to the person, not to the title: what did they do or say that made you write?',
      nl: 'Schrijf naar de persoon, niet naar de titel: wat deden of zeiden ze waardoor je schrijft?',
    },
    examples: {
      hit: [
        'I noticed you are the founder of Ledgerly.',
        'Ik zie dat je operations-directeur bent bij Vos.',
        'As a CEO you know how hard hiring is.',
        'Als eigenaar van een bouwbedrijf weet je hoe lastig planning is.',
      ],
      miss: ['As a kid I loved trains.', 'Ik zag je lezing in Gent.'],
    },
  },
  MONEY_TALK: {
    explain: {
      en: 'Money on the table (rates, returns, income, perks) to a stranger: the language of a deal, not of a conversation.',
      nl: 'Geld op tafel (tarieven, rendement, inkomen, extraatjes) bij een onbekende: de taal van een deal, niet van een gesprek.',
    },
    suggest: {
      en: 'Money comes after interest. Start with why this person, and let them ask about terms.',
      nl: 'Geld komt na interesse. Begin bij waarom deze persoon, en laat hen naar de voorwaarden vragen.',
    },
    examples: {
      hit: [
        'We pay $500/hr for a short call.',
        'Het salaris ligt tussen 4.000 en 5.500 euro.',
        'Get in on the ground floor.',
        'There is a small production fee.',
        'Een gesponsorde aflevering kost wat.',
        'Mijn tarieven zijn scherp.',
        'It pays back in about five years.',
        'De terugverdientijd ligt rond de 6 jaar.',
      ],
      miss: [
        'The conference was great, see you next year.',
        'How did you decide on a day rate when you started?',
        'Hoe ben je destijds op je uurtarief gekomen?',
        'The late fee was annoying.',
        'Our pricing team loved your talk.',
        "No finder's fee, I just think you'll get on.",
        'Our payback period estimate was wrong.',
      ],
    },
  },
  NO_PITCH_DISCLAIMER: {
    explain: {
      en: 'Says there is no pitch. Alone it is an aside; with an offer or an ask it is the pitch announcing itself.',
      nl: 'Zegt dat er geen pitch komt. Alleen is dat een terzijde; met een aanbod of een vraag om een afspraak kondigt de pitch zichzelf aan.',
    },
    suggest: {
      en: 'Leave the promise out and let the message show it.',
      nl: 'Laat de belofte weg en laat het bericht het zelf laten zien.',
    },
    examples: {
      hit: [
        'Not gonna pitch you, promise.',
        'Ik wil je zeker niks verkopen, maar ik was benieuwd.',
        '(And no pitch, promise.)',
      ],
      miss: ['The pitch was wet after the rain.'],
    },
  },
};
