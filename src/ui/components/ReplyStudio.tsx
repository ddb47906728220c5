import { useMemo, useState } from 'preact/hooks';
import type { InsertMode, InsertReply } from '../../shared/protocol';
import { firstNameOf, guessOffer, renderTemplate } from '../../replies/render';
import { intentsFor } from '../../replies/templates';
import type { ReplyIntent, ReplyLang, ReplySlots, ReplyTemplate } from '../../replies/types';
import { useStrings, type Strings } from '../i18n';

export interface ReplyTarget {
  /** Who the reply goes to, as LinkedIn shows the name. */
  name: string;
  text: string;
  verdict: 'ok' | 'borderline' | 'pitch' | undefined;
  lang: ReplyLang;
}

interface Props {
  target: ReplyTarget;
  templates: readonly ReplyTemplate[];
  mySituation: ReplySlots['mySituation'];
  myName: string;
  /** Absent where there is no LinkedIn field to insert into (the paste box, another site). */
  onInsert?: (text: string, mode: InsertMode) => Promise<InsertReply>;
  onCopy: (text: string) => Promise<boolean>;
}

const INTENT_LABEL: Record<ReplyIntent, keyof Strings> = {
  listen: 'intent_listen',
  'easy-yes': 'intent_easyYes',
  decline: 'intent_decline',
  humour: 'intent_humour',
};

/** Replies chosen by the situation; "Another one" varies; copy, or insert into LinkedIn (the user sends). */
export function ReplyStudio({ target, templates, mySituation, myName, onInsert, onCopy }: Props) {
  const t = useStrings();
  const intents = intentsFor(target.verdict);
  const [intent, setIntent] = useState<ReplyIntent>(intents[0] ?? 'listen');
  const [lang, setLang] = useState<ReplyLang>(target.lang);
  const [turn, setTurn] = useState(0);
  const [status, setStatus] = useState<{ kind: 'info' | 'error' | 'confirm'; text: string } | null>(null);

  const choices = useMemo(
    () => templates.filter((template) => template.intent === intent && template.lang === lang),
    [templates, intent, lang],
  );
  const template = choices.length > 0 ? choices[turn % choices.length] : undefined;
  const slots: ReplySlots = {
    firstName: firstNameOf(target.name),
    theirOffer: guessOffer(target.text, lang),
    myName,
    mySituation,
  };
  const reply = template ? renderTemplate(template, slots) : '';

  const insert = async (mode: InsertMode) => {
    if (!onInsert) return;
    const result = await onInsert(reply, mode);
    if (result.ok) setStatus({ kind: 'info', text: t.inserted });
    else if (result.reason === 'draft-not-empty') setStatus({ kind: 'confirm', text: t.draftExists });
    else setStatus({ kind: 'error', text: result.message });
  };

  return (
    <section class="section studio" aria-labelledby="studio-title">
      <h2 id="studio-title">
        {t.repliesTitle}: {t.replyTo} <bdi>{target.name || '…'}</bdi>
      </h2>
      <div class="tabs" role="tablist" aria-label={t.repliesTitle}>
        {intents.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={candidate === intent}
            class={candidate === intent ? 'tab tab-on' : 'tab'}
            data-intent={candidate}
            onClick={() => {
              setIntent(candidate);
              setTurn(0);
              setStatus(null);
            }}
          >
            {t[INTENT_LABEL[candidate]]}
          </button>
        ))}
      </div>
      <div class="row">
        <label for="reply-lang">{t.replyLanguage}</label>
        <select
          id="reply-lang"
          value={lang}
          onChange={(event) => setLang((event.target as HTMLSelectElement).value as ReplyLang)}
        >
          <option value="en">English</option>
          <option value="nl">Nederlands</option>
        </select>
      </div>
      <p class="reply" role="tabpanel" dir="auto" data-testid="reply-text" data-template={template?.id ?? ''}>
        {reply}
      </p>
      <div class="row">
        <button type="button" onClick={() => setTurn((value) => value + 1)} disabled={choices.length < 2}>
          {t.anotherOne}
        </button>
        <button
          type="button"
          onClick={async () =>
            setStatus(
              (await onCopy(reply))
                ? { kind: 'info', text: t.copied }
                : { kind: 'error', text: t.copyFailed },
            )
          }
        >
          {t.copy}
        </button>
        {onInsert && (
          <button type="button" class="primary" onClick={() => insert('if-empty')}>
            {t.insert}
          </button>
        )}
      </div>
      {status && (
        <div class={`status status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          <p>{status.text}</p>
          {status.kind === 'confirm' && (
            <div class="row">
              <button type="button" onClick={() => insert('replace')}>
                {t.replaceDraft}
              </button>
              <button type="button" onClick={() => insert('at-caret')}>
                {t.addAtCursor}
              </button>
              <button type="button" onClick={() => setStatus(null)}>
                {t.cancel}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
