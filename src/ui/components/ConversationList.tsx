import { useState } from 'preact/hooks';
import type { Verdict } from '../../analyzer/types';
import type { ConversationRowView, ConversationsView } from '../../shared/page-context';
import { format, plural, useLang, useStrings, type UiLang } from '../i18n';
import { ruleName } from '../rule-names';
import { Correction } from './Correction';
import { Name } from './Name';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  conversations: ConversationsView;
  /** Scrolls LinkedIn's list to the row; resolves whether the row was still there. */
  onShow?: (key: string) => Promise<boolean>;
}

/** The strongest reasons a verdict counted, by name: what a row of the list says about itself. */
function reasonsOf(verdict: Verdict, lang: UiLang): string[] {
  return verdict.findings
    .filter((finding) => finding.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map((finding) => ruleName(finding.rule, lang));
}

function PitchRow({ entry, onShow }: { entry: ConversationRowView; onShow?: Props['onShow'] }) {
  const t = useStrings();
  const lang = useLang();
  const [status, setStatus] = useState('');
  const { row, verdict, basis } = entry;
  if (!verdict) return null;
  const name = row.names.join(', ') || '…';
  const show = async () => {
    if (!onShow) return;
    setStatus((await onShow(row.key)) ? format(t.listShown, { name }) : t.listGone);
  };
  return (
    <li
      class={`card card-${verdict.verdict} list-row`}
      data-testid="list-pitch"
      data-verdict={verdict.verdict}
    >
      <div class="card-head">
        <span class="card-title" dir="auto">
          <Name name={name} />
          {row.time && (
            <>
              {' · '}
              <span class="when">{row.time}</span>
            </>
          )}
          {row.unread && (
            <>
              {' · '}
              <strong class="unread">{t.listUnread}</strong>
            </>
          )}
        </span>
        <VerdictBadge verdict={verdict} />
      </div>
      {row.preview ? (
        <p class="preview" dir="auto">
          {/* Whose words: the user's own last message, or in a group who wrote it; a 1:1 row's name is above. */}
          {row.fromMe ? `${t.listYou}: ` : row.group && row.sender ? `${row.sender}: ` : ''}
          {row.preview}
        </p>
      ) : (
        <p class="muted">{t.listAttachment}</p>
      )}
      <p class="muted reasons">
        {[...reasonsOf(verdict, lang), basis === 'preview' ? t.listFromPreview : t.listFromConversation].join(
          ' · ',
        )}
      </p>
      {row.preview && basis === 'preview' && <Correction text={row.preview} verdict={verdict} />}
      {onShow && (
        <button type="button" class="link" title={t.listShowHint} onClick={() => void show()}>
          {t.listShow}
        </button>
      )}
      <p class="muted" role="status">
        {status}
      </p>
    </li>
  );
}

/** The inbox's conversation list as Selge read it: the conversations that look like pitches, most recent first. */
export function ConversationList({ conversations, onShow }: Props) {
  const t = useStrings();
  const lang = useLang();
  const { rows, occluded } = conversations;
  const pitches = rows.filter((entry) => entry.verdict?.verdict === 'pitch');
  // A row the user marked "not a pitch" stays in view, so its undo does too.
  const shown = rows.filter(
    (entry) => entry.verdict?.verdict === 'pitch' || entry.verdict?.user?.by === 'message',
  );
  return (
    <section class="section" aria-labelledby="inbox-title" data-testid="conversation-list">
      <h2 id="inbox-title">{t.inboxTitle}</h2>
      <p class="summary">
        {pitches.length > 0 ? (
          <span class="pitch-count">
            {format(plural(lang, pitches.length, t.listPitches), { m: rows.length })}
          </span>
        ) : (
          plural(lang, rows.length, t.listNoPitches)
        )}
      </p>
      {shown.length > 0 && (
        <ul class="list-rows">
          {shown.map((entry) => (
            <PitchRow key={entry.row.key} entry={entry} onShow={onShow} />
          ))}
        </ul>
      )}
      {occluded > 0 && <p class="muted">{plural(lang, occluded, t.listOccluded)}</p>}
    </section>
  );
}
