import { pluralForm, type UiLang } from '../shared/ui-lang';

type CountText = (count: number) => string;

interface ToolbarStrings {
  /** The tooltip of a page with nothing to report; the same words as _locales' `actionTitle`. */
  readonly actionTitle: string;
  /** The context menu item on selected text; the same words as _locales' `contextMenuCheck`. */
  readonly contextMenuCheck: string;
  readonly pitchesOne: CountText;
  readonly pitches: CountText;
  readonly conversationsOne: CountText;
  readonly conversations: CountText;
}

/**
 * What the toolbar button and the context menu say, in Selge's language (the user's setting), which
 * `browser.i18n` cannot give: it answers in the browser's language only. _locales keeps the first two for the
 * manifest and for the moment before the setting is read.
 */
export const TOOLBAR_STRINGS: Readonly<Record<UiLang, ToolbarStrings>> = {
  en: {
    actionTitle: 'Selge: check this LinkedIn page',
    contextMenuCheck: 'Check with Selge',
    pitchesOne: (n) => `${n} pitch on this page (a message or an invitation note)`,
    pitches: (n) => `${n} pitches on this page (messages or invitation notes)`,
    conversationsOne: (n) => `${n} unread conversation looks like a pitch`,
    conversations: (n) => `${n} unread conversations look like pitches`,
  },
  nl: {
    actionTitle: 'Selge: controleer deze LinkedIn-pagina',
    contextMenuCheck: 'Controleer met Selge',
    pitchesOne: (n) => `${n} pitch op deze pagina (een bericht of een uitnodigingsnotitie)`,
    pitches: (n) => `${n} pitches op deze pagina (berichten of uitnodigingsnotities)`,
    conversationsOne: (n) => `${n} ongelezen gesprek lijkt een pitch`,
    conversations: (n) => `${n} ongelezen gesprekken lijken pitches`,
  },
};

/**
 * The toolbar button's tooltip for a tab: the pitches on the page and the unread conversations of the inbox
 * list that look like pitches. The name is said once, before all parts; the language's plural rules pick
 * "1 pitch" or "2 pitches".
 */
export function badgeTitle(lang: UiLang, pitches: number, conversations: number): string {
  const strings = TOOLBAR_STRINGS[lang];
  if (pitches === 0 && conversations === 0) return strings.actionTitle;
  const said = (count: number, one: CountText, other: CountText) =>
    (pluralForm(lang, count) === 'one' ? one : other)(count);
  const parts = [
    ...(pitches > 0 ? [said(pitches, strings.pitchesOne, strings.pitches)] : []),
    ...(conversations > 0 ? [said(conversations, strings.conversationsOne, strings.conversations)] : []),
  ];
  return `Selge: ${parts.join('; ')}`;
}
