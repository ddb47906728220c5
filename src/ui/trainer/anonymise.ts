import { stableHash } from '../../shared/stable-hash';
import type { UiLang } from '../../shared/ui-lang';

/**
 * Everyday first names to stand in for the real ones when a trainer hides names. A placeholder such as
 * "[name]" would read as a leftover merge field and turn a good example into a bad one; a plausible name
 * keeps every verdict as it was.
 */
const STAND_INS: Readonly<Record<UiLang, readonly string[]>> = {
  en: [
    'Alex',
    'Jordan',
    'Sam',
    'Robin',
    'Casey',
    'Morgan',
    'Jamie',
    'Taylor',
    'Chris',
    'Dana',
    'Riley',
    'Quinn',
  ],
  nl: ['Anouk', 'Bas', 'Femke', 'Joost', 'Lotte', 'Ruben', 'Iris', 'Thijs', 'Noor', 'Wouter', 'Eva', 'Koen'],
};

function escaped(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The item's text with each of its names replaced by a stand-in in the item's language. Which stand-ins an
 * item gets depends on its id, so items differ from one another but an item looks the same every time it is
 * shown. A stand-in is never a name the text already holds.
 */
export function anonymise(text: string, names: readonly string[], lang: UiLang, seed: string): string {
  const pool = STAND_INS[lang].filter(
    (candidate) => !names.includes(candidate) && !new RegExp(`\\b${candidate}\\b`).test(text),
  );
  if (pool.length === 0) return text;
  const start = stableHash(seed);
  let out = text;
  names.forEach((name, index) => {
    if (!name.trim()) return;
    const standIn = pool[(start + index) % pool.length] ?? '';
    // Whole words only: hiding "Ben" leaves "Bent" alone.
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escaped(name.trim())}(?![\\p{L}\\p{N}])`, 'gu'),
      standIn,
    );
  });
  return out;
}
