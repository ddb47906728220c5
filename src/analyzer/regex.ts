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

/**
 * `(?:X)` spanning a whole source, or followed by a word boundary only: X and what follows (`(?:a|b)\b` tries
 * `a\b`, then `b\b`, so its branches carry the \b each). Anything else: null.
 */
function groupInside(source: string): { inner: string; after: string } | null {
  const parts = atoms(source);
  if (parts[0] !== '(' || parts[1] !== '?' || parts[2] !== ':') return null;
  let depth = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '(') depth += 1;
    else if (parts[i] === ')' && --depth === 0) {
      const after = parts.slice(i + 1).join('');
      return after === '' || after === '\\b' ? { inner: parts.slice(3, i).join(''), after } : null;
    }
  }
  return null;
}

/** A branch under its alternative's \b, written once: `\b\bx` matches what `\bx` matches. */
function under(prefix: string, branch: string): string {
  return prefix !== '' && branch.startsWith(prefix) ? branch : prefix + branch;
}

/**
 * The alternatives a pattern source tries at each position, in the order it tries them: its top-level ones,
 * with a group that makes up a whole alternative (`\b(?:a|b)`) opened into its own, under the same \b. The
 * leftmost match of the source is the leftmost of its branches' matches, the first branch winning a tie. A
 * source with backreferences stays whole: its groups would be numbered anew.
 */
export function branchesOf(source: string): string[] {
  if (/\\[1-9]|\\k</.test(source)) return [source];
  const branches: string[] = [];
  for (const alternative of topLevel(source)) {
    const prefix = alternative.startsWith('\\b') ? '\\b' : '';
    const group = groupInside(alternative.slice(prefix.length));
    // Opened however deep it is wrapped: anyOf writes `\b(?:(?:a|b))` for a pattern written `\b(?:a|b)`.
    const opened = group === null ? [] : branchesOf(group.inner);
    if (opened.length > 1)
      branches.push(...opened.map((branch) => under(prefix, branch) + (group?.after ?? '')));
    else branches.push(alternative);
  }
  return branches;
}

/**
 * Rules are written with plain spaces for readability; messages wrap lines mid-sentence. Folding has made
 * every whitespace run one space or one line break, so a space outside a character class matches either.
 * Alternatives that start at a word boundary are gathered under one \b.
 */
export function compilePattern(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return new RegExp(compiledSource(pattern), flags);
}

/** The source compilePattern compiles. */
export function compiledSource(pattern: RegExp): string {
  const written = anyOf([pattern.source]);
  let source = '';
  let inClass = false;
  for (let i = 0; i < written.length; i++) {
    const char = written[i];
    if (char === '\\') {
      source += char + (written[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    source += char === ' ' && !inClass ? '[ \\n]' : char;
  }
  return source;
}

/**
 * The branches of a pattern as the engine runs them (compilePattern, then branchesOf), each compiled alone with
 * the pattern's flags. The prefilter's factors are worked out branch by branch in this same order.
 */
export function compiledBranches(pattern: RegExp): RegExp[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return branchesOf(compiledSource(pattern)).map((branch) => new RegExp(branch, flags));
}
