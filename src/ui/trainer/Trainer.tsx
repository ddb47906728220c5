import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { boundedInput, MESSAGE_INPUT_MAX } from '../bounded-input';
import { MessageCard } from '../components/MessageCard';
import { LangContext, format, resolveUiLang, useLang, type UiLang } from '../i18n';
import {
  BUILTIN_DECK,
  DeckRefusal,
  deleteSetAside,
  loadDeck,
  resetDeck,
  updateDeck,
  type SetAsideDeck,
} from '../stores/deck';
import { browserLanguage, loadSettings } from '../stores/settings';
import { anonymise } from './anonymise';
import type { Deck } from './deck';
import type { Draft } from './deck-draft';
import { DeckEditor } from './DeckEditor';
import { PairsView, type SlideState } from './PairsView';
import { QUIZ_START, QuizView, type QuizProgress, type QuizState } from './QuizView';
import { TRAINER_STRINGS, type TrainerStrings } from './strings';

type Mode = 'pairs' | 'live' | 'quiz' | 'deck';
const MODES: readonly Mode[] = ['pairs', 'live', 'quiz', 'deck'];
const MODE_LABEL: Record<Mode, 'modePairs' | 'modeLive' | 'modeQuiz' | 'modeDeck'> = {
  pairs: 'modePairs',
  live: 'modeLive',
  quiz: 'modeQuiz',
  deck: 'modeDeck',
};

/** The section named in the address (#quiz), so a trainer can reload or bookmark straight into it. */
function modeFromHash(): Mode {
  const named = location.hash.slice(1);
  return (MODES as readonly string[]).includes(named) ? (named as Mode) : 'pairs';
}

type Typed = { text: string; cut: boolean } | null;

function LiveEditor({
  t,
  strictness,
  typed,
  setTyped,
}: {
  t: TrainerStrings;
  strictness: Settings['strictness'];
  /** Until the trainer types, the sample is in the page's language (which is known once the settings load). */
  typed: Typed;
  setTyped: (typed: Typed) => void;
}) {
  const lang = useLang();
  const live = typed?.text ?? t.editorSample;
  const verdict = useMemo(
    () => (live.trim() ? analyze(live, { kind: 'first-message' }, { strictness }) : null),
    [live, strictness],
  );
  return (
    <section aria-labelledby="live-title">
      <h2 id="live-title">{t.modeLive}</h2>
      <p class="muted">{t.editorHint}</p>
      <label for="live-input" class="visually-hidden">
        {t.editorLabel}
      </label>
      <textarea
        id="live-input"
        class="paste"
        rows={3}
        maxLength={MESSAGE_INPUT_MAX}
        value={live}
        onInput={(e) => setTyped(boundedInput((e.target as HTMLTextAreaElement).value))}
      />
      {typed?.cut && (
        <p class="notice" role="status" data-testid="cut-note">
          {format(t.cutNote, { n: MESSAGE_INPUT_MAX.toLocaleString(lang) })}
        </p>
      )}
      {verdict && (
        <div data-testid="live-result">
          <MessageCard title={t.selgeSays} text={live} verdict={verdict} open />
        </div>
      )}
    </section>
  );
}

export function Trainer() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // Nothing is shown, and nothing can be edited, until the stored deck is read: an edit made on the built-in
  // deck shown meanwhile would be applied to the wrong deck, and a test reading the page would see it.
  const [deck, setDeck] = useState<Deck | null>(null);
  const [deckProblem, setDeckProblem] = useState<string | undefined>();
  const [setAside, setSetAside] = useState<SetAsideDeck[]>([]);
  const [mode, setMode] = useState<Mode>(modeFromHash);
  const [presenter, setPresenter] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [filter, setFilter] = useState<'all' | UiLang>('all');
  // Kept here, not in their views: a trainer who goes to the slides and back finds what they were writing.
  const [liveTyped, setLiveTyped] = useState<Typed>(null);
  const [deckDraft, setDeckDraft] = useState<Draft | null>(null);
  // The room's place and score in the quiz, for the deck, filter and name setting it was played with.
  const [slideAt, setSlideAt] = useState({ of: '', index: 0 });
  const [quizProgress, setQuizProgress] = useState<{ of: string; progress: QuizProgress }>({
    of: '',
    progress: QUIZ_START,
  });
  const lang: UiLang = resolveUiLang(settings.uiLanguage, browserLanguage());
  const t = TRAINER_STRINGS[lang];

  useEffect(() => {
    void loadSettings().then(async (loaded) => {
      setSettings(loaded);
      // Storage refusing to be read leaves the built-in deck to show, not an empty page.
      const stored = await loadDeck(resolveUiLang(loaded.uiLanguage, browserLanguage())).catch(() => ({
        deck: BUILTIN_DECK,
        problem: undefined,
        setAside: [],
      }));
      setDeck(stored.deck);
      setDeckProblem(stored.problem);
      setSetAside(stored.setAside);
    });
    const onHash = () => setMode(modeFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // Set as the page is drawn in its language, not after the paint: read at once (by a screen reader, the
  // browser's translate offer), Dutch text was still marked as English.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);

  /** Whether presenter mode took the screen: leaving full screen (Escape, F11) then leaves presenter mode too. */
  const tookFullscreen = useRef(false);
  const togglePresenter = async () => {
    const next = !presenter;
    setPresenter(next);
    try {
      if (next && !document.fullscreenElement) {
        await document.documentElement.requestFullscreen();
        tookFullscreen.current = true;
      }
      if (!next && document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Full screen can be refused (no user gesture, a kiosk); large type still applies.
    }
  };
  useEffect(() => {
    // Escape ends full screen without a word to the page; a checked "Presenter mode" on a small window with
    // hidden controls would then be out of step with the screen (issue 21).
    const onChange = () => {
      if (document.fullscreenElement || !tookFullscreen.current) return;
      tookFullscreen.current = false;
      setPresenter(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  /** Applies an edit to the latest stored deck; resolves to what to say (an error when nothing was saved). */
  const onSave = useCallback(
    async (edit: (latest: Deck) => Deck): Promise<{ error: string } | { changedElsewhere: boolean }> => {
      try {
        const saved = await updateDeck(deck ?? BUILTIN_DECK, edit, lang);
        setDeck(saved.deck);
        setDeckProblem(undefined);
        setSetAside(saved.setAside);
        return { changedElsewhere: saved.changedElsewhere };
      } catch (error) {
        if (error instanceof DeckRefusal) return { error: error.message };
        return { error: format(t.notSaved, { problem: String((error as Error)?.message ?? error) }) };
      }
    },
    [deck, lang, t],
  );

  const inFilter = (item: { lang: UiLang }) => filter === 'all' || item.lang === filter;
  const shownText = (text: string, item: { id: string; names: readonly string[]; lang: UiLang }) =>
    anonymous ? anonymise(text, item.names, item.lang, item.id) : text;
  // Analysed once per deck, filter and name switch, not on every key press elsewhere on the page.
  const pairs = useMemo(
    () =>
      (deck?.pairs ?? []).filter(inFilter).map((pair) => {
        const bad = shownText(pair.bad, pair);
        const good = shownText(pair.good, pair);
        return {
          pair,
          bad,
          good,
          badVerdict: analyze(bad, pair.context),
          goodVerdict: analyze(good, pair.context),
        };
      }),
    [deck, filter, anonymous],
  );
  const quiz = useMemo(
    () => (deck?.quiz ?? []).filter(inFilter).map((item) => ({ item, text: shownText(item.text, item) })),
    [deck, filter, anonymous],
  );
  // A new deck, filter or name setting starts the slides and the quiz from the top.
  const viewKey = `${filter}-${anonymous}-${deck?.pairs.length}-${deck?.quiz.length}`;
  const slideState: SlideState = [
    slideAt.of === viewKey ? slideAt.index : 0,
    (update) => setSlideAt((was) => ({ of: viewKey, index: update(was.of === viewKey ? was.index : 0) })),
  ];
  const quizState: QuizState = [
    quizProgress.of === viewKey ? quizProgress.progress : QUIZ_START,
    (update) =>
      setQuizProgress((was) => ({
        of: viewKey,
        progress: update(was.of === viewKey ? was.progress : QUIZ_START),
      })),
  ];

  return (
    <LangContext.Provider value={lang}>
      <main class={`app trainer ${presenter ? 'presenter' : ''}`} data-presenter={presenter ? 'on' : 'off'}>
        <header class="app-head trainer-head">
          <h1>{t.title}</h1>
          <div class="row trainer-controls">
            <label class="inline">
              <input type="checkbox" checked={presenter} onChange={() => void togglePresenter()} />
              {t.presenter}
            </label>
            <label class="inline">
              <input
                type="checkbox"
                checked={anonymous}
                onChange={(e) => setAnonymous((e.target as HTMLInputElement).checked)}
              />
              {t.anonymise}
            </label>
            <span class="inline-select">
              <label for="pair-filter">{t.filter}</label>
              <select
                id="pair-filter"
                value={filter}
                onChange={(e) => setFilter((e.target as HTMLSelectElement).value as typeof filter)}
              >
                <option value="all">{t.all}</option>
                <option value="en">English</option>
                <option value="nl">Nederlands</option>
              </select>
            </span>
          </div>
        </header>
        <nav class="modes" aria-label={t.modes}>
          {MODES.map((candidate) => (
            <a
              key={candidate}
              href={`#${candidate}`}
              class={candidate === mode ? 'mode mode-on' : 'mode'}
              aria-current={candidate === mode ? 'page' : undefined}
              data-testid={`mode-${candidate}`}
              // At once, not on the hashchange a task later: a clicker key pressed right after went to the last
              // screen (the link still sets the hash, so Back and a bookmark work as before).
              onClick={() => setMode(candidate)}
            >
              {t[MODE_LABEL[candidate]]}
            </a>
          ))}
        </nav>
        {mode === 'pairs' && !presenter && <p class="muted">{t.intro}</p>}
        {deckProblem && (
          <p class="notice notice-warn" role="alert">
            {format(t.storedUnreadable, { problem: deckProblem })}
          </p>
        )}
        {deck && mode === 'pairs' && (
          <PairsView key={viewKey} pairs={pairs} presenter={presenter} t={t} slide={slideState} />
        )}
        {mode === 'live' && (
          <LiveEditor t={t} strictness={settings.strictness} typed={liveTyped} setTyped={setLiveTyped} />
        )}
        {deck && mode === 'quiz' && <QuizView key={viewKey} items={quiz} t={t} state={quizState} />}
        {deck && mode === 'deck' && (
          <DeckEditor
            deck={deck}
            draft={deckDraft}
            setDraft={setDeckDraft}
            setAside={setAside}
            t={t}
            onSave={onSave}
            onReset={async () => {
              await resetDeck();
              setDeck(BUILTIN_DECK);
              setDeckProblem(undefined);
            }}
            onDeleteSetAside={async (id) => setSetAside(await deleteSetAside(id))}
          />
        )}
      </main>
    </LangContext.Provider>
  );
}
