import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { MessageCard } from '../components/MessageCard';
import { LangContext, resolveUiLang, type UiLang } from '../i18n';
import { browserLanguage, loadSettings } from '../stores/settings';
import { PAIRS, anonymise } from './pairs';

const T = {
  en: {
    title: 'Selge trainer',
    intro:
      'Bad and good outreach for the same situation, scored live. Works offline; no LinkedIn account needed.',
    pairs: 'Side by side',
    pitchSlap: 'Pitch-slap',
    relationship: 'Relationship first',
    editor: 'Live editor',
    editorHint: 'Type or paste a message and watch the score and the underlines change.',
    editorLabel: 'Message to score',
    presenter: 'Presenter mode',
    anonymise: 'Hide names',
    quiz: 'Quiz',
    quizQuestion: 'Pitch or not?',
    answerPitch: 'Pitch',
    answerNot: 'Not a pitch',
    next: 'Next message',
    right: 'Right!',
    wrong: 'Not quite.',
    score: 'Score: {right} of {asked}',
    selgeSays: 'Selge says',
    filter: 'Language',
    all: 'All',
  },
  nl: {
    title: 'Selge-trainer',
    intro:
      'Slechte en goede outreach voor dezelfde situatie, live gescoord. Werkt offline; geen LinkedIn-account nodig.',
    pairs: 'Naast elkaar',
    pitchSlap: 'Pitch-slap',
    relationship: 'Relatie eerst',
    editor: 'Live-editor',
    editorHint: 'Typ of plak een bericht en zie de score en de onderstrepingen meebewegen.',
    editorLabel: 'Bericht om te scoren',
    presenter: 'Presentatiemodus',
    anonymise: 'Namen verbergen',
    quiz: 'Quiz',
    quizQuestion: 'Pitch of niet?',
    answerPitch: 'Pitch',
    answerNot: 'Geen pitch',
    next: 'Volgend bericht',
    right: 'Goed!',
    wrong: 'Net niet.',
    score: 'Score: {right} van {asked}',
    selgeSays: 'Selge zegt',
    filter: 'Taal',
    all: 'Alle',
  },
};

/** The quiz order: every pair's two messages, shuffled the same way each time (a trainer can rehearse it). */
function quizItems(anonymous: boolean) {
  const items = PAIRS.flatMap((pair) => [
    { id: `${pair.id}-bad`, text: pair.bad, pair },
    { id: `${pair.id}-good`, text: pair.good, pair },
  ]);
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i];
    const other = items[j];
    if (swap && other) {
      items[i] = other;
      items[j] = swap;
    }
  }
  return items.map((item) => ({
    ...item,
    text: anonymous ? anonymise(item.text, item.pair.names, item.pair.lang) : item.text,
  }));
}

export function Trainer() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [presenter, setPresenter] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [filter, setFilter] = useState<'all' | 'en' | 'nl'>('all');
  const [live, setLive] = useState('Hi! Do you have 15 minutes for a quick call this week?');
  const [quizIndex, setQuizIndex] = useState(0);
  const [answer, setAnswer] = useState<boolean | null>(null);
  const [tally, setTally] = useState({ right: 0, asked: 0 });
  const lang: UiLang = resolveUiLang(settings.uiLanguage, browserLanguage());
  const t = T[lang];

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);

  const togglePresenter = async () => {
    const next = !presenter;
    setPresenter(next);
    try {
      if (next && !document.fullscreenElement) await document.documentElement.requestFullscreen();
      if (!next && document.fullscreenElement) await document.exitFullscreen();
    } catch {
      // Full screen can be refused (no user gesture, a kiosk); large type still applies.
    }
  };

  const shown = (text: string, names: readonly string[], pairLang: 'en' | 'nl'): string =>
    anonymous ? anonymise(text, names, pairLang) : text;
  const liveVerdict = useMemo(
    () =>
      live.trim() ? analyze(live, { kind: 'first-message' }, { strictness: settings.strictness }) : null,
    [live, settings.strictness],
  );
  const items = useMemo(() => quizItems(anonymous), [anonymous]);
  // The pairs do not change while the trainer types in the live editor: analyse them once per name switch.
  const pairs = useMemo(
    () =>
      PAIRS.map((pair) => {
        const bad = shown(pair.bad, pair.names, pair.lang);
        const good = shown(pair.good, pair.names, pair.lang);
        return {
          pair,
          bad,
          good,
          badVerdict: analyze(bad, pair.context),
          goodVerdict: analyze(good, pair.context),
        };
      }),
    [anonymous],
  );
  const current = items[quizIndex % items.length] ?? items[0];
  if (!current) return null;
  const currentVerdict = analyze(current.text, current.pair.context);

  return (
    <LangContext.Provider value={lang}>
      <main class={`app trainer ${presenter ? 'presenter' : ''}`} data-presenter={presenter ? 'on' : 'off'}>
        <header class="app-head">
          <h1>{t.title}</h1>
          <div class="row">
            <label class="inline">
              <input type="checkbox" checked={presenter} onChange={() => void togglePresenter()} />{' '}
              {t.presenter}
            </label>
            <label class="inline">
              <input
                type="checkbox"
                checked={anonymous}
                onChange={(e) => setAnonymous((e.target as HTMLInputElement).checked)}
              />{' '}
              {t.anonymise}
            </label>
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
          </div>
        </header>
        <p class="muted">{t.intro}</p>

        <section class="section" aria-labelledby="live-title">
          <h2 id="live-title">{t.editor}</h2>
          <p class="muted">{t.editorHint}</p>
          <label for="live-input" class="visually-hidden">
            {t.editorLabel}
          </label>
          <textarea
            id="live-input"
            class="paste"
            rows={3}
            value={live}
            onInput={(e) => setLive((e.target as HTMLTextAreaElement).value)}
          />
          {liveVerdict && (
            <div data-testid="live-result">
              <MessageCard title={t.selgeSays} text={live} verdict={liveVerdict} open />
            </div>
          )}
        </section>

        <section class="section" aria-labelledby="pairs-title">
          <h2 id="pairs-title">{t.pairs}</h2>
          {pairs
            .filter(({ pair }) => filter === 'all' || pair.lang === filter)
            .map(({ pair, bad, good, badVerdict, goodVerdict }) => (
              <div class="pair" key={pair.id} data-testid="pair">
                <h3>{pair.situation[lang]}</h3>
                <div class="pair-grid">
                  <MessageCard title={t.pitchSlap} text={bad} verdict={badVerdict} open={presenter} />
                  <MessageCard title={t.relationship} text={good} verdict={goodVerdict} open={presenter} />
                </div>
              </div>
            ))}
        </section>

        <section class="section" aria-labelledby="quiz-title">
          <h2 id="quiz-title">{t.quiz}</h2>
          <p data-testid="quiz-score">
            {t.score.replace('{right}', String(tally.right)).replace('{asked}', String(tally.asked))}
          </p>
          <p class="reply" dir="auto" data-testid="quiz-text">
            {current.text}
          </p>
          {answer === null ? (
            <div class="row" role="group" aria-label={t.quizQuestion}>
              <span>{t.quizQuestion}</span>
              {[true, false].map((guess) => (
                <button
                  key={String(guess)}
                  type="button"
                  onClick={() => {
                    setAnswer(guess);
                    const right = guess === (currentVerdict.verdict === 'pitch');
                    setTally({ right: tally.right + (right ? 1 : 0), asked: tally.asked + 1 });
                  }}
                >
                  {guess ? t.answerPitch : t.answerNot}
                </button>
              ))}
            </div>
          ) : (
            <div data-testid="quiz-reveal">
              <p role="status">{answer === (currentVerdict.verdict === 'pitch') ? t.right : t.wrong}</p>
              <MessageCard title={t.selgeSays} text={current.text} verdict={currentVerdict} open />
              <button
                type="button"
                onClick={() => {
                  setAnswer(null);
                  setQuizIndex(quizIndex + 1);
                }}
              >
                {t.next}
              </button>
            </div>
          )}
        </section>
      </main>
    </LangContext.Provider>
  );
}
