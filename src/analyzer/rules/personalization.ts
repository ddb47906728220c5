import { seq } from '../regex';
import type { ComputedRule, FoldedSpan, PatternRule, RuleInput, RuleDocsMap } from '../types';
import { foldText } from '../normalize';
import { alt, EN_PRAISE, EN_PRAISE_TARGETS, NL_PRAISE, NL_PRAISE_TARGETS } from './lexicon';

const GREETING =
  /(?:^|\n)\s{0,4}(?:hi|hey|hello|dear|hoi|hallo|ha|hee|he|dag|beste|goedemorgen|goedemiddag|goedenavond|good morning|morning)\s{1,3}([a-z][a-z'-]{1,30})\b/g;
const NOT_A_NAME = new Set([
  'there',
  'all',
  'everyone',
  'team',
  'friend',
  'again',
  'allemaal',
  'iedereen',
  'daar',
  'hier',
  'zeg',
  'how',
  'hoe',
  'ik',
  'i',
  'just',
  'even',
  'nog',
  'wat',
  'de',
  'het',
  'een',
  'and',
  'en',
  'sir',
  'madam',
  'meneer',
  'mevrouw',
]);

/** The greeting names someone else than the recipient: a template sent to the wrong list, or a copy-paste. */
function greetingNameMismatch({ folded, context }: RuleInput): FoldedSpan[] {
  const recipient = context.recipientName?.trim();
  if (!recipient) return [];
  const known = new Set(
    foldText(recipient)
      .folded.split(/[\s,.-]+/)
      .filter((part) => part.length >= 2),
  );
  if (known.size === 0) return [];
  for (const match of folded.slice(0, 300).matchAll(GREETING)) {
    const name = match[1] ?? '';
    if (NOT_A_NAME.has(name) || known.has(name)) return [];
    const start = match.index + match[0].length - name.length;
    return [{ start, end: start + name.length }];
  }
  return [];
}

const CAPS_WORD = /[A-Z]{4,}/g;
const CAPS_ALLOWED = new Set([
  'LINKEDIN',
  'HTML',
  'HTTP',
  'HTTPS',
  'JSON',
  'GDPR',
  'NASA',
  'SAAS',
  'B2B',
  'UTC',
  'ASAP',
]);

const isAsciiWordCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/** Words in capitals (AMAZING, INCREDIBLE): shouting compliments or urgency. Reads the original text. */
function shouting({ original }: RuleInput): FoldedSpan[] {
  const spans: FoldedSpan[] = [];
  // exec in a loop, not matchAll: matchAll clones the RegExp on every call.
  CAPS_WORD.lastIndex = 0;
  for (let match = CAPS_WORD.exec(original); match !== null; match = CAPS_WORD.exec(original)) {
    const before = original.charCodeAt(match.index - 1);
    const after = original.charCodeAt(match.index + match[0].length);
    if (isAsciiWordCode(before) || isAsciiWordCode(after) || CAPS_ALLOWED.has(match[0])) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans.length >= 2 ? spans : [];
}

export const personalizationRules: (PatternRule | ComputedRule)[] = [
  {
    id: 'PROFILE_FLATTERY',
    family: 'personalization',
    lang: 'en',
    signalOnlyIn: ['ongoing'],
    pattern: new RegExp(
      [
        `\\b(?:(?:came|come) across your (?:linkedin )?profile|your (?:linkedin )?profile (?:is|looks|caught|really|stood|shows|popped))`,
        `\\b(?:i )?(?:was|am|i'm|i've been|really|very|so|truly) (?:very |really |so |truly |super |quite )?(?:impressed|inspired|blown away|amazed) (?:by|with) (?:your|what you)`,
        `\\b(?:your|such an?|what an?|an?) (?:truly |really |very |super |most )?${alt(EN_PRAISE)} (?:${alt(EN_PRAISE)} )?${alt(EN_PRAISE_TARGETS)}\\b`,
        `\\b(?:${alt(EN_PRAISE)}) (?:career|background|profile|journey|experience|track record|trajectory)\\b`,
        `\\b(?:(?:been )?admiring|admire) (?:your|what you(?:'re| are) (?:doing|building))\\b(?! (?:post|article|talk|paper|book|podcast|point))|\\blove what you(?:'re| are) (?:doing|building)\\b`,
        `\\b(?:true|real|a (?:true|real)) (?:thought leader|visionary|rockstar|inspiration)\\b|\\byour career trajectory\\b`,
        `\\b(?:i )?noticed your (?:impressive )?(?:profile|background|experience)\\b|\\byour (?:background|experience|profile) (?:caught|stood out|impressed)\\b`,
        `\\b(?:really )?resonated with me\\b|\\bi (?:have been|'ve been) following your (?:work|journey|career|success)(?! on)\\b|\\bbig fan of your (?:work|journey)\\b`,
      ].join('|'),
      'g',
    ),
  },
  {
    id: 'PROFILE_FLATTERY_NL',
    family: 'personalization',
    lang: 'nl',
    signalOnlyIn: ['ongoing'],
    pattern: new RegExp(
      [
        `\\b(?:ik )?kwam (?:je|jouw|uw) (?:linkedin[ -])?profiel tegen|\\b(?:je|jouw|uw) profiel (?:sprak|viel|trok|is|ziet)`,
        `\\b(?:ik ben |was ik )?(?:erg |echt |zeer |enorm |behoorlijk )?onder de indruk (?:van|door)\\b`,
        `\\b(?:echt |erg |heel |zeer |super |enorm )?${alt(NL_PRAISE)} (?:${alt(NL_PRAISE)} )?${alt(NL_PRAISE_TARGETS)}\\b`,
        `\\b${alt(NL_PRAISE_TARGETS)}(?: van (?:je|jou|jullie|u))? (?:is|ziet er|oogt|klinkt) (?:echt |erg |heel |zeer |super |enorm )?${alt(NL_PRAISE)}\\b`,
        `\\b(?:echt|heel|erg|zeer) (?:knap|indrukwekkend|inspirerend)\\b|\\bpetje af\\b|\\b(?:veel )?bewondering voor (?:je|jouw|jullie|wat je)\\b`,
        `\\b(?:ik )?volg (?:de ontwikkelingen|je|jou|jullie) (?:bij [a-z]{2,20} )?(?:al een tijdje |al een tijd |al langer )?(?:met (?:veel )?interesse|op de voet)\\b`,
        `\\b(?:jouw|je) ervaring heeft veel overlap\\b|\\b(?:mooie|knappe) (?:service|stap|site|website|groei|prestatie)\\b`,
      ].join('|'),
      'g',
    ),
  },
  {
    id: 'MERGE_FIELD',
    marks: 'match',
    family: 'personalization',
    lang: 'any',
    pattern: new RegExp(
      [
        '\\{\\{\\s?[a-z_][\\w.\\s]{0,30}\\}\\}',
        '\\{[a-z_][\\w./-]{0,30}\\}',
        '\\$\\{[a-z_][\\w.]{0,30}\\}',
        '%[a-z_]{2,20}%',
        seq(
          '\\[',
          [
            'first[\\s_]?name',
            'last[\\s_]?name',
            'name',
            'naam',
            'voornaam',
            'company',
            'bedrijf',
            'bedrijfsnaam',
            'title',
            'job ?title',
            'functie',
            'industry',
            'industrie',
            'sector',
            'city',
            'stad',
            'your [a-z]{2,20}',
          ],
          '\\]',
        ),
        '\\b(?:fname|firstname|first_name|lname|company_name)\\b',
        '\\$[a-z][a-z-]{2,30}\\b(?!\\s?\\d)',
      ].join('|'),
      'g',
    ),
  },
  {
    id: 'SPINTAX',
    marks: 'match',
    family: 'personalization',
    lang: 'any',
    pattern: /\{[^{}|\n]{1,40}\|[^{}\n]{1,120}\}/g,
  },
  {
    id: 'GREETING_NAME_MISMATCH',
    family: 'personalization',
    lang: 'any',
    detect: greetingNameMismatch,
  },
  {
    id: 'SHOUTING',
    family: 'hype',
    lang: 'any',
    detect: shouting,
    spansIn: 'original',
  },
  {
    id: 'EXCLAMATION_FLOOD',
    marks: 'match',
    family: 'hype',
    lang: 'any',
    pattern: /!{2,10}|(?:![^!]{1,60}){3}!/g,
  },
  {
    id: 'GENERIC_OPENER',
    family: 'personalization',
    lang: 'any',
    pattern: new RegExp(
      seq('\\b', [
        '(?:i )?hope (?:this|my) (?:message|note|email) finds you well',
        'i (?:wanted|want) to reach out',
        "i'?m reaching out (?:because|to|as)",
        "i hope you don'?t mind me reaching out",
        "i'?m always looking to (?:build|grow|expand) my network",
        "i know you'?re (?:busy|a busy)",
        'quick question[:,-]',
        'korte vraag[:,-]',
        'i promise to keep it (?:brief|short)',
        'druk\\? snap ik',
        'would be delighted to have you in my network',
        seq('(?:ik )?hoop dat (?:alles )?', [
          'goed met je gaat',
          'dit bericht je goed bereikt',
          'je het niet erg vindt',
        ]),
        'ik (?:wilde|wil) even contact (?:met je )?opnemen',
        'altijd handig om (?:even )?te connecten',
      ]),
      'g',
    ),
  },
  {
    id: 'CONNECT_PLEASANTRY',
    family: 'timing',
    lang: 'any',
    pattern: new RegExp(
      seq('\\b', [
        'thanks? (?:you )?for (?:connecting|the connection|accepting|the connect)',
        '(?:great|good|nice|glad) to (?:connect|be connected)',
        "now that we(?:'re| are) connected",
        'bedankt voor (?:de|het) (?:connectie|connecten|accepteren)',
        'thanks voor de connectie',
        'dank voor (?:de|het) (?:connectie|connecten|accepteren)',
        'leuk (?:om te|dat we) connect(?:en|ed)',
        'fijn dat we (?:nu )?verbonden zijn',
      ]),
      'g',
    ),
    signalOnly: true,
  },
];

/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const personalizationDocs: RuleDocsMap = {
  PROFILE_FLATTERY: {
    explain: {
      en: 'A compliment with no concrete detail could be sent to anyone, and readers know it.',
      nl: 'Een compliment zonder concreet detail kan naar iedereen, en lezers weten dat.',
    },
    suggest: {
      en: 'Name one specific thing they made, wrote or said, and why it mattered to you.',
      nl: 'Noem één specifiek ding dat ze maakten, schreven of zeiden, en waarom het je raakte.',
    },
    examples: {
      hit: [
        'I came across your profile and was impressed.',
        'Your profile is AMAZING!',
        'Your career trajectory is insane!',
        'Such an impressive background!',
        'I was really impressed by your journey.',
      ],
      miss: [
        'Your post on cold-chain logistics made me rethink our stock levels.',
        'Great work on the report, thanks.',
      ],
    },
  },
  PROFILE_FLATTERY_NL: {
    explain: {
      en: 'A compliment with no concrete detail could be sent to anyone, and readers know it.',
      nl: 'Een compliment zonder concreet detail kan naar iedereen gestuurd worden, en lezers weten dat.',
    },
    suggest: {
      en: 'Name one specific thing they made, wrote or said, and why it mattered to you.',
      nl: 'Noem één specifiek ding dat ze maakten, schreven of zeiden, en waarom het je raakte.',
    },
    examples: {
      hit: [
        'Ik kwam je profiel tegen en was onder de indruk.',
        'Indrukwekkend bedrijf, echt knap.',
        'Ik ben onder de indruk van je profiel.',
        'Ik volg de ontwikkelingen bij Brightwave met interesse.',
        'Jouw loopbaan is echt inspirerend.',
      ],
      miss: ['Je stuk over stikstofregels heeft me aan het denken gezet.', 'Ja, ziet er goed uit.'],
    },
  },
  MERGE_FIELD: {
    explain: {
      en: 'A leftover merge field ({firstName}, [Name], FNAME) shows the message was sent in bulk by a tool.',
      nl: 'Een overgebleven invulveld ({voornaam}, [Naam], FNAME) laat zien dat het bericht in bulk door een tool is verstuurd.',
    },
    suggest: {
      en: 'Write to one person. If you use a template, read every message before it goes out.',
      nl: 'Schrijf naar één persoon. Gebruik je een sjabloon, lees dan elk bericht voordat het de deur uitgaat.',
    },
    examples: {
      hit: [
        'Hi {firstName}, quick question',
        'Hoi [naam], ik help bedrijven.',
        'Hi FNAME, I saw your profile.',
        'Hoi {{contactPerson}}!',
      ],
      miss: ['It costs $40 and takes [roughly] a day.', 'Great talk {by the way}'],
    },
  },
  SPINTAX: {
    explain: {
      en: 'Spintax ({Hi|Hello|Hey}) left in the text: a mass-mailing tool failed to spin it.',
      nl: 'Spintax ({Hoi|Hallo|Hey}) in de tekst: een massamailtool heeft het niet ingevuld.',
    },
    suggest: {
      en: 'Write the message yourself, for this person.',
      nl: 'Schrijf het bericht zelf, voor deze persoon.',
    },
    examples: {
      hit: ['{Hi|Hello|Hey} there, {quick|short} question'],
      miss: ['We use {curly braces} in code.'],
    },
  },
  GREETING_NAME_MISMATCH: {
    explain: {
      en: 'The greeting names someone else: this was written for another person, or pasted from a list.',
      nl: 'De aanhef noemt iemand anders: dit is voor een ander geschreven, of uit een lijst geplakt.',
    },
    suggest: {
      en: 'Check the name. A wrong name ends the conversation before it starts.',
      nl: 'Controleer de naam. Een verkeerde naam beëindigt het gesprek voordat het begint.',
    },
    examples: {
      hit: [{ text: 'Hi Mark, hope you are well.', context: { recipientName: 'Sanne de Vries' } }],
      miss: [
        { text: 'Hi Sanne, hope you are well.', context: { recipientName: 'Sanne de Vries' } },
        { text: 'Hi there, hope you are well.', context: { recipientName: 'Sanne de Vries' } },
        'Hi Mark, hope you are well.',
      ],
    },
  },
  SHOUTING: {
    explain: {
      en: 'Words in capitals shout. Compliments or urgency in caps read as hype.',
      nl: 'Woorden in hoofdletters schreeuwen. Complimenten of urgentie in hoofdletters lezen als hype.',
    },
    suggest: {
      en: 'Write in normal case and let the content speak.',
      nl: 'Schrijf gewoon en laat de inhoud spreken.',
    },
    examples: {
      hit: ['Your profile is AMAZING and INCREDIBLE!'],
      miss: ['I work at NASA and use JSON daily.'],
    },
  },
  EXCLAMATION_FLOOD: {
    explain: {
      en: 'A flood of exclamation marks reads as forced enthusiasm.',
      nl: 'Een vloed aan uitroeptekens leest als geforceerd enthousiasme.',
    },
    suggest: {
      en: 'One exclamation mark is plenty.',
      nl: 'Eén uitroepteken is genoeg.',
    },
    examples: {
      hit: ["I'd LOVE to learn from you!!!", 'Wow! Amazing! So cool! Connect!'],
      miss: ['Thanks! See you Friday.'],
    },
  },
  GENERIC_OPENER: {
    explain: {
      en: 'A stock opener says nothing about the reader and is the first line of many templates.',
      nl: 'Een standaardopening zegt niets over de lezer en is de eerste zin van veel sjablonen.',
    },
    suggest: {
      en: 'Open with the reason you are writing to this person, in your own words.',
      nl: 'Open met de reden waarom je juist deze persoon schrijft, in je eigen woorden.',
    },
    examples: {
      hit: [
        'I hope this message finds you well.',
        'I wanted to reach out about your team.',
        'Ik hoop dat alles goed met je gaat.',
      ],
      miss: ['I reached the summit at noon.'],
    },
  },
  CONNECT_PLEASANTRY: {
    explain: {
      en: 'A thank-you for connecting is the classic lead-in to a pitch when what follows is an offer.',
      nl: 'Een bedankje voor de connectie is de klassieke aanloop naar een pitch als er een aanbod op volgt.',
    },
    suggest: {
      en: 'Thank them, then ask about them. Keep your offer for when they ask.',
      nl: 'Bedank hen, en vraag dan naar hen. Bewaar je aanbod tot ze erom vragen.',
    },
    examples: {
      hit: ['Thanks for connecting, Pieter!', 'Bedankt voor de connectie!', 'Great to connect here.'],
      miss: ['Thanks for the coffee.'],
    },
  },
};
