import type { MetaRule, RuleDocsMap } from '../types';
import { askRules } from './ask';
import { fitRules } from './fit';
import { followupRules } from './followup';
import { offerRules } from './offer';
import { personalizationRules } from './personalization';
import { selfRules } from './self';
import { sequenceRules } from './sequence';
import { isColdContact, isReply, theyAskedLast } from './shared';

/** The moves of outreach, as the rule ids that recognise them. */
const OFFERS = [...offerRules.map((rule) => rule.id), 'MONEY_TALK'];
const ASKS = askRules.map((rule) => rule.id);
const MEETING_ASKS = ['ASK_QUICK_CALL', 'ASK_MINUTES', 'ASK_KENNISMAKEN', 'CALENDAR_LINK'];
const FLATTERY = ['PROFILE_FLATTERY', 'PROFILE_FLATTERY_NL'];
const GOOD = [
  'QUESTION_ABOUT_THEM',
  'LEARNING_ASK',
  'GIVING',
  'CONCRETE_REFERENCE',
  'SEEKING_ADVICE',
  'RESPONDS_TO_THEM',
  'NOT_FOR_SALE',
  'BUYER_REQUEST',
  'WARM_INTRO',
];
/** Every rule that says something bad about a message: a "clean" message fired none of them. */
const PITCH_SIGNALS = [
  ...offerRules,
  ...askRules,
  ...selfRules,
  ...personalizationRules,
  ...sequenceRules,
  ...followupRules,
  ...fitRules,
]
  // Lead-ins that mean something only with a pitch after them (the meta rules below say so).
  .filter(
    (rule) => rule.family !== 'good' && rule.id !== 'CONNECT_PLEASANTRY' && rule.id !== 'NO_PITCH_DISCLAIMER',
  )
  .map((rule) => rule.id);

/** Whether any of these rules fired: walks what fired (a handful), not the list (up to fifty ids). */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function any(fired: ReadonlySet<string>, ids: readonly string[]): boolean {
  let set = sets.get(ids);
  if (!set) sets.set(ids, (set = new Set(ids)));
  for (const id of fired) if (set.has(id)) return true;
  return false;
}

/** Rules over rules: combinations that mean more than their parts, and the context that changes a move. */
export const metaRules: MetaRule[] = [
  {
    id: 'PITCH_SLAP',
    family: 'timing',
    lang: 'any',
    requires: (fired, { context }) =>
      isColdContact(context) &&
      (any(fired, OFFERS) || fired.has('ASK_DISCOVERY_QUESTION')) &&
      !fired.has('QUESTION_ABOUT_THEM') &&
      !fired.has('SEEKING_ADVICE') &&
      !fired.has('NOT_FOR_SALE') &&
      !fired.has('BUYER_REQUEST'),
    anchor: [...OFFERS, 'ASK_DISCOVERY_QUESTION'],
  },
  {
    id: 'CONNECT_THEN_PITCH',
    family: 'timing',
    lang: 'any',
    requires: (fired) =>
      fired.has('CONNECT_PLEASANTRY') &&
      !fired.has('SEEKING_ADVICE') &&
      (any(fired, OFFERS) || any(fired, MEETING_ASKS) || fired.has('ASK_DISCOVERY_QUESTION')),
    anchor: ['CONNECT_PLEASANTRY'],
  },
  {
    id: 'DISCLAIMED_PITCH',
    family: 'sequence',
    lang: 'any',
    requires: (fired) =>
      fired.has('NO_PITCH_DISCLAIMER') &&
      !fired.has('SEEKING_ADVICE') &&
      (any(fired, OFFERS) || any(fired, ASKS)),
    anchor: ['NO_PITCH_DISCLAIMER'],
  },
  {
    id: 'FAST_PITCH',
    family: 'timing',
    lang: 'any',
    requires: (fired, { context }) =>
      context.minutesSinceConnected !== undefined &&
      context.minutesSinceConnected <= 24 * 60 &&
      (any(fired, OFFERS) || any(fired, MEETING_ASKS)),
    anchor: [...OFFERS, ...MEETING_ASKS],
  },
  {
    id: 'OFFER_WITH_ASK',
    family: 'ask',
    lang: 'any',
    requires: (fired) => any(fired, OFFERS) && any(fired, ASKS) && !fired.has('BUYER_REQUEST'),
    anchor: ASKS,
  },
  {
    id: 'MEETING_ASK_TO_STRANGER',
    family: 'ask',
    lang: 'any',
    quietIn: ['ongoing', 'reply'],
    requires: (fired, { context }) => any(fired, MEETING_ASKS) && !isReply(context) && !any(fired, GOOD),
    anchor: MEETING_ASKS,
  },
  {
    id: 'FLATTERY_LEAD_IN',
    family: 'personalization',
    lang: 'any',
    requires: (fired) =>
      any(fired, FLATTERY) && !fired.has('CONCRETE_REFERENCE') && (any(fired, OFFERS) || any(fired, ASKS)),
    anchor: FLATTERY,
  },
  {
    id: 'ANSWERS_THEIR_REQUEST',
    family: 'good',
    lang: 'any',
    // Their last message asked something ("Is there another edition?"): an offer or a proposal now answers it.
    requires: (fired, { context }) =>
      (fired.has('RESPONDS_TO_THEM') || theyAskedLast(context)) &&
      isReply(context) &&
      (any(fired, OFFERS) || any(fired, ASKS)),
    anchor: ['RESPONDS_TO_THEM', ...OFFERS, ...ASKS],
  },
  {
    id: 'LISTENING_MESSAGE',
    family: 'good',
    lang: 'any',
    requires: (fired) => any(fired, GOOD) && !any(fired, PITCH_SIGNALS),
    anchor: GOOD,
  },
  {
    id: 'SHORT_AND_CLEAN',
    family: 'good',
    lang: 'any',
    requires: (fired) => fired.has('BREVITY') && !any(fired, PITCH_SIGNALS),
    anchor: ['BREVITY'],
  },
];
/** What each rule says to the user and the examples its tests run: kept beside the rules, out of the content script's bundle. */
export const metaDocs: RuleDocsMap = {
  PITCH_SLAP: {
    explain: {
      en: 'The pitch-slap: an offer to someone who has not written back, in a connection note, a first message or a follow-up to silence: a sales step, not a conversation.',
      nl: 'De pitch-slap: een aanbod aan iemand die nog niet terugschreef, in een connectieverzoek, een eerste bericht of een vervolg op stilte. Een aanbod voor ze iets zeiden is een verkoopstap.',
    },
    suggest: {
      en: 'Connect to connect. Let the first messages be about them; offer only when they ask.',
      nl: 'Connect om te connecten. Laat de eerste berichten over hen gaan; bied pas iets aan als ze erom vragen.',
    },
    examples: {
      hit: [{ text: 'We help SaaS companies book more demos.', context: { kind: 'connection-note' } }],
      miss: [
        { text: 'We help SaaS companies book more demos.', context: { kind: 'reply' } },
        'We help SaaS companies book more demos.',
      ],
    },
  },
  CONNECT_THEN_PITCH: {
    explain: {
      en: 'A thank-you for connecting followed straight by a pitch or a meeting ask: the connection was only a way in.',
      nl: 'Een bedankje voor de connectie direct gevolgd door een pitch of een verzoek om een afspraak: de connectie was alleen een ingang.',
    },
    suggest: {
      en: 'Thank them and ask one question about them. Nothing else in this message.',
      nl: 'Bedank hen en stel één vraag over hen. Verder niets in dit bericht.',
    },
    examples: {
      hit: [
        'Thanks for connecting! We help SaaS companies book more demos.',
        'Bedankt voor de connectie! Zullen we eens vrijblijvend kennismaken?',
      ],
      miss: ['Thanks for connecting! How did you get into forecasting?'],
    },
  },
  DISCLAIMED_PITCH: {
    explain: {
      en: 'A promise of no pitch next to an offer or a meeting ask: the disclaimer announces the pitch.',
      nl: 'Een belofte dat er geen pitch komt, naast een aanbod of een vraag om een afspraak: de disclaimer kondigt de pitch aan.',
    },
    suggest: {
      en: 'Drop the promise and the offer. Ask about them, and keep the offer until they ask.',
      nl: 'Laat de belofte en het aanbod weg. Vraag naar hen, en bewaar het aanbod tot ze erom vragen.',
    },
    examples: {
      hit: [
        'Not gonna pitch you, promise, but we help SaaS teams book more demos.',
        'Ik wil je zeker niks verkopen, maar zullen we eens vrijblijvend kennismaken?',
      ],
      miss: [
        'Loved your talk on forecasting. How did you get your team to trust the numbers? (And no pitch, promise.)',
      ],
    },
  },
  FAST_PITCH: {
    explain: {
      en: 'Pitched within a day of connecting: the connection request was a sales step.',
      nl: 'Binnen een dag na het connecten gepitcht: het connectieverzoek was een verkoopstap.',
    },
    suggest: {
      en: 'Give the relationship time. Comment on their work, ask about it, and wait.',
      nl: 'Geef de relatie tijd. Reageer op hun werk, vraag ernaar, en wacht.',
    },
    examples: {
      hit: [{ text: 'Do you have 15 minutes for a quick call?', context: { minutesSinceConnected: 2 } }],
      miss: [
        {
          text: 'Do you have 15 minutes for a quick call?',
          context: { minutesSinceConnected: 60 * 24 * 30 },
        },
      ],
    },
  },
  OFFER_WITH_ASK: {
    explain: {
      en: 'An offer and an ask in one message: the classic cold pitch.',
      nl: 'Een aanbod en een vraag om een afspraak in één bericht: de klassieke koude pitch.',
    },
    suggest: {
      en: 'Split them, and drop both from a first message. Start with the person.',
      nl: 'Haal ze uit elkaar, en laat ze allebei weg uit een eerste bericht. Begin bij de persoon.',
    },
    examples: {
      hit: ['We help SaaS companies book demos. Do you have 15 minutes?'],
      miss: ['We help SaaS companies book demos.'],
    },
  },
  MEETING_ASK_TO_STRANGER: {
    explain: {
      en: 'A meeting ask with no question about them and no shared context: the reader has no reason to say yes.',
      nl: 'Een verzoek om een afspraak zonder vraag over hen en zonder gedeelde context: de lezer heeft geen reden om ja te zeggen.',
    },
    suggest: {
      en: 'Ask them one thing about their work first. A call can come later, on their terms.',
      nl: 'Vraag hen eerst één ding over hun werk. Een gesprek kan later, op hun voorwaarden.',
    },
    examples: {
      hit: [
        'Do you have 15 minutes this week?',
        'Heb je 15 minuutjes?',
        {
          text: 'Thanks for connecting! Would you be open to a quick 15-minute video call this week?',
          context: { kind: 'first-message' },
        },
      ],
      miss: [
        {
          text: 'Thanks Joris, great work on the report. Can we have a quick call tomorrow?',
          context: {
            earlier: [
              { author: 'them', text: 'Here is the report for Friday.' },
              { author: 'me', text: 'Great, I will read it tonight.' },
              { author: 'them', text: 'Updated it with your comments.' },
            ],
          },
        },
        'Loved your talk on ABM. How did you get the sales team on board? Happy to do a quick call if easier.',
        { text: 'Sure, a quick call works. Tuesday?', context: { kind: 'reply' } },
      ],
    },
  },
  FLATTERY_LEAD_IN: {
    explain: {
      en: 'A vague compliment used as the lead-in to an ask: fake personalisation.',
      nl: 'Een vaag compliment als aanloop naar een vraag: nep-personalisatie.',
    },
    suggest: {
      en: 'Replace the compliment with one concrete detail, or drop both the compliment and the ask.',
      nl: 'Vervang het compliment door één concreet detail, of laat compliment en vraag allebei weg.',
    },
    examples: {
      hit: ['I came across your profile and was impressed. Quick call this week?'],
      miss: ['I came across your profile and was impressed.'],
    },
  },
  ANSWERS_THEIR_REQUEST: {
    explain: {
      en: 'An offer or a call in answer to their own message or application: they asked, so it is service, not a pitch.',
      nl: 'Een aanbod of gesprek als antwoord op hun eigen bericht of sollicitatie: zij vroegen erom, dus het is service, geen pitch.',
    },
    suggest: {
      en: 'Good. Answer exactly what they asked and let them set the pace.',
      nl: 'Goed. Beantwoord precies wat ze vroegen en laat hen het tempo bepalen.',
    },
    examples: {
      hit: [
        {
          text: 'Thanks for your application! Could we schedule a quick call on Tuesday?',
          context: { kind: 'reply' },
        },
      ],
      miss: ['Thanks for your application! Could we schedule a quick call on Tuesday?'],
    },
  },
  LISTENING_MESSAGE: {
    explain: {
      en: 'About them, with nothing to sell and no meeting asked: this is how relationships start.',
      nl: 'Over hen, zonder iets te verkopen en zonder afspraak te vragen: zo beginnen relaties.',
    },
    suggest: {
      en: 'Send it. Then listen.',
      nl: 'Verstuur het. En luister dan.',
    },
    examples: {
      hit: ['Loved your talk on ABM. How did you get the sales team on board?'],
      miss: ['Loved your talk on ABM. Do you have 15 minutes for a quick call?'],
    },
  },
  SHORT_AND_CLEAN: {
    explain: {
      en: 'Short, and asks for nothing.',
      nl: 'Kort, en vraagt niets.',
    },
    suggest: {
      en: 'Good.',
      nl: 'Goed.',
    },
    examples: {
      hit: ['Thanks, that was helpful. Enjoy your weekend!'],
      miss: ['Do you have 15 minutes for a quick call?'],
    },
  },
};
