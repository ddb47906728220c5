/** The language Selge speaks: the user's choice, else the browser's when it is Dutch, else English. */
export type UiLang = 'en' | 'nl';

export function resolveUiLang(setting: 'auto' | UiLang, browserLanguage: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Which form a count takes in a language ("1 message", "2 messages"): the language's own plural rules. */
export function pluralForm(locale: string, n: number): 'one' | 'other' {
  return new Intl.PluralRules(locale.replace('_', '-')).select(n) === 'one' ? 'one' : 'other';
}
