import type { PageContext, ThreadMessage } from '../../shared/page-context';
import { format, plural, useLang, useStrings } from '../i18n';
import { ConversationList } from './ConversationList';
import { Correction } from './Correction';
import { MessageCard } from './MessageCard';
import { Name } from './Name';

/** The messages of a thread a view shows at first (and asks the content script for). */
export const RECENT_MESSAGES = 12;
/** How many earlier messages one "show earlier" fetches: a page of a long thread, not all 2,000 at once. */
export const EARLIER_STEP = 100;

interface Props {
  context: PageContext;
  /** Fetch the next EARLIER_STEP earlier messages of the threads. */
  onShowEarlier: () => void;
  /** Back to the latest messages only. */
  onShowLatest: () => void;
  /** Scrolls the inbox's list on the tab to a conversation's row. */
  onShowRow?: (key: string) => Promise<boolean>;
}

/**
 * What the content script read on the LinkedIn tab, each message and note with its verdict; on the messaging
 * pages the conversation list first (what the user looks through), then the open conversation.
 */
export function PageView(props: Props) {
  const { conversations } = props.context;
  if (!conversations) return <SurfaceView {...props} />;
  return (
    <>
      <ConversationList conversations={conversations} onShow={props.onShowRow} />
      {/* The inbox with no conversation open: the list is all there is, no notice about it. */}
      {props.context.surface !== 'none' && <SurfaceView {...props} />}
    </>
  );
}

function SurfaceView({ context, onShowEarlier, onShowLatest }: Props) {
  const t = useStrings();
  const lang = useLang();

  if (context.surface === 'thread') {
    return (
      <>
        {context.threads.map(
          ({ thread, verdicts, draftVerdict, omitted, messageCount, pitchCount }, threadIndex) => {
            const entries = thread.items
              .map((item, index) => ({ item, verdict: verdicts[index] ?? null, at: omitted + index }))
              .filter(
                (entry): entry is { item: ThreadMessage; verdict: typeof entry.verdict; at: number } =>
                  entry.item.kind === 'message',
              );
            const earlier = messageCount - entries.length;
            // What the user came for first (issue 21): the draft they are typing, the pitches they received;
            // the latest message stays in view (the studio answers it); older ones fold away.
            // A pitch the user just corrected stays where they were looking (with its undo), as do template
            // siblings the user's verdict reached.
            const pitches = entries.filter(
              (entry) =>
                entry.item.direction === 'incoming' &&
                (entry.verdict?.verdict === 'pitch' || entry.verdict?.user?.was === 'pitch'),
            );
            const latest = entries.at(-1);
            const inView = new Set([...pitches, ...(latest ? [latest] : [])]);
            const older = entries.filter((entry) => !inView.has(entry));
            const typing = thread.draft !== null && thread.draft.trim() !== '';
            const card = ({ item, verdict, at }: (typeof entries)[number]) => (
              <MessageCard
                key={at}
                title={
                  <>
                    <Name name={item.sender || '…'} /> · {item.direction === 'incoming' ? t.incoming : t.own}
                    {(item.day || item.time) && (
                      <>
                        {' · '}
                        <span class="when">{[item.day, item.time].filter(Boolean).join(' ')}</span>
                      </>
                    )}
                  </>
                }
                text={item.text}
                verdict={verdict}
                open={item.direction === 'incoming' && verdict?.verdict === 'pitch'}
                own={item.direction === 'own'}
                empty={t.attachmentOnly}
                actions={
                  item.direction === 'incoming' && verdict && item.text.trim() ? (
                    <Correction text={item.text} verdict={verdict} profile={thread.participant.profile} />
                  ) : undefined
                }
              />
            );
            const draft = thread.draft !== null && (
              <div data-testid="draft">
                <MessageCard
                  title={t.yourDraft}
                  text={thread.draft}
                  verdict={draftVerdict}
                  open={draftVerdict?.verdict !== 'ok'}
                  own
                  empty={t.draftEmpty}
                />
              </div>
            );
            return (
              <section class="section" key={threadIndex} aria-labelledby={`thread-${threadIndex}`}>
                <h2 id={`thread-${threadIndex}`}>
                  {t.conversationWith} <Name name={thread.participant.name || '…'} />
                </h2>
                {thread.participant.headline && (
                  <p class="muted" dir="auto">
                    {thread.participant.headline}
                  </p>
                )}
                <p class="summary">
                  {plural(lang, messageCount, t.messagesCount)} ·{' '}
                  <span class={pitchCount > 0 ? 'pitch-count' : ''}>
                    {pitchCount > 0 ? plural(lang, pitchCount, t.pitchesCount) : t.noPitches}
                  </span>
                </p>
                {typing && draft}
                <div data-testid="pitches-first">
                  {entries.filter((entry) => inView.has(entry)).map(card)}
                </div>
                {!typing && draft}
                {(older.length > 0 || earlier > 0) && (
                  <details class="older" data-testid="older-messages">
                    <summary>{plural(lang, older.length + earlier, t.earlierMessages)}</summary>
                    {earlier > 0 && (
                      <button type="button" class="link" onClick={onShowEarlier}>
                        {format(t.showEarlier, { n: Math.min(EARLIER_STEP, earlier) })}
                      </button>
                    )}
                    {entries.length > RECENT_MESSAGES && (
                      <button type="button" class="link" onClick={onShowLatest}>
                        {t.showFewer}
                      </button>
                    )}
                    {older.map(card)}
                  </details>
                )}
              </section>
            );
          },
        )}
      </>
    );
  }

  if (context.surface === 'invitations') {
    const { invitations } = context;
    return (
      <section class="section" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{invitations.tab === 'sent' ? t.invitationsSent : t.invitations}</h2>
        {invitations.invitations.map((invitation, index) => (
          <MessageCard
            key={index}
            title={
              <>
                <Name name={invitation.name || '…'} />
                {invitation.headline ? ` · ${invitation.headline}` : ''}
              </>
            }
            text={invitation.note ?? ''}
            verdict={context.verdicts[index] ?? null}
            open={context.verdicts[index]?.verdict === 'pitch'}
            own={invitations.tab === 'sent'}
            empty={t.noNote}
            actions={
              <>
                {invitation.noteTruncated && <p class="muted">{t.noteTruncated}</p>}
                {invitations.tab === 'received' && invitation.note && context.verdicts[index] && (
                  <Correction text={invitation.note} verdict={context.verdicts[index]} />
                )}
              </>
            }
          />
        ))}
      </section>
    );
  }

  if (context.surface === 'connect-note') {
    return (
      <section class="section" aria-labelledby="note-title">
        <h2 id="note-title">
          {t.connectNote} <Name name={context.note.recipientName ?? '…'} />
        </h2>
        <MessageCard
          title={t.yourDraft}
          text={context.note.note}
          verdict={context.verdict}
          open
          own
          empty={t.connectNoteEmpty}
        />
      </section>
    );
  }

  if (context.surface === 'profile') {
    return (
      <section class="section" aria-labelledby="profile-title">
        <h2 id="profile-title">
          {t.profileOf}: <Name name={context.profile.name} />
        </h2>
        {context.profile.headline && (
          <p class="muted" dir="auto">
            {context.profile.headline}
          </p>
        )}
      </section>
    );
  }

  const changed = /layout/i.test(context.reason);
  return (
    <p class={changed ? 'notice notice-warn' : 'notice'} role="status" data-testid="page-state">
      {changed ? t.layoutChanged : t.nothingToRead}
    </p>
  );
}
