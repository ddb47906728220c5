import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { pluralForm, type UiLang } from '../shared/ui-lang';

export { resolveUiLang, type UiLang } from '../shared/ui-lang';

/** A phrase with a count in it, in its singular and plural form: "{n} message" / "{n} messages". */
export interface Plural {
  one: string;
  other: string;
}

const EN = {
  appName: 'Selge',
  tagline: 'Selling is serving.',
  loading: 'Reading the page…',
  verdict_ok: 'OK',
  verdict_borderline: 'Borderline',
  verdict_pitch: 'Pitch',
  score: 'score',
  notLinkedIn:
    'This is not a LinkedIn tab. Selge reads conversations, invitations and connection notes on linkedin.com. You can still check any message below.',
  noContentScript: 'Selge is not running in this LinkedIn tab yet. Reload the tab, then open Selge again.',
  nothingToRead: 'Nothing to read on this page. Open a conversation, your invitations or a connection note.',
  layoutChanged: 'LinkedIn may have changed its layout: paste the message here instead.',
  conversationWith: 'Conversation with',
  inboxTitle: 'Your inbox',
  listPitches: {
    one: '{n} of {m} conversations looks like a pitch',
    other: '{n} of {m} conversations look like pitches',
  },
  listNoPitches: {
    one: 'The conversation in view does not look like a pitch',
    other: 'None of the {n} conversations in view looks like a pitch',
  },
  listOccluded: {
    one: '1 more conversation in the list is not drawn yet: scroll the list and Selge reads it too.',
    other: '{n} more conversations in the list are not drawn yet: scroll the list and Selge reads them too.',
  },
  listFromPreview: 'from the preview',
  listFromConversation: 'whole conversation',
  listUnread: 'unread',
  listYou: 'You',
  listShow: 'Show in the list',
  listShowHint:
    'Scrolls LinkedIn’s list to this conversation; Selge opens nothing (opening tells the sender you read it).',
  listShown: 'Scrolled to {name} in the list.',
  listGone: 'This conversation is no longer in the list as drawn.',
  listAttachment: 'an attachment',
  messagesCount: { one: '{n} message', other: '{n} messages' },
  pitchesCount: { one: '{n} pitch', other: '{n} pitches' },
  noPitches: 'no pitches',
  incoming: 'from them',
  own: 'from you',
  attachmentOnly: 'A shared post or file, no text.',
  correctionLabel: 'Your verdict',
  verdictByYou: 'your verdict',
  verdictTrusted: 'trusted',
  notPitch: 'Not a pitch',
  isPitch: 'It is a pitch',
  verdictRight: 'Right',
  verdictRightHint: 'Selge got this one right: keep this verdict',
  markedNotPitch: 'You marked this as not a pitch.',
  markedPitch: 'You marked this as a pitch.',
  likeMarkedPitch: 'Like a message you marked as a pitch on {date}.',
  likeMarkedNotPitch: 'Like a message you marked as not a pitch on {date}.',
  undo: 'Undo',
  trustPerson: 'Always trust this person',
  trustedPerson: 'You trust this person: Selge never marks their messages as pitches.',
  stopTrusting: 'Stop trusting',
  learnFailed: 'Selge could not save this. Try again.',
  yourDraft: 'Your draft',
  draftEmpty: 'The compose box is empty. Start typing on LinkedIn and the verdict follows here.',
  invitations: 'Invitations',
  invitationsSent: 'Invitations you sent',
  noNote: 'No note.',
  noteTruncated: 'LinkedIn shows only the start of this note.',
  connectNote: 'Your connection note to',
  connectNoteEmpty: 'The note is empty.',
  profileOf: 'Profile',
  whyItHurts: 'Why it hurts',
  whyItWorks: 'Why it works',
  instead: 'Instead',
  alsoHere: 'Other reasons these words count',
  shareOfScore: '{n} of the score of {score}',
  otherWords: 'More words like these',
  wordingTowards: 'Words that read like outreach',
  wordingAgainst: 'Words that read like a personal message',
  findings: 'Findings',
  noFindings: 'No findings: nothing here reads like a pitch.',
  showEarlier: 'Show {n} earlier messages',
  showFewer: 'Show the latest only',
  checkTitle: 'Check a message',
  checkHint: 'Paste any message (email, WhatsApp, anywhere) to see the same analysis.',
  checkPlaceholder: 'Paste or type a message…',
  checkEmpty: 'Paste a message to see its verdict.',
  cutNote: 'Selge reads the first {n} characters of a message; the rest of what you pasted was left out.',
  repliesTitle: 'Reply studio',
  replyTo: 'Reply to',
  intent_listen: 'Listen',
  intent_easyYes: 'Easy yes',
  intent_decline: 'Decline kindly',
  intent_humour: 'Humour',
  anotherOne: 'Another one',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  replyToInvitation: 'To answer: accept the invitation on LinkedIn, then paste this into a message.',
  insert: 'Insert into LinkedIn',
  inserted: 'Inserted. Read it over, then press Send on LinkedIn yourself.',
  undoInsert: 'Changed your mind? {keys} in LinkedIn’s field takes it back.',
  draftExists: 'There is already a draft in the compose box:',
  targetGone: 'That conversation is no longer open on LinkedIn. Nothing was inserted.',
  noTarget: 'Open a conversation or a connection note on LinkedIn first. Nothing was inserted.',
  tabUnreachable: 'Selge could not reach the LinkedIn tab. Reload it and try again. Nothing was inserted.',
  tooLong:
    'That would make the note {n} characters, and LinkedIn takes at most {max}. Nothing was inserted: shorten your note, or replace it.',
  answering: 'Answering',
  latest: 'Latest',
  replaceDraft: 'Replace the draft',
  addAtCursor: 'Add at the cursor',
  cancel: 'Cancel',
  replyLanguage: 'Language',
  openOptions: 'Settings',
  openTrainer: 'Trainer',
  openSidePanel: 'Open in side panel',
  openSidebar: 'Open in sidebar',
  toStudio: 'Reply studio',
  toStudioHint: 'Jump to the reply studio',
  pitchesFirst: 'The pitches in this conversation',
  earlierMessages: { one: '{n} other message', other: '{n} other messages' },
  sidePanelLive: 'Follows the page as you type.',
};

export type Strings = typeof EN;

const NL: Strings = {
  appName: 'Selge',
  tagline: 'Verkopen is dienen.',
  loading: 'De pagina wordt gelezen…',
  verdict_ok: 'Oké',
  verdict_borderline: 'Twijfelgeval',
  verdict_pitch: 'Pitch',
  score: 'score',
  notLinkedIn:
    'Dit is geen LinkedIn-tabblad. Selge leest gesprekken, uitnodigingen en connectienotities op linkedin.com. Hieronder kun je elk bericht controleren.',
  noContentScript:
    'Selge draait nog niet in dit LinkedIn-tabblad. Laad het tabblad opnieuw en open Selge dan nog eens.',
  nothingToRead: 'Niets te lezen op deze pagina. Open een gesprek, je uitnodigingen of een connectienotitie.',
  layoutChanged: 'LinkedIn heeft misschien de opmaak veranderd: plak het bericht dan hier.',
  conversationWith: 'Gesprek met',
  inboxTitle: 'Je inbox',
  listPitches: {
    one: '{n} van de {m} gesprekken lijkt een pitch',
    other: '{n} van de {m} gesprekken lijken pitches',
  },
  listNoPitches: {
    one: 'Het gesprek in beeld lijkt geen pitch',
    other: 'Geen van de {n} gesprekken in beeld lijkt een pitch',
  },
  listOccluded: {
    one: 'Nog 1 gesprek in de lijst is niet getekend: scrol door de lijst en Selge leest het ook.',
    other: 'Nog {n} gesprekken in de lijst zijn niet getekend: scrol door de lijst en Selge leest ze ook.',
  },
  listFromPreview: 'uit het voorbeeld',
  listFromConversation: 'heel gesprek',
  listUnread: 'ongelezen',
  listYou: 'Jij',
  listShow: 'Toon in de lijst',
  listShowHint:
    'Scrolt de lijst van LinkedIn naar dit gesprek; Selge opent niets (openen laat de afzender zien dat je het las).',
  listShown: 'Naar {name} gescrold in de lijst.',
  listGone: 'Dit gesprek staat niet meer in de lijst zoals die getekend is.',
  listAttachment: 'een bijlage',
  messagesCount: { one: '{n} bericht', other: '{n} berichten' },
  pitchesCount: { one: '{n} pitch', other: '{n} pitches' },
  noPitches: 'geen pitches',
  incoming: 'van hen',
  own: 'van jou',
  attachmentOnly: 'Een gedeelde post of bestand, zonder tekst.',
  correctionLabel: 'Jouw oordeel',
  verdictByYou: 'jouw oordeel',
  verdictTrusted: 'vertrouwd',
  notPitch: 'Geen pitch',
  isPitch: 'Wel een pitch',
  verdictRight: 'Klopt',
  verdictRightHint: 'Selge heeft het goed: houd dit oordeel',
  markedNotPitch: 'Je hebt dit gemarkeerd als geen pitch.',
  markedPitch: 'Je hebt dit gemarkeerd als pitch.',
  likeMarkedPitch: 'Zoals een bericht dat je op {date} als pitch markeerde.',
  likeMarkedNotPitch: 'Zoals een bericht dat je op {date} als geen pitch markeerde.',
  undo: 'Ongedaan maken',
  trustPerson: 'Deze persoon altijd vertrouwen',
  trustedPerson: 'Je vertrouwt deze persoon: Selge markeert hun berichten nooit als pitch.',
  stopTrusting: 'Niet meer vertrouwen',
  learnFailed: 'Selge kon dit niet bewaren. Probeer het opnieuw.',
  yourDraft: 'Je concept',
  draftEmpty: 'Het berichtvak is leeg. Begin te typen op LinkedIn en het oordeel volgt hier.',
  invitations: 'Uitnodigingen',
  invitationsSent: 'Uitnodigingen die je stuurde',
  noNote: 'Geen notitie.',
  noteTruncated: 'LinkedIn toont alleen het begin van deze notitie.',
  connectNote: 'Je connectienotitie aan',
  connectNoteEmpty: 'De notitie is leeg.',
  profileOf: 'Profiel',
  whyItHurts: 'Waarom het schaadt',
  whyItWorks: 'Waarom het werkt',
  instead: 'Beter',
  alsoHere: 'Andere redenen waarom deze woorden tellen',
  shareOfScore: '{n} van de score van {score}',
  otherWords: 'Meer woorden zoals deze',
  wordingTowards: 'Woorden die lezen als outreach',
  wordingAgainst: 'Woorden die lezen als een persoonlijk bericht',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen: niets hier leest als een pitch.',
  showEarlier: 'Toon {n} eerdere berichten',
  showFewer: 'Toon alleen de laatste',
  checkTitle: 'Controleer een bericht',
  checkHint: 'Plak een bericht (mail, WhatsApp, waar dan ook) voor dezelfde analyse.',
  checkPlaceholder: 'Plak of typ een bericht…',
  checkEmpty: 'Plak een bericht om het oordeel te zien.',
  cutNote: 'Selge leest de eerste {n} tekens van een bericht; de rest van wat je plakte is weggelaten.',
  repliesTitle: 'Antwoordstudio',
  replyTo: 'Antwoord op',
  intent_listen: 'Luisteren',
  intent_easyYes: 'Makkelijk ja',
  intent_decline: 'Vriendelijk nee',
  intent_humour: 'Humor',
  anotherOne: 'Nog een',
  copy: 'Kopiëren',
  copied: 'Gekopieerd.',
  copyFailed: 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.',
  replyToInvitation: 'Zo antwoord je: accepteer de uitnodiging op LinkedIn en plak dit dan in een bericht.',
  insert: 'Invoegen in LinkedIn',
  inserted: 'Ingevoegd. Lees het na en druk zelf op Verzenden op LinkedIn.',
  undoInsert: 'Toch niet? {keys} in het veld van LinkedIn draait het terug.',
  draftExists: 'Er staat al een concept in het berichtvak:',
  targetGone: 'Dat gesprek is niet meer open op LinkedIn. Er is niets ingevoegd.',
  noTarget: 'Open eerst een gesprek of een connectienotitie op LinkedIn. Er is niets ingevoegd.',
  tabUnreachable:
    'Selge kon het LinkedIn-tabblad niet bereiken. Laad het opnieuw en probeer het nog eens. Er is niets ingevoegd.',
  tooLong:
    'Dan wordt de notitie {n} tekens lang, en LinkedIn neemt er hoogstens {max}. Er is niets ingevoegd: maak je notitie korter, of vervang hem.',
  answering: 'Je antwoordt op',
  latest: 'Laatste',
  replaceDraft: 'Vervang het concept',
  addAtCursor: 'Voeg toe bij de cursor',
  cancel: 'Annuleren',
  replyLanguage: 'Taal',
  openOptions: 'Instellingen',
  openTrainer: 'Trainer',
  openSidePanel: 'Open in zijpaneel',
  openSidebar: 'Open in zijbalk',
  toStudio: 'Antwoordstudio',
  toStudioHint: 'Spring naar de antwoordstudio',
  pitchesFirst: 'De pitches in dit gesprek',
  earlierMessages: { one: '{n} ander bericht', other: '{n} andere berichten' },
  sidePanelLive: 'Volgt de pagina terwijl je typt.',
};

export const STRINGS: Record<UiLang, Strings> = { en: EN, nl: NL };

/** Each language by its own name, as language lists show them whatever the page's language. */
export const LANGUAGE_NAME: Record<UiLang, string> = { en: 'English', nl: 'Nederlands' };

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}

/** The one way Selge puts a count into words: the form the language's plural rules pick for n. */
export function plural(lang: UiLang, n: number, forms: Plural): string {
  return format(forms[pluralForm(lang, n)], { n });
}

/** The browser's undo keys as the user presses them: Command-Z on a Mac, where Ctrl+Z does nothing. */
export function undoKeys(platform: string): string {
  return /^(?:Mac|iPhone|iPad)/.test(platform) ? '⌘Z' : 'Ctrl+Z';
}

/** What a studio says once its text is in LinkedIn's field: read it over, send it yourself, and how to undo. */
export function insertedHint(t: Strings, platform: string): string {
  return `${t.inserted} ${format(t.undoInsert, { keys: undoKeys(platform) })}`;
}

export const LangContext = createContext<UiLang>('en');

export function useLang(): UiLang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}
