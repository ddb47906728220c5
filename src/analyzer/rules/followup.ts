import { seq } from '../regex';
import { unansweredTurns } from '../context';
import type { ComputedRule, PatternRule, RuleDocsMap } from '../types';

/** Chasing a stranger who did not answer. */
export const followupRules: (PatternRule | ComputedRule)[] = [
  {
    id: 'NAG_FOLLOW_UP',
    family: 'followup',
    lang: 'en',
    // A nag chases someone who did not answer: answering them, no line is one.
    quietIn: ['reply'],
    pattern: new RegExp(
      seq('\\b', [
        seq('just ', [
          'bumping',
          'following up',
          'checking in',
          'circling back',
          'wanted to (?:follow up|check in|circle back|bump)',
        ]),
        'bumping (?:this|my)',
        'circling back',
        'following up on my (?:previous |last |earlier )?(?:message|note|email)',
        seq(
          '(?:did|have) you ',
          ['get', 'see', 'had a chance to (?:see|read|look)'],
          ' my (?:last|previous|earlier)? ?(?:message|note|email)',
        ),
        '(?:just )?checking (?:if|whether) you (?:had a chance|saw|got)',
        '(?:just )?(?:wanted to )?follow up on my (?:previous |last |earlier )?(?:message|note|email)',
        '(?:wanted to )?check in one more time',
        '(?:any|have any) thoughts on my (?:previous|last)',
        "haven'?t heard back",
        // A reminder of what? Of the message before, to someone who did not answer it (issue 21); a reminder that a
        // deadline is near, or of tomorrow's meeting, is news.
        seq(
          '(?:(?:just )?(?:a )?(?:quick|friendly|gentle|small|little) reminder|just a reminder)\\b',
          '(?! (?:that|about (?:the|our|your|tomorrow|today|next)|of (?:the|our|your)|for (?:the|our|your|tomorrow)))',
        ),
        'last (?:ping|try|attempt|follow[\\s-]?up) (?:on this|here)?',
        'floating this (?:back )?to the top',
        '(?:one|a) (?:final|last) (?:nudge|note|ping)',
        "i'?ll (?:stop|stop reaching out)",
        'keeps (?:emailing|messaging) into the void',
        'hi again! just',
        'close (?:this|the loop) out',
        'closing the loop',
        "so i'?m not spamming",
        "won'?t (?:bother|message) you again",
        '(?:this is )?my last (?:message|note)',
        seq(
          ["i'?ll", 'i will', 'should i', 'shall i'],
          ' (?:go ahead and )?close (?:your|this|the) (?:file|ticket|conversation)',
        ),
        seq(
          ['i guess', 'i assume', "i'?ll assume", 'seems like'],
          " (?:the )?timing (?:isn'?t|is not|wasn'?t) right",
        ),
        "i'?ll assume (?:you'?re not interested|it'?s not a priority|now isn'?t a good time)",
        "last time i'?ll (?:mention|bring up|raise) (?:it|this)",
      ]),
      'g',
    ),
  },
  {
    id: 'NAG_FOLLOW_UP_NL',
    family: 'followup',
    lang: 'nl',
    quietIn: ['reply'],
    pattern: new RegExp(
      seq('\\b', [
        'ik kom (?:nog )?(?:even )?terug op',
        '(?:nog )?even (?:opvolgen|navragen)',
        'nog even checken',
        'heb je mijn (?:vorige|laatste|eerdere) bericht',
        'zag je mijn (?:vorige|laatste)? ?bericht',
        'nog even over [a-z]{2,30}[.,]',
        'laatste bericht,? beloofd',
        'ik (?:wilde|wil) (?:nog )?even checken',
        '(?:ik )?stuur je (?:nog )?(?:even )?een herinnering',
        'nog geen reactie',
        'ik laat het (?:even )?bij je',
        'nog een keer proberen',
        '(?:niet|nooit) meer lastig ?(?:te )?vallen',
        'je weet me te vinden',
        'kort vervolg op mijn',
        '(?:even )?een (?:[a-z]{2,15} )?(?:reminder|herinnering) (?:over|aan|van) mijn',
        // "Even een reminder": the Dutch twin of "just a quick reminder" (issue 21), with or without "mijn bericht".
        seq(
          '(?:nog )?even (?:een )?(?:kleine |korte |vriendelijke )?(?:reminder|herinnering)\\b',
          '(?! (?:dat|over (?:de|het|onze|je|jouw|morgen)|voor (?:de|het|morgen|onze)|aan (?:de|het|onze|ons)))',
        ),
        '(?:een )?(?:kleine|korte|vriendelijke) (?:reminder|herinnering)\\b(?! (?:aan|van) (?:onze|ons|de|het) )',
        seq(
          '(?:heb|hebt|heeft) (?:je|ge|u) (?:er )?(?:al )?(?:eens |even |efkes )?(?:naar )?',
          ['kunnen', 'tijd gehad om (?:er )?(?:naar )?te'],
          ' (?:kijken|lezen)',
        ),
        'laatste (?:herinnering|reminder|berichtje)',
        '(?:mijn|het) (?:vorige|eerdere|laatste) bericht (?:gezien|gelezen|ontvangen)',
        '(?:dit is|dit wordt|hierbij) (?:dan )?(?:mijn|het) laatste bericht',
        '(?:ik )?heb nog (?:niets|niks|geen reactie) (?:van (?:je|jou|u) )?(?:gehoord|ontvangen|gezien)',
        seq('ik ga (?:er ?)?(?:van )?uit dat (?:het|dit|dat) (?:nu |op dit moment |momenteel )?', [
          'geen prioriteit',
          'niet relevant',
          'niet interessant',
          'niet speelt',
        ]),
      ]),
      'g',
    ),
  },
  {
    id: 'UNANSWERED_AGAIN',
    family: 'followup',
    lang: 'any',
    // Fires on the thread, not the words: the sender already wrote and the other never answered.
    // The user's own connection note and LinkedIn's system lines are not messages the other left unanswered.
    detect: ({ folded, context }) =>
      unansweredTurns(context) > 0 && folded.length > 0 ? [{ start: 0, end: folded.length }] : [],
  },
];

/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const followupDocs: RuleDocsMap = {
  NAG_FOLLOW_UP: {
    explain: {
      en: 'Chasing someone who did not answer turns silence into pressure.',
      nl: 'Iemand najagen die niet antwoordde maakt van stilte druk.',
    },
    suggest: {
      en: 'Silence is an answer. If you write again, bring something new and useful, not a reminder.',
      nl: 'Stilte is ook een antwoord. Schrijf je opnieuw, breng dan iets nieuws en nuttigs, geen herinnering.',
    },
    examples: {
      hit: [
        'Just bumping this to the top of your inbox.',
        "Seems like the timing isn't right, so I'll go ahead and close your file.",
        'Did you see my last message?',
        'Circling back on my note.',
        "Last time I'll mention it!",
        'Just a quick reminder, I would love to hear from you!',
      ],
      miss: [
        'Thanks for following up on our talk, here are the slides.',
        'The photo is a reminder of our trip.',
        'Just a reminder that the pension deadline is 5 April; nothing else needed from you.',
      ],
    },
  },
  NAG_FOLLOW_UP_NL: {
    explain: {
      en: 'Chasing someone who did not answer turns silence into pressure.',
      nl: 'Iemand najagen die niet antwoordde maakt van stilte druk.',
    },
    suggest: {
      en: 'Silence is an answer. If you write again, bring something new and useful, not a reminder.',
      nl: 'Stilte is ook een antwoord. Schrijf je opnieuw, breng dan iets nieuws en nuttigs, geen herinnering.',
    },
    examples: {
      hit: [
        'Ik kom even terug op mijn vorige bericht.',
        'Een korte herinnering aan mijn bericht van vorige week.',
        'Heb je er al naar kunnen kijken?',
        'Heb je mijn vorige bericht gezien?',
        'Laatste bericht, beloofd.',
        'Dit is mijn laatste bericht hierover.',
        'Ik heb nog niets van je gehoord.',
        'Ik ga ervan uit dat het nu geen prioriteit is.',
        'Hebt ge al eens kunnen kijken naar onze offerte?',
        'Een laatste herinnering over de subsidie.',
        'Even een reminder, ik hoor graag van je!',
        'Een vriendelijke herinnering: ik hoor graag wat je ervan vindt.',
      ],
      miss: [
        'Ik kom morgen terug uit Gent.',
        'Ik heb niets meer van je gehoord sinds de verhuizing.',
        'Wat een mooie herinnering aan onze reis!',
        'Een kleine herinnering aan onze tijd in Gent.',
        'Even een reminder dat de borrel morgen om vijf uur begint.',
      ],
    },
  },
  UNANSWERED_AGAIN: {
    explain: {
      en: 'Another message to someone who has not answered the last one.',
      nl: 'Weer een bericht aan iemand die het vorige niet beantwoordde.',
    },
    suggest: {
      en: 'Wait for an answer, or write once more with something they would value, then stop.',
      nl: 'Wacht op antwoord, of schrijf nog één keer met iets waar zij iets aan hebben, en stop dan.',
    },
    examples: {
      hit: [
        {
          text: 'Hi again, any thoughts?',
          context: { earlier: [{ author: 'me', text: 'We help teams grow.' }] },
        },
      ],
      miss: [
        {
          text: 'Thanks, that helps!',
          context: { earlier: [{ author: 'them', text: 'Here is the report.' }] },
        },
        'Hi again, any thoughts?',
        {
          text: 'Thanks for accepting! How did you get into forecasting?',
          context: {
            earlier: [{ author: 'me', text: 'Hi Sanne, loved your talk.', kind: 'connection-note' }],
          },
        },
        {
          text: 'Thanks for accepting! How did you get into forecasting?',
          context: {
            firstAfterConnect: true,
            earlier: [{ author: 'me', text: 'Hi Sanne, loved your talk.' }],
          },
        },
      ],
    },
  },
};
