/**
 * The indicator at LinkedIn's compose box and "Add a note" field (issue 21, item 1): like a spelling checker,
 * Selge shows itself where the user types, with its views closed. A small pill (verdict colour and score) sits
 * inside the field's bottom-right corner, clear of LinkedIn's buttons; a click or Enter opens the findings with
 * their explanations. A good draft shows nothing. The verdict settles: a draft is judged where a word ends or
 * after a pause in typing, so "3x thei" never shows a score that "3x their" takes back.
 *
 * Like the marks (marks.ts) it lives in a closed shadow root and every text is drawn by CSS: LinkedIn's page
 * can see that an attribute-less <selge-draft> element is there, and its size, not what it says.
 */
import browser from 'webextension-polyfill';
import type { Finding, Verdict } from '../../analyzer/types';
import { SELECTORS } from '../../linkedin/selectors';
import type { Settings } from '../../shared/settings';
import { resolveUiLang, type UiLang } from '../../shared/ui-lang';
import { diagnostics } from '../diagnostics';
import { atWordEnd, SETTLE_PAUSE_MS } from '../draft-settle';
import { onStop } from '../lifecycle';
import type { PageState } from '../state';
import { pageSchemeAt, styleForScheme, type PageScheme } from '../page-scheme';
import { registerFeature } from './registry';

export const INDICATOR_TAG = 'selge-draft';

const STRINGS: Record<
  UiLang,
  Record<
    | 'pitch'
    | 'borderline'
    | 'pill'
    | 'open'
    | 'close'
    | 'why'
    | 'instead'
    | 'moreNote'
    | 'moreFirst'
    | 'moreReply'
    | 'moreOther'
    | 'keys',
    string
  >
> = {
  en: {
    pitch: 'Your draft reads like a pitch (score {score})',
    borderline: 'Your draft is borderline (score {score})',
    pill: 'Selge {score}',
    open: 'Show why',
    close: 'Close',
    why: 'Why it hurts',
    instead: 'Instead',
    moreNote: 'Notes to insert, and a pitch rewritten as a question: open Selge (Alt+Shift+S).',
    moreFirst: 'First messages to insert, and a pitch rewritten as a question: open Selge (Alt+Shift+S).',
    moreReply: 'Every finding, and replies to their messages: open Selge (Alt+Shift+S).',
    moreOther: 'Every finding, in full: open Selge (Alt+Shift+S).',
    keys: 'Alt+F10 from your draft, Escape back',
  },
  nl: {
    pitch: 'Je concept leest als een pitch (score {score})',
    borderline: 'Je concept is twijfelachtig (score {score})',
    pill: 'Selge {score}',
    open: 'Laat zien waarom',
    close: 'Sluiten',
    why: 'Waarom het schaadt',
    instead: 'Beter',
    moreNote: 'Notities om in te voegen, en een pitch herschreven als vraag: open Selge (Alt+Shift+S).',
    moreFirst:
      'Eerste berichten om in te voegen, en een pitch herschreven als vraag: open Selge (Alt+Shift+S).',
    moreReply: 'Alle bevindingen, en antwoorden op hun berichten: open Selge (Alt+Shift+S).',
    moreOther: 'Alle bevindingen, uitgebreid: open Selge (Alt+Shift+S).',
    keys: 'Alt+F10 vanuit je concept, Escape terug',
  },
};

const LIGHT_STYLE = `
:host { all: initial; position: fixed; z-index: 2147483000; display: block; }
[data-t]::before { content: var(--t); }
button.pill { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 5px; cursor: pointer;
  font: 600 11px/18px system-ui, sans-serif; padding: 0 8px; border-radius: 999px; border: 1px solid;
  white-space: nowrap; opacity: .92; }
button.pill:hover, button.pill[aria-expanded="true"] { opacity: 1; }
/* Two classes: button.pill's "all: unset" would otherwise take the verdict's colours away again. */
button.pill:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
.dot { width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.pill.pitch { color: #8a2c0d; background: #fff1e6; border-color: #f0b48a; }
.pill.borderline { color: #6b4e00; background: #fff8e1; border-color: #e6c96a; }
.panel { position: absolute; right: 0; width: min(340px, 86vw); max-height: min(55vh, 420px); overflow: auto;
  box-sizing: border-box; padding: 10px 12px; border-radius: 8px; border: 1px solid #d0d0d0; background: #fff;
  color: #1d1d1d; font: 13px/1.45 system-ui, sans-serif; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.panel[hidden] { display: none; }
.head { display: flex; justify-content: space-between; gap: 8px; align-items: start; font-weight: 600; margin: 0 0 6px; }
/* 24 px each way (WCAG 2.5.8): a bare 13 px "×" was a 15x18 px target, easy to miss at the panel's corner. */
.head button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  min-width: 24px; min-height: 24px; margin: -3px -6px -3px 0; cursor: pointer; border-radius: 4px;
  font: 600 16px/1 system-ui, sans-serif; }
.head button:hover { background: rgba(0,0,0,.08); }
.head button:focus-visible { outline: 2px solid #0a66c2; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 8px; padding: 0 0 8px; border-bottom: 1px solid #ececec; }
li:last-child { border-bottom: 0; margin-bottom: 4px; }
.quote { font-weight: 600; }
.points { color: #8a2c0d; font-variant-numeric: tabular-nums; margin-right: 4px; }
p { margin: 2px 0; }
.label { font-weight: 600; }
.more { color: #555; font-size: 12px; }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
/** Over LinkedIn's dark page, or where it paints nothing and the system's scheme is dark (page-scheme.ts). */
const DARK_STYLE = `
  .pill.pitch { color: #ffd7bf; background: #4a2411; border-color: #9a4a1f; }
  .pill.borderline { color: #ffe9a8; background: #3d3210; border-color: #8a7326; }
  .panel { background: #1f1f1f; color: #ececec; border-color: #444; box-shadow: 0 6px 24px rgba(0,0,0,.5); }
  li { border-color: #333; }
  .points { color: #ffb48a; }
  .more { color: #b0b0b0; }
  .head button:hover { background: rgba(255,255,255,.14); }
  button.pill:focus-visible, .head button:focus-visible { outline-color: #70b5f9; }
`;

/** A CSS string literal of any text. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/** An element whose text is drawn by the style (a text node could be found by the page's window.find). */
function drawn(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.dataset.t = '';
  element.style.setProperty('--t', cssString(text));
  if (className) element.className = className;
  return element;
}

interface Indicator {
  host: HTMLElement;
  pill: HTMLButtonElement;
  panel: HTMLElement;
  /** A polite live region: a screen reader hears the pill appear, and a borderline draft turn into a pitch. */
  status: HTMLElement;
  /** The verdict last said there ('pitch' or 'borderline'): a score that moves while typing is not said again. */
  said: string;
  sayTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the pill and panel show now: redrawn only when it changes. */
  shownKey: string;
  style: HTMLStyleElement;
  /** The colours it is drawn in: those of LinkedIn's page around the field (page-scheme.ts). */
  scheme: PageScheme;
}

/** The draft being typed, where it is typed, and its verdict. */
interface Draft {
  field: HTMLElement;
  text: string;
  verdict: Verdict | null;
  /**
   * What Selge's views offer for it: openers and a rewrite for a note or a first message; in a conversation the
   * other wrote in, the reply studio for their messages (no openers, no rewrite).
   */
  kind: 'note' | 'first' | 'reply' | 'other';
}

let indicator: Indicator | null = null;
let current: { draft: Draft; lang: UiLang } | null = null;
/** When the user last typed into a field (any input event): a draft ending mid-word waits for a pause. */
let lastInputAt = -Infinity;
/**
 * Where the user last typed: a click on the pill takes the focus out of the field, and with two drafts open
 * (two overlay bubbles) the pill must stay with the one being read about rather than jump to the other.
 */
let lastTyped: WeakRef<Node> | null = null;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let frame = 0;

function onInput(event: Event): void {
  lastInputAt = performance.now();
  // The path's start: in a shadow root (LinkedIn's interop-outlet) the event's target is the host.
  const typed = event.composedPath()[0] ?? event.target;
  if (typed instanceof Node) lastTyped = new WeakRef(typed);
}

function scheduleLayout(): void {
  if (frame || !indicator) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    place();
  });
}

const resizeObserver =
  typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => scheduleLayout());
let observed: Element | null = null;

function closePanel(focusPill: boolean): void {
  if (!indicator || indicator.panel.hidden) return;
  indicator.panel.hidden = true;
  indicator.pill.setAttribute('aria-expanded', 'false');
  if (focusPill) indicator.pill.focus();
}

function onPointerDown(event: Event): void {
  if (indicator && !event.composedPath().includes(indicator.host)) closePanel(false);
}

function create(): Indicator {
  const host = document.createElement(INDICATOR_TAG);
  // Closed: page scripts get no handle on what is inside (host.shadowRoot is null for them).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = styleForScheme(LIGHT_STYLE, DARK_STYLE, null);
  const pill = document.createElement('button');
  pill.type = 'button';
  pill.setAttribute('aria-expanded', 'false');
  pill.setAttribute('aria-controls', 'findings');
  pill.setAttribute('aria-keyshortcuts', 'Alt+F10');
  const panel = document.createElement('div');
  panel.id = 'findings';
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.hidden = true;
  pill.addEventListener('click', () => {
    if (!indicator) return;
    const open = panel.hidden;
    panel.hidden = !open;
    pill.setAttribute('aria-expanded', String(open));
    if (open) {
      place();
      panel.querySelector<HTMLElement>('.head button')?.focus();
    }
  });
  // Escape closes the findings and gives the keyboard back to the pill, and on the pill goes back to the draft
  // (where its caret was); LinkedIn's own Escape (which closes a message bubble) is not reached.
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    event.stopPropagation();
    if (panel.hidden) current?.draft.field.focus();
    else closePanel(true);
  });
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  shadow.append(style, pill, panel, status);
  document.documentElement.append(host);
  document.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('scroll', scheduleLayout, { capture: true, passive: true });
  window.addEventListener('resize', scheduleLayout, { passive: true });
  return { host, pill, panel, status, said: '', sayTimer: undefined, shownKey: '', style, scheme: null };
}

function remove(): void {
  if (!indicator) return;
  clearTimeout(indicator.sayTimer);
  indicator.host.remove();
  indicator = null;
  document.removeEventListener('pointerdown', onPointerDown, true);
  window.removeEventListener('scroll', scheduleLayout, true);
  window.removeEventListener('resize', scheduleLayout);
  if (observed) resizeObserver?.unobserve(observed);
  observed = null;
  cancelAnimationFrame(frame);
  frame = 0;
}

/**
 * The pill sits at the document's end, after all of LinkedIn's page in the Tab order, and is not moved into
 * LinkedIn's order for anyone. From the field, Alt+F10 goes to it, as in rich-text editors (TinyMCE, CKEditor:
 * Alt+F10 to the toolbar) and with no meaning in the field, in LinkedIn or in either browser; Escape comes back.
 */
function onKey(event: KeyboardEvent): void {
  // Every key typed anywhere on LinkedIn comes here: the event's path is asked for only for Alt+F10.
  if (event.key !== 'F10' || !event.altKey || !indicator || indicator.host.style.visibility === 'hidden')
    return;
  const at = event.composedPath()[0];
  if (!(at instanceof Node) || !current?.draft.field.contains(at)) return;
  event.preventDefault();
  event.stopPropagation();
  indicator.pill.focus();
}

onStop(() => {
  remove();
  clearTimeout(settleTimer);
  document.removeEventListener('input', onInput, true);
  document.removeEventListener('keydown', onKey, true);
});
document.addEventListener('input', onInput, true);
document.addEventListener('keydown', onKey, true);

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the pill goes: inside the field's bottom-right corner (below it, for a small field); moved left of any of LinkedIn's buttons (send,
 * emoji, expand …) it would touch, and hidden with the field when that scrolls away.
 */
function place(): void {
  if (!indicator || !current) return;
  const { field } = current.draft;
  const box = field.getBoundingClientRect();
  const width = indicator.pill.offsetWidth || 64;
  const height = indicator.pill.offsetHeight || 20;
  if (
    !field.isConnected ||
    box.width < width ||
    box.height === 0 ||
    box.bottom < 0 ||
    box.top > innerHeight
  ) {
    indicator.host.style.visibility = 'hidden';
    return;
  }
  const container =
    field.closest([...SELECTORS.connect.dialog, ...SELECTORS.compose.form].join(',')) ?? field.parentElement;
  const buttons = [...(container?.querySelectorAll('button, [role="button"]') ?? [])].map((button) =>
    button.getBoundingClientRect(),
  );
  // A field of a line or two would lose words under the pill: it goes just below the field's corner instead.
  const roomy = box.height >= height * 2.5 && box.width >= width * 3;
  let left = box.right - width - (roomy ? 6 : 0);
  const top = roomy ? box.bottom - height - 4 : box.bottom + 3;
  for (let tries = 0; tries < 6; tries++) {
    const pill = { left, top, right: left + width, bottom: top + height };
    const hit = buttons.find((button) => button.width > 0 && overlaps(pill, button));
    if (!hit) break;
    left = hit.left - width - 4;
  }
  const style = indicator.host.style;
  style.visibility = left < box.left ? 'hidden' : 'visible';
  style.left = `${Math.round(left)}px`;
  style.top = `${Math.round(top)}px`;
  // The findings open above the field, over the conversation; where they do not fit there and there is more
  // room below, below it. Never over the field itself: the user goes on typing while reading them. Their height
  // is held to the room on that side: at 200% zoom a panel of 55vh above a field in mid-window began above the
  // window's top, its title and close button out of reach.
  const panel = indicator.panel;
  const roomAbove = box.top - PANEL_GAP * 2;
  // Below a small field the pill sits below it too: the findings go under the pill, not over it.
  const under = Math.max(box.bottom, top + height);
  const roomBelow = innerHeight - under - PANEL_GAP * 2;
  const natural = Math.min(panel.scrollHeight, innerHeight * 0.55, 420);
  const above = roomAbove >= natural || roomAbove >= roomBelow;
  panel.style.maxHeight = `min(55vh, 420px, ${Math.max(Math.round(above ? roomAbove : roomBelow), 80)}px)`;
  if (above) {
    panel.style.top = '';
    panel.style.bottom = `${Math.round(top + height - box.top + PANEL_GAP)}px`;
  } else {
    panel.style.bottom = '';
    panel.style.top = `${Math.round(under + PANEL_GAP - top)}px`;
  }
}

/** How long a new live region waits before it speaks. */
const SAY_AFTER_MS = 300;

/** Between the findings and the field, and the findings and the window's edge. */
const PANEL_GAP = 6;

/** Each counted rule once, the strongest first: the findings a person reads (as the views show them). */
function countedFindings(findings: readonly Finding[]): Finding[] {
  const byRule = new Map<string, Finding>();
  for (const finding of findings)
    if (finding.weight > 0 && !byRule.has(finding.rule)) byRule.set(finding.rule, finding);
  return [...byRule.values()].sort((a, b) => b.weight - a.weight);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function render(draft: Draft, verdict: Verdict, lang: UiLang): void {
  const strings = STRINGS[lang];
  const kind = verdict.verdict === 'pitch' ? 'pitch' : 'borderline';
  const title = strings[kind].replace('{score}', String(verdict.score));
  const key = JSON.stringify([
    lang,
    title,
    draft.kind,
    draft.text,
    verdict.findings.map((f) => [f.rule, f.weight, f.start, f.end]),
  ]);
  indicator ??= create();
  const scheme = pageSchemeAt(draft.field);
  if (scheme !== indicator.scheme) {
    indicator.scheme = scheme;
    indicator.style.textContent = styleForScheme(LIGHT_STYLE, DARK_STYLE, scheme);
  }
  if (indicator.shownKey === key) return;
  indicator.shownKey = key;
  const { pill, panel } = indicator;
  pill.className = `pill ${kind}`;
  // Its name says how the keyboard gets here and back: the tooltip too, for who sees it before trying.
  pill.title = `${title}. ${strings.open} (${strings.keys})`;
  pill.setAttribute('aria-label', pill.title);
  const dot = document.createElement('span');
  dot.className = 'dot';
  pill.replaceChildren(dot, drawn('span', strings.pill.replace('{score}', String(verdict.score))));
  panel.setAttribute('aria-label', title);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', strings.close);
  close.append(drawn('span', '×'));
  close.addEventListener('click', () => closePanel(true));
  const head = document.createElement('div');
  head.className = 'head';
  head.append(drawn('span', title), close);
  const list = document.createElement('ul');
  for (const finding of countedFindings(verdict.findings)) {
    const item = document.createElement('li');
    const what = document.createElement('p');
    what.append(
      drawn('span', `+${finding.weight}`, 'points'),
      drawn('span', `“${shorten(draft.text.slice(finding.start, finding.end), 80)}”`, 'quote'),
    );
    item.append(what);
    const explain = finding.explain[lang];
    if (explain) {
      const why = document.createElement('p');
      why.append(drawn('span', `${strings.why}: `, 'label'), drawn('span', explain));
      item.append(why);
    }
    const suggest = finding.suggest[lang];
    if (suggest) {
      const instead = document.createElement('p');
      instead.append(drawn('span', `${strings.instead}: `, 'label'), drawn('span', suggest));
      item.append(instead);
    }
    list.append(item);
  }
  const more = {
    note: strings.moreNote,
    first: strings.moreFirst,
    reply: strings.moreReply,
    other: strings.moreOther,
  }[draft.kind];
  panel.replaceChildren(head, list, drawn('p', more, 'more'));
  if (indicator.said !== kind) {
    indicator.said = kind;
    const said = `${title}. ${strings.open}: ${strings.keys}.`;
    const { status } = indicator;
    // Filled a moment after the region is in the page: screen readers miss what a new live region holds at once.
    clearTimeout(indicator.sayTimer);
    indicator.sayTimer = setTimeout(() => status.replaceChildren(drawn('span', said)), SAY_AFTER_MS);
  }
  note(title, draft.text);
}

/** Shows the draft's verdict (or nothing, for a good or empty draft) once it has settled. */
function show(): void {
  clearTimeout(settleTimer);
  if (!current) return;
  const { draft, lang } = current;
  const sincePause = performance.now() - lastInputAt;
  if (!atWordEnd(draft.text) && sincePause < SETTLE_PAUSE_MS) {
    // Half a word: keep what is shown until the user types on to the word's end, or pauses.
    settleTimer = setTimeout(show, SETTLE_PAUSE_MS - sincePause + 10);
    return;
  }
  const verdict = draft.verdict;
  if (!verdict || verdict.verdict === 'ok' || !draft.text.trim()) {
    hide(draft.text);
    return;
  }
  render(draft, verdict, lang);
  if (observed !== draft.field) {
    if (observed) resizeObserver?.unobserve(observed);
    resizeObserver?.observe(draft.field);
    observed = draft.field;
  }
  place();
}

/** The draft the user types: the focused conversation's compose box, else the one typed in last, else the first. */
function draftOf(state: PageState): Draft | null {
  const { read, context } = state;
  if (read.surface === 'connect-note' && context.surface === 'connect-note')
    return read.field
      ? { field: read.field, text: context.note.note, verdict: context.verdict, kind: 'note' }
      : null;
  if (read.surface !== 'thread' || context.surface !== 'thread') return null;
  const drafts = read.threads.flatMap((entry, index) => {
    const view = context.threads[index];
    const field = entry.composeBox;
    if (!field?.isConnected || !view?.thread.draft) return [];
    const answered = view.thread.items.some(
      (item) => item.kind === 'message' && item.direction === 'incoming',
    );
    // Openers need a name to address (a new-message bubble has none yet): the views offer them only then.
    const kind: Draft['kind'] = answered ? 'reply' : view.thread.participant.name ? 'first' : 'other';
    return [{ field, text: view.thread.draft, verdict: view.draftVerdict, kind }];
  });
  const active = document.activeElement;
  const typed = lastTyped?.deref();
  return (
    drafts.find((draft) => active && draft.field.contains(active)) ??
    drafts.find((draft) => typed && draft.field.contains(typed)) ??
    drafts[0] ??
    null
  );
}

/** A good or empty draft: nothing to show (and, for the tests, a note that the pill went away). */
function hide(judged: string): void {
  if (!indicator) return;
  note('', judged);
  remove();
}

function note(label: string, judged: string): void {
  diagnostics.indicator.push({ label, judged });
  if (diagnostics.indicator.length > 30) diagnostics.indicator.shift();
}

function update(state: PageState, settings: Settings): void {
  // Switched off in the settings: gone at once, as for a field without a draft (the views still judge it).
  const draft = settings.draftIndicator ? draftOf(state) : null;
  if (!draft) {
    current = null;
    clearTimeout(settleTimer);
    hide('');
    return;
  }
  current = { draft, lang: resolveUiLang(settings.uiLanguage, browser.i18n.getUILanguage()) };
  show();
}

registerFeature({ name: 'draft indicator', update, onDraft: update });
