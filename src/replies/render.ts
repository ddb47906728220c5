import { detectOffer, offerPhrase } from './offers';
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

/** Where a filling opens a sentence or a line it starts with a capital: "Payroll is…", not ". payroll is…". */
function opensSentence(before: string): boolean {
  const prior = before.trimEnd();
  return prior === '' || /[.!?]$/.test(prior) || before.slice(prior.length).includes('\n');
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

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
  const fill = (slot: string): string => {
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
  };
  text = text.replace(SLOT, (_match, slot: string, offset: number, whole: string) =>
    opensSentence(whole.slice(0, offset)) ? capitalised(fill(slot)) : fill(slot),
  );
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

/** A few words for what a message offers, when the offer is recognisable (see `detectOffer`). */
export function guessOffer(text: string, lang: ReplyLang): string | undefined {
  const kind = detectOffer(text);
  return kind ? offerPhrase(kind, lang) : undefined;
}

/** What the {team} slot becomes for a way of working ("me and the coffee machine"): the options page says it. */
export function teamPhrase(lang: ReplyLang, situation: ReplySlots['mySituation']): string {
  return DEFAULTS[lang].team[situation ?? 'unknown'];
}
