import type { Family, Verdict } from '../../analyzer/types';
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

type MarkStrings = Record<
  'text' | 'userText' | 'title' | 'previewText' | 'conversationText' | 'listTitle',
  string
> & {
  reasons: Partial<Record<Family, string>>;
};

const LABELS: Record<'en' | 'nl', MarkStrings> = {
  en: {
    text: 'Selge: looks like a pitch (score {score})',
    userText: 'Selge: you marked this as a pitch',
    title: 'Open Selge to see why, and how you could reply.',
    previewText: 'Selge: the preview looks like a pitch (score {score})',
    conversationText: 'Selge: this conversation looks like a pitch (score {score})',
    listTitle: '{reason}. Selge read this without opening the conversation; open Selge to see why.',
    reasons: {
      offer: 'Offers a service',
      ask: 'Asks for a call or meeting',
      money: 'Talks money and results',
      self: 'Talks about what they sell',
      hype: 'Promises big results',
      personalization: 'Template wording',
      sequence: 'A follow-up sequence',
      followup: 'Chases an answer',
      fit: 'A pitch dressed as a fit',
      timing: 'Presses for time',
      wording: 'Reads like outreach',
    },
  },
  nl: {
    text: 'Selge: lijkt een pitch (score {score})',
    userText: 'Selge: je hebt dit als pitch gemarkeerd',
    title: 'Open Selge om te zien waarom, en wat je kunt antwoorden.',
    previewText: 'Selge: het voorbeeld lijkt een pitch (score {score})',
    conversationText: 'Selge: dit gesprek lijkt een pitch (score {score})',
    listTitle: '{reason}. Selge las dit zonder het gesprek te openen; open Selge om te zien waarom.',
    reasons: {
      offer: 'Biedt een dienst aan',
      ask: 'Vraagt om een gesprek of afspraak',
      money: 'Praat over geld en resultaat',
      self: 'Praat over wat hij of zij verkoopt',
      hype: 'Belooft grote resultaten',
      personalization: 'Sjabloonwoorden',
      sequence: 'Een reeks opvolgberichten',
      followup: 'Jaagt op een antwoord',
      fit: 'Een pitch vermomd als match',
      timing: 'Zet tijdsdruk',
      wording: 'Leest als outreach',
    },
  },
};

function stringsFor(settings: Settings): MarkStrings {
  return LABELS[resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage())];
}

/** In the language of Selge's own views (the same setting and browser language they use). */
function label(verdict: Verdict, settings: Settings): MarkLabel {
  const strings = stringsFor(settings);
  // The explanations live in the extension's views, not in this bundle: point there.
  // A pitch the user set (issue 23) says so: a low score beside it would argue with them.
  if (verdict.user) return { text: strings.userText, title: strings.title };
  return { text: strings.text.replace('{score}', String(verdict.score)), title: strings.title };
}

/** The strongest finding's family, said in a few words: the reason a screen reader reads on a list row. */
function shortReason(verdict: Verdict, strings: MarkStrings): string {
  const strongest = verdict.findings
    .filter((finding) => finding.weight > 0 && strings.reasons[finding.family])
    .reduce<Verdict['findings'][number] | null>(
      (best, f) => (!best || f.weight > best.weight ? f : best),
      null,
    );
  return (strongest && strings.reasons[strongest.family]) ?? strings.reasons.wording ?? '';
}

/** A list row's mark: says whether it read the preview or the whole conversation, and why in a few words. */
export function rowLabel(verdict: Verdict, basis: 'preview' | 'conversation', settings: Settings): MarkLabel {
  const strings = stringsFor(settings);
  const text = (basis === 'preview' ? strings.previewText : strings.conversationText).replace(
    '{score}',
    String(verdict.score),
  );
  return { text, title: strings.listTitle.replace('{reason}', shortReason(verdict, strings)) };
}

export interface MarkLabel {
  text: string;
  title: string;
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

/** Which feature placed a mark: each keeps its own marks right and leaves the other's alone. */
export type MarkOwner = 'messages' | 'list';
const ownerOf = new WeakMap<Element, MarkOwner>();

function removeAll(): void {
  for (const mark of document.querySelectorAll(MARK_TAG)) mark.remove();
}

// An orphaned script's marks would stay without anyone to keep them right: take them away with it.
onStop(removeAll);

/** Takes away the owner's marks that are not in (directly inside) one of the wanted elements. */
export function sweepMarks(owner: MarkOwner, wanted: ReadonlySet<Element>): void {
  for (const mark of document.querySelectorAll(MARK_TAG)) {
    if (ownerOf.get(mark) !== owner) continue;
    if (!mark.parentElement || !wanted.has(mark.parentElement)) mark.remove();
  }
}

/**
 * Puts one mark directly inside the element (or leaves the one there when it says the same). The text is
 * drawn by CSS; the title is the tooltip and, with the text, what a screen reader reads.
 */
export function placeMark(element: Element, { text, title }: MarkLabel, owner: MarkOwner): void {
  const existing = element.querySelector(`:scope > ${MARK_TAG}`);
  // The label holds the score and the language: a changed one is redrawn, an unchanged one left alone.
  if (existing && shown.get(existing) === `${text}\u0000${title}`) return;
  existing?.remove();
  const host = document.createElement(MARK_TAG);
  shown.set(host, `${text}\u0000${title}`);
  ownerOf.set(host, owner);
  // Closed: page scripts get no handle on the text inside (host.shadowRoot is null for them).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const pill = document.createElement('span');
  // Drawn by the style, not a text node: even in a closed shadow root a text node can be found by the page's
  // window.find('looks like a pitch') or a search for a score; generated content cannot.
  pill.style.setProperty('--label', cssString(text));
  pill.title = title;
  // Read by screen readers inside the closed root; an attribute there is out of the page's reach like the text.
  pill.setAttribute('role', 'note');
  pill.setAttribute('aria-label', `${text}. ${title}`);
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
    if (state.read.surface !== 'thread' || state.context.surface !== 'thread') {
      sweepMarks('messages', new Set());
      return;
    }
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
        placeMark(element, label(verdict, settings), 'messages');
      });
    });
    sweepMarks('messages', wanted);
  },
});
