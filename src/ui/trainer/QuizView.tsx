import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import { MessageCard } from '../components/MessageCard';
import { format } from '../i18n';
import type { QuizItem } from './deck';
import { usePresenterKeys } from './keys';
import { LangTag } from './LangTag';
import type { TrainerStrings } from './strings';

export interface ShownQuizItem {
  item: QuizItem;
  /** The text as the room sees it (names hidden when the trainer hides them). */
  text: string;
}

/** Where the room is in the quiz: the message on screen, the room's answer to it (null: not yet), the score. */
export interface QuizProgress {
  index: number;
  answer: boolean | null;
  right: number;
  asked: number;
}
export const QUIZ_START: QuizProgress = { index: 0, answer: null, right: 0, asked: 0 };
export type QuizState = [QuizProgress, (update: (was: QuizProgress) => QuizProgress) => void];

/**
 * The quiz: one message at a time, in the deck's order. The room answers, the trainer clicks the room's
 * answer, and the answer and Selge's findings are revealed; the room's score runs along. `state`, when the
 * page keeps it, outlives the view: a look at the pairs in the middle of a quiz does not start it over.
 */
export function QuizView({
  items,
  t,
  state,
}: {
  items: readonly ShownQuizItem[];
  t: TrainerStrings;
  state?: QuizState;
}) {
  const own = useState<QuizProgress>(QUIZ_START);
  const [progress, update] = state ?? own;
  const { index, answer } = progress;
  const tally = { right: progress.right, asked: progress.asked };
  const current = items[index];
  const verdict = useMemo(
    () => (current && answer !== null ? analyze(current.text, current.item.context) : null),
    [current, answer],
  );
  const next = () => update((was) => ({ ...was, answer: null, index: was.index + 1 }));
  // A clicker has two buttons: before the reveal they are the room's answer (PageUp: a pitch, PageDown: not a
  // pitch), after it either goes on. The arrow keys only go on, so a keyboard user does not answer by accident.
  usePresenterKeys(current !== undefined, (key, pressed) => {
    if (answer === null) {
      if (pressed === 'PageUp') answered(true);
      else if (pressed === 'PageDown') answered(false);
    } else if (key === 'next' || pressed === 'PageUp') next();
  });

  // The button pressed gives way to the next screen's (the answers to the reveal, the reveal to the next
  // message): the focus follows, so a trainer on Tab and Enter goes on from where they are, not from the top.
  // Not after a clicker's key, whose focus is on the page: a ring would then appear on the projector.
  const section = useRef<HTMLElement>(null);
  const pressed = useRef(false);
  const byButton = (action: () => void) => () => {
    pressed.current = true;
    action();
  };
  useLayoutEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    // The message, not an answer: a second Enter must not answer for the room.
    section.current?.querySelector<HTMLElement>('[data-focus-next]')?.focus();
  }, [index, answer]);

  function answered(guess: boolean) {
    if (!current) return;
    const right = guess === current.item.pitch ? 1 : 0;
    update((was) => ({ ...was, answer: guess, right: was.right + right, asked: was.asked + 1 }));
  }

  if (items.length === 0) return <p class="notice">{t.noItems}</p>;
  const score = (
    <p class="quiz-score" data-testid="quiz-score" aria-live="polite">
      {format(t.roomScore, tally)}
    </p>
  );
  if (!current)
    return (
      <section class="quiz" aria-labelledby="quiz-done" ref={section}>
        {score}
        <p id="quiz-done">{t.quizDone}</p>
        <button
          type="button"
          class="primary"
          data-focus-next
          onClick={byButton(() => update(() => QUIZ_START))}
        >
          {t.restart}
        </button>
      </section>
    );

  return (
    <section class="quiz" aria-labelledby="quiz-count" data-testid="quiz" ref={section}>
      {index === 0 && answer === null && <p class="muted">{t.quizIntro}</p>}
      {score}
      <p class="slide-count" id="quiz-count">
        <LangTag lang={current.item.lang} name={t.langName[current.item.lang]} />{' '}
        {format(t.questionOf, { n: index + 1, total: items.length })}
      </p>
      {answer === null ? (
        <>
          <p class="reply quiz-text" dir="auto" data-testid="quiz-text" tabIndex={-1} data-focus-next>
            {current.text}
          </p>
          <div class="row quiz-answers" role="group" aria-label={t.quizQuestion}>
            <span>{t.quizQuestion}</span>
            <button type="button" onClick={byButton(() => answered(true))}>
              {t.answerPitch}
            </button>
            <button type="button" onClick={byButton(() => answered(false))}>
              {t.answerNot}
            </button>
          </div>
          <p class="muted quiz-clicker">{t.quizClicker}</p>
        </>
      ) : (
        <div data-testid="quiz-reveal">
          {/* The way on above the findings, which make the screen taller than a projector's (issue 21). */}
          <div class="row slide-bar">
            <p role="status" class={answer === current.item.pitch ? 'quiz-right' : 'quiz-wrong'}>
              <strong>
                {answer === current.item.pitch ? t.right : t.wrong} “{answer ? t.answerPitch : t.answerNot}”.
              </strong>{' '}
              {t.itWas} {current.item.pitch ? t.itWasPitch : t.itWasNot}
            </p>
            <button type="button" class="primary" onClick={byButton(next)} data-focus-next>
              {t.nextQuestion} →
            </button>
          </div>
          <MessageCard title={t.selgeSays} text={current.text} verdict={verdict} open />
          <p class="muted">{t.quizKeys}</p>
        </div>
      )}
    </section>
  );
}
