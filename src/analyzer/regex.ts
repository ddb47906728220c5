/** Pattern sources as V8 runs them fastest: shared by the rules that build patterns and the engine. */

/**
 * A pattern source cut into its atoms: an escape ("\\b"), a whole character class ("[^.?!]") or one character.
 * Readers of a source then never mistake an escaped or bracketed "(", ")" or "|" for structure.
 */
export function atoms(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length;) {
    let end = i + 1;
    if (source[i] === '\\') end = i + 2;
    else if (source[i] === '[') {
      for (end = i + 1; end < source.length && source[end] !== ']'; end++) if (source[end] === '\\') end += 1;
      end += 1;
    }
    out.push(source.slice(i, end));
    i = end;
  }
  return out;
}

/** The top-level alternatives of a pattern source (groups, classes and escapes kept whole). */
export function topLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const atom of atoms(source)) {
    if (atom === '(') depth += 1;
    else if (atom === ')') depth -= 1;
    else if (atom === '|' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += atom;
  }
  parts.push(current);
  return parts;
}

/**
 * Alternatives as one pattern source, those that start at a word boundary under a single \b: V8 then
 * dispatches on the first letter once per position, where twenty \b-alternatives side by side are tried one
 * by one at every position (about five times the time on a typical message).
 */
export function anyOf(alternatives: readonly string[]): string {
  const atWord: string[] = [];
  const other: string[] = [];
  for (const alternative of alternatives.flatMap(topLevel)) {
    if (alternative.startsWith('\\b')) atWord.push(alternative.slice(2));
    else other.push(alternative);
  }
  return [...(atWord.length > 0 ? [`\\b(?:${atWord.join('|')})`] : []), ...other].join('|');
}

/**
 * Pattern text in a row, written as data: a string is itself, a list is one group of its alternatives,
 * `(?:one|other)`. Long vocabularies then read one phrase a line, and the source is what it was on one line.
 */
export function seq(...pieces: readonly (string | readonly string[])[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : `(?:${piece.join('|')})`)).join('');
}
