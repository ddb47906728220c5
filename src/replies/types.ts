import type { Family } from '../analyzer/types';

export type ReplyIntent = 'listen' | 'easy-yes' | 'decline' | 'humour';
export type ReplyLang = 'en' | 'nl';

/** What a pitch sells, as far as the reply studio needs to know: a few words to put into a reply. */
export type OfferKind =
  | 'leads'
  | 'payroll'
  | 'hr-software'
  | 'hr'
  | 'recruiting'
  | 'website'
  | 'coaching'
  | 'ai'
  | 'marketing'
  | 'events'
  | 'planning'
  | 'accounting'
  | 'software'
  | 'opportunity';

/** Slots a template may use; each has a sensible default so a template always reads as a whole sentence. */
export interface ReplySlots {
  /** Their first name ("Sanne"); default: no name ("Hi," / "Hoi,"). */
  firstName?: string;
  /** What they offer, in a few words ("lead generation"); default: "your offer" / "je aanbod". */
  theirOffer?: string;
  /** The user's own name, for a sign-off. */
  myName?: string;
  /** How the user works, in their words ("I work alone"); used by humour and declines. */
  mySituation?: 'alone' | 'small-team' | 'company' | 'unknown';
}

export type WorkSituation = NonNullable<ReplySlots['mySituation']>;

/** What a reply plays on, so the studio can offer the best fitting one first. */
export interface ReplyFit {
  /** Kinds of offer it answers (a joke about "our HR department" fits an HR pitch). */
  offers?: readonly OfferKind[];
  /** Families of findings it answers (a joke about a unionised calendar fits a meeting ask). */
  families?: readonly Family[];
  /** How the user works, where the reply is about that (a one-person "HR department"). */
  situations?: readonly WorkSituation[];
}

export interface ReplyTemplate {
  id: string;
  intent: ReplyIntent;
  lang: ReplyLang;
  /** Text with {firstName}, {theirOffer}, {myName}, {team} slots. */
  text: string;
  /** Built in, or written by the user in the options page. */
  source: 'builtin' | 'custom';
  fit?: ReplyFit;
}
