import { useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import type { InsertMode, InsertReply } from '../../shared/protocol';
import { detectOffer, offerPhrase } from '../../replies/offers';
import { rankReplies } from '../../replies/rank';
import { firstNameOf, renderTemplate } from '../../replies/render';
import { intentsFor } from '../../replies/templates';
import type { ReplyIntent, ReplyLang, ReplySlots, ReplyTemplate } from '../../replies/types';
import { insertedHint, useStrings, type Strings } from '../i18n';
import type { ReplyTarget } from '../reply-target';
import { fitLabel, type LabelParts } from '../fit-label';
import { InsertStatusView, insertStatusOf, type InsertStatus } from './InsertStatus';
import { Name } from './Name';
import { useSelectFit } from './select-fit';

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
  /** Where a copied reply goes, when it cannot go straight in (an invitation: accept, then message). */
  copyHint?: string;
}

/**
 * "Latest · Today 9:41 AM · “Haha, fair enough…”", with the name when several people wrote (conversations,
 * invitations) and "Pitch" on a pitch: the one to answer is found by who sent it and what it is.
 */
function labelParts(choice: ReplyTarget, withName: boolean, t: Strings): LabelParts {
  return {
    ...(withName ? { name: choice.name } : {}),
    marks: [choice.latest ? t.latest : '', choice.verdict === 'pitch' ? t.verdict_pitch : ''].filter(Boolean),
    ...(choice.when ? { when: choice.when } : {}),
    text: choice.text,
  };
}

const INTENT_LABEL: Record<
  ReplyIntent,
  'intent_listen' | 'intent_easyYes' | 'intent_decline' | 'intent_humour'
> = {
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
  copyHint,
}: Props) {
  const t = useStrings();
  const intents = intentsFor(target.verdict);
  const tabs = useRef<Partial<Record<ReplyIntent, HTMLButtonElement | null>>>({});
  const [intent, setIntent] = useState<ReplyIntent>(intents[0] ?? 'listen');
  const [lang, setLang] = useState<ReplyLang>(target.lang);
  const [turn, setTurn] = useState(0);
  const [status, setStatus] = useState<InsertStatus | null>(null);

  // What the message is about and what it does (asks, chases, hypes): the replies that fit come first.
  const occasion = useMemo(
    () => ({
      text: target.text,
      offer: detectOffer(target.text),
      families: new Set(
        analyze(target.text)
          .findings.filter((finding) => finding.weight > 0)
          .map((finding) => finding.family),
      ),
      situation: mySituation,
    }),
    [target.text, mySituation],
  );
  const replies = useMemo(
    () =>
      rankReplies(
        templates.filter((template) => template.intent === intent && template.lang === lang),
        occasion,
      ),
    [templates, intent, lang, occasion],
  );
  const template = replies.length > 0 ? replies[turn % replies.length] : undefined;
  const slots: ReplySlots = {
    firstName: firstNameOf(target.name),
    theirOffer: occasion.offer && offerPhrase(occasion.offer, lang),
    myName,
    mySituation,
  };
  const reply = template ? renderTemplate(template, slots) : '';

  const choose = (candidate: ReplyIntent) => {
    setIntent(candidate);
    setTurn(0);
    setStatus(null);
  };
  // The WAI-ARIA tabs pattern: one tab in the Tab order, arrow keys move between tabs and select them.
  const onTabKey = (event: KeyboardEvent) => {
    const index = intents.indexOf(intent);
    const next =
      event.key === 'ArrowRight'
        ? intents[(index + 1) % intents.length]
        : event.key === 'ArrowLeft'
          ? intents[(index - 1 + intents.length) % intents.length]
          : event.key === 'Home'
            ? intents[0]
            : event.key === 'End'
              ? intents.at(-1)
              : undefined;
    if (!next) return;
    event.preventDefault();
    choose(next);
    tabs.current[next]?.focus();
  };

  const insert = async (mode: InsertMode, replacing?: string) => {
    if (!onInsert) return;
    // A reply may have replaced the user's draft: say how to get it back.
    setStatus(insertStatusOf(await onInsert(reply, mode, replacing), t, insertedHint(t, navigator.platform)));
  };
  // An invitation has no conversation yet: its sender stands for it.
  const severalConversations =
    new Set(choices.map((choice) => choice.address?.thread ?? choice.name)).size > 1;
  const [chooser, setChooser] = useState<HTMLSelectElement | null>(null);
  // The closed list shows the chosen label in the select's width: each label is cut to fit it (issue 21).
  const fits = useSelectFit(chooser);
  const labelOf = (choice: ReplyTarget, fit?: (label: string) => boolean) =>
    fitLabel(labelParts(choice, severalConversations, t), fit);

  return (
    <section class="section studio" aria-labelledby="studio-title">
      <h2 id="studio-title">
        {t.repliesTitle}: {t.replyTo} <Name name={target.name || '…'} />
      </h2>
      {choices.length > 1 ? (
        <div class="row answering">
          <label for="reply-message">{t.answering}</label>
          <select
            id="reply-message"
            ref={setChooser}
            value={target.key}
            title={labelOf(target)}
            onChange={(event) => onChoose((event.target as HTMLSelectElement).value)}
          >
            {choices.map((choice) => (
              <option key={choice.key} value={choice.key} title={labelOf(choice)}>
                {labelOf(choice, fits)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p class="muted reply-target" dir="auto" data-testid="reply-target">
          {t.answering}: {labelOf(target)}
        </p>
      )}
      <div class="tabs" role="tablist" aria-label={t.repliesTitle} onKeyDown={onTabKey}>
        {intents.map((candidate) => (
          <button
            key={candidate}
            ref={(element) => {
              tabs.current[candidate] = element;
            }}
            id={`reply-tab-${candidate}`}
            type="button"
            role="tab"
            aria-selected={candidate === intent}
            aria-controls="reply-panel"
            tabIndex={candidate === intent ? 0 : -1}
            class={candidate === intent ? 'tab tab-on' : 'tab'}
            data-intent={candidate}
            onClick={() => choose(candidate)}
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
      <p
        id="reply-panel"
        class="reply"
        role="tabpanel"
        aria-labelledby={`reply-tab-${intent}`}
        tabIndex={0}
        dir="auto"
        data-testid="reply-text"
        data-template={template?.id ?? ''}
      >
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
        {copyHint && (
          <span class="muted" data-testid="copy-hint">
            {copyHint}
          </span>
        )}
        {onInsert && (
          <button type="button" class="primary" onClick={() => insert('if-empty')}>
            {t.insert}
          </button>
        )}
      </div>
      {status && (
        <InsertStatusView
          status={status}
          onInsert={(mode, replacing) => void insert(mode, replacing)}
          onCancel={() => setStatus(null)}
        />
      )}
    </section>
  );
}
