import { describe, expect, it } from 'vitest';
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
