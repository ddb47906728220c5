import { useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import type { MessageContext } from '../../analyzer/types';
import { openersFor, rewriteAsQuestion, roleAndCompany, type OpenerSlots } from '../../replies/openers';
import { firstNameOf } from '../../replies/render';
import type { ReplyLang } from '../../replies/types';
import type { InsertMode, InsertReply } from '../../shared/protocol';
import { insertedHint, useLang, useStrings } from '../i18n';
import type { OpenerTarget } from '../opener-target';
import { InsertStatusView, insertStatusOf, type InsertStatus } from './InsertStatus';
import { Name } from './Name';

/** This studio's own words; the shared ones (Insert, Copy, Replace the draft …) come from i18n.ts. */
const OWN = {
  en: {
    noteTitle: 'Notes to start with',
    firstTitle: 'First messages to start with',
    hint: 'A concrete reason, a question about them, no ask. Insert one and make it yours.',
    rewriteTitle: 'Rewrite as a question',
    rewriteHint: 'Your reason kept, the offer and the ask left out.',
    language: 'Language',
  },
  nl: {
    noteTitle: 'Notities om mee te beginnen',
    firstTitle: 'Eerste berichten om mee te beginnen',
    hint: 'Een concrete reden, een vraag over hen, geen verzoek. Voeg er een in en maak hem van jezelf.',
    rewriteTitle: 'Herschrijf als vraag',
    rewriteHint: 'Je reden blijft, het aanbod en het verzoek gaan eruit.',
    language: 'Taal',
  },
} as const;

/** A rewrite's place among the suggestions (its status's index), apart from the openers'. */
const REWRITE_INDEX = 100;

interface Props {
  /** Render with `key={target.key}`: its choices belong to one field. */
  target: OpenerTarget;
  onInsert?: (text: string, mode: InsertMode, replacing?: string) => Promise<InsertReply>;
  onCopy: (text: string) => Promise<boolean>;
}

/**
 * Openers for a connection note or a first message (issue 21, item 2), and, where the draft is a pitch, the
 * draft rewritten as a question. Inserted the way replies are: never over a draft without asking; the
 * browser's own undo (Ctrl+Z, ⌘Z on a Mac) takes an insert back; the user presses Send.
 */
export function OpenerStudio({ target, onInsert, onCopy }: Props) {
  const t = useStrings();
  const own = OWN[useLang()];
  const [lang, setLang] = useState<ReplyLang>(target.lang);
  const [status, setStatus] = useState<{ index: number; status: InsertStatus } | null>(null);
  const slots: OpenerSlots = useMemo(
    () => ({ firstName: firstNameOf(target.name), ...roleAndCompany(target.headline) }),
    [target.name, target.headline],
  );
  const context: MessageContext = useMemo(
    () =>
      target.kind === 'note'
        ? { kind: 'connection-note', ...(target.name ? { recipientName: target.name } : {}) }
        : { kind: 'own-draft', firstAfterConnect: true, earlier: [], recipientName: target.name },
    [target.kind, target.name],
  );
  // Selge offers nothing its own indicator would flag once inserted.
  const openers = useMemo(
    () => openersFor(target.kind, lang, slots, (text) => analyze(text, context).verdict === 'ok').slice(0, 3),
    [target.kind, lang, slots, context],
  );
  const rewrites = useMemo(
    () =>
      target.verdict?.verdict === 'pitch'
        ? rewriteAsQuestion(target.draft, target.verdict.findings, lang, slots).filter(
            (text) => analyze(text, context).verdict !== 'pitch',
          )
        : [],
    [target.draft, target.verdict, lang, slots, context],
  );

  // A rewrite the user acts on stays with its status: once it replaced the pitch the draft is none, and the side
  // panel, following the note, would take the rewrites away with the confirmation and its undo hint.
  const shownRewrites = useRef(rewrites);
  const actingOnRewrite = status !== null && status.index >= REWRITE_INDEX;
  if (!actingOnRewrite) shownRewrites.current = rewrites;

  const insert = async (index: number, text: string, mode: InsertMode, replacing?: string) => {
    if (!onInsert) return;
    const result = await onInsert(text, mode, replacing);
    setStatus({ index, status: insertStatusOf(result, t, insertedHint(t, navigator.platform)) });
  };
  const copy = async (index: number, text: string) =>
    setStatus({
      index,
      status: (await onCopy(text)) ? { kind: 'info', text: t.copied } : { kind: 'error', text: t.copyFailed },
    });

  const suggestion = (text: string, index: number) => {
    const shown = status?.index === index ? status.status : null;
    return (
      <li key={`${index}-${text}`} class="opener" data-testid="opener">
        <p class="reply" dir="auto" data-testid="opener-text">
          {text}
        </p>
        <div class="row">
          <button type="button" onClick={() => void copy(index, text)}>
            {t.copy}
          </button>
          {onInsert && (
            <button type="button" class="primary" onClick={() => void insert(index, text, 'if-empty')}>
              {t.insert}
            </button>
          )}
        </div>
        {shown && (
          <InsertStatusView
            status={shown}
            onInsert={(mode, replacing) => void insert(index, text, mode, replacing)}
            onCancel={() => setStatus(null)}
          />
        )}
      </li>
    );
  };

  return (
    <section class="section studio" aria-labelledby="opener-title" data-testid="opener-studio">
      <h2 id="opener-title">
        {target.kind === 'note' ? own.noteTitle : own.firstTitle}: <Name name={target.name || '…'} />
      </h2>
      <p class="muted">{own.hint}</p>
      <div class="row">
        <label for="opener-lang">{own.language}</label>
        <select
          id="opener-lang"
          value={lang}
          onChange={(event) => setLang((event.target as HTMLSelectElement).value as ReplyLang)}
        >
          <option value="en">English</option>
          <option value="nl">Nederlands</option>
        </select>
      </div>
      {shownRewrites.current.length > 0 && (
        <>
          <h3>{own.rewriteTitle}</h3>
          <p class="muted">{own.rewriteHint}</p>
          <ul class="openers" data-testid="rewrites">
            {shownRewrites.current.map((text, index) => suggestion(text, REWRITE_INDEX + index))}
          </ul>
        </>
      )}
      <ul class="openers">{openers.map((text, index) => suggestion(text, index))}</ul>
    </section>
  );
}
