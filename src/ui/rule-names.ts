import type { UiLang } from '../shared/ui-lang';

/**
 * A short name per analyzer rule, for lists where the full explanation is too long (the statistics).
 * The analyzer's own docs explain each rule; these names belong to the views. A language variant of a rule
 * ("…_NL") shares its name with the rule it mirrors.
 */
const NAMES: Readonly<Record<string, Readonly<Record<UiLang, string>>>> = {
  OFFER_WE_HELP: { en: 'Opens with an offer', nl: 'Opent met een aanbod' },
  OFFER_SELF_INTRO: { en: 'Introduces themselves first', nl: 'Begint over zichzelf' },
  OFFER_RECRUITING: { en: 'Cold recruiting pitch', nl: 'Ongevraagde werving' },
  OFFER_FREE: { en: '“Free” and “no obligation”', nl: '“Gratis” en “vrijblijvend”' },
  OFFER_SYNERGY: { en: 'Vague synergies', nl: 'Vage synergie' },
  OFFER_SCHEME: { en: 'Income scheme or crypto', nl: 'Verdienmodel of crypto' },
  OFFER_PROMO_EXPOSURE: { en: 'Offers exposure', nl: 'Biedt zichtbaarheid aan' },
  OFFER_SERVICE: { en: 'Offers a service unasked', nl: 'Biedt ongevraagd een dienst aan' },
  OFFER_PRODUCT: { en: 'Names the product it sells', nl: 'Noemt het product dat verkocht wordt' },
  OFFER_BENEFIT: { en: 'Promises results nobody asked for', nl: 'Belooft resultaten waar niemand om vroeg' },
  ASK_SEND_INFO: { en: 'Offers to send material', nl: 'Biedt aan materiaal te sturen' },
  WARM_UP_TOUCH: { en: 'Warm-up message of a sequence', nl: 'Opwarmbericht uit een reeks' },
  NO_PITCH_DISCLAIMER: { en: '"No pitch" promise', nl: '"Geen pitch"-belofte' },
  ROLE_TARGETING: { en: 'Picked by job title', nl: 'Gekozen op functietitel' },
  MONEY_TALK: { en: 'Money on the table', nl: 'Geld op tafel' },
  ASK_QUICK_CALL: { en: 'Asks for a quick call', nl: 'Vraagt om een belletje' },
  ASK_MINUTES: { en: 'Asks for minutes of your time', nl: 'Vraagt om minuutjes van je tijd' },
  ASK_KENNISMAKEN: { en: '“No-obligation” meeting ask', nl: 'Vrijblijvend kennismaken' },
  ASK_INTEREST_CLOSE: { en: 'One-word close (“Interested?”)', nl: 'Afsluiter in één woord (“Interesse?”)' },
  CALENDAR_LINK: { en: 'Booking link', nl: 'Agendalink' },
  ASK_REFERRAL_TO_BUYER: { en: 'Asks to be passed to the buyer', nl: 'Vraagt naar de beslisser' },
  ASK_DISCOVERY_QUESTION: { en: 'Sales-script question', nl: 'Vraag uit een verkoopscript' },
  SELF_CENTRED: { en: 'All about the sender', nl: 'Vooral over de afzender' },
  FEATURE_LIST: { en: 'Feature list', nl: 'Lijst met kenmerken' },
  HYPE_CLAIM: { en: 'Big claims', nl: 'Grote beloftes' },
  SOCIAL_PROOF_NUMBERS: { en: '“Companies like yours”', nl: '“Bedrijven zoals het jouwe”' },
  URGENCY: { en: 'False urgency', nl: 'Kunstmatige haast' },
  PROFILE_FLATTERY: { en: 'Vague compliment', nl: 'Vaag compliment' },
  MERGE_FIELD: { en: 'Leftover merge field', nl: 'Vergeten invulveld' },
  SPINTAX: { en: 'Leftover spintax', nl: 'Vergeten spintax' },
  GREETING_NAME_MISMATCH: { en: 'Greets someone else', nl: 'Begroet iemand anders' },
  SHOUTING: { en: 'Words in capitals', nl: 'Woorden in hoofdletters' },
  EXCLAMATION_FLOOD: { en: 'Too many exclamation marks', nl: 'Te veel uitroeptekens' },
  GENERIC_OPENER: { en: 'Stock opener', nl: 'Standaardopening' },
  CONNECT_PLEASANTRY: { en: '“Thanks for connecting”', nl: '“Bedankt voor de connectie”' },
  NAG_FOLLOW_UP: { en: 'Nagging follow-up', nl: 'Zeurende herinnering' },
  UNANSWERED_AGAIN: { en: 'Writes again without an answer', nl: 'Schrijft opnieuw zonder antwoord' },
  FIT_TEAM_OFFER_TO_SOLO: {
    en: 'Team offer to someone who works alone',
    nl: 'Teamaanbod aan iemand die alleen werkt',
  },
  QUESTION_ABOUT_THEM: { en: 'Question about them', nl: 'Vraag over de ander' },
  CONCRETE_REFERENCE: { en: 'Concrete reference', nl: 'Concrete verwijzing' },
  GIVING: { en: 'Gives without asking', nl: 'Geeft zonder te vragen' },
  ASKS_PERMISSION: { en: 'Asks permission', nl: 'Vraagt toestemming' },
  LEARNING_ASK: { en: 'Wants to learn from them', nl: 'Wil van de ander leren' },
  BREVITY: { en: 'Short', nl: 'Kort' },
  SEEKING_ADVICE: { en: 'Asks for advice', nl: 'Vraagt om advies' },
  PITCH_SLAP: { en: 'Pitch-slap', nl: 'Pitch-slap' },
  CONNECT_THEN_PITCH: { en: 'Connect, then pitch', nl: 'Connecten en meteen pitchen' },
  DISCLAIMED_PITCH: { en: 'A pitch that says it is none', nl: 'Een pitch die zegt er geen te zijn' },
  FAST_PITCH: { en: 'Pitched within a day', nl: 'Binnen een dag gepitcht' },
  OFFER_WITH_ASK: { en: 'Offer plus ask', nl: 'Aanbod plus verzoek' },
  MEETING_ASK_TO_STRANGER: { en: 'Meeting ask to a stranger', nl: 'Afspraakverzoek aan een onbekende' },
  FLATTERY_LEAD_IN: { en: 'Flattery before an ask', nl: 'Vleierij vóór een verzoek' },
  LISTENING_MESSAGE: { en: 'A listening message', nl: 'Een luisterend bericht' },
  SHORT_AND_CLEAN: { en: 'Short, asks nothing', nl: 'Kort, vraagt niets' },
  NOT_FOR_SALE: { en: 'Nothing for sale', nl: 'Niets te koop' },
  BUYER_REQUEST: { en: 'Wants to buy', nl: 'Wil kopen' },
  WARM_INTRO: { en: 'Introduced by a mutual', nl: 'Via een bekende' },
  RESPONDS_TO_THEM: { en: 'Answers what they started', nl: 'Antwoordt op wat de ander begon' },
  ANSWERS_THEIR_REQUEST: { en: 'Answers their own request', nl: 'Antwoordt op hun eigen vraag' },
};

const LANGUAGE_VARIANT = /_(?:NL|EN)$/;

const WORDING_BUCKET = /^WORDING_(\d{2})$/;

/** The wording model's buckets (WORDING_00 ... WORDING_90) are named by what they say and their range. */
function wordingName(rule: string, lang: UiLang): string | undefined {
  const match = WORDING_BUCKET.exec(rule);
  if (!match) return undefined;
  const from = Number(match[1]);
  const range = `${from}-${from + 10}%`;
  if (from >= 50)
    return lang === 'nl' ? `Woorden als outreach (${range})` : `Wording like outreach (${range})`;
  return lang === 'nl' ? `Persoonlijke woorden (${range})` : `Personal wording (${range})`;
}

/** The name a rule has in Selge's views, if it has been given one (or its language variant has). */
export function knownRuleName(rule: string, lang: UiLang): string | undefined {
  return (NAMES[rule] ?? NAMES[rule.replace(LANGUAGE_VARIANT, '')])?.[lang] ?? wordingName(rule, lang);
}

/**
 * A rule's name for people. A rule added to the analyzer before it got a name here still reads as words
 * ("NEW_RULE_ID" -> "New rule id"), never as an identifier.
 */
export function ruleName(rule: string, lang: UiLang): string {
  const known = knownRuleName(rule, lang);
  if (known) return known;
  const words = rule.replace(LANGUAGE_VARIANT, '').replace(/_+/g, ' ').trim().toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : rule;
}
