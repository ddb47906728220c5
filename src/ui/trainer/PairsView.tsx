import { Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../analyzer/types';
import { MessageCard } from '../components/MessageCard';
import { format, useLang } from '../i18n';
import { titleOf, type DeckPair } from './deck';
import { usePresenterKeys } from './keys';
import { LangTag } from './LangTag';
import type { TrainerStrings } from './strings';

export interface ShownPair {
  pair: DeckPair;
  bad: string;
  good: string;
  badVerdict: Verdict;
  goodVerdict: Verdict;
}

interface CardsProps {
  shown: ShownPair;
  t: TrainerStrings;
  open?: boolean;
  concealed?: boolean;
}

function PairCards({ shown, t, open, concealed }: CardsProps) {
  return (
    <div class="pair-grid">
      <MessageCard
        title={t.pitchSlap}
        text={shown.bad}
        verdict={shown.badVerdict}
        open={open}
        concealed={concealed}
      />
      <MessageCard
        title={t.relationship}
        text={shown.good}
        verdict={shown.goodVerdict}
        open={open}
        concealed={concealed}
      />
    </div>
  );
}

function PairHeading({ pair, t, level }: { pair: DeckPair; t: TrainerStrings; level: 2 | 3 }) {
  const lang = useLang();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading class="pair-title">
      <LangTag lang={pair.lang} name={t.langName[pair.lang]} /> {titleOf(pair, lang)}
    </Heading>
  );
}

/** Every pair, one below the other, findings folded: for reading alone or preparing a session. */
function PairList({ pairs, t }: { pairs: readonly ShownPair[]; t: TrainerStrings }) {
  return (
    <>
      {pairs.map((shown) => (
        <section class="pair" key={shown.pair.id} data-testid="pair">
          <PairHeading pair={shown.pair} t={t} level={3} />
          <PairCards shown={shown} t={t} />
        </section>
      ))}
    </>
  );
}

/** One pair per screen, moved through with keys or a clicker; findings stay back until the trainer shows them. */
function PairSlides({
  pairs,
  t,
  slide,
}: {
  pairs: readonly ShownPair[];
  t: TrainerStrings;
  slide?: SlideState;
}) {
  const own = useState(0);
  const [index, setIndex] = slide ?? own;
  const [revealed, setRevealed] = useState(false);
  const at = Math.min(index, pairs.length - 1);
  // From the index as it is when the key lands, so two quick clicker presses move two pairs.
  const go = (to: (current: number) => number) => {
    setIndex((current) => Math.max(0, Math.min(pairs.length - 1, to(current))));
    setRevealed(false);
  };
  usePresenterKeys(true, (key) => {
    if (key === 'next') go((current) => current + 1);
    else if (key === 'previous') go((current) => current - 1);
    else if (key === 'first') go(() => 0);
    else if (key === 'last') go(() => pairs.length - 1);
    else setRevealed((shown) => !shown);
  });
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  // A button pressed with the keyboard that is now off (Next on the last pair) would hold a focus that goes
  // nowhere: the other way on takes it, before the browser drops it to the top of the page.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (focused === nextButton.current && nextButton.current?.disabled) previousButton.current?.focus();
    else if (focused === previousButton.current && previousButton.current?.disabled)
      nextButton.current?.focus();
  }, [at]);
  const shown = pairs[at];
  if (!shown) return null;
  // Only the pair is drawn anew on each slide: the buttons stay, and so does the focus of whoever pressed one.
  return (
    <section class="pair slide" data-testid="pair" aria-roledescription="slide">
      {/* Above the cards: revealed findings make a slide taller than the screen, and the buttons stay in reach. */}
      <div class="row slide-bar">
        <p class="slide-count" aria-live="polite" data-testid="slide-count">
          {format(t.pairOf, { n: at + 1, total: pairs.length })}
        </p>
        <div class="row slide-controls">
          <button
            type="button"
            ref={previousButton}
            onClick={() => go((current) => current - 1)}
            disabled={at === 0}
          >
            ← {t.previous}
          </button>
          <button type="button" data-testid="reveal" onClick={() => setRevealed(!revealed)}>
            {revealed ? t.hideFindings : t.showFindings}
          </button>
          <button
            type="button"
            class="primary"
            ref={nextButton}
            onClick={() => go((current) => current + 1)}
            disabled={at === pairs.length - 1}
          >
            {t.next} →
          </button>
        </div>
      </div>
      <Fragment key={shown.pair.id}>
        <PairHeading pair={shown.pair} t={t} level={2} />
        <PairCards shown={shown} t={t} open={revealed} concealed={!revealed} />
      </Fragment>
      <p class="muted">{t.presenterKeys}</p>
    </section>
  );
}

/** The pair on screen in presenter mode, when the page keeps it: back from the quiz, the trainer is where they were. */
export type SlideState = [number, (update: (was: number) => number) => void];

export function PairsView({
  pairs,
  presenter,
  t,
  slide,
}: {
  pairs: readonly ShownPair[];
  presenter: boolean;
  t: TrainerStrings;
  slide?: SlideState;
}) {
  if (pairs.length === 0) return <p class="notice">{t.noItems}</p>;
  return presenter ? <PairSlides pairs={pairs} t={t} slide={slide} /> : <PairList pairs={pairs} t={t} />;
}
