import type { Family, Verdict } from '../../analyzer/types';
import browser from 'webextension-polyfill';
import type { Settings } from '../../shared/settings';
import { resolveUiLang } from '../../shared/ui-lang';
import type { LearnRequest } from '../../shared/protocol';
import { sendLearn } from '../../shared/send-learn';
import type { PageState } from '../state';
import { onStop } from '../lifecycle';
import { buildMark, type MarkControl } from '../mark-control';
import { pageSchemeAt, styleForScheme } from '../page-scheme';
import { registerFeature } from './registry';

/** The one element Selge adds to LinkedIn's page, and only when the user turned marks on. */
export const MARK_TAG = 'selge-mark';

const LIGHT_STYLE = `
:host { all: initial; display: inline-block; margin: 4px 0 0 0; }
.pill::before, button::before, [role=status]::before { content: var(--label); }
.pill, button { font: 600 11px/1.6 system-ui, sans-serif; color: #7a2e0e; background: #fff1e6; border: 1px solid #f0b48a;
  border-radius: 10px; padding: 0 8px; margin: 0 4px 0 0; text-align: start; }
/* A radius of half a line, not 999px: in a narrow inbox row the words wrap, and a pill of two lines read as a blob. */
.user { color: #1f4d2e; background: #eaf6ee; border-color: #9cc9aa; }
[role=group] button { color: #1d2226; background: #fff; border-color: #8c8c8c; }
/* Not on ".pill": that class outranked "button" and the pill that opens the buttons showed an arrow, as text does. */
span.pill { cursor: default; }
button { cursor: pointer; }
/* Open or closed, the pill that holds the buttons says so: without it, it looked like the marks that open nothing. */
button.pill::after { content: "\\25BE"; margin-left: 4px; }
button.pill[aria-expanded=true]::after { content: "\\25B4"; }
button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
button[aria-disabled=true] { opacity: 0.6; cursor: default; }
[hidden] { display: none !important; }
/* A background of its own, as the pills have: the colour scheme can be dark while LinkedIn's page is light. */
.status[aria-label] { font: 11px/1.6 system-ui, sans-serif; color: #8a1c1c; background: #fdecec; border-radius: 4px;
  padding: 0 6px; }
`;
/** Over LinkedIn's dark page, or where it paints nothing and the system's scheme is dark (page-scheme.ts). */
const DARK_STYLE = `
  .pill, button { color: #ffd7bf; background: #4a2411; border-color: #9a4a1f; }
  .user { color: #cdeed7; background: #173a24; border-color: #3f7a52; }
  [role=group] button { color: #e9e9e9; background: #1d2226; border-color: #8c8c8c; }
  button:focus-visible { outline-color: #71b7fb; }
  .status[aria-label] { color: #ffd0d0; background: #4a1515; }
`;

type MarkStrings = Record<
  | 'text'
  | 'userText'
  | 'title'
  | 'previewText'
  | 'conversationText'
  | 'noteText'
  | 'listTitle'
  | 'userNotText'
  | 'trustedText'
  | 'userTitle'
  | 'group'
  | 'notPitch'
  | 'undo'
  | 'trust'
  | 'stopTrusting'
  | 'failed',
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
    noteText: 'Selge: this invitation note looks like a pitch (score {score})',
    listTitle: '{reason}. Selge read this without opening the conversation; open Selge to see why.',
    userNotText: 'Selge: you marked this as not a pitch',
    trustedText: 'Selge: you trust this person',
    userTitle: 'Your verdict: Selge keeps it on this device.',
    group: 'Your verdict',
    notPitch: 'Not a pitch',
    undo: 'Undo',
    trust: 'Always trust this person',
    stopTrusting: 'Stop trusting',
    failed: 'Selge could not save this. Try again.',
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
    noteText: 'Selge: de notitie bij deze uitnodiging lijkt een pitch (score {score})',
    listTitle: '{reason}. Selge las dit zonder het gesprek te openen; open Selge om te zien waarom.',
    userNotText: 'Selge: je hebt dit als geen pitch gemarkeerd',
    trustedText: 'Selge: je vertrouwt deze persoon',
    userTitle: 'Jouw oordeel: Selge bewaart het op dit apparaat.',
    group: 'Jouw oordeel',
    notPitch: 'Geen pitch',
    undo: 'Ongedaan maken',
    trust: 'Deze persoon altijd vertrouwen',
    stopTrusting: 'Niet meer vertrouwen',
    failed: 'Selge kon dit niet bewaren. Probeer het opnieuw.',
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

/**
 * What a message's mark says and offers, in the language of Selge's own views (the same setting and browser
 * language they use). A pitch offers "Not a pitch" (and "Always trust this person" where the page gives the
 * sender's profile id); the user's own verdict says so and offers its undo (issue 23, point 1).
 */
export function messageMark(
  verdict: Verdict,
  text: string,
  profile: string | undefined,
  settings: Settings,
  send: (request: LearnRequest) => Promise<boolean>,
): { label: MarkLabel; user: boolean; control: MarkControl } {
  const strings = stringsFor(settings);
  const user = verdict.user;
  const control = (buttons: MarkControl['buttons']): MarkControl => ({
    buttons,
    group: strings.group,
    failed: strings.failed,
    send,
  });
  if (user?.by === 'message') {
    return {
      label: {
        text: user.set === 'pitch' ? strings.userText : strings.userNotText,
        title: strings.userTitle,
      },
      user: user.set === 'ok',
      control: control([
        { label: strings.undo, request: { action: 'correct', text, set: null, was: user.was } },
      ]),
    };
  }
  if (user?.by === 'person') {
    return {
      label: { text: strings.trustedText, title: strings.userTitle },
      user: true,
      control: control(
        profile
          ? [{ label: strings.stopTrusting, request: { action: 'trust', profile, trusted: false } }]
          : [],
      ),
    };
  }
  const buttons: MarkControl['buttons'] = [
    {
      label: strings.notPitch,
      request: { action: 'correct', text, set: 'ok', was: user?.was ?? verdict.verdict },
    },
  ];
  if (profile) buttons.push({ label: strings.trust, request: { action: 'trust', profile, trusted: true } });
  // The explanations live in the extension's views, not in this bundle: point there.
  // A pitch the user set (issue 23) says so: a low score beside it would argue with them.
  const said = user ? strings.userText : strings.text.replace('{score}', String(verdict.score));
  return { label: { text: said, title: strings.title }, user: false, control: control(buttons) };
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

/** A received invitation's note: it says it read the note (an invitation is not yet a conversation). */
export function noteLabel(verdict: Verdict, settings: Settings): MarkLabel {
  const strings = stringsFor(settings);
  return { text: strings.noteText.replace('{score}', String(verdict.score)), title: strings.title };
}

export interface MarkLabel {
  text: string;
  title: string;
}

/**
 * What each mark shows, kept here rather than in an attribute: LinkedIn's page may read the DOM, and a
 * `data-score` there would hand it every verdict (issue 12, item 10).
 */
const shown = new WeakMap<Element, string>();

/** Which feature placed a mark: each keeps its own marks right and leaves the other's alone. */
export type MarkOwner = 'messages' | 'list' | 'invitations';
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
 * drawn by CSS; the title is the tooltip and, with the text, what a screen reader reads. With a control the
 * mark is a button that opens the user's verdict buttons (mark-control.ts).
 */
export function placeMark(
  element: Element,
  { text, title }: MarkLabel,
  owner: MarkOwner,
  control?: MarkControl,
  user = false,
): void {
  const existing = element.querySelector(`:scope > ${MARK_TAG}`);
  // The label holds the score, the language and what the buttons do: a changed one is redrawn, an unchanged one
  // left alone (an open control stays open).
  const key = JSON.stringify([text, title, user, control?.buttons]);
  if (existing && shown.get(existing) === key) return;
  // The user just pressed one of this mark's buttons (focus is inside it): the new mark takes the focus, on its
  // first button (the undo), so a keyboard user stays where they were.
  const refocus = existing !== null && existing === document.activeElement;
  existing?.remove();
  const host = document.createElement(MARK_TAG);
  shown.set(host, key);
  ownerOf.set(host, owner);
  // Closed: page scripts get no handle on the text inside (host.shadowRoot is null for them).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = styleForScheme(LIGHT_STYLE, DARK_STYLE, pageSchemeAt(element));
  shadow.append(style);
  // Drawn by the style, not a text node: even in a closed shadow root a text node can be found by the page's
  // window.find('looks like a pitch') or a search for a score; generated content cannot.
  const open = buildMark(shadow, text, title, user, control);
  element.append(host);
  if (refocus) open();
}

/** Messages whose sender the user trusted from their mark: the mark stays (with its undo) until the page goes. */
const trustedHere = new WeakSet<Element>();

/**
 * Small marks next to incoming pitch messages, in a closed shadow root; gone when the option is off. The page
 * can see that an attribute-less <selge-mark> element sits after a message, and its size; not what it says.
 * A message the user corrected keeps a mark that says so, with its undo.
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
      const profile = entry.thread.participant.profile;
      entry.thread.items.forEach((item, index) => {
        const verdict = verdicts?.[index];
        const element = entry.itemElements[index];
        if (item.kind !== 'message' || item.direction !== 'incoming' || !verdict || !element) return;
        const by = verdict.user?.by;
        const mine = by === 'message' || (by === 'person' && trustedHere.has(element));
        if (verdict.verdict !== 'pitch' && !mine) return;
        wanted.add(element);
        const send = (request: LearnRequest) => {
          if (request.action === 'trust' && request.trusted) trustedHere.add(element);
          return sendLearn(request);
        };
        const mark = messageMark(verdict, item.text, profile, settings, send);
        placeMark(element, mark.label, 'messages', mark.control, mark.user);
      });
    });
    sweepMarks('messages', wanted);
  },
});
