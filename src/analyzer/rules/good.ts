import { seq } from '../regex';
import type { ComputedRule, FoldedSpan, PatternRule, RuleInput, RuleDocsMap } from '../types';

/** A question sentence addressed to the reader about their own work, view or plans, with no offer in it. */
const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const MAX_SENTENCE = 240;

/** Each question sentence: from after the previous sentence end (at most 240 characters back) to its "?". */
function questionSentences(text: string): FoldedSpan[] {
  const spans: FoldedSpan[] = [];
  let from = 0;
  for (let mark = text.indexOf('?'); mark !== -1; mark = text.indexOf('?', mark + 1)) {
    let start = mark;
    const limit = Math.max(from, mark - MAX_SENTENCE);
    while (start > limit && !SENTENCE_END.has(text[start - 1] ?? '')) start -= 1;
    while (start < mark && text[start] === ' ') start += 1;
    if (mark - start >= 3) spans.push({ start, end: mark + 1 });
    from = mark + 1;
  }
  return spans;
}
export const ABOUT_THEM = new RegExp(
  seq(
    '\\b',
    [
      'how did you',
      'how do you',
      'how are you (?:approaching|finding|thinking)',
      'what (?:made|got|led|brought|drew) you',
      'what (?:are|were) you (?:working on|building|most excited|planning|hoping)',
      'what was your',
      "what's your (?:take|view|biggest)",
      'what do you (?:think|see|make)',
      'how have you',
      'where do you see',
      'why did you',
      'did you (?:ever|find)',
      'would you (?:share|recommend|say)',
      'hoe (?:ben je|kwam je|heb je|zie jij|kijk jij|pak jij|doe jij|ga jij)',
      seq('wat ', [
        'bracht',
        'bracht je',
        'trok je',
        'dreef je',
        'heeft je',
        'was (?:je|jouw)',
        'is (?:je|jouw) (?:ambitie|droom|volgende stap|kijk)',
      ]),
      'waar (?:ben je|werk je) (?:nu )?(?:mee bezig|aan)',
      'waarom (?:koos|ben) je',
      'stuur je me',
      'wat zou jij',
      'hoe ervaar jij',
      'hoe kijk je',
    ],
    '\\b',
  ),
);
export const SALES_DISCOVERY = new RegExp(
  seq('\\b', [
    seq('are you (?:currently )?', [
      'looking',
      'using',
      'happy',
      'open',
      'interested',
      'responsible',
      'the person',
      'struggling',
      'dealing',
    ]),
    'have you (?:thought|considered|looked into|ever thought)',
    'jullie',
    'your (?:team|company|outreach|pipeline|stack|current (?:provider|solution|role))',
    'gebruik (?:je|jij|u)',
    'zijn (?:jullie|u) bezig',
    'would you (?:be )?(?:open|interested)',
    'any interest',
    '(?:15|10|20|30) min',
  ]),
);

function questionsAboutThem({ folded }: RuleInput): FoldedSpan[] {
  const spans: FoldedSpan[] = [];
  for (const span of questionSentences(folded)) {
    const sentence = folded.slice(span.start, span.end);
    if (ABOUT_THEM.test(sentence) && !SALES_DISCOVERY.test(sentence)) spans.push(span);
  }
  return spans;
}

/** Short and free of asks: a note that costs the reader nothing. */
function brevity({ folded }: RuleInput): FoldedSpan[] {
  const text = folded.trim();
  if (text.length === 0 || text.length > 220) return [];
  const start = folded.indexOf(text);
  return [{ start, end: start + text.length }];
}

export const goodRules: (PatternRule | ComputedRule)[] = [
  {
    id: 'QUESTION_ABOUT_THEM',
    family: 'good',
    lang: 'any',
    detect: questionsAboutThem,
  },
  {
    id: 'CONCRETE_REFERENCE',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      seq('\\b', [
        seq(
          '(?:your|je|jouw) (?:recent )?',
          [
            'post',
            'article',
            'talk',
            'session',
            'keynote',
            'lezing',
            'presentatie',
            'artikel',
            'stuk',
            'blog',
            'podcast',
            'paper',
            'thread',
            'comment',
            'boek',
            'book',
            'workshop',
          ],
          ' (?:on|about|at|over|bij|op|in)',
        ),
        seq('(?:i|ik) (?:read|heard|saw|watched|las|hoorde|zag) (?:your|je|jouw) ', [
          'post',
          'article',
          'talk',
          'session',
          'keynote',
          'lezing',
          'presentatie',
          'artikel',
          'stuk',
          'podcast',
          'interview',
        ]),
        'you (?:said|wrote|mentioned|argued|pointed out)',
        'je (?:zei|schreef|noemde|gaf) ',
        seq(
          '(?:great|good|nice|leuk|fijn) ',
          ['meeting', 'seeing', 'talking to', 'to meet', 'je te'],
          ' (?:you|spreken|ontmoeten|zien)',
        ),
        'we met',
        'we spoke',
        'we talked',
        'ontmoetten we',
        'spraken we',
        'we spraken',
        '(?:fellow|mede-?)[a-z]{2,20} (?:alum|alumnus|here)',
        "we(?:'re| are) both (?:connected|alumni|in)",
        'we (?:zitten|werken) allebei',
        'lang niet gesproken',
        'long time no (?:see|talk)',
        "it'?s been (?:a while|ages) since we",
        '(?:we|ik) (?:kennen|ken) elkaar (?:van|uit|nog)',
        'long time[!.,]',
        'how have you been',
        "it'?s been (?:ages|too long|forever)",
        '(?:since|when) (?:we|you and i) (?:last )?(?:worked|studied|met|spoke|caught up|were at)',
        'good to (?:see|hear from) you again',
        'lang (?:niet gezien|geleden)[!.,]',
        seq('(?:sinds|toen) (?:we|wij) (?:samen )?(?:bij [a-z0-9-]{2,20} )?', [
          'werkten',
          'studeerden',
          'in [a-z-]{2,20} zaten',
        ]),
        'hoe is het ermee',
        "(?:oud|ex)-?collega'?s?",
        'weet je nog',
      ]),
      'g',
    ),
  },
  {
    id: 'GIVING',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      seq('\\b', [
        seq('thought (?:it|this|you) (?:might|may|could|would) ', [
          'be (?:useful|helpful|of interest)',
          'find (?:it|this) useful',
          'enjoy',
        ]),
        "here'?s the (?:link|article|report|paper|recording)",
        '(?:let me know )?if i can help (?:with anything|in any way)',
        'happy to introduce you',
        'no (?:ask|agenda) attached',
        'dacht dat (?:dit|het) (?:je )?(?:nuttig|handig|interessant) (?:kon|kan|zou) (?:zijn)?',
        'misschien heb je hier iets aan',
        'ik stuur je (?:graag )?(?:de|het|een) (?:link|artikel|rapport)',
        'laat (?:het )?weten als ik (?:ergens )?(?:mee )?kan helpen',
      ]),
      'g',
    ),
  },
  {
    id: 'ASKS_PERMISSION',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      seq('\\b', [
        'would you mind if i',
        'is it (?:ok|okay|alright) if i',
        'may i (?:ask|send)',
        'feel free to (?:ignore|say no)',
        'no (?:worries|problem) if not',
        'totally fine if not',
        'vind je het goed als',
        'mag ik je (?:iets )?vragen',
        'geen probleem als (?:je )?(?:geen tijd|niet)',
        'voel je vrij om',
      ]),
      'g',
    ),
  },
  {
    id: 'LEARNING_ASK',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      seq(
        '\\b',
        [
          'learn (?:more )?(?:from|about) (?:you|your (?:experience|work|journey|path|story|team))',
          '(?:really )?value your (?:perspective|advice|view)',
          seq('hear (?:about )?', [
            'your (?:honest )?(?:experience|perspective|story|take|thoughts|insights)',
            'how you (?:navigated|approached|got|made|moved|ended up)',
          ]),
          'your (?:insights|perspective) would be',
          '(?:exchange|share) (?:ideas|insights|experiences)',
          'continue the conversation',
          'stay (?:connected|in touch)',
          'follow your (?:content|insights|work)',
          'ervaringen (?:uit)?wisselen',
          'van je leren',
          'in contact blijven',
          'blijven volgen',
        ],
        '\\b',
      ),
      'g',
    ),
  },
  {
    id: 'RESPONDS_TO_THEM',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      seq(
        '\\b',
        [
          seq('thanks?(?: you)? (?:so much |again )?for (?:your|the) ', [
            'reply',
            'message',
            'interest',
            'application',
            'note',
            'question',
            'quick reply',
            'getting back',
          ]),
          'thanks for getting back',
          '(?:i|we) (?:have )?reviewed your (?:application|cv|resume|portfolio)',
          'as (?:you|we) (?:discussed|mentioned|agreed)',
          'you asked (?:about|for|me)',
          'per your (?:request|question)',
          seq('(?:bedankt|dank(?: je)?) voor (?:je|jouw|uw|het) ', [
            'reactie',
            'bericht',
            'interesse',
            'sollicitatie',
            'vraag',
            'snelle reactie',
            'antwoord',
          ]),
          'zoals (?:besproken|afgesproken|je vroeg)',
          'je vroeg (?:naar|om|me)',
        ],
        '\\b',
      ),
      'g',
    ),
  },
  {
    // The sender wants to buy: they ask the reader for a price or look for a supplier. The reader is the seller here.
    id: 'BUYER_REQUEST',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      [
        seq(
          '\\b(?:could|can|would|will) you (?:please )?(?:send|give|share|put together|prepare|draw up|do) (?:me |us )?',
          ['a', 'an', 'your'],
          ' (?:rough |quick |ballpark |first |price |cost )?',
          ['quote', 'estimate', 'price (?:indication|range)', 'cost estimate', 'rates? card', 'pricing'],
          '\\b',
        ),
        '\\bsend (?:me|us) (?:a|an|your) (?:rough |quick )?(?:quote|estimate)\\b',
        '\\bwhat (?:would|do) you (?:charge|ask)\\b|\\b(?:at|for) your (?:usual|normal|standard|regular) (?:rate|fee|price)s?\\b',
        "\\b(?:we'?re|we are|i'?m|i am) (?:looking for|searching for) (?:a|an) (?:new )?(?:supplier|vendor|caterer|printer)\\b",
        seq(
          '\\b(?:kun|kan|zou|wil|kunt) (?:je|jij|u) (?:me |ons |mij )?(?:even |alvast )?(?:een )?',
          ['offerte', 'prijsindicatie', 'prijsopgave', 'kostenindicatie', 'indicatie van de kosten'],
          ' ',
          ['sturen', 'maken', 'geven', 'opstellen', 'doen', 'mailen'],
          '\\b',
        ),
        '\\bstuur (?:me|ons|mij) (?:even |alvast )?een (?:offerte|prijsindicatie|prijsopgave)\\b',
        '\\bwat (?:zou|reken|vraag) (?:je|jij|u) (?:ervoor|daarvoor|voor)\\b',
        '\\b(?:tegen|voor) (?:je|jouw|uw) (?:normale|gewone|gebruikelijke|vaste) (?:uurtarief|dagtarief|tarief|prijs)\\b',
        '\\b(?:wij|we|ik) (?:zoeken|zoek) (?:nog )?een (?:nieuwe )?(?:leverancier|drukkerij|cateraar)\\b',
        // A customer about what they bought: an order, an invoice, a delivery that went wrong.
        '\\b(?:we|i) (?:recently |just )?(?:ordered|bought|purchased)\\b|\\border (?:number|no\\.?|#) ?\\d',
        '\\b(?:our|my) (?:last |latest |recent )?(?:order|invoice|delivery|shipment)(?: for [a-z]+)? (?:shows|says|arrived|was|is|has)\\b',
        '\\b(?:arrived|delivered|came) (?:broken|damaged|late|incomplete)\\b|\\b(?:double|over)[- ]?charged\\b',
        '\\b(?:onze|mijn) (?:laatste |recente )?(?:bestelling|factuur|levering|order)\\b|\\bordernummer\\b',
        '\\b(?:we|wij|ik) (?:hebben|heb) (?:bij (?:jullie|u) )?(?:[a-z0-9]+ ){0,3}besteld\\b',
        '\\b(?:kapot|beschadigd|te laat) (?:aangekomen|geleverd|binnengekomen)\\b|\\bdubbel (?:gefactureerd|betaald)\\b',
      ].join('|'),
      'g',
    ),
  },
  {
    // A mutual sent them: the meeting ask then goes to someone introduced, not to a stranger.
    id: 'WARM_INTRO',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      [
        '\\b(?:suggested|recommended) (?:that )?i (?:reach out|contact you|get in touch|talk to you|speak to you)\\b',
        '\\b(?:gaf|heeft) me (?:je|jouw|uw) (?:naam|contact|gegevens)\\b',
        '\\b(?:raadde|tipte) me aan (?:om )?(?:je|jou|u|contact)\\b',
        '\\bzei dat ik (?:je|jou|u) (?:moest|eens moest) (?:benaderen|spreken|bellen|mailen)\\b',
      ].join('|'),
      'g',
    ),
  },
  {
    // The offer grammar ("I work with startups", "ik help nieuwkomers") from someone who is not selling it.
    id: 'NOT_FOR_SALE',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      seq(
        '\\b',
        [
          'as an? (?:volunteer|unpaid mentor|mentor|student|intern|hobbyist)',
          'i volunteer',
          'volunteering',
          'in my (?:spare|free) time',
          'pro bono',
          'unpaid',
          'as a hobby',
          'for fun',
          'non-?profit',
          'charity',
          'als (?:vrijwilliger|mentor|student|stagiair)',
          'vrijwilligers?',
          'vrijwilligerswerk',
          'in mijn (?:vrije|eigen) tijd',
          'onbetaald',
          'hobbymatig',
          'als hobby',
          'goed doel',
          'stichting',
          seq('(?:my|mijn) ', [
            'thesis',
            'dissertation',
            'phd',
            'masterproef',
            'scriptie',
            'afstudeeronderzoek',
            "master'?s thesis",
          ]),
          'research team at',
          'interview request',
          // The press asks for an expert's view for what they publish: a request, nothing sold.
          "(?:i'?m|i am) (?:a |an )?(?:freelance )?(?:journalist|reporter|correspondent) (?:at|for|with)",
          '(?:working on|writing|researching) an? (?:piece|story|article|feature) (?:about|on)',
          'for (?:my|a|our) (?:journalism|school|university|college) (?:course|class|project|assignment)',
          'ik ben (?:freelance )?(?:journalist|verslaggever|redacteur) (?:bij|voor)',
          '(?:schrijf|werk) (?:aan )?een (?:stuk|artikel|reportage) over',
        ],
        '\\b',
      ),
      'g',
    ),
  },
  {
    id: 'BREVITY',
    family: 'good',
    lang: 'any',
    detect: brevity,
    signalOnly: true,
  },
  {
    id: 'SEEKING_ADVICE',
    family: 'good',
    lang: 'any',
    pattern: new RegExp(
      [
        // The sender's own career: applying, a referral, a move, a student's questions.
        `\\bi (?:recently |just )?applied (?:for|to)\\b|\\bi'?m (?:currently )?(?:applying|interviewing)\\b|\\bi am (?:currently )?(?:applying|interviewing)\\b`,
        seq(
          "\\b(?:i'?m|i am|i'?ve been|i have been) (?:currently |actively )?",
          ['exploring', 'researching', 'looking (?:for|at)'],
          ' ',
          [
            'a move',
            'a career',
            '(?:new )?opportunities',
            '(?:new )?roles',
            'a (?:new )?(?:role|job|position)',
            'my next',
            '[a-z]{2,20} as a (?:potential )?next step',
          ],
        ),
        '\\b(?:reiterate|express) my interest in',
        seq(
          "\\b(?:i'?m |i am )?(?:very |really |particularly )?interested in ",
          [
            'the (?:below |open )?(?:role|position|opening)',
            '(?:new )?opportunities',
            '(?:a )?(?:role|position)s?',
          ],
          ' (?:at|in|with)?',
        ),
        seq(
          '\\b',
          ['would (?:also )?(?:welcome|appreciate)', "i'?d (?:really )?appreciate"],
          ' any (?:advice|insights|tips|pointers)',
        ),
        '\\b(?:any|your) (?:honest )?(?:advice|insights|tips|pointers) (?:on|about|for|would)\\b',
        `\\bcareer (?:advice|path|switch|change|move)|\\b(?:next |potential next )?step in my career\\b|\\bmy career\\b|\\b(?:hiring|interview|application) process\\b`,
        '\\b(?:my|the) (?:resume|cv|application|portfolio)\\b',
        '\\b(?:refer|referring|recommend) me\\b',
        '\\b(?:open|willing) to refer\\b',
        '\\bconsider referring\\b',
        '\\b(?:a )?referral (?:for|to)\\b',
        '\\b(?:facilitate|make) an? (?:intro|introduction)\\b',
        '\\bintroduce me to\\b',
        seq(
          "\\bi'?m (?:a |an )?",
          ['student', 'graduate', 'recent graduate', 'phd candidate', 'intern', 'career changer'],
          '\\b',
        ),
        '\\bhoping to (?:switch|move|transition|break) (?:in)?to\\b',
        '\\b(?:moving|switching|transitioning|breaking) into\\b',
        '\\binformational interview\\b',
        '\\bik (?:heb )?(?:net |onlangs |vandaag )?gesolliciteerd\\b',
        '\\b(?:mijn )?sollicitatie\\b',
        '\\bmijn (?:cv|portfolio)\\b',
        '\\b(?:ik ben )?op zoek naar een (?:nieuwe )?(?:baan|rol|functie|stage|stageplek|uitdaging)\\b',
        '\\bik zoek (?:nog )?(?:een )?(?:stage|stageplaats|stageplek|afstudeerplek|bijbaan|studentenjob)\\b',
        '\\b(?:laatstejaars|eerstejaars|tweedejaars|derdejaars)(?:student|studente)\\b',
        '\\bik ben (?:student|net afgestudeerd|aan het afstuderen)\\b',
        "\\b(?:i'?m|i am) (?:a |an )?(?:junior|senior|sophomore|freshman|(?:first|second|third|final)[- ]year(?: student)?) (?:studying|at|in)\\b",
        '\\bik studeer [a-z]{3,20} (?:aan|in|op)\\b',
        '\\bgraag je advies\\b',
        '\\badvies vragen\\b',
        '\\bje (?:advies|kijk|inzichten|ervaring) (?:bij|als|met|over|in|zou)\\b',
        '\\b(?:carriere|loopbaan)(?:switch|stap| maken| advies)',
        '\\boverstap (?:naar|maken)\\b',
        '\\bomscholen\\b',
        '\\bvoor (?:mijn|een) (?:scriptie|afstudeeronderzoek|onderzoek)\\b',
        '\\b(?:introductie|voorstellen) (?:bij|aan) [a-z]',
      ].join('|'),
      'g',
    ),
  },
];

/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const goodDocs: RuleDocsMap = {
  NOT_FOR_SALE: {
    explain: {
      en: 'Says the work is voluntary, unpaid or a hobby: what the sender does is not for sale here.',
      nl: 'Zegt dat het werk vrijwillig, onbetaald of een hobby is: wat de afzender doet is hier niet te koop.',
    },
    own: {
      en: 'You say the work is voluntary, unpaid or a hobby: what you do is not for sale here.',
      nl: 'Je zegt dat het werk vrijwillig, onbetaald of een hobby is: wat je doet is hier niet te koop.',
    },
    suggest: {
      en: 'Good. Keep it about the shared interest.',
      nl: 'Goed. Houd het bij de gedeelde interesse.',
    },
    examples: {
      hit: [
        'I mentor founders as a volunteer.',
        'Ik help als vrijwilliger nieuwkomers met hun cv.',
        "I'm writing my thesis on small firms.",
        "Ik schrijf mijn masterproef over KMO's.",
      ],
      miss: ['We help founders raise their first round.'],
    },
  },
  RESPONDS_TO_THEM: {
    explain: {
      en: 'Answers something the other person started: their message, question or application.',
      nl: 'Antwoordt op iets wat de ander begon: hun bericht, vraag of sollicitatie.',
    },
    suggest: {
      en: 'Good. Stay with what they asked.',
      nl: 'Goed. Blijf bij wat zij vroegen.',
    },
    examples: {
      hit: ['Thanks for your reply, that helps.', 'Bedankt voor je interesse in de functie.'],
      miss: ['Thanks for connecting!'],
    },
  },
  QUESTION_ABOUT_THEM: {
    explain: {
      en: 'A real question about their work or ambition: this is listening, and it invites an answer.',
      nl: 'Een echte vraag over hun werk of ambitie: dit is luisteren, en het nodigt uit tot een antwoord.',
    },
    suggest: {
      en: 'Keep it. Then listen to the answer before you say anything about yourself.',
      nl: 'Houd dit. Luister dan naar het antwoord voordat je iets over jezelf zegt.',
    },
    examples: {
      hit: ['How did you approach hiring there?', 'Wat bracht je ertoe om voor jezelf te beginnen?'],
      miss: [
        'Are you currently looking at ways to improve your outreach?',
        'Hoe pakken jullie outbound nu aan?',
      ],
    },
  },
  CONCRETE_REFERENCE: {
    explain: {
      en: 'A concrete reference to something they said, made or did, or where you met: real personalisation.',
      nl: 'Een concrete verwijzing naar iets wat ze zeiden, maakten of deden, of waar jullie elkaar zagen: echte personalisatie.',
    },
    suggest: {
      en: 'Good. Make it specific enough that it could only be sent to this person.',
      nl: 'Goed. Maak het zo specifiek dat het alleen naar deze persoon kan.',
    },
    examples: {
      hit: [
        'I read your post on cold-chain logistics.',
        'Great meeting you at the summit!',
        'Je lezing over ABM was scherp.',
        'Long time! Saw your new consultancy, congrats.',
        'Hoe is het ermee? Lang geleden!',
        'Sinds we samen bij Vos werkten, volg ik je werk.',
      ],
      miss: ['I came across your profile.'],
    },
  },
  GIVING: {
    explain: {
      en: 'Giving without asking: a useful link, an introduction, help with no strings.',
      nl: 'Geven zonder te vragen: een nuttige link, een introductie, hulp zonder voorwaarden.',
    },
    suggest: {
      en: 'Good. Keep the ask out of the same message.',
      nl: 'Goed. Houd de vraag uit hetzelfde bericht.',
    },
    examples: {
      hit: ['Thought it might be useful, no ask attached.', 'Misschien heb je hier iets aan.'],
      miss: ['Would you be open to a quick call?'],
    },
  },
  ASKS_PERMISSION: {
    explain: {
      en: 'Asking permission and making no easy to say: respect for the reader’s time.',
      nl: 'Toestemming vragen en nee makkelijk maken: respect voor de tijd van de lezer.',
    },
    suggest: {
      en: 'Good. Mean it.',
      nl: 'Goed. Meen het.',
    },
    examples: {
      hit: ['Would you mind if I sent you the slides?', 'Vind je het goed als ik je de slides stuur?'],
      miss: ['Would you mind the gap.'],
    },
  },
  LEARNING_ASK: {
    explain: {
      en: 'Wants to learn from them or keep in touch, with nothing to sell.',
      nl: 'Wil van hen leren of contact houden, zonder iets te verkopen.',
    },
    suggest: {
      en: 'Good. A specific question makes it easier to answer.',
      nl: 'Goed. Een specifieke vraag maakt antwoorden makkelijker.',
    },
    examples: {
      hit: ["I'd love to learn from your experience.", 'Graag ervaringen uitwisselen.'],
      miss: ['Learn more at our website.'],
    },
  },
  BREVITY: {
    explain: {
      en: 'Short: it respects the reader’s time.',
      nl: 'Kort: het respecteert de tijd van de lezer.',
    },
    suggest: {
      en: 'Good. Short and about them is the best combination.',
      nl: 'Goed. Kort en over hen is de beste combinatie.',
    },
    examples: {
      hit: ['Loved your talk yesterday. What made you switch to open data?'],
      miss: ['x'.repeat(300)],
    },
  },
  BUYER_REQUEST: {
    explain: {
      en: 'Asks the reader for a price, a quote or their rate, or writes as their customer about an order: the sender buys, not sells.',
      nl: 'Vraagt de lezer om een prijs, een offerte of hun tarief, of schrijft als klant over een bestelling: de afzender koopt, verkoopt niet.',
    },
    own: {
      en: 'You ask them for a price, a quote or their rate, or write as their customer: you buy, not sell.',
      nl: 'Je vraagt hen om een prijs, een offerte of hun tarief, of schrijft als klant: je koopt, verkoopt niet.',
    },
    suggest: {
      en: 'Good. Say what you need, by when and for what budget.',
      nl: 'Goed. Zeg wat je nodig hebt, wanneer en binnen welk budget.',
    },
    examples: {
      hit: [
        'Could you send us a rough quote for a two-day workshop?',
        'What would you charge for the translation?',
        'Kun je me een offerte sturen voor een halve dag fotograferen?',
        'Graag tegen je normale uurtarief.',
        'Our invoice for March shows two extra seats.',
        'We ordered 20 lamps and 4 arrived broken.',
        'Onze bestelling van vorige week is nog niet binnen.',
      ],
      miss: [
        'I can send you a quote for our services.',
        'Zal ik je een offerte sturen?',
        'Our invoice tool sends your invoices for you.',
        'We help webshops ship every order on time.',
      ],
    },
  },
  WARM_INTRO: {
    explain: {
      en: 'Someone they both know suggested the contact: an introduction, not a cold approach.',
      nl: 'Iemand die ze allebei kennen stelde het contact voor: een introductie, geen koude benadering.',
    },
    own: {
      en: 'Someone you both know suggested the contact: an introduction, not a cold approach.',
      nl: 'Iemand die jullie allebei kennen stelde het contact voor: een introductie, geen koude benadering.',
    },
    suggest: {
      en: 'Good. Say why the introducer thought of them, and keep the ask small.',
      nl: 'Goed. Zeg waarom de introducerende aan hen dacht, en houd de vraag klein.',
    },
    examples: {
      hit: [
        'Maya suggested I reach out about your move to Berlin.',
        'Pieter gaf me je naam, hij zei dat je veel weet van subsidies.',
      ],
      miss: ['I thought I would reach out about your marketing.'],
    },
  },
  SEEKING_ADVICE: {
    explain: {
      en: 'Asks for advice or help for the sender’s own career: a request, not a sales pitch.',
      nl: 'Vraagt om advies of hulp bij de eigen loopbaan: een verzoek, geen verkooppraatje.',
    },
    own: {
      en: 'You ask for advice or help for your own career: a request, not a sales pitch.',
      nl: 'Je vraagt om advies of hulp bij je eigen loopbaan: een verzoek, geen verkooppraatje.',
    },
    suggest: {
      en: 'Keep it specific and easy to answer in writing; a call can be their offer.',
      nl: 'Houd het specifiek en makkelijk op schrift te beantwoorden; een gesprek mag hun aanbod zijn.',
    },
    examples: {
      hit: [
        'I applied for the product manager position.',
        'I would welcome any advice on the interview process.',
        'Ik heb gesolliciteerd op de vacature.',
        'Ik zoek een stageplaats van tien weken.',
      ],
      miss: ['We help product managers get promoted.'],
    },
  },
};
