import { SELECTORS, type Selector } from './selectors';

/** The root and every open shadow root under a known LinkedIn host, so readers see messaging rendered there. */
export function searchRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [root];
  for (let i = 0; i < roots.length && i < 16; i++) {
    const current = roots[i];
    if (!current) continue;
    for (const host of queryAll(current, SELECTORS.shadowHosts)) {
      if (host.shadowRoot) roots.push(host.shadowRoot);
    }
  }
  return roots;
}

// A compound selector without combinators: "tag.class[attr]". Such a selector can start from the browser's
// cached per-class or per-tag collections instead of walking the whole DOM, which matters on a page that
// holds a 2,000-message thread.
const SIMPLE = /^(?<tag>[a-z][a-z0-9-]*)?(?:\.(?<cls>[\w-]+))?(?:[.#[][^\s>+~,]*)?$/i;

function candidatesFor(root: ParentNode, alternative: string): ArrayLike<Element> | null {
  if (!('getElementsByClassName' in root)) return null;
  const simple = SIMPLE.exec(alternative);
  const host = root as Document | Element;
  if (simple?.groups?.cls) return host.getElementsByClassName(simple.groups.cls);
  if (simple?.groups?.tag) return host.getElementsByTagName(simple.groups.tag);
  return null;
}

function firstMatch(root: ParentNode, alternative: string): Element | null {
  const candidates = candidatesFor(root, alternative);
  if (!candidates) return root.querySelector(alternative);
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate?.matches(alternative)) return candidate;
  }
  return null;
}

function allMatches(root: ParentNode, alternative: string): Element[] {
  const candidates = candidatesFor(root, alternative);
  if (!candidates) return [...root.querySelectorAll(alternative)];
  const found: Element[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate?.matches(alternative)) found.push(candidate);
  }
  return found;
}

/** The first element matching the first alternative that matches anything. */
export function queryFirst(root: ParentNode, selector: Selector): Element | null {
  for (const alternative of selector) {
    const found = firstMatch(root, alternative);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first alternative that matches anything. */
export function queryAll(root: ParentNode, selector: Selector): Element[] {
  for (const alternative of selector) {
    const found = allMatches(root, alternative);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * queryFirst, one alternative per step: an alternative that misses can walk the whole page (about 15 ms on a
 * 2,000-message thread in Firefox), so a stepwise reader yields between them.
 */
export function* queryFirstStepwise(root: ParentNode, selector: Selector): Generator<void, Element | null> {
  for (const [index, alternative] of selector.entries()) {
    if (index > 0) yield;
    const found = firstMatch(root, alternative);
    if (found) return found;
  }
  return null;
}

/** Runs a stepwise reader to its end in one go (tests, small pages). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** queryAll, one alternative per step (see queryFirstStepwise). */
export function* queryAllStepwise(root: ParentNode, selector: Selector): Generator<void, Element[]> {
  for (const [index, alternative] of selector.entries()) {
    if (index > 0) yield;
    const found = allMatches(root, alternative);
    if (found.length > 0) return found;
  }
  return [];
}

export function matchesAny(element: Element, selector: Selector): boolean {
  return selector.some((alternative) => element.matches(alternative));
}

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'SECTION',
  'ARTICLE',
  'TR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'NOSCRIPT', 'BUTTON']);

/**
 * LinkedIn lets a message hold 8,000 characters. A message far longer than that is hostile; reading all of
 * it (a megabyte of text) would hold LinkedIn's main thread for over 100 ms in Firefox. Its start is kept,
 * with CUT_MARK: at most this many characters in all.
 */
export const MAX_MESSAGE_CHARS = 100_000;
/** Marks a text cut at MAX_MESSAGE_CHARS. */
export const CUT_MARK = ' […]';

/** The first `max` characters of a text, without splitting a surrogate pair. */
function head(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * The text a person reads in an element: <br> and block boundaries become line breaks, runs of spaces one
 * space, lines trimmed. Visually hidden helper text and anything matching `exclude` is left out. At most
 * `maxChars` characters are read (see MAX_MESSAGE_CHARS).
 */
export function readableText(element: Element | null, exclude: Selector = [], maxChars = Infinity): string {
  if (!element) return '';
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  // A stack instead of recursion: a message body can nest thousands of elements deep (issue 12, item 12), more
  // than the call stack holds. `null` marks where a block ends.
  const stack: (Node | null)[] = [...element.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (length > maxChars) {
      truncated = true;
      break;
    }
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      // Only the part that is kept is copied out of the page (a megabyte text node costs ~10 ms to copy).
      const data = node as CharacterData;
      const room = maxChars + 1 - length;
      if (data.length > room) truncated = true;
      const text = data.length > room ? head(data.substringData(0, room + 1), room) : data.data;
      length += text.length;
      parts.push(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const descendant = node as Element;
    const tag = descendant.tagName.toUpperCase();
    if (
      SKIP.has(tag) ||
      descendant.classList.contains('visually-hidden') ||
      descendant.classList.contains('a11y-text')
    )
      continue;
    if (exclude.length > 0 && matchesAny(descendant, exclude)) continue;
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    if (BLOCK.has(tag)) {
      parts.push('\n');
      stack.push(null);
    }
    for (let inner = descendant.lastChild; inner; inner = inner.previousSibling) stack.push(inner);
  }
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncated || text.length > maxChars ? head(text, maxChars - CUT_MARK.length) + CUT_MARK : text;
}

/** One line of text: all whitespace folded to single spaces. */
export function lineText(element: Element | null, exclude: Selector = []): string {
  return readableText(element, exclude).replace(/\s+/g, ' ').trim();
}
