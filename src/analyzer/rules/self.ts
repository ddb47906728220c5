import { seq } from '../regex';
import { pronouns } from '../pronouns';
import type { ComputedRule, FoldedSpan, PatternRule, RuleInput, RuleDocsMap } from '../types';

/** Fires when the sender talks about themselves far more than about the reader; marks the self words. */
function selfCentred({ folded }: RuleInput): FoldedSpan[] {
  const { self, other } = pronouns(folded);
  // "we" is Dutch for "we" too, so it is counted once by the shared pattern.
  if (self.length >= 5 && self.length >= 2.5 * Math.max(other, 1)) return self.slice(0, 8);
  return [];
}

/** Three or more bullet lines in a short message: a feature list or a brochure, not a conversation. */
function featureList({ folded }: RuleInput): FoldedSpan[] {
  const bullets: FoldedSpan[] = [];
  let lineStart = 0;
  while (lineStart <= folded.length) {
    const newline = folded.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? folded.length : newline;
    let first = lineStart;
    while (first < lineEnd && folded.charCodeAt(first) === 0x20) first += 1;
    const head = folded[first];
    if (
      head === '•' ||
      head === '-' ||
      head === '*' ||
      head === '✓' ||
      head === '✔' ||
      head === '→' ||
      head === '▪'
    ) {
      bullets.push({ start: first, end: lineEnd });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return bullets.length >= 3 ? bullets : [];
}

export const selfRules: (PatternRule | ComputedRule)[] = [
  {
    id: 'SELF_CENTRED',
    family: 'self',
    lang: 'any',
    detect: selfCentred,
  },
  {
    id: 'FEATURE_LIST',
    family: 'self',
    lang: 'any',
    detect: featureList,
  },
  {
    id: 'HYPE_CLAIM',
    family: 'hype',
    lang: 'any',
    pattern: new RegExp(
      seq(
        '\\b',
        [
          '\\d{1,3}x (?:your|more|faster|growth|roi|the|je|meer|sneller)',
          '10x',
          '(?:100|\\d{2,3})% (?:guaranteed|gegarandeerd|more|meer)',
          'guarantee(?:d|s)?',
          'gegarandeerd',
          'garantie',
          'revolutionary',
          'revolutionair',
          'game[\\s-]?chang(?:er|ing)',
          'cutting[\\s-]edge',
          'state[\\s-]of[\\s-]the[\\s-]art',
          'best[\\s-]in[\\s-]class',
          'world[\\s-]class',
          'skyrocket',
          'explode your',
          'unlock (?:your )?(?:full )?potential',
          'crush(?:ing)? (?:it|your)',
          'proven (?:system|method|framework|results)',
          'bewezen (?:methode|aanpak|resultaten)',
          'increase (?:your )?(?:revenue|sales|leads|impact|roi) (?:by )?\\d{0,3}',
          seq(
            '(?:\\d{1,3}-\\d{1,3}|\\d{1,3}\\+?) (?:extra |more |meer )?',
            ['gesprekken', 'afspraken', 'leads', 'klanten', 'meetings', 'appointments', 'deals'],
            ' (?:per|a|every|each|elke|iedere) (?:maand|week|month)',
          ),
          seq('(?:elke|iedere) (?:maand|week) \\d{1,3}(?:-\\d{1,3})? (?:nieuwe |extra )?', [
            'leads',
            'afspraken',
            'klanten',
            'gesprekken',
          ]),
          seq('(?:\\d{1,3}|twintig|dertig|veertig|vijftig) ?(?:%|procent|percent) ', [
            'sneller',
            'meer',
            'minder',
            'goedkoper',
            'hoger',
            'lager',
            'faster',
            'more',
            'less',
            'cheaper',
            'higher',
            'lower',
          ]),
          '(?:cut|halved?|halveren|gehalveerd)[^.!?\\n]{0,40}\\bin half',
          '(?:hetzelfde|vergelijkbare?) (?:resultaat|resultaten) (?:kunnen )?(?:bereiken|halen|behalen)',
        ],
        '\\b',
      ),
      'g',
    ),
  },
  {
    id: 'SOCIAL_PROOF_NUMBERS',
    family: 'self',
    lang: 'any',
    pattern: new RegExp(
      seq('\\b', [
        seq(
          [
            'helped',
            'worked with',
            'served',
            'trusted by',
            'used by',
            'geholpen',
            'werken met',
            'vertrouwd door',
          ],
          '\\s{1,2}',
          [
            'over ',
            'more than ',
            'ruim ',
            'meer dan ',
            'dozens of ',
            'hundreds of ',
            'tientallen ',
            'honderden ',
          ],
          '?(?:\\d{1,3}[.,]?\\d{0,3}\\+?|dozens|hundreds|thousands|tientallen|honderden)',
        ),
        seq(
          ['companies', 'clients', 'businesses', 'teams', 'professionals', 'leaders', 'people', 'managers'],
          ' like (?:yours|you(?:rself)?)',
        ),
        '(?:bedrijven|klanten|ondernemers) (?:zoals|als) (?:die van )?(?:jou|jullie|u)',
        'vergelijkbare (?:bedrijven|organisaties|klanten)',
        'similar companies',
        seq(
          '(?:we|i) ',
          ['made', 'did', 'cut', 'built', 'ran', 'shot', 'designed', 'wrote'],
          ' (?:[a-z0-9-]{1,20} ){0,4}for an? (?:[a-z-]{2,20} ){0,2}',
          [
            'company',
            'firm',
            'client',
            'business',
            'shop',
            'brand',
            'bakery',
            'practice',
            'agency',
            'startup',
          ],
          '\\b',
        ),
        seq('(?:we|wij|ik) (?:voor|bij) (?:een|andere) [a-z-]{3,20} (?:in [a-z-]{2,20} )?', [
          'maakten',
          'deden',
          'bouwden',
          'hebben gemaakt',
          'hebben gedaan',
          'realiseerden',
        ]),
        seq(
          '(?:a )?similar (?:[a-z-]{2,20} )?',
          [
            'shop',
            'store',
            'company',
            'business',
            'brand',
            'team',
            'client',
            'firm',
            'agency',
            'practice',
            'clinic',
          ],
          's?\\b',
        ),
        seq('for (?:other|similar) (?:[a-z-]{2,20} )?', [
          'shops',
          'stores',
          'companies',
          'businesses',
          'brands',
          'teams',
          'clients',
          'firms',
          'agencies',
        ]),
        '(?:een|andere) vergelijkbare [a-z-]{3,20}',
        'one (?:of our )?clients? (?:freed|saved|got|went|increased|grew|doubled|cut|booked|closed)',
        'companies in your (?:space|industry|sector)',
        '(?:bedrijven|organisaties) in (?:jouw|uw|jullie) (?:sector|branche|markt)',
        seq(
          '(?:speak|talk|work) (?:with|to)(?<=\\b(?:most|many|a lot of|lots of|plenty of|the) (?:new |oth',
          'er )?[a-z-]{2,20}s (?:i|we) (?:speak|talk|work) (?:with|to))',
        ),
        seq(
          ['spreek', 'spreken', 'werk', 'werken', 'praat', 'praten'],
          '(?<=\\b(?:de meeste|veel|andere) (?:[a-z-]{2,20} ){0,2}[a-z-]{2,20}(?:s|en) (?:die|waar) (?:ik',
          '|wij|we) (?:mee )?(?:spreek|spreken|werk|werken|praat|praten))',
        ),
      ]),
      'g',
    ),
  },
  {
    id: 'URGENCY',
    family: 'hype',
    lang: 'any',
    pattern: new RegExp(
      seq(
        '\\b',
        [
          'urgent(?:ly)?',
          'asap',
          'today only',
          'this week only',
          'limited (?:time|spots|seats|places|offer)',
          'only \\d{1,3} (?:spots|seats|places) left',
          'act (?:now|fast)',
          "don'?t miss (?:out|this)",
          'last chance',
          "before it'?s too late",
          "(?:can we|let'?s) talk today",
          'deadline (?:is )?(?:today|tomorrow|friday)',
          'spoedig',
          'dringend',
          'beperkt aantal',
          'alleen deze week',
          'laatste kans',
          'op=op',
          'wees er snel bij',
          'nog maar (?:\\d{1,3}|twee|drie|vier|vijf) (?:plekken|plaatsen)',
          '(?:only|just) (?:\\d{1,3}|two|three|four|five) (?:spots|seats|places) left',
          seq(
            [
              'orders?',
              'registrations?',
              'applications?',
              'the (?:grant |subsidy )?window',
              'the offer',
              'this offer',
              'early bird',
            ],
            ' (?:for [a-z0-9]{2,20} )?(?:close|closes|ends|expires|runs out)',
          ),
          seq(
            ['termijn', 'deadline', 'actie', 'aanbieding', 'regeling', 'inschrijving'],
            ' (?:[a-z0-9 -]{2,30} )?(?:verloopt|sluit|eindigt|stopt)',
          ),
          'daarna is het (?:echt )?te laat',
          seq(
            ['seats?', 'spots?', 'places?', 'slots?'],
            ' (?:left|remaining)(?<=\\b(?:\\d{1,2}|one|two|three|four|five|a few|a couple of) (?:seats?|spo',
            'ts?|places?|slots?) (?:left|remaining))',
          ),
          seq(
            'nog (?:\\d{1,2}|een|twee|drie|vier|vijf|een paar|enkele) ',
            ['plek(?:je)?s?', 'plekken', 'plaats(?:je)?s?', 'plaatsen', 'tickets', 'spots?'],
            ' (?:vrij|beschikbaar|over|open)',
          ),
          seq(
            ['spots?', 'places?', 'slots?', 'seats?'],
            ' ',
            ['opening', 'open(?:ing)? up'],
            '\\b(?<=\\b(?:\\d{1,2}|one|two|three|four|five|a few|a couple of) (?:spots?|places?|slots?|seat',
            's?) (?:opening|open(?:ing)? up))',
          ),
        ],
        '\\b',
      ),
      'g',
    ),
  },
];

/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const selfDocs: RuleDocsMap = {
  SELF_CENTRED: {
    explain: {
      en: 'The message is mostly about the sender: I, we and our outnumber you and your by far.',
      nl: 'Het bericht gaat vooral over de afzender: ik, wij en onze komen veel vaker voor dan jij en jouw.',
    },
    own: {
      en: 'The message is mostly about you: I, we and our outnumber you and your by far.',
      nl: 'Het bericht gaat vooral over jou: ik, wij en onze komen veel vaker voor dan jij en jouw.',
    },
    suggest: {
      en: 'Rewrite from their side: what do they care about, what did they make, what are they trying to do?',
      nl: 'Herschrijf vanuit hun kant: waar geven zij om, wat hebben ze gemaakt, wat proberen ze te bereiken?',
    },
    examples: {
      hit: [
        'I run an agency. We build sites. Our team is great. We love our clients. I think we can do it. My offer stands.',
      ],
      miss: ['How did you get into forecasting? Your post on it was great. I am curious what you learned.'],
    },
  },
  FEATURE_LIST: {
    explain: {
      en: 'A bullet list of features or benefits turns a message into a brochure.',
      nl: 'Een opsomming van features of voordelen maakt van een bericht een folder.',
    },
    suggest: {
      en: 'Keep one sentence that matters to them and drop the list.',
      nl: 'Houd één zin die voor hen telt en laat de lijst weg.',
    },
    examples: {
      hit: ['What we do:\n• faster reports\n• fewer errors\n• happy teams'],
      miss: ['Two things:\n- thanks\n- see you Friday'],
    },
  },
  HYPE_CLAIM: {
    explain: {
      en: 'Big claims, multiples, guarantees and revolutions from a stranger read as hype, not help.',
      nl: 'Grote beloftes, veelvouden, garanties en revoluties van een onbekende lezen als hype, niet als hulp.',
    },
    suggest: {
      en: 'Cut the claim. One specific, modest fact is more believable than a promise.',
      nl: 'Schrap de belofte. Eén concreet, bescheiden feit is geloofwaardiger dan een belofte.',
    },
    examples: {
      hit: [
        'Ready to 10x your success?',
        'Gegarandeerd meer klanten.',
        'We deliver 8-15 extra gesprekken per maand.',
        'Now they book 8-10 meetings every month.',
        'Nu halen ze elke maand 8-10 afspraken.',
      ],
      miss: ['I read your 10 tips and tried two of them.'],
    },
  },
  SOCIAL_PROOF_NUMBERS: {
    explain: {
      en: 'Companies like yours, client counts: numbers-game language, the reader is one of many.',
      nl: 'Bedrijven zoals die van jou, klantaantallen: taal van het nummertjesspel, de lezer is er één van velen.',
    },
    suggest: {
      en: 'Talk to this one person. Mention what is specific to them, not how many others you have helped.',
      nl: 'Praat met deze ene persoon. Noem wat specifiek voor hen is, niet hoeveel anderen je hebt geholpen.',
    },
    examples: {
      hit: [
        "I've helped 50+ product managers.",
        'We work with companies like yours.',
        'Wij helpen vergelijkbare bedrijven in de bouw.',
        'Most founders I speak with struggle with hiring.',
        'De meeste ondernemers die ik spreek, worstelen met personeel.',
        'Here is what we changed for other shops.',
        'Bij een vergelijkbare webshop hebben we dat opgelost.',
        'We cut a short version for a logistics company.',
        'Dat filmpje dat we voor een bakkerij in Ede maakten.',
      ],
      miss: ['I like you and your team, see you soon.', 'Most days I work from home.'],
    },
  },
  URGENCY: {
    explain: {
      en: 'Manufactured urgency pressures a stranger. It signals a sales sequence, not a relationship.',
      nl: 'Gemaakte urgentie zet een onbekende onder druk. Het wijst op een verkoopreeks, niet op een relatie.',
    },
    suggest: {
      en: 'Remove the deadline. If it matters to them, they will not need pressure.',
      nl: 'Haal de deadline weg. Als het voor hen telt, is druk niet nodig.',
    },
    examples: {
      hit: [
        'URGENT: looking for a PM.',
        'Only 3 spots left!',
        'Laatste kans om in te schrijven.',
        'Ik heb nog twee plekjes vrij in mijn traject.',
        'Only three seats left.',
        'I have 2 spots opening in my spring cohort.',
        'Er zijn nog twee plekken vrij in januari.',
        'Orders for December close on 15 November.',
        'De termijn voor de subsidie verloopt eind deze maand.',
      ],
      miss: ['No rush on my side, take your time.', 'We still have two seats in the car.'],
    },
  },
};
