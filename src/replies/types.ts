export type ReplyIntent = 'listen' | 'easy-yes' | 'decline' | 'humour';
export type ReplyLang = 'en' | 'nl';

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

export interface ReplyTemplate {
  id: string;
  intent: ReplyIntent;
  lang: ReplyLang;
  /** Text with {firstName}, {theirOffer}, {myName}, {team} slots. */
  text: string;
  /** Built in, or written by the user in the options page. */
  source: 'builtin' | 'custom';
}
