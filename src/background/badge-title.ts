import { pluralForm } from '../shared/ui-lang';

/** How the tooltip reads a string of _locales: `browser.i18n.getMessage`, or a stand-in in tests. */
export type GetMessage = (name: string, substitutions?: string[]) => string;

/** Each tooltip string begins with the extension's name; said once, however many parts follow it. */
const NAME_PREFIX = /^Selge:\s*/;

/**
 * The toolbar button's tooltip for a tab: the pitches on the page and the unread conversations of the inbox
 * list that look like pitches, in the language the browser picked from _locales (so its plural rules decide).
 */
export function badgeTitle(getMessage: GetMessage, pitches: number, conversations: number): string {
  if (pitches === 0 && conversations === 0) return getMessage('actionTitle');
  const locale = getMessage('@@ui_locale');
  const said = (count: number, one: string, other: string) =>
    getMessage(pluralForm(locale, count) === 'one' ? one : other, [String(count)]);
  const parts = [
    ...(pitches > 0 ? [said(pitches, 'badgeTooltipOne', 'badgeTooltip')] : []),
    ...(conversations > 0 ? [said(conversations, 'badgeListTooltipOne', 'badgeListTooltip')] : []),
  ];
  return parts.map((part, index) => (index === 0 ? part : part.replace(NAME_PREFIX, ''))).join('; ');
}
