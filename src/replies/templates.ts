import type { ReplyFit, ReplyIntent, ReplyTemplate } from './types';

/** One built-in reply in both languages, with what it suits (see `rankReplies`). */
interface BuiltinReply {
  fit?: ReplyFit;
  en: string;
  nl: string;
}

/**
 * Built-in replies. Each is tested: rendered with and without slot values, our own analyzer must rate it
 * "ok". Humour is self-deprecating, never about gender, origin or looks, and gives the sender something
 * impossible to work with rather than an insult. The offer slot never opens a sentence nor is the subject
 * of a verb, so any filling reads right ("I have no need for payroll", not "payroll services is").
 */
const REPLIES: Record<ReplyIntent, readonly BuiltinReply[]> = {
  listen: [
    {
      en: 'Hi {firstName}, thanks for reaching out. Before anything else: what are you working on these days that you are most excited about?',
      nl: 'Hoi {firstName}, dank voor je bericht. Eerst dit: waar ben je op dit moment het meest enthousiast over in je werk?',
    },
    {
      en: 'Thanks {firstName}. I am curious what brought you to this work in the first place. What made you start?',
      nl: 'Dank je {firstName}. Ik ben benieuwd wat je ooit naar dit werk bracht. Waarom ben je ermee begonnen?',
    },
    {
      en: 'Hi {firstName}, good to hear from you. What is the one thing you would like to be true for your business a year from now?',
      nl: 'Hoi {firstName}, leuk dat je schrijft. Wat zou je over een jaar graag anders zien in je eigen bedrijf?',
    },
    {
      en: 'Thanks for your message, {firstName}. What prompted you to write now? I suspect there is a question behind it, and I would like to hear it.',
      nl: 'Dank voor je bericht, {firstName}. Wat maakt dat je juist nu schrijft? Ik vermoed dat er een vraag achter zit, en die hoor ik graag.',
    },
    {
      en: 'Hi {firstName}, thank you. How did you end up in this field, and what keeps you in it?',
      nl: 'Hoi {firstName}, dank je. Hoe ben je in dit vak terechtgekomen, en wat houdt je erin?',
    },
    {
      en: 'Thanks {firstName}! Tell me a bit about yourself first: what does a good week look like for you?',
      nl: 'Dank je {firstName}! Vertel eerst eens iets over jezelf: hoe ziet een goede werkweek er voor jou uit?',
    },
    {
      en: 'Hi {firstName}, I appreciate the note. What is the hardest part of your work right now?',
      nl: 'Hoi {firstName}, fijn dat je schrijft. Wat is op dit moment het lastigste deel van je werk?',
    },
    {
      en: 'Thanks {firstName}. What would make this conversation worth your while, apart from a sale?',
      nl: 'Dank je {firstName}. Wat zou dit gesprek voor jou de moeite waard maken, los van een verkoop?',
    },
  ],
  'easy-yes': [
    {
      en: 'Hi {firstName}, thanks. Could you send me one example of what you did for a client like me, in writing? I will read it this week.',
      nl: 'Hoi {firstName}, dank je. Kun je me één voorbeeld sturen van wat je voor iemand zoals ik hebt gedaan, op schrift? Ik lees het deze week.',
    },
    {
      en: 'Thanks {firstName}. If you have a short article or case about {theirOffer}, send me the link and I will take a look.',
      nl: 'Dank je {firstName}. Heb je een kort artikel of voorbeeld over {theirOffer}? Stuur me de link, dan kijk ik ernaar.',
    },
    {
      en: 'Hi {firstName}, happy to read one page about {theirOffer}. Send it over and I will reply with my honest thoughts.',
      nl: 'Hoi {firstName}, één pagina over {theirOffer} lees ik graag. Stuur maar op, dan krijg je mijn eerlijke reactie.',
    },
    {
      en: 'Thanks {firstName}. Would you share the one question you ask every new client? I am curious.',
      nl: 'Dank je {firstName}. Wil je de ene vraag delen die je elke nieuwe klant stelt? Ik ben benieuwd.',
    },
    {
      en: 'Hi {firstName}, thanks for the note. Reply with the single result you are proudest of, in two sentences, and I will tell you if it fits.',
      nl: 'Hoi {firstName}, dank voor je bericht. Vertel me in twee zinnen het resultaat waar je het trotst op bent, dan laat ik weten of het past.',
    },
    {
      en: 'Thanks {firstName}. Send me your best free resource on {theirOffer}; if it helps, I will pass it on to people who need it.',
      nl: 'Dank je {firstName}. Stuur me je beste gratis stuk over {theirOffer}; als het helpt, geef ik het door aan wie het nodig heeft.',
    },
    {
      en: 'Hi {firstName}, I would be glad to give feedback on your message itself. Want me to?',
      nl: 'Hoi {firstName}, ik geef je graag feedback op je bericht zelf. Wil je dat?',
    },
    {
      en: 'Thanks {firstName}. One easy thing: tell me which of your posts I should read first.',
      nl: 'Dank je {firstName}. Eén makkelijke vraag: welke van je posts moet ik als eerste lezen?',
    },
  ],
  decline: [
    {
      en: 'Hi {firstName}, thank you for thinking of me. I have no need for {theirOffer} right now, but I wish you good luck with it.',
      nl: 'Hoi {firstName}, dank dat je aan me dacht. Aan {theirOffer} heb ik nu geen behoefte, maar ik wens je er veel succes mee.',
    },
    {
      en: 'Thanks {firstName}. I will pass on this one, but I appreciate the effort you put into your message.',
      nl: 'Dank je {firstName}. Ik sla dit over, maar ik waardeer de moeite die je in je bericht hebt gestoken.',
    },
    {
      en: 'Hi {firstName}, kind of you to write. This is not a fit for me, and I would rather say so clearly than leave you waiting.',
      nl: 'Hoi {firstName}, aardig dat je schrijft. Dit past niet bij mij, en dat zeg ik liever meteen dan dat je blijft wachten.',
    },
    {
      en: 'Thanks {firstName}. Not for me at the moment. If that changes, I know where to find you.',
      nl: 'Dank je {firstName}. Op dit moment niet voor mij. Als dat verandert, weet ik je te vinden.',
    },
    {
      en: 'Hi {firstName}, thank you. I keep my inbox for conversations with people I work with, so I will say no to {theirOffer}. All the best!',
      nl: 'Hoi {firstName}, dank je. Mijn inbox houd ik voor gesprekken met mensen met wie ik werk, dus ik zeg nee tegen {theirOffer}. Het beste!',
    },
    {
      en: 'Thanks {firstName}, I am not interested, but I hope you find the people who are. Have a good week.',
      nl: 'Dank je {firstName}, ik heb geen interesse, maar ik hoop dat je de mensen vindt die dat wel hebben. Fijne week.',
    },
    {
      en: 'Hi {firstName}, honest answer: no thank you. Good luck with your plans.',
      nl: 'Hoi {firstName}, eerlijk antwoord: nee, dank je. Succes met je plannen.',
    },
    {
      en: 'Thanks for the message, {firstName}. I will not take this further, and I wish you a good day.',
      nl: 'Dank voor je bericht, {firstName}. Ik ga hier niet op in, en ik wens je een fijne dag.',
    },
  ],
  humour: [
    {
      fit: { offers: ['hr', 'hr-software', 'payroll', 'recruiting'], situations: ['alone', 'small-team'] },
      en: 'Hi {firstName}, thanks! Our HR department ({team}) will discuss {theirOffer} at the next board meeting. The coffee machine is cautiously positive; I am still buffering.',
      nl: 'Hoi {firstName}, dank je! Onze HR-afdeling ({team}) bespreekt {theirOffer} in de volgende directievergadering. Het koffiezetapparaat is voorzichtig positief; ik ben nog aan het laden.',
    },
    {
      fit: { offers: ['software', 'hr-software', 'website', 'ai', 'planning', 'accounting'] },
      en: 'Thanks {firstName}. I have forwarded this to our purchasing department. It is a shoebox under my desk, and it responds within three to five business years.',
      nl: 'Dank je {firstName}. Ik heb dit doorgestuurd naar onze inkoopafdeling. Dat is een schoenendoos onder mijn bureau, die reageert binnen drie tot vijf werkjaren.',
    },
    {
      fit: { offers: ['accounting', 'payroll', 'opportunity'], situations: ['alone'] },
      en: 'Hi {firstName}, exciting! I will need sign-off from legal (my cat), finance (a jar of coins) and the board (also the cat). I will keep you posted.',
      nl: 'Hoi {firstName}, spannend! Ik heb akkoord nodig van juridische zaken (mijn kat), financiën (een pot met muntjes) en de raad van bestuur (ook de kat). Ik houd je op de hoogte.',
    },
    {
      fit: { families: ['ask'] },
      en: 'Thanks {firstName}. I would love to say yes, but my calendar has unionised and only accepts appointments from people it has met in person.',
      nl: 'Dank je {firstName}. Ik zou graag ja zeggen, maar mijn agenda is lid geworden van de vakbond en neemt alleen nog afspraken aan met mensen die hij echt kent.',
    },
    {
      fit: { offers: ['recruiting', 'marketing', 'coaching', 'events'] },
      en: 'Hi {firstName}, great news: you are shortlisted. The next round is a haiku about {theirOffer}. No rush, the committee meets whenever the kettle boils.',
      nl: 'Hoi {firstName}, goed nieuws: je staat op de shortlist. De volgende ronde is een haiku over {theirOffer}. Geen haast, de commissie vergadert zodra de waterkoker kookt.',
    },
    {
      fit: { offers: ['ai', 'software', 'hr-software', 'planning'] },
      en: 'Thanks {firstName}! I ran {theirOffer} past our innovation lab ({team}). The lab has asked for a prototype made entirely of optimism.',
      nl: 'Dank je {firstName}! Ik heb {theirOffer} voorgelegd aan ons innovatielab ({team}). Het lab vraagt om een prototype, volledig gemaakt van optimisme.',
    },
    {
      fit: { offers: ['leads', 'marketing', 'coaching', 'opportunity'], families: ['hype'] },
      en: 'Hi {firstName}, I admire the energy. My inbox and I are on a journey of growth, and right now we are growing a small vegetable garden instead.',
      nl: 'Hoi {firstName}, ik bewonder de energie. Mijn inbox en ik zitten midden in een groeitraject, en op dit moment groeien we vooral een moestuintje.',
    },
    {
      fit: { families: ['followup'] },
      en: 'Thanks {firstName}. Our procurement policy requires that offers arrive by carrier pigeon. Please allow the pigeon a rest day on Sundays.',
      nl: 'Dank je {firstName}. Ons inkoopbeleid vraagt dat aanbiedingen per postduif binnenkomen. Gun de duif op zondag een rustdag.',
    },
  ],
};

export const BUILTIN_TEMPLATES: readonly ReplyTemplate[] = (Object.keys(REPLIES) as ReplyIntent[]).flatMap(
  (intent) =>
    (['en', 'nl'] as const).flatMap((lang) =>
      REPLIES[intent].map((reply, index) => ({
        id: `builtin-${intent}-${lang}-${index + 1}`,
        intent,
        lang,
        text: reply[lang],
        source: 'builtin' as const,
        ...(reply.fit ? { fit: reply.fit } : {}),
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
