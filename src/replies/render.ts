import type { ReplyLang, ReplySlots, ReplyTemplate } from './types';

const DEFAULTS: Record<
  ReplyLang,
  { offer: string; team: Record<NonNullable<ReplySlots['mySituation']>, string> }
> = {
  en: {
    offer: 'your offer',
    team: {
      alone: 'me and the coffee machine',
      'small-team': 'the three of us and the plant',
      company: 'our whole team',
      unknown: 'me and the coffee machine',
    },
  },
  nl: {
    offer: 'je aanbod',
    team: {
      alone: 'ik en het koffiezetapparaat',
      'small-team': 'wij drieën en de kamerplant',
      company: 'ons hele team',
      unknown: 'ik en het koffiezetapparaat',
    },
  },
};

const SLOT = /\{(firstName|theirOffer|myName|team)\}/g;

/** Fills a template's slots; an unknown first name drops the name and the comma before it ("Hi {firstName},"). */
export function renderTemplate(template: Pick<ReplyTemplate, 'text' | 'lang'>, slots: ReplySlots): string {
  const lang = template.lang;
  const firstName = slots.firstName?.trim();
  let text = template.text;
  if (!firstName) {
    text = text
      .replace(/ \{firstName\},/g, ',')
      .replace(/, \{firstName\}/g, '')
      .replace(/\{firstName\}, ?/g, '')
      .replace(/ \{firstName\}/g, '');
  }
  text = text.replace(SLOT, (_match, slot: string) => {
    switch (slot) {
      case 'firstName':
        return firstName ?? '';
      case 'theirOffer':
        return slots.theirOffer?.trim() || DEFAULTS[lang].offer;
      case 'myName':
        return slots.myName?.trim() ?? '';
      case 'team':
        return DEFAULTS[lang].team[slots.mySituation ?? 'unknown'];
      default:
        return '';
    }
  });
  // A sign-off line left empty by a missing name goes away.
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** The first name from a full name as LinkedIn shows it ("Sanne de Vries" -> "Sanne"). */
export function firstNameOf(fullName: string | undefined): string | undefined {
  const first = fullName?.trim().split(/\s+/)[0];
  return first && /^\p{L}[\p{L}'-]{0,40}$/u.test(first) ? first : undefined;
}

const OFFER_WORDS: readonly [RegExp, Record<ReplyLang, string>][] = [
  [/lead ?gen|leads\b/i, { en: 'lead generation', nl: 'leadgeneratie' }],
  [/payroll|salaris|loonadministratie/i, { en: 'payroll services', nl: 'salarisadministratie' }],
  [/\bhr\b|hr-/i, { en: 'HR services', nl: 'HR-diensten' }],
  [/recruit|vacature|werving|role|position|functie/i, { en: 'the role', nl: 'de vacature' }],
  [/website|webdesign|\bsite\b/i, { en: 'a new website', nl: 'een nieuwe website' }],
  [/coach/i, { en: 'coaching', nl: 'coaching' }],
  [/\bai\b|automation|automatiser/i, { en: 'AI automation', nl: 'AI-automatisering' }],
  [/marketing|seo|ads\b|advertent/i, { en: 'marketing', nl: 'marketing' }],
  [/software|platform|tool|app\b|configurator/i, { en: 'your software', nl: 'jullie software' }],
  [/crypto|web3|passive income|franchise/i, { en: 'this opportunity', nl: 'deze kans' }],
];

/** A few words for what a message offers, when one of the common offers is recognisable. */
export function guessOffer(text: string, lang: ReplyLang): string | undefined {
  return OFFER_WORDS.find(([pattern]) => pattern.test(text))?.[1][lang];
}
