import { useLayoutEffect, useRef } from 'preact/hooks';
import { analyze } from '../../analyzer';
import type { MessageContext } from '../../analyzer/types';
import { FileButton } from '../components/FileButton';
import { downloadJson } from '../download';
import { VerdictBadge } from '../components/VerdictBadge';
import { shorten } from '../shorten';
import { format, plural, useLang } from '../i18n';
import {
  importSummary,
  mergeDecks,
  moved,
  readDeckFile,
  restored,
  titleOf,
  toDeckFile,
  type Deck,
  type DeckPair,
  type QuizItem,
} from './deck';
import { setAsideFile, type SetAsideDeck } from '../stores/deck';
import { useUndoChain } from '../undo-chain';
import {
  KINDS,
  WORK_MODES,
  contextFrom,
  itemOfDraft,
  isChanged,
  pairDraft,
  quizDraft,
  withItem,
  type ContextDraft,
  type Draft,
  type Kind,
  type WorkMode,
} from './deck-draft';
import { LangTag } from './LangTag';
import type { TrainerStrings } from './strings';

function Preview({ text, context }: { text: string; context: MessageContext }) {
  if (!text.trim()) return null;
  return (
    <p class="muted">
      <VerdictBadge verdict={analyze(text, context)} />
    </p>
  );
}

function ContextFields({
  draft,
  set,
  t,
}: {
  draft: ContextDraft;
  set: (patch: Partial<ContextDraft>) => void;
  t: TrainerStrings;
}) {
  return (
    <>
      <div class="row">
        <div class="field">
          <label for="deck-lang">{t.messageLang}</label>
          <select
            id="deck-lang"
            value={draft.lang}
            onChange={(e) => set({ lang: (e.target as HTMLSelectElement).value as 'en' | 'nl' })}
          >
            <option value="en">English</option>
            <option value="nl">Nederlands</option>
          </select>
        </div>
        <div class="field">
          <label for="deck-kind">{t.kind}</label>
          <select
            id="deck-kind"
            value={draft.kind}
            onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as Kind })}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="deck-work">{t.workMode}</label>
          <select
            id="deck-work"
            value={draft.workMode}
            onChange={(e) => set({ workMode: (e.target as HTMLSelectElement).value as WorkMode })}
          >
            {WORK_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t.workModes[mode]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {draft.kind === 'first-message' && (
        <label class="inline field">
          <input
            type="checkbox"
            checked={draft.firstAfterConnect}
            onChange={(e) => set({ firstAfterConnect: (e.target as HTMLInputElement).checked })}
          />
          {t.firstAfterConnect}
        </label>
      )}
      {(draft.kind === 'follow-up' || draft.kind === 'reply') && (
        <div class="field">
          <label for="deck-earlier">{draft.kind === 'follow-up' ? t.earlierFollowUp : t.earlierReply}</label>
          <textarea
            id="deck-earlier"
            class="wide"
            rows={2}
            value={draft.earlier}
            onInput={(e) => set({ earlier: (e.target as HTMLTextAreaElement).value })}
          />
        </div>
      )}
    </>
  );
}

function MessageField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  context: MessageContext;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        class="wide"
        rows={3}
        value={props.value}
        onInput={(e) => props.onInput((e.target as HTMLTextAreaElement).value)}
      />
      <Preview text={props.value} context={props.context} />
    </div>
  );
}

/** The form for one pair or quiz message; it stays open with the trainer's text when a check fails. */
function DraftForm({
  draft,
  setDraft,
  onSave,
  onCancel,
  t,
}: {
  draft: Draft;
  setDraft: (draft: Draft) => void;
  onSave: () => void;
  onCancel: () => void;
  t: TrainerStrings;
}) {
  const set = (patch: Partial<ContextDraft>) => setDraft({ ...draft, ...patch });
  const context = contextFrom(draft, draft.original?.context);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens above the list: the cursor goes in its first field as it is drawn. After the paint, on a busy
  // machine, it took the cursor from the field the trainer had clicked into meanwhile, and their words with it.
  useLayoutEffect(() => {
    const form = formRef.current;
    if (form && !form.contains(document.activeElement))
      form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [draft.type, draft.original]);
  return (
    <form
      ref={formRef}
      class="card deck-form"
      data-testid="deck-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {draft.type === 'pair' && (
        <div class="field">
          <label for="deck-title">{t.heading}</label>
          <input
            id="deck-title"
            type="text"
            maxLength={120}
            value={draft.title}
            onInput={(e) => setDraft({ ...draft, title: (e.target as HTMLInputElement).value })}
          />
        </div>
      )}
      <ContextFields draft={draft} set={set} t={t} />
      {draft.type === 'pair' ? (
        <>
          <MessageField
            id="deck-bad"
            label={t.bad}
            value={draft.bad}
            onInput={(bad) => setDraft({ ...draft, bad })}
            context={context}
          />
          <MessageField
            id="deck-good"
            label={t.good}
            value={draft.good}
            onInput={(good) => setDraft({ ...draft, good })}
            context={context}
          />
        </>
      ) : (
        <>
          <MessageField
            id="deck-text"
            label={t.text}
            value={draft.text}
            onInput={(text) => setDraft({ ...draft, text })}
            context={context}
          />
          <fieldset class="field">
            <legend>{t.answer}</legend>
            {[true, false].map((pitch) => (
              <label class="inline" key={String(pitch)}>
                <input
                  type="radio"
                  name="deck-answer"
                  checked={draft.pitch === pitch}
                  onChange={() => setDraft({ ...draft, pitch })}
                />
                {pitch ? t.answerPitch : t.answerNot}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <div class="field">
        <label for="deck-names">{t.names}</label>
        <input
          id="deck-names"
          type="text"
          value={draft.names}
          onInput={(e) => set({ names: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

interface ListProps<T> {
  title: string;
  testId: string;
  items: readonly T[];
  label: (item: T) => string;
  lang: (item: T) => 'en' | 'nl';
  onEdit: (item: T) => void;
  /** Moves the item with this id one place up (-1) or down (+1), in the deck as stored. */
  onMove: (id: string, by: -1 | 1) => void;
  onDelete: (item: T) => void;
  t: TrainerStrings;
}

/** The deck's items in their order, each with edit, move and delete. */
function ItemList<T extends { id: string }>({
  title,
  testId,
  items,
  label,
  lang,
  onEdit,
  onMove,
  onDelete,
  t,
}: ListProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  // An item moved to the top (or the bottom) turns off the button just pressed, and the browser then drops the
  // focus to the top of the page: the other way takes it, so the keyboard stays on the item.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLButtonElement) || !focused.disabled || !list.current?.contains(focused))
      return;
    focused.parentElement?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)')?.focus();
  }, [items]);
  return (
    <ol class="deck-list" data-testid={testId} aria-label={title} ref={list}>
      {items.map((item, index) => (
        <li key={item.id} class="deck-item" data-item={item.id}>
          <div class="deck-item-row">
            <span class="deck-item-title" dir="auto">
              <LangTag lang={lang(item)} name={t.langName[lang(item)]} /> {label(item)}
            </span>
            <span class="row">
              <button type="button" aria-label={`${t.edit}: ${label(item)}`} onClick={() => onEdit(item)}>
                {t.edit}
              </button>
              <button
                type="button"
                aria-label={`${t.moveUp}: ${label(item)}`}
                data-move
                disabled={index === 0}
                onClick={() => onMove(item.id, -1)}
              >
                ↑ {t.moveUp}
              </button>
              <button
                type="button"
                aria-label={`${t.moveDown}: ${label(item)}`}
                data-move
                disabled={index === items.length - 1}
                onClick={() => onMove(item.id, 1)}
              >
                ↓ {t.moveDown}
              </button>
              <button type="button" aria-label={`${t.delete}: ${label(item)}`} onClick={() => onDelete(item)}>
                {t.delete}
              </button>
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}

interface Props {
  deck: Deck;
  /** The form being written: kept by the page, so going to the slides and back does not lose it. */
  draft: Draft | null;
  setDraft: (draft: Draft | null) => void;
  /** Stored decks that could not be read, kept for the trainer to download. */
  setAside: readonly SetAsideDeck[];
  t: TrainerStrings;
  /** Applies an edit to the latest stored deck; resolves to an error to show, or what happened. */
  onSave: (edit: (latest: Deck) => Deck) => Promise<{ error: string } | { changedElsewhere: boolean }>;
  onReset: () => Promise<void>;
  onDeleteSetAside: (id: string) => Promise<void>;
}

/** Moves the item with this id, wherever it is in the latest deck; one another tab deleted stays deleted. */
function movedById<T extends { id: string }>(items: readonly T[], id: string, by: -1 | 1): T[] {
  return moved(
    items,
    items.findIndex((item) => item.id === id),
    by,
  );
}

/** The decks Selge could not read, each to download (to mend and import again) or delete. */
function SetAsideList({
  decks,
  t,
  onDelete,
}: {
  decks: readonly SetAsideDeck[];
  t: TrainerStrings;
  onDelete: (id: string) => Promise<void>;
}) {
  const lang = useLang();
  if (decks.length === 0) return null;
  return (
    <section class="section" aria-labelledby="deck-set-aside">
      <h2 id="deck-set-aside">{t.setAsideTitle}</h2>
      <p class="muted">{t.setAsideIntro}</p>
      <ul class="deck-list">
        {decks.map((entry, index) => {
          const when = entry.at
            ? format(t.setAsideOn, {
                date: new Date(entry.at).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }),
              })
            : t.setAsideEarlier;
          return (
            <li key={entry.id} class="deck-item">
              <div class="deck-item-row">
                <span class="deck-item-title">
                  {entry.problem ? format(t.setAsideItem, { when, problem: entry.problem }) : when}
                </span>
                <span class="row">
                  <button
                    type="button"
                    onClick={() =>
                      downloadJson(`selge-trainer-deck-set-aside-${index + 1}.json`, setAsideFile(entry))
                    }
                  >
                    {format(t.setAsideDownload, { when })}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      if (confirm(t.setAsideConfirm)) void onDelete(entry.id);
                    }}
                  >
                    {format(t.setAsideDelete, { when })}
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface Status {
  kind: 'info' | 'error';
  text: string;
}

/** One of the deck's two lists, pairs or quiz messages, which are deleted and put back the same way. */
interface DeckList<T extends { id: string }> {
  of: (deck: Deck) => readonly T[];
  with: (deck: Deck, items: T[]) => Deck;
}

const LISTS: { pairs: DeckList<DeckPair>; quiz: DeckList<QuizItem> } = {
  pairs: { of: (deck) => deck.pairs, with: (deck, pairs) => ({ ...deck, pairs }) },
  quiz: { of: (deck) => deck.quiz, with: (deck, quiz) => ({ ...deck, quiz }) },
};

/** Trainers bring their own examples: add, edit, order and delete pairs and quiz messages; export and import. */
export function DeckEditor({ deck, draft, setDraft, setAside, t, onSave, onReset, onDeleteSetAside }: Props) {
  const lang = useLang();
  // Deletes can be undone, each in turn: one Enter on the wrong button in front of a room lost a pair for good.
  const chain = useUndoChain<Status>();
  const { status, show: setStatus } = chain;
  /** What opened the form (Add or Edit), where the focus goes back when it closes. */
  const opener = useRef<HTMLElement | null>(null);
  const openDraft = (next: Draft) => {
    // Edit or Add on another item while the form holds changes: asked, not thrown away.
    if (draft && isChanged(draft, lang) && !confirm(t.discardDraft)) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDraft(next);
  };
  const closeDraft = () => {
    setDraft(null);
    if (opener.current?.isConnected) opener.current.focus();
  };

  /**
   * `done` may be worked out by the edit, on the latest deck (what an import replaced is known only then).
   * `shown` says it: a delete's status and an undo's keep the deletes Undo can put back; the others end them.
   */
  const save = async (
    edit: (latest: Deck) => Deck,
    done: string | (() => string),
    shown: (status: Status) => void = setStatus,
  ): Promise<boolean> => {
    const result = await onSave(edit);
    if ('error' in result) {
      shown({ kind: 'error', text: result.error });
      return false;
    }
    const said = typeof done === 'function' ? done() : done;
    shown({ kind: 'info', text: result.changedElsewhere ? `${said} ${t.changedElsewhere}` : said });
    return true;
  };

  const latestSave = useRef(save);
  latestSave.current = save;

  const submit = async () => {
    if (!draft) return;
    // Checked once, here, so the item (and a new one's id) is the same whatever deck it is saved into.
    const item = itemOfDraft(draft, lang);
    if (!item.ok) return setStatus({ kind: 'error', text: format(t.notSaved, { problem: item.problem }) });
    if (await save((latest) => withItem(latest, item.value), t.saved)) closeDraft();
  };

  /** Deletes at once (no dialog on the projector) and offers Undo, which puts the item back in its place. */
  const remove = <T extends { id: string }>(list: DeckList<T>, item: T, title: string) => {
    const at = list.of(deck).indexOf(item);
    const undo = async () => {
      // This render's save knows the deck from before the delete, and would call the delete "another tab's".
      const back = await latestSave.current(
        (latest) => list.with(latest, restored(list.of(latest), item, at)),
        format(t.restoredItem, { title }),
        (said) => (said.kind === 'error' ? chain.showKept(said) : chain.showRestored(said)),
      );
      if (back) document.querySelector<HTMLElement>(`li[data-item="${CSS.escape(item.id)}"] button`)?.focus();
      return back;
    };
    void save(
      (latest) =>
        list.with(
          latest,
          list.of(latest).filter((x) => x.id !== item.id),
        ),
      format(t.deletedItem, { title }),
      (said) => (said.kind === 'error' ? chain.showKept(said) : chain.showDeleted(said, undo)),
    );
  };

  const exportDeck = () => downloadJson('selge-trainer-deck.json', toDeckFile(deck));

  const importDeck = async (file: File) => {
    const parsed = await readDeckFile(file, lang);
    if (!parsed.ok)
      return setStatus({ kind: 'error', text: format(t.importFailed, { problem: parsed.problem }) });
    let summary = { added: 0, replaced: [] as string[], unchanged: 0 };
    await save(
      (latest) => {
        summary = importSummary(latest, parsed.value, lang);
        return mergeDecks(latest, parsed.value);
      },
      () => {
        const { added, replaced, unchanged } = summary;
        if (added === 0 && replaced.length === 0 && unchanged > 0) return t.importNothing;
        const titles = replaced.slice(0, 5).map((title) => `“${title}”`);
        if (replaced.length > 5) titles.push('…');
        return [
          added > 0 || replaced.length === 0 ? plural(lang, added, t.imported) : '',
          replaced.length > 0
            ? format(plural(lang, replaced.length, t.importReplaced), { titles: titles.join(', ') })
            : '',
          unchanged > 0 ? plural(lang, unchanged, t.importSame) : '',
        ]
          .filter(Boolean)
          .join(' ');
      },
    );
  };

  const form = draft && (
    <DraftForm draft={draft} setDraft={setDraft} onSave={() => void submit()} onCancel={closeDraft} t={t} />
  );
  return (
    <div class="deck-editor">
      <p class="muted">{t.deckIntro}</p>
      {status && (
        <p
          class={`status status-${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid="deck-status"
        >
          {status.text}
          {chain.undone && chain.undoable > 0 && ` ${t.undoEarlier}`}
          {chain.undoable > 0 && (
            <>
              {' '}
              <button type="button" ref={chain.undoButton} onClick={chain.undo} data-testid="deck-undo">
                {t.undo}
              </button>
            </>
          )}
        </p>
      )}
      <section class="section" aria-labelledby="deck-pairs">
        <h2 id="deck-pairs">{t.pairs}</h2>
        {draft?.type === 'pair' && form}
        <ItemList
          title={t.pairs}
          testId="deck-pairs"
          items={deck.pairs}
          label={(pair) => titleOf(pair, lang)}
          lang={(pair) => pair.lang}
          onEdit={(pair) => openDraft(pairDraft(pair, lang))}
          onMove={(id, by) =>
            void save((latest) => ({ ...latest, pairs: movedById(latest.pairs, id, by) }), t.saved)
          }
          onDelete={(pair) => remove(LISTS.pairs, pair, titleOf(pair, lang))}
          t={t}
        />
        <div class="row">
          <button type="button" onClick={() => openDraft(pairDraft(null, lang))}>
            {t.addPair}
          </button>
        </div>
      </section>
      <section class="section" aria-labelledby="deck-quiz">
        <h2 id="deck-quiz">{t.quizItems}</h2>
        {draft?.type === 'quiz' && form}
        <ItemList
          title={t.quizItems}
          testId="deck-quiz"
          items={deck.quiz}
          label={(item) => `${item.pitch ? t.answerPitch : t.answerNot}: ${shorten(item.text, 70)}`}
          lang={(item) => item.lang}
          onEdit={(item) => openDraft(quizDraft(item, lang))}
          onMove={(id, by) =>
            void save((latest) => ({ ...latest, quiz: movedById(latest.quiz, id, by) }), t.saved)
          }
          onDelete={(item) => remove(LISTS.quiz, item, shorten(item.text, 70))}
          t={t}
        />
        <div class="row">
          <button type="button" onClick={() => openDraft(quizDraft(null, lang))}>
            {t.addQuizItem}
          </button>
        </div>
      </section>
      <SetAsideList decks={setAside} t={t} onDelete={onDeleteSetAside} />
      <section class="section row">
        <button type="button" onClick={exportDeck}>
          {t.exportDeck}
        </button>
        <FileButton id="deck-import" label={t.importDeck} onFile={(file) => void importDeck(file)} />
        <button
          type="button"
          onClick={() => {
            // The open form belongs to the deck being replaced: saved after, it put its pair into the built-in
            // examples (or an edited one back). It closes with the reset, and what was typed in it is asked about.
            if (!confirm(draft && isChanged(draft, lang) ? t.resetConfirmDraft : t.resetConfirm)) return;
            void onReset().then(
              () => {
                setDraft(null);
                setStatus({ kind: 'info', text: t.resetDone });
              },
              (error: unknown) =>
                setStatus({
                  kind: 'error',
                  text: format(t.notSaved, { problem: String((error as Error)?.message ?? error) }),
                }),
            );
          }}
        >
          {t.reset}
        </button>
      </section>
    </div>
  );
}
