import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import type { Strictness } from '../../analyzer/types';
import { boundedInput, MESSAGE_INPUT_MAX } from '../bounded-input';
import { format, useLang, useStrings } from '../i18n';
import { MessageCard } from './MessageCard';

/** "Check a message": any text, from anywhere, analysed as the user types or pastes. */
export function PasteBox({
  initialText = '',
  reveal = false,
  strictness,
}: {
  initialText?: string;
  /** Picked text: the box sits below the page's messages, so it is scrolled into view to be seen at all. */
  reveal?: boolean;
  strictness: Strictness;
}) {
  const t = useStrings();
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (reveal) section.current?.scrollIntoView({ block: 'start' });
  }, [reveal]);
  const lang = useLang();
  const [input, setInput] = useState(() => boundedInput(initialText));
  const text = input.text;
  const [settled, setSettled] = useState(text);
  useEffect(() => setInput(boundedInput(initialText)), [initialText]);
  useEffect(() => {
    // Analysis is fast, but a 1 MB paste should not re-run on every keystroke.
    const timer = setTimeout(() => setSettled(text), text.length > 20_000 ? 300 : 60);
    return () => clearTimeout(timer);
  }, [text]);
  const verdict = useMemo(
    () => (settled.trim() ? analyze(settled, {}, { strictness }) : null),
    [settled, strictness],
  );
  return (
    <section class="section" aria-labelledby="check-title" ref={section}>
      <h2 id="check-title">{t.checkTitle}</h2>
      <p class="muted">{t.checkHint}</p>
      <label class="visually-hidden" for="check-input">
        {t.checkTitle}
      </label>
      <textarea
        id="check-input"
        class="paste"
        rows={4}
        placeholder={t.checkPlaceholder}
        maxLength={MESSAGE_INPUT_MAX}
        value={text}
        onInput={(event) => setInput(boundedInput((event.target as HTMLTextAreaElement).value))}
      />
      {input.cut && (
        <p class="notice" role="status" data-testid="cut-note">
          {format(t.cutNote, { n: MESSAGE_INPUT_MAX.toLocaleString(lang) })}
        </p>
      )}
      {verdict ? (
        <div class="paste-result" data-testid="paste-result">
          <MessageCard title={t.checkTitle} text={settled} verdict={verdict} open />
        </div>
      ) : (
        <p class="muted">{t.checkEmpty}</p>
      )}
    </section>
  );
}
