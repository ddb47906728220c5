import { shorten } from './shorten';

/** What a chooser's option says of a message: who sent it, what it is ("Latest", "Pitch"), when, its words. */
export interface LabelParts {
  name?: string;
  marks: readonly string[];
  when?: string;
  text: string;
}

const SEPARATOR = ' · ';
/** The most of a message an option quotes, however wide the list. */
const QUOTE_MAX = 70;
/** With less room than this for the quote, the time goes first: the first words tell more than "2 days ago". */
const QUOTE_WITH_TIME = 24;
/** Under this a quote says too little to tell messages apart ("“Hi…”"): better none. */
const QUOTE_MIN = 12;

/**
 * The longest label that `fits` the closed chooser (issue 21: a popup 240 px wide clipped "Mark de Haan · Pitch
 * · 2 da"): the quote shortened between words first, then the time left out, then the quote, then the name
 * shortened. Marks ("Pitch") stay: they are why one picks a message. Without `fits`, the whole label.
 */
export function fitLabel(parts: LabelParts, fits: (label: string) => boolean = () => true): string {
  const text = parts.text.trim();
  const label = (name: string | undefined, when: string | undefined, quoteMax: number) =>
    [name, ...parts.marks, when, quoteMax > 0 ? `“${shorten(text, quoteMax)}”` : '']
      .filter(Boolean)
      .join(SEPARATOR);
  const withTime: [string | undefined, number][] = parts.when ? [[parts.when, QUOTE_WITH_TIME]] : [];
  for (const [when, least] of [...withTime, [undefined, QUOTE_MIN] as const]) {
    for (let max = QUOTE_MAX; max >= least; max--) {
      const candidate = label(parts.name, when, max);
      if (fits(candidate)) return candidate;
    }
  }
  // Without a name (one conversation's messages) only the words tell one from another: keep the first.
  if (!parts.name) {
    // Whole words only: "“Hi J…”" says less than "“Hi…”".
    const words = text.split(/\s+/);
    for (let count = words.length - 1; count > 1; count--) {
      const candidate = label(undefined, undefined, words.slice(0, count).join(' ').length + 1);
      if (fits(candidate)) return candidate;
    }
    return label(undefined, undefined, (words[0]?.length ?? 0) + 1);
  }
  for (let max = parts.name.length; max > 4; max--) {
    const candidate = label(shorten(parts.name, max), undefined, 0);
    if (fits(candidate)) return candidate;
  }
  return label(shorten(parts.name, 4), undefined, 0);
}
