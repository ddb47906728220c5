import { useMemo, useState } from 'preact/hooks';
import type { InsertMode, InsertReply } from '../../shared/protocol';
import { firstNameOf, guessOffer, renderTemplate } from '../../replies/render';
import { intentsFor } from '../../replies/templates';
import type { ReplyIntent, ReplyLang, ReplySlots, ReplyTemplate } from '../../replies/types';
import { useStrings, type Strings } from '../i18n';
import type { ReplyTarget } from '../reply-target';

interface Props {
  /** What the reply answers. Render the studio with `key={target.key}`: its choices belong to one target. */
  target: ReplyTarget;
  /** Everything the user could answer instead (the target among them). */
  choices: readonly ReplyTarget[];
  onChoose: (key: string) => void;
  templates: readonly ReplyTemplate[];
  mySituation: ReplySlots['mySituation'];
  myName: string;
  /** Absent where there is no LinkedIn field to insert into (the paste box, another site). */
  onInsert?: (text: string, mode: InsertMode, replacing?: string) => Promise<InsertReply>;
  onCopy: (text: string) => Promise<boolean>;
}

type Status =
  | { kind: 'info' | 'error'; text: string }
  /** LinkedIn's compose box holds this draft: replace exactly it, or add at the cursor. */
  | { kind: 'confirm'; text: string; draft: string };

const excerpt = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

/** "Latest · Today 9:41 AM · “Haha, fair enough…”", with the name when several conversations are open. */
function choiceLabel(choice: ReplyTarget, withName: boolean, t: Strings): string {
  return [
    withName ? choice.name : '',
    choice.latest ? t.latest : '',
    choice.when ?? '',
    `“${excerpt(choice.text, 70)}”`,
  ]
    .filter(Boolean)
    .join(' · ');
}

const INTENT_LABEL: Record<ReplyIntent, keyof Strings> = {
  listen: 'intent_listen',
  'easy-yes': 'intent_easyYes',
  decline: 'intent_decline',
  humour: 'intent_humour',
};

/** Replies chosen by the situation; "Another one" varies; copy, or insert into LinkedIn (the user sends). */
export function ReplyStudio({
  target,
  choices,
  onChoose,
  templates,
  mySituation,
  myName,
  onInsert,
  onCopy,
}: Props) {
  const t = useStrings();
  const intents = intentsFor(target.verdict);
  const [intent, setIntent] = useState<ReplyIntent>(intents[0] ?? 'listen');
  const [lang, setLang] = useState<ReplyLang>(target.lang);
  const [turn, setTurn] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);

  const replies = useMemo(
    () => templates.filter((template) => template.intent === intent && template.lang === lang),
    [templates, intent, lang],
  );
  const template = replies.length > 0 ? replies[turn % replies.length] : undefined;
  const slots: ReplySlots = {
    firstName: firstNameOf(target.name),
    theirOffer: guessOffer(target.text, lang),
    myName,
    mySituation,
  };
  const reply = template ? renderTemplate(template, slots) : '';

  const insert = async (mode: InsertMode, replacing?: string) => {
    if (!onInsert) return;
    const result = await onInsert(reply, mode, replacing);
    if (result.ok) setStatus({ kind: 'info', text: t.inserted });
    else if (result.reason === 'draft-not-empty')
      setStatus({ kind: 'confirm', text: t.draftExists, draft: result.draft });
    else if (result.reason === 'target-gone') setStatus({ kind: 'error', text: t.targetGone });
    else setStatus({ kind: 'error', text: result.message });
  };
  const severalConversations = new Set(choices.map((choice) => choice.address?.thread)).size > 1;
  const labelOf = (choice: ReplyTarget) => choiceLabel(choice, severalConversations, t);

  return (
    <section class="section studio" aria-labelledby="studio-title">
      <h2 id="studio-title">
        {t.repliesTitle}: {t.replyTo} <bdi>{target.name || '…'}</bdi>
      </h2>
      {choices.length > 1 ? (
        <div class="row answering">
          <label for="reply-message">{t.answering}</label>
          <select
            id="reply-message"
            value={target.key}
            onChange={(event) => onChoose((event.target as HTMLSelectElement).value)}
          >
            {choices.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {labelOf(choice)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p class="muted reply-target" dir="auto" data-testid="reply-target">
          {t.answering}: {labelOf(target)}
        </p>
      )}
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
        <button type="button" onClick={() => setTurn((value) => value + 1)} disabled={replies.length < 2}>
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
            <blockquote class="draft-quote" dir="auto">
              {excerpt(status.draft, 200)}
            </blockquote>
          )}
          {status.kind === 'confirm' && (
            <div class="row">
              <button type="button" onClick={() => insert('replace', status.draft)}>
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
