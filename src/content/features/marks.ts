import type { Verdict } from '../../analyzer/types';
import browser from 'webextension-polyfill';
import type { Settings } from '../../shared/settings';
import { resolveUiLang } from '../../shared/ui-lang';
import type { PageState } from '../state';
import { onStop } from '../lifecycle';
import { registerFeature } from './registry';

/** The one element Selge adds to LinkedIn's page, and only when the user turned marks on. */
export const MARK_TAG = 'selge-mark';

const STYLE = `
:host { all: initial; display: inline-block; margin: 4px 0 0 0; }
span::before { content: var(--label); }
span { font: 600 11px/1.6 system-ui, sans-serif; color: #7a2e0e; background: #fff1e6; border: 1px solid #f0b48a;
  border-radius: 999px; padding: 0 8px; cursor: default; }
@media (prefers-color-scheme: dark) { span { color: #ffd7bf; background: #4a2411; border-color: #9a4a1f; } }
`;

const LABELS = {
  en: {
    text: 'Selge: looks like a pitch (score {score})',
    title: 'Open Selge to see why, and how you could reply.',
  },
  nl: {
    text: 'Selge: lijkt een pitch (score {score})',
    title: 'Open Selge om te zien waarom, en wat je kunt antwoorden.',
  },
};

/** In the language of Selge's own views (the same setting and browser language they use). */
function label(verdict: Verdict, settings: Settings): { text: string; title: string } {
  const strings = LABELS[resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage())];
  // The explanations live in the extension's views, not in this bundle: point there.
  return { text: strings.text.replace('{score}', String(verdict.score)), title: strings.title };
}

/** A CSS string literal of any text. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/**
 * What each mark shows, kept here rather than in an attribute: LinkedIn's page may read the DOM, and a
 * `data-score` there would hand it every verdict (issue 12, item 10).
 */
const shown = new WeakMap<Element, string>();

function removeAll(): void {
  for (const mark of document.querySelectorAll(MARK_TAG)) mark.remove();
}

// An orphaned script's marks would stay without anyone to keep them right: take them away with it.
onStop(removeAll);

function place(element: Element, verdict: Verdict, settings: Settings): void {
  const { text, title } = label(verdict, settings);
  const existing = element.querySelector(`:scope > ${MARK_TAG}`);
  // The label holds the score and the language: a changed one is redrawn, an unchanged one left alone.
  if (existing && shown.get(existing) === text) return;
  existing?.remove();
  const host = document.createElement(MARK_TAG);
  shown.set(host, text);
  // Closed: page scripts get no handle on the text inside (host.shadowRoot is null for them).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const pill = document.createElement('span');
  // Drawn by the style, not a text node: even in a closed shadow root a text node can be found by the page's
  // window.find('looks like a pitch') or a search for a score; generated content cannot.
  pill.style.setProperty('--label', cssString(text));
  pill.title = title;
  shadow.append(style, pill);
  element.append(host);
}

/**
 * Small marks next to incoming pitch messages, in a closed shadow root; gone when the option is off. The page
 * can see that an attribute-less <selge-mark> element sits after a message, and its size; not what it says.
 */
registerFeature({
  name: 'marks',
  update(state: PageState, settings: Settings) {
    if (!settings.pageMarks) {
      removeAll();
      return;
    }
    if (state.read.surface !== 'thread' || state.context.surface !== 'thread') return;
    const wanted = new Set<Element>();
    state.read.threads.forEach((entry, threadIndex) => {
      const verdicts =
        state.context.surface === 'thread' ? state.context.threads[threadIndex]?.verdicts : undefined;
      entry.thread.items.forEach((item, index) => {
        const verdict = verdicts?.[index];
        const element = entry.itemElements[index];
        if (
          item.kind !== 'message' ||
          item.direction !== 'incoming' ||
          !verdict ||
          verdict.verdict !== 'pitch' ||
          !element
        )
          return;
        wanted.add(element);
        place(element, verdict, settings);
      });
    });
    for (const mark of document.querySelectorAll(MARK_TAG)) {
      if (!mark.parentElement || !wanted.has(mark.parentElement)) mark.remove();
    }
  },
});
