/** The language Selge speaks: the user's choice, else the browser's when it is Dutch, else English. */
export type UiLang = 'en' | 'nl';

export function resolveUiLang(setting: 'auto' | UiLang, browserLanguage: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
