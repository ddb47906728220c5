import { describe, expect, it } from 'vitest';
import { analyze, verdictRules } from '../../src/analyzer/index';
import { draftContext, messageContexts } from '../../src/content/page-analysis';
import type { Thread } from '../../src/shared/page-context';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const message = (direction: 'incoming' | 'own', text: string, firstAfterConnect = false) => ({
  kind: 'message' as const,
  sender: direction === 'own' ? 'Joris de Wit' : 'Sanne Verbeek',
  direction,
  text,
  hasAttachment: false,
  firstAfterConnect,
});

describe('the analyzer context of a message in a thread', () => {
  const thread: Thread = {
    variant: 'page',
    participant: { name: 'Sanne Verbeek', headline: 'Growth consultant' },
    items: [
      message('incoming', 'We help teams grow.', true),
      message('incoming', 'Just bumping this.'),
      message('own', 'No thanks.'),
    ],
    draft: 'Hi Sanne',
    fromStart: true,
  };
  const settings = {
    ...DEFAULT_SETTINGS,
    aboutMe: { ...DEFAULT_SETTINGS.aboutMe, workMode: 'alone' as const },
  };

  it('sees the first message after connecting as a first message, addressed to the user who works alone', () => {
    expect(messageContexts(thread, 'Joris de Wit', settings)[0]).toMatchObject({
      kind: 'first-message',
      firstAfterConnect: true,
      recipientName: 'Joris de Wit',
      recipientWorkMode: 'alone',
      senderHeadline: 'Growth consultant',
    });
  });

  it('sees a second unanswered message as a follow-up', () => {
    expect(messageContexts(thread, 'Joris de Wit', settings)[1]).toMatchObject({
      kind: 'follow-up',
      earlier: [{ author: 'me' }],
    });
  });

  it('sees the user’s answer as a reply to the other person', () => {
    expect(messageContexts(thread, 'Joris de Wit', settings)[2]).toMatchObject({
      kind: 'reply',
      recipientName: 'Sanne Verbeek',
    });
  });

  it('reads the draft as the user’s own, to the other participant', () => {
    expect(draftContext(thread)).toMatchObject({
      kind: 'own-draft',
      recipientName: 'Sanne Verbeek',
      firstAfterConnect: false,
    });
  });
});

describe('the user’s own connection note in a thread', () => {
  // LinkedIn shows the note the user sent with the invitation, then "Sanne accepted your invitation".
  const thread: Thread = {
    variant: 'page',
    participant: { name: 'Sanne Verbeek' },
    items: [
      message('own', 'Hi Sanne, loved your talk on returns. Would like to follow your work.'),
      { kind: 'system', text: 'Sanne Verbeek accepted your invitation' },
    ],
    draft: 'Thanks for accepting! How did you start measuring returns per product?',
    fromStart: true,
  };

  it('is not a message she left unanswered: the draft is a first message with no "did not answer" finding', () => {
    const context = draftContext(thread);
    expect(context).toMatchObject({ kind: 'own-draft', firstAfterConnect: true });
    expect(context.earlier).toEqual([expect.objectContaining({ author: 'me', kind: 'connection-note' })]);
    const verdict = analyze(thread.draft ?? '', context);
    expect(verdictRules(verdict)).not.toContain('UNANSWERED_AGAIN');
    expect(verdict.verdict).toBe('ok');
  });

  it('still counts a second message nobody answered', () => {
    const nagged: Thread = { ...thread, items: [...thread.items, message('own', 'Any thoughts?')] };
    expect(verdictRules(analyze('Just checking in again.', draftContext(nagged)))).toContain(
      'UNANSWERED_AGAIN',
    );
  });

  it('marks the note for the messages that follow it too', () => {
    const later: Thread = {
      ...thread,
      items: [...thread.items, message('own', 'Thanks for accepting!', true)],
    };
    const contexts = messageContexts(later, 'Joris de Wit', DEFAULT_SETTINGS);
    expect(contexts[2]?.earlier?.[0]).toMatchObject({ kind: 'connection-note' });
  });
});
