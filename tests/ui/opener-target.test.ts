import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { PageContext, Thread, ThreadMessage } from '../../src/shared/page-context';
import { FIRST_MESSAGE } from '../../src/shared/reply-address';
import { openerTarget } from '../../src/ui/opener-target';

const own = (text: string): ThreadMessage => ({
  kind: 'message',
  sender: 'Joris de Wit',
  direction: 'own',
  text,
  hasAttachment: false,
  firstAfterConnect: false,
});

function threadContext(items: ThreadMessage[], draft: string | null): PageContext {
  const thread: Thread = {
    variant: 'page',
    participant: { name: 'Anna de Vries', headline: 'Head of Operations at Kargo' },
    items,
    draft,
    fromStart: true,
  };
  return {
    surface: 'thread',
    url: 'https://www.linkedin.com/messaging/thread/1/',
    threads: [
      {
        key: 'page:Anna de Vries',
        thread,
        verdicts: items.map(() => null),
        draftVerdict: draft ? analyze(draft) : null,
        omitted: 0,
        messageCount: items.length,
        pitchCount: 0,
      },
    ],
  };
}

describe('where the studio offers openers', () => {
  it('a conversation the other has not written in: a first message into its compose box', () => {
    expect(openerTarget(threadContext([own('Great to be connected!')], 'Hoi Anna, '), 'en')).toMatchObject({
      kind: 'first-message',
      name: 'Anna de Vries',
      headline: 'Head of Operations at Kargo',
      address: { thread: 'page:Anna de Vries', message: FIRST_MESSAGE },
      lang: 'nl',
    });
  });

  it('not once the other has written, nor without a compose box', () => {
    const answered = threadContext(
      [{ ...own('Hi Joris!'), direction: 'incoming', sender: 'Anna de Vries' }],
      '',
    );
    expect(openerTarget(answered, 'en')).toBeNull();
    expect(openerTarget(threadContext([], null), 'en')).toBeNull();
  });

  it('the "Add a note" dialog: a note into the note field, in the view’s language while it is empty', () => {
    const context: PageContext = {
      surface: 'connect-note',
      url: 'https://www.linkedin.com/in/anna/',
      note: { note: '', recipientName: 'Anna de Vries', recipientHeadline: 'Inkoper bij Jansen' },
      verdict: null,
    };
    const target = openerTarget(context, 'nl');
    expect(target).toMatchObject({
      kind: 'note',
      name: 'Anna de Vries',
      headline: 'Inkoper bij Jansen',
      lang: 'nl',
    });
    expect(target?.address).toBeUndefined();
  });
});
