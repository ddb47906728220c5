import type { UiLang } from '../../shared/ui-lang';
import { MAX_TEMPLATES, TEMPLATE_TEXT_MAX_LENGTH, type ImportProblem } from '../../shared/templates-store';
import { format } from '../i18n';
import { OPTION_STRINGS } from './strings';

/** Why an import file was refused, in words for the person who chose it ("template 2 in the file has no text"). */
export function describeImportProblem(problem: ImportProblem, lang: UiLang): string {
  const words = OPTION_STRINGS[lang].importProblems;
  const numbers = (n: number) => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en');
  switch (problem.kind) {
    case 'template':
      return format(words[problem.fault], {
        number: problem.number,
        max: numbers(TEMPLATE_TEXT_MAX_LENGTH ?? 0),
      });
    case 'too-many':
      return format(words['too-many'], { count: numbers(problem.count), max: MAX_TEMPLATES });
    case 'other-version':
      return format(words['other-version'], { version: problem.version });
    default:
      return words[problem.kind];
  }
}
