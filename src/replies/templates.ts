import type { ReplyIntent, ReplyLang, ReplyTemplate } from './types';

/**
 * Built-in replies. Each is tested: rendered with and without slot values, our own analyzer must rate it
 * "ok". Humour is self-deprecating, never about gender, origin or looks, and gives the sender something
 * impossible to work with rather than an insult.
 */
const TEXTS: Record<ReplyIntent, Record<ReplyLang, string[]>> = {
  listen: {
    en: [
      'Hi {firstName}, thanks for reaching out. Before anything else: what are you working on these days that you are most excited about?',
      'Thanks {firstName}. I am curious what brought you to this work in the first place. What made you start?',
      'Hi {firstName}, good to hear from you. What is the one thing you would like to be true for your business a year from now?',
      'Thanks for your message, {firstName}. What prompted you to write now? I suspect there is a question behind it, and I would like to hear it.',
      'Hi {firstName}, thank you. How did you end up in this field, and what keeps you in it?',
      'Thanks {firstName}! Tell me a bit about yourself first: what does a good week look like for you?',
      'Hi {firstName}, I appreciate the note. What is the hardest part of your work right now?',
      'Thanks {firstName}. What would make this conversation worth your while, apart from a sale?',
    ],
    nl: [
      'Hoi {firstName}, dank voor je bericht. Eerst dit: waar ben je op dit moment het meest enthousiast over in je werk?',
      'Dank je {firstName}. Ik ben benieuwd wat je ooit naar dit werk bracht. Waarom ben je ermee begonnen?',
      'Hoi {firstName}, leuk dat je schrijft. Wat zou je over een jaar graag anders zien in je eigen bedrijf?',
      'Dank voor je bericht, {firstName}. Wat maakt dat je juist nu schrijft? Ik vermoed dat er een vraag achter zit, en die hoor ik graag.',
      'Hoi {firstName}, dank je. Hoe ben je in dit vak terechtgekomen, en wat houdt je erin?',
      'Dank je {firstName}! Vertel eerst eens iets over jezelf: hoe ziet een goede werkweek er voor jou uit?',
      'Hoi {firstName}, fijn dat je schrijft. Wat is op dit moment het lastigste deel van je werk?',
      'Dank je {firstName}. Wat zou dit gesprek voor jou de moeite waard maken, los van een verkoop?',
    ],
  },
  'easy-yes': {
    en: [
      'Hi {firstName}, thanks. Could you send me one example of what you did for a client like me, in writing? I will read it this week.',
      'Thanks {firstName}. If you have a short article or case about {theirOffer}, send me the link and I will take a look.',
      'Hi {firstName}, happy to read one page about {theirOffer}. Send it over and I will reply with my honest thoughts.',
      'Thanks {firstName}. Would you share the one question you ask every new client? I am curious.',
      'Hi {firstName}, thanks for the note. Reply with the single result you are proudest of, in two sentences, and I will tell you if it fits.',
      'Thanks {firstName}. Send me your best free resource on {theirOffer}; if it helps, I will pass it on to people who need it.',
      'Hi {firstName}, I would be glad to give feedback on your message itself. Want me to?',
      'Thanks {firstName}. One easy thing: tell me which of your posts I should read first.',
    ],
    nl: [
      'Hoi {firstName}, dank je. Kun je me één voorbeeld sturen van wat je voor iemand zoals ik hebt gedaan, op schrift? Ik lees het deze week.',
      'Dank je {firstName}. Heb je een kort artikel of voorbeeld over {theirOffer}? Stuur me de link, dan kijk ik ernaar.',
      'Hoi {firstName}, één pagina over {theirOffer} lees ik graag. Stuur maar op, dan krijg je mijn eerlijke reactie.',
      'Dank je {firstName}. Wil je de ene vraag delen die je elke nieuwe klant stelt? Ik ben benieuwd.',
      'Hoi {firstName}, dank voor je bericht. Vertel me in twee zinnen het resultaat waar je het trotst op bent, dan laat ik weten of het past.',
      'Dank je {firstName}. Stuur me je beste gratis stuk over {theirOffer}; als het helpt, geef ik het door aan wie het nodig heeft.',
      'Hoi {firstName}, ik geef je graag feedback op je bericht zelf. Wil je dat?',
      'Dank je {firstName}. Eén makkelijke vraag: welke van je posts moet ik als eerste lezen?',
    ],
  },
  decline: {
    en: [
      'Hi {firstName}, thank you for thinking of me. {theirOffer} is not something I need right now, but I wish you good luck with it.',
      'Thanks {firstName}. I will pass on this one, but I appreciate the effort you put into your message.',
      'Hi {firstName}, kind of you to write. This is not a fit for me, and I would rather say so clearly than leave you waiting.',
      'Thanks {firstName}. Not for me at the moment. If that changes, I know where to find you.',
      'Hi {firstName}, thank you. I keep my inbox for conversations with people I work with, so I will say no to {theirOffer}. All the best!',
      'Thanks {firstName}, I am not interested, but I hope you find the people who are. Have a good week.',
      'Hi {firstName}, honest answer: no thank you. Good luck with your plans.',
      'Thanks for the message, {firstName}. I will not take this further, and I wish you a good day.',
    ],
    nl: [
      'Hoi {firstName}, dank dat je aan me dacht. {theirOffer} heb ik nu niet nodig, maar ik wens je er veel succes mee.',
      'Dank je {firstName}. Ik sla dit over, maar ik waardeer de moeite die je in je bericht hebt gestoken.',
      'Hoi {firstName}, aardig dat je schrijft. Dit past niet bij mij, en dat zeg ik liever meteen dan dat je blijft wachten.',
      'Dank je {firstName}. Op dit moment niet voor mij. Als dat verandert, weet ik je te vinden.',
      'Hoi {firstName}, dank je. Mijn inbox houd ik voor gesprekken met mensen met wie ik werk, dus ik zeg nee tegen {theirOffer}. Het beste!',
      'Dank je {firstName}, ik heb geen interesse, maar ik hoop dat je de mensen vindt die dat wel hebben. Fijne week.',
      'Hoi {firstName}, eerlijk antwoord: nee, dank je. Succes met je plannen.',
      'Dank voor je bericht, {firstName}. Ik ga hier niet op in, en ik wens je een fijne dag.',
    ],
  },
  humour: {
    en: [
      'Hi {firstName}, thanks! Our HR department ({team}) will discuss {theirOffer} at the next board meeting. The coffee machine is cautiously positive; I am still buffering.',
      'Thanks {firstName}. I have forwarded this to our purchasing department. It is a shoebox under my desk, and it responds within three to five business years.',
      'Hi {firstName}, exciting! I will need sign-off from legal (my cat), finance (a jar of coins) and the board (also the cat). I will keep you posted.',
      'Thanks {firstName}. I would love to say yes, but my calendar has unionised and only accepts appointments from people it has met in person.',
      'Hi {firstName}, great news: you are shortlisted. The next round is a haiku about {theirOffer}. No rush, the committee meets whenever the kettle boils.',
      'Thanks {firstName}! I ran {theirOffer} past our innovation lab ({team}). The lab has asked for a prototype made entirely of optimism.',
      'Hi {firstName}, I admire the energy. My inbox and I are on a journey of growth, and right now we are growing a small vegetable garden instead.',
      'Thanks {firstName}. Our procurement policy requires that offers arrive by carrier pigeon. Please allow the pigeon a rest day on Sundays.',
    ],
    nl: [
      'Hoi {firstName}, dank je! Onze HR-afdeling ({team}) bespreekt {theirOffer} in de volgende directievergadering. Het koffiezetapparaat is voorzichtig positief; ik ben nog aan het laden.',
      'Dank je {firstName}. Ik heb dit doorgestuurd naar onze inkoopafdeling. Dat is een schoenendoos onder mijn bureau, die reageert binnen drie tot vijf werkjaren.',
      'Hoi {firstName}, spannend! Ik heb akkoord nodig van juridische zaken (mijn kat), financiën (een pot met muntjes) en de raad van bestuur (ook de kat). Ik houd je op de hoogte.',
      'Dank je {firstName}. Ik zou graag ja zeggen, maar mijn agenda is lid geworden van de vakbond en neemt alleen nog afspraken aan met mensen die hij echt kent.',
      'Hoi {firstName}, goed nieuws: je staat op de shortlist. De volgende ronde is een haiku over {theirOffer}. Geen haast, de commissie vergadert zodra de waterkoker kookt.',
      'Dank je {firstName}! Ik heb {theirOffer} voorgelegd aan ons innovatielab ({team}). Het lab vraagt om een prototype, volledig gemaakt van optimisme.',
      'Hoi {firstName}, ik bewonder de energie. Mijn inbox en ik zitten midden in een groeitraject, en op dit moment groeien we vooral een moestuintje.',
      'Dank je {firstName}. Ons inkoopbeleid vraagt dat aanbiedingen per postduif binnenkomen. Gun de duif op zondag een rustdag.',
    ],
  },
};

export const BUILTIN_TEMPLATES: readonly ReplyTemplate[] = (Object.keys(TEXTS) as ReplyIntent[]).flatMap(
  (intent) =>
    (['en', 'nl'] as const).flatMap((lang) =>
      TEXTS[intent][lang].map((text, index) => ({
        id: `builtin-${intent}-${lang}-${index + 1}`,
        intent,
        lang,
        text,
        source: 'builtin' as const,
      })),
    ),
);

export const INTENTS: readonly ReplyIntent[] = ['listen', 'easy-yes', 'decline', 'humour'];

/** Which intents fit a message: spam gets humour and declines first; a genuine message gets listening first. */
export function intentsFor(verdict: 'ok' | 'borderline' | 'pitch' | undefined): ReplyIntent[] {
  if (verdict === 'pitch') return ['humour', 'decline', 'easy-yes', 'listen'];
  if (verdict === 'borderline') return ['easy-yes', 'listen', 'decline', 'humour'];
  return ['listen', 'easy-yes', 'decline', 'humour'];
}
