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
 * The text a person reads in an element: <br> and block boundaries become line breaks, runs of spaces one
 * space, lines trimmed. Visually hidden helper text and anything matching `exclude` is left out.
 */
export function readableText(element: Element | null, exclude: Selector = []): string {
  if (!element) return '';
  const parts: string[] = [];
  // A stack instead of recursion: a message body can nest thousands of elements deep (issue 12, item 12), more
  // than the call stack holds. `null` marks where a block ends.
  const stack: (Node | null)[] = [...element.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
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
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text: all whitespace folded to single spaces. */
export function lineText(element: Element | null, exclude: Selector = []): string {
  return readableText(element, exclude).replace(/\s+/g, ' ').trim();
}
