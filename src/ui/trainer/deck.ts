import * as v from 'valibot';
import type { UiLang } from '../../shared/ui-lang';
import { shorten } from '../shorten';

/**
 * A trainer's deck: the side-by-side pairs and the quiz items, in the order the trainer shows them. Stored in
 * storage.local under "trainerDeck" once the trainer changes anything (until then the built-in deck is
 * shown), and written to and read from a file to carry a deck between browsers.
 */
export const DECK_VERSION = 1;
export const DECK_FORMAT = 'selge-trainer-deck';
const MAX_TEXT = 2000;
/** How many pairs and quiz items a deck holds: the same limit for reading, saving and importing. */
export const MAX_PAIRS = 200;
export const MAX_QUIZ_ITEMS = 500;

/** Validation messages in the trainer's language; the file's keys ("pairs", "bad") are named as they are. */
const MESSAGES = {
  en: {
    text: 'must be text',
    textEmpty: 'needs text',
    textLong: `is longer than ${MAX_TEXT.toLocaleString('en')} characters`,
    title: 'needs a heading of at most 120 characters',
    id: 'needs an id of 1 to 80 characters',
    lang: 'must be "en" or "nl"',
    kind: 'must be one of "connection-note", "first-message", "follow-up", "reply"',
    author: 'must be "me" or "them"',
    workMode: 'must be "alone", "small-team" or "company"',
    boolean: 'must be true or false',
    names: 'must be a list of at most 10 names',
    list: 'must be a list',
    pairsMany: `a deck holds at most ${MAX_PAIRS} pairs`,
    quizMany: `a deck holds at most ${MAX_QUIZ_ITEMS} quiz items`,
    format: `this is not a Selge trainer deck (format must be "${DECK_FORMAT}")`,
    version: `unsupported version (this Selge reads version ${DECK_VERSION})`,
    object: 'must be an object with the fields of a deck',
    empty: 'the file is empty',
    notJson: 'the file is not valid JSON',
    lineColumn: 'line {line}, column {column}',
    tooLarge: 'the file is larger than 2 MB',
    duplicate: 'the same id appears twice',
    pair: 'pair',
    quizItem: 'quiz item',
  },
  nl: {
    text: 'moet tekst zijn',
    textEmpty: 'heeft tekst nodig',
    textLong: `is langer dan ${MAX_TEXT.toLocaleString('nl')} tekens`,
    title: 'heeft een kop van hoogstens 120 tekens nodig',
    id: 'heeft een id van 1 tot 80 tekens nodig',
    lang: 'moet "en" of "nl" zijn',
    kind: 'moet een van "connection-note", "first-message", "follow-up", "reply" zijn',
    author: 'moet "me" of "them" zijn',
    workMode: 'moet "alone", "small-team" of "company" zijn',
    boolean: 'moet true of false zijn',
    names: 'moet een lijst van hoogstens 10 namen zijn',
    list: 'moet een lijst zijn',
    pairsMany: `een deck heeft hoogstens ${MAX_PAIRS} paren`,
    quizMany: `een deck heeft hoogstens ${MAX_QUIZ_ITEMS} quizvragen`,
    format: `dit is geen trainersdeck van Selge (format moet "${DECK_FORMAT}" zijn)`,
    version: `onbekende versie (deze Selge leest versie ${DECK_VERSION})`,
    object: 'moet een object met de velden van een deck zijn',
    empty: 'het bestand is leeg',
    notJson: 'het bestand is geen geldige JSON',
    lineColumn: 'regel {line}, kolom {column}',
    tooLarge: 'het bestand is groter dan 2 MB',
    duplicate: 'hetzelfde id komt twee keer voor',
    pair: 'paar',
    quizItem: 'quizvraag',
  },
} satisfies Record<UiLang, Record<string, string>>;

type Messages = (typeof MESSAGES)[UiLang];

function schemas(m: Messages) {
  const text = v.pipe(
    v.string(m.text),
    v.trim(),
    v.minLength(1, m.textEmpty),
    v.maxLength(MAX_TEXT, m.textLong),
  );
  const heading = v.pipe(v.string(m.title), v.trim(), v.minLength(1, m.title), v.maxLength(120, m.title));
  const lang = v.picklist(['en', 'nl'], m.lang);
  const context = v.object(
    {
      kind: v.picklist(['connection-note', 'first-message', 'follow-up', 'reply'], m.kind),
      firstAfterConnect: v.optional(v.boolean(m.boolean)),
      recipientWorkMode: v.optional(v.picklist(['alone', 'small-team', 'company'], m.workMode)),
      earlier: v.optional(
        v.pipe(
          v.array(v.object({ author: v.picklist(['me', 'them'], m.author), text }, m.object), m.list),
          v.maxLength(20, m.list),
        ),
      ),
    },
    m.object,
  );
  const common = {
    id: v.pipe(v.string(m.id), v.minLength(1, m.id), v.maxLength(80, m.id)),
    lang,
    context,
    names: v.pipe(
      v.array(
        v.pipe(v.string(m.names), v.trim(), v.minLength(1, m.names), v.maxLength(40, m.names)),
        m.names,
      ),
      v.maxLength(10, m.names),
    ),
  };
  const pair = v.object(
    {
      ...common,
      /** A heading of the trainer's own, or the built-in one in both languages. */
      title: v.union([heading, v.object({ en: heading, nl: heading }, m.title)], m.title),
      bad: text,
      good: text,
    },
    m.object,
  );
  const quizItem = v.object({ ...common, text, pitch: v.boolean(m.boolean) }, m.object);
  const pairs = v.pipe(v.array(pair, m.list), v.maxLength(MAX_PAIRS, m.pairsMany));
  const quiz = v.pipe(v.array(quizItem, m.list), v.maxLength(MAX_QUIZ_ITEMS, m.quizMany));
  return {
    pair,
    quizItem,
    deck: v.object({ version: v.literal(DECK_VERSION, m.version), pairs, quiz }, m.object),
    file: v.object(
      {
        format: v.literal(DECK_FORMAT, m.format),
        version: v.literal(DECK_VERSION, m.version),
        pairs,
        quiz,
      },
      m.object,
    ),
  };
}

const SCHEMAS = { en: schemas(MESSAGES.en), nl: schemas(MESSAGES.nl) };

export type Deck = v.InferOutput<(typeof SCHEMAS)['en']['deck']>;
export type DeckPair = Deck['pairs'][number];
export type QuizItem = Deck['quiz'][number];
export type DeckFile = v.InferOutput<(typeof SCHEMAS)['en']['file']>;

/** The heading a pair shows in the trainer's language. */
export function titleOf(pair: DeckPair, lang: UiLang): string {
  return typeof pair.title === 'string' ? pair.title : pair.title[lang];
}

/** "pair 3, bad: needs text": where in the file the first problem is, counted as a person counts. */
function describe(issues: readonly v.BaseIssue<unknown>[], m: Messages): string {
  const issue = issues[0];
  if (!issue) return m.object;
  const keys = issue.path?.map((item) => item.key) ?? [];
  const where: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const next = keys[i + 1];
    if ((key === 'pairs' || key === 'quiz') && typeof next === 'number') {
      where.push(`${key === 'pairs' ? m.pair : m.quizItem} ${next + 1}`);
      i++;
    } else if (typeof key === 'number') where.push(String(key + 1));
    else where.push(String(key));
  }
  return where.length > 0 ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

function duplicateId(items: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A stored deck, or what is wrong with it (nothing is repaired silently). */
export function parseStoredDeck(raw: unknown, lang: UiLang): Parsed<Deck> {
  const result = v.safeParse(SCHEMAS[lang].deck, raw);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problem: describe(result.issues, MESSAGES[lang]) };
}

/** One pair or quiz item as the deck editor built it, checked by the same rules as a deck file. */
export function parsePair(raw: unknown, lang: UiLang): Parsed<DeckPair> {
  const result = v.safeParse(SCHEMAS[lang].pair, raw);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problem: describe(result.issues, MESSAGES[lang]) };
}

export function parseQuizItem(raw: unknown, lang: UiLang): Parsed<QuizItem> {
  const result = v.safeParse(SCHEMAS[lang].quizItem, raw);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problem: describe(result.issues, MESSAGES[lang]) };
}

/**
 * Checks a deck before it is saved, by the rules it is read back with: null when it is fine, else one sentence
 * saying why it was refused. A deck saved past a limit would be unreadable on the next load.
 */
export function refusalOf(deck: Deck, lang: UiLang): string | null {
  const parsed = parseStoredDeck(deck, lang);
  const repeated = duplicateId(deck.pairs) ?? duplicateId(deck.quiz);
  if (parsed.ok && repeated === undefined) return null;
  const count = (n: number) => n.toLocaleString(lang);
  if (deck.pairs.length > MAX_PAIRS)
    return lang === 'nl'
      ? `Een deck heeft hoogstens ${MAX_PAIRS} paren; met deze wijziging zouden het er ${count(deck.pairs.length)} worden. Er is niets veranderd.`
      : `A deck holds at most ${MAX_PAIRS} pairs; this change would make ${count(deck.pairs.length)}. Nothing was changed.`;
  if (deck.quiz.length > MAX_QUIZ_ITEMS)
    return lang === 'nl'
      ? `Een deck heeft hoogstens ${MAX_QUIZ_ITEMS} quizvragen; met deze wijziging zouden het er ${count(deck.quiz.length)} worden. Er is niets veranderd.`
      : `A deck holds at most ${MAX_QUIZ_ITEMS} quiz items; this change would make ${count(deck.quiz.length)}. Nothing was changed.`;
  const problem = parsed.ok ? `id "${repeated}": ${MESSAGES[lang].duplicate}` : parsed.problem;
  return lang === 'nl'
    ? `Deze wijziging zou je deck onleesbaar maken (${problem}). Er is niets veranderd.`
    : `This change would leave your deck unreadable (${problem}). Nothing was changed.`;
}

export const MAX_DECK_FILE_BYTES = 2_000_000;

/** UTF-8 takes at least one byte per UTF-16 unit, so only a text that could be over the limit is encoded. */
function overLimit(text: string): boolean {
  if (text.length > MAX_DECK_FILE_BYTES) return true;
  return text.length * 3 > MAX_DECK_FILE_BYTES && new TextEncoder().encode(text).length > MAX_DECK_FILE_BYTES;
}

/**
 * Where a JSON parser stopped, from its message: the browser's own sentence is in the browser's language and
 * wording (Chromium "… at position 28 (line 1 column 29)", Firefox "… at line 1 column 29 of the JSON data"),
 * and it read as English in the middle of a Dutch one. Only the place is kept, for a trainer who edited a file.
 */
function whereJsonBroke(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d{1,9}) column (\d{1,9})/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d{1,9})/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** Reads a deck file's text: the deck, or one clear sentence about the first thing wrong with it. */
export function parseDeckFile(text: string, lang: UiLang): Parsed<DeckFile> {
  const m = MESSAGES[lang];
  // The limit is in bytes, as the file's size: a Dutch or emoji text has fewer characters than bytes.
  if (overLimit(text)) return { ok: false, problem: m.tooLarge };
  if (text.trim() === '') return { ok: false, problem: m.empty };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const at = whereJsonBroke(text, String((error as Error)?.message ?? ''));
    const where =
      at && m.lineColumn.replace('{line}', String(at.line)).replace('{column}', String(at.column));
    return { ok: false, problem: where ? `${m.notJson} (${where})` : m.notJson };
  }
  const result = v.safeParse(SCHEMAS[lang].file, raw);
  if (!result.success) return { ok: false, problem: describe(result.issues, m) };
  const pairId = duplicateId(result.output.pairs);
  if (pairId) return { ok: false, problem: `pairs, id "${pairId}": ${m.duplicate}` };
  const quizId = duplicateId(result.output.quiz);
  if (quizId) return { ok: false, problem: `quiz, id "${quizId}": ${m.duplicate}` };
  return { ok: true, value: result.output };
}

/**
 * Reads and checks a chosen file. Its size is known before reading: a file cut at the limit and then parsed
 * ended mid-string and was called broken JSON, and one of many non-ASCII characters was under the limit in
 * characters while over it in bytes.
 */
export async function readDeckFile(file: Blob, lang: UiLang): Promise<Parsed<DeckFile>> {
  if (file.size > MAX_DECK_FILE_BYTES) return { ok: false, problem: MESSAGES[lang].tooLarge };
  return parseDeckFile(await file.text(), lang);
}

export function toDeckFile(deck: Deck): DeckFile {
  return { format: DECK_FORMAT, version: DECK_VERSION, pairs: deck.pairs, quiz: deck.quiz };
}

/**
 * An imported deck joins the current one: items with an id already in the deck replace it where it stands,
 * new ones are added at the end in the file's order. Nothing else is removed.
 */
export function mergeDecks(deck: Deck, incoming: Pick<Deck, 'pairs' | 'quiz'>): Deck {
  const merge = <T extends { id: string }>(current: readonly T[], added: readonly T[]): T[] => {
    const byId = new Map(added.map((item) => [item.id, item]));
    const kept = current.map((item) => byId.get(item.id) ?? item);
    const known = new Set(current.map((item) => item.id));
    return [...kept, ...added.filter((item) => !known.has(item.id))];
  };
  return {
    version: DECK_VERSION,
    pairs: merge(deck.pairs, incoming.pairs),
    quiz: merge(deck.quiz, incoming.quiz),
  };
}

/** The same text for the same item, whatever order its keys were written in (the built-in ones differ). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : part,
  );
}

/**
 * What importing a file would do to the deck: how many items are new, which of the trainer's own items the
 * file's version (same id, another text) would replace, by name, and how many are there already as they are.
 * Another trainer's deck holds the built-in items' ids too, and replaced one's own edits of them unnamed.
 */
export function importSummary(
  deck: Deck,
  incoming: Pick<Deck, 'pairs' | 'quiz'>,
  lang: UiLang,
): { added: number; replaced: string[]; unchanged: number } {
  const summary = { added: 0, replaced: [] as string[], unchanged: 0 };
  const count = <T extends { id: string }>(
    current: readonly T[],
    added: readonly T[],
    name: (item: T) => string,
  ) => {
    const byId = new Map(current.map((item) => [item.id, item]));
    for (const item of added) {
      const mine = byId.get(item.id);
      if (!mine) summary.added += 1;
      else if (canonical(mine) === canonical(item)) summary.unchanged += 1;
      else summary.replaced.push(name(mine));
    }
  };
  count(deck.pairs, incoming.pairs, (pair) => titleOf(pair, lang));
  count(deck.quiz, incoming.quiz, (item) => shorten(item.text, 50));
  return summary;
}

/** Moves an item one place up (-1) or down (+1); at either end it stays. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** An item deleted a moment ago back where it was (or at the end, if the list has grown shorter). */
export function restored<T extends { id: string }>(items: readonly T[], item: T, index: number): T[] {
  if (items.some((x) => x.id === item.id)) return [...items];
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Replaces the item with the same id, or adds it at the end. */
export function upserted<T extends { id: string }>(items: readonly T[], item: T): T[] {
  return items.some((x) => x.id === item.id)
    ? items.map((x) => (x.id === item.id ? item : x))
    : [...items, item];
}
