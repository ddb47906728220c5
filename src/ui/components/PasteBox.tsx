import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import type { Strictness } from '../../analyzer/types';
import { useStrings } from '../i18n';
import { MessageCard } from './MessageCard';

/** "Check a message": any text, from anywhere, analysed as the user types or pastes. */
export function PasteBox({ initialText = '', strictness }: { initialText?: string; strictness: Strictness }) {
  const t = useStrings();
  const [text, setText] = useState(initialText);
  const [settled, setSettled] = useState(initialText);
  useEffect(() => setText(initialText), [initialText]);
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
    <section class="section" aria-labelledby="check-title">
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
        value={text}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
      />
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
