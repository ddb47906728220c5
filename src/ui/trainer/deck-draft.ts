import type { MessageContext } from '../../analyzer/types';
import type { UiLang } from '../../shared/ui-lang';
import {
  parsePair,
  parseQuizItem,
  titleOf,
  upserted,
  type Deck,
  type DeckPair,
  type Parsed,
  type QuizItem,
} from './deck';

/** What the deck editor's form holds while a trainer writes a pair or a quiz message (all as typed). */
export type Kind = DeckPair['context']['kind'];
export type WorkMode = NonNullable<DeckPair['context']['recipientWorkMode']> | 'unknown';

export const KINDS: readonly Kind[] = ['connection-note', 'first-message', 'follow-up', 'reply'];
export const WORK_MODES: readonly WorkMode[] = ['unknown', 'alone', 'small-team', 'company'];

/** The fields both pairs and quiz messages carry: their language, the message's situation, the names. */
export interface ContextDraft {
  lang: UiLang;
  kind: Kind;
  firstAfterConnect: boolean;
  workMode: WorkMode;
  /** One earlier message: the sender's own before a follow-up, theirs before a reply. */
  earlier: string;
  /** As typed: names separated by commas. */
  names: string;
}

export interface PairDraft extends ContextDraft {
  type: 'pair';
  original: DeckPair | null;
  title: string;
  bad: string;
  good: string;
}

export interface QuizDraft extends ContextDraft {
  type: 'quiz';
  original: QuizItem | null;
  text: string;
  pitch: boolean;
}

export type Draft = PairDraft | QuizDraft;

function contextDraft(item: DeckPair | QuizItem | null, lang: UiLang): ContextDraft {
  const context = item?.context;
  return {
    lang: item?.lang ?? lang,
    kind: context?.kind ?? 'first-message',
    firstAfterConnect: context?.firstAfterConnect ?? false,
    workMode: context?.recipientWorkMode ?? 'unknown',
    earlier: context?.earlier?.at(-1)?.text ?? '',
    names: item?.names.join(', ') ?? '',
  };
}

/** A form for a pair: empty for a new one, filled in with the pair's heading in the trainer's language. */
export function pairDraft(pair: DeckPair | null, lang: UiLang): PairDraft {
  return {
    type: 'pair',
    original: pair,
    ...contextDraft(pair, lang),
    title: pair ? titleOf(pair, lang) : '',
    bad: pair?.bad ?? '',
    good: pair?.good ?? '',
  };
}

export function quizDraft(item: QuizItem | null, lang: UiLang): QuizDraft {
  return {
    type: 'quiz',
    original: item,
    ...contextDraft(item, lang),
    text: item?.text ?? '',
    pitch: item?.pitch ?? true,
  };
}

/** Whether the form holds anything the trainer typed: different from the item it opened with (or empty). */
export function isChanged(draft: Draft, lang: UiLang): boolean {
  const fresh = draft.type === 'pair' ? pairDraft(draft.original, lang) : quizDraft(draft.original, lang);
  // Both made by the same functions and changed by spreading, so their keys are in the same order.
  return JSON.stringify(draft) !== JSON.stringify(fresh);
}

/** The analyzer's context from the form; an earlier conversation left as it was is kept whole. */
export function contextFrom(draft: ContextDraft, original: MessageContext | undefined): DeckPair['context'] {
  const earlierText = draft.earlier.trim();
  const author = draft.kind === 'follow-up' ? 'me' : 'them';
  const last = original?.earlier?.at(-1);
  const unchanged = last?.text === earlierText && last.author === author;
  return {
    kind: draft.kind,
    ...(draft.kind === 'first-message' && draft.firstAfterConnect ? { firstAfterConnect: true } : {}),
    ...(draft.workMode !== 'unknown' ? { recipientWorkMode: draft.workMode } : {}),
    ...((draft.kind === 'follow-up' || draft.kind === 'reply') && earlierText
      ? { earlier: unchanged && original?.earlier ? [...original.earlier] : [{ author, text: earlierText }] }
      : {}),
  };
}

function newId(prefix: string): string {
  // Random, not the time: two tabs adding at the same millisecond must not share an id.
  return `${prefix}-${crypto.randomUUID()}`;
}

/** The pair or quiz message the form describes, checked by the same rules as a deck file; or what is wrong. */
export function itemOfDraft(
  draft: Draft,
  lang: UiLang,
): Parsed<{ type: 'pair'; item: DeckPair } | { type: 'quiz'; item: QuizItem }> {
  const common = {
    lang: draft.lang,
    context: contextFrom(draft, draft.original?.context),
    names: draft.names
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  };
  if (draft.type === 'pair') {
    const original = draft.original;
    // A built-in heading left as it was keeps both its languages.
    const title = original && titleOf(original, lang) === draft.title.trim() ? original.title : draft.title;
    const parsed = parsePair(
      { id: original?.id ?? newId('pair'), title, bad: draft.bad, good: draft.good, ...common },
      lang,
    );
    return parsed.ok ? { ok: true, value: { type: 'pair', item: parsed.value } } : parsed;
  }
  const parsed = parseQuizItem(
    { id: draft.original?.id ?? newId('quiz'), text: draft.text, pitch: draft.pitch, ...common },
    lang,
  );
  return parsed.ok ? { ok: true, value: { type: 'quiz', item: parsed.value } } : parsed;
}

/** The deck with a checked item saved in it: in its place when it was edited, at the end when new. */
export function withItem(
  deck: Deck,
  saved: { type: 'pair'; item: DeckPair } | { type: 'quiz'; item: QuizItem },
): Deck {
  return saved.type === 'pair'
    ? { ...deck, pairs: upserted(deck.pairs, saved.item) }
    : { ...deck, quiz: upserted(deck.quiz, saved.item) };
}

/**
 * The deck with the form's pair or quiz message saved in it (in its place when it was edited, at the end when
 * new), checked by the same rules as a deck file; or what is wrong, so the form can stay open as typed.
 */
export function withDraft(deck: Deck, draft: Draft, lang: UiLang): Parsed<Deck> {
  const parsed = itemOfDraft(draft, lang);
  return parsed.ok ? { ok: true, value: withItem(deck, parsed.value) } : parsed;
}
