import type { DeckPair } from './deck';

/**
 * The built-in pairs: a pitch-slap and a relationship-first message for the same situation. Each heading is
 * unique in both languages (the language of the messages is shown beside it); `names` are the names in the
 * texts, replaced by stand-ins when the trainer hides names.
 */
export const PAIRS: readonly DeckPair[] = [
  {
    id: 'connect-then-pitch-en',
    lang: 'en',
    title: { en: 'The demo ask right after connecting', nl: 'Meteen een demo vragen na het connecten' },
    context: { kind: 'first-message', firstAfterConnect: true },
    bad: 'Thanks for connecting, Maya! We help SaaS companies book 3x more demos with our AI outreach platform. Do you have 15 minutes this week?',
    good: 'Thanks for connecting, Maya. I enjoyed your post about onboarding new hires remotely. What surprised you most when you first tried it?',
    names: ['Maya'],
  },
  {
    id: 'connect-then-pitch-nl',
    lang: 'nl',
    title: {
      en: 'The “no-obligation introduction” after connecting',
      nl: 'Vrijblijvend kennismaken na het connecten',
    },
    context: { kind: 'first-message', firstAfterConnect: true },
    bad: 'Bedankt voor de connectie Sanne! Wij helpen MKB-bedrijven aan meer klanten via LinkedIn. Zullen we eens vrijblijvend kennismaken?',
    good: 'Bedankt voor de connectie, Sanne. Je stuk over de eerste honderd klanten van je bakkerij vond ik sterk. Wat bracht je ertoe om juist daar te beginnen?',
    names: ['Sanne'],
  },
  {
    id: 'hr-to-solo-nl',
    lang: 'nl',
    title: {
      en: 'An HR offer to someone who works alone',
      nl: 'Een HR-aanbod aan iemand die alleen werkt',
    },
    context: { kind: 'connection-note', recipientWorkMode: 'alone' },
    bad: 'Hoi Fleur, onze HR-software ontzorgt je complete HR-afdeling: verzuim, salarisadministratie en onboarding van je medewerkers. Mag ik je even bellen?',
    good: 'Hoi Fleur, ik zag dat je sinds dit jaar voor jezelf werkt als illustrator. Hoe bevalt het ondernemerschap tot nu toe?',
    names: ['Fleur'],
  },
  {
    id: 'fifteen-minute-call-en',
    lang: 'en',
    title: { en: 'The 15-minute call', nl: 'Het gesprekje van 15 minuten' },
    context: { kind: 'first-message' },
    bad: 'Hi Tom, I know you are busy, but I would really appreciate just 15 minutes of your time for a quick call. Here is my calendar: https://calendly.com/growth/15min',
    good: 'Hi Tom, your talk at the logistics meetup changed how I plan stock. If you ever write down the forecasting steps you showed, I would love to read them.',
    names: ['Tom'],
  },
  {
    id: 'kopje-koffie-nl',
    lang: 'nl',
    title: { en: 'The “cup of coffee” ask', nl: 'Het kopje koffie' },
    context: { kind: 'connection-note' },
    bad: 'Hoi Daan, ik werk met bedrijven in jouw sector en zie vaak kansen voor groei. Zin in een kopje koffie om even te sparren?',
    good: 'Hoi Daan, we spraken elkaar kort na je workshop in Gent. Je tip over klantinterviews heb ik meteen toegepast. Leuk om in contact te blijven.',
    names: ['Daan'],
  },
  {
    id: 'fake-personalisation-en',
    lang: 'en',
    title: {
      en: 'Fake personalisation: the leftover {firstName}',
      nl: 'Nep-personalisatie: het vergeten {firstName}',
    },
    context: { kind: 'first-message' },
    bad: 'Hi {firstName}, I came across your profile and was really impressed by your background. Our platform helps leaders like you unlock growth. Open to a quick chat?',
    good: 'Hi Priya, your thread on pricing your first consulting project was the clearest thing I read this month. How did you decide on a day rate?',
    names: ['Priya'],
  },
  {
    id: 'fake-personalisation-nl',
    lang: 'nl',
    title: {
      en: 'Fake personalisation: [naam] and a vague compliment',
      nl: 'Nep-personalisatie: [naam] en een vaag compliment',
    },
    context: { kind: 'connection-note' },
    bad: 'Hoi [naam], ik kwam je profiel tegen en je ervaring sprak me aan. Interessant bedrijf! Wie weet kunnen we iets voor elkaar betekenen.',
    good: 'Hoi Emma, je presentatie over toegankelijke formulieren op de Frontend-dag was scherp. Stuur je me de slides?',
    names: ['Emma'],
  },
  {
    id: 'nagging-en',
    lang: 'en',
    title: { en: 'The nagging follow-up with a deadline', nl: 'De zeurende herinnering met een deadline' },
    context: { kind: 'follow-up', earlier: [{ author: 'me', text: 'We help teams grow.' }] },
    bad: 'Hi Ben, just bumping this to the top of your inbox. Did you see my last message? Last chance to grab a slot this month!',
    good: 'Hi Ben, no need to reply to my earlier note. How is the new warehouse team settling in?',
    names: ['Ben'],
  },
  {
    id: 'nagging-nl',
    lang: 'nl',
    title: {
      en: 'The nagging follow-up that asks for a call again',
      nl: 'De zeurende herinnering die weer om een belletje vraagt',
    },
    context: { kind: 'follow-up', earlier: [{ author: 'me', text: 'Wij helpen bedrijven groeien.' }] },
    bad: 'Hoi Bram, ik kom even terug op mijn vorige bericht. Heb je mijn laatste bericht gezien? Heb je 15 minuutjes deze week?',
    good: 'Hoi Bram, ik laat je verder met rust. Misschien heb je hier iets aan: een checklist voor je eerste aanbesteding. Succes ermee!',
    names: ['Bram'],
  },
  {
    id: 'recruiter-en',
    lang: 'en',
    title: { en: 'The recruiter spray', nl: 'De recruiter die met hagel schiet' },
    context: { kind: 'first-message' },
    bad: 'URGENT: I am recruiting for a senior developer role at a hot startup. Your profile is a perfect fit! Are you open to new opportunities? Can we talk today?',
    good: 'Hi Lisa, I read your write-up on moving a team from PHP to Go. We are about to do the same. What would you do differently a second time?',
    names: ['Lisa'],
  },
  {
    id: 'question-beneath-en',
    lang: 'en',
    title: {
      en: 'Listening: the question beneath the question',
      nl: 'Luisteren: de vraag achter de vraag',
    },
    context: {
      kind: 'reply',
      earlier: [{ author: 'them', text: 'Do you have a price list for your workshops?' }],
    },
    bad: 'Sure! Our workshops start at 2,000 euro and we have helped 120+ companies like yours. Book a demo here: https://calendly.com/workshops/demo',
    good: 'Happy to share it. Before I do: what made you look for a workshop now? If I understand what you are hoping to change, I can tell you honestly whether ours fits.',
    names: [],
  },
  {
    id: 'easy-yes-nl',
    lang: 'nl',
    title: { en: 'The easy yes', nl: 'Het makkelijke ja' },
    context: { kind: 'reply', earlier: [{ author: 'them', text: 'Interessant, maar ik heb het druk.' }] },
    bad: 'Snap ik! Daarom bieden we een gratis quickscan van 90 minuten aan, geen verplichtingen. Wanneer schikt het om te bellen?',
    good: 'Helemaal begrijpelijk. Zal ik je één pagina sturen met de drie vragen die we altijd stellen? Dan kijk je zelf of er iets voor je bij zit.',
    names: [],
  },
];
