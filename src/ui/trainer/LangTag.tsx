import type { UiLang } from '../../shared/ui-lang';

/** The language of an example, beside its heading: "EN", read out as the language's name. */
export function LangTag({ lang, name }: { lang: UiLang; name: string }) {
  return (
    <span class="lang-tag" data-lang={lang}>
      <span aria-hidden="true">{lang.toUpperCase()}</span>
      <span class="visually-hidden">{name}</span>
    </span>
  );
}
