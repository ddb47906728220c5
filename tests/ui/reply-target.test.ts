import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { PageContext, Thread, ThreadMessage } from '../../src/shared/page-context';
import { messageKey } from '../../src/shared/reply-address';
import { replyTargets } from '../../src/ui/reply-target';

const message = (
  direction: 'incoming' | 'own',
  sender: string,
  text: string,
  time?: string,
): ThreadMessage => ({
  kind: 'message',
  sender,
  direction,
  text,
  hasAttachment: false,
  firstAfterConnect: false,
  ...(time ? { day: 'Today', time } : {}),
});

function conversation(key: string, name: string, items: ThreadMessage[]) {
  const thread: Thread = { variant: 'overlay', participant: { name }, items, draft: '', fromStart: false };
  const verdicts = items.map((item) => analyze(item.text));
  const pitchCount = items.filter(
    (item, index) => item.direction === 'incoming' && verdicts[index]?.verdict === 'pitch',
  ).length;
  return { key, thread, verdicts, draftVerdict: null, omitted: 0, messageCount: items.length, pitchCount };
}

describe('what the reply studio answers', () => {
  const pitch =
    'Hi Joris! We help logistics teams cut planning time by 40%. Do you have 15 minutes this week for a quick call? https://calendly.com/sanne/15min';
  const context: PageContext = {
    surface: 'thread',
    url: 'https://www.linkedin.com/feed/',
    threads: [
      conversation('overlay:Lotte Bakker', 'Lotte Bakker', [
        message('own', 'Joris de Wit', 'Great to be connected, Lotte!'),
      ]),
      conversation('overlay:Sanne Verbeek', 'Sanne Verbeek', [
        message('incoming', 'Sanne Verbeek', pitch, '9:02 AM'),
        message('own', 'Joris de Wit', 'Not for us, but how was the move?'),
        message(
          'incoming',
          'Sanne Verbeek',
          'Haha, fair enough! De verhuizing ging prima, dank je. Koffie volgende week?',
          '9:41 AM',
        ),
        message('incoming', 'Sanne Verbeek', '', '9:42 AM'),
      ]),
    ],
  };

  it('answers the latest incoming message with text by default, in its language, and names when it came', () => {
    const [first] = replyTargets(context);
    expect(first).toMatchObject({
      name: 'Sanne Verbeek',
      text: expect.stringMatching(/^Haha, fair enough/),
      verdict: 'ok',
      lang: 'nl',
      when: 'Today 9:41 AM',
      latest: true,
      address: {
        thread: 'overlay:Sanne Verbeek',
        message: messageKey(context.threads[1]!.thread.items[2] as ThreadMessage),
      },
    });
  });

  it('offers the older pitch too, and never the user’s own messages', () => {
    const targets = replyTargets(context);
    expect(targets.map((target) => [target.text.slice(0, 12), target.verdict, target.lang])).toEqual([
      ['Haha, fair e', 'ok', 'nl'],
      ['Hi Joris! We', 'pitch', 'en'],
    ]);
    expect(new Set(targets.map((target) => target.key)).size).toBe(2);
  });

  it('has nothing to answer where nobody wrote to the user', () => {
    expect(replyTargets({ ...context, threads: context.threads.slice(0, 1) })).toEqual([]);
    expect(
      replyTargets({ surface: 'none', url: 'https://www.linkedin.com/feed/', reason: 'nothing' }),
    ).toEqual([]);
  });
});

describe('what the reply studio answers on the received invitations', () => {
  const invitation = (name: string, note: string | null, time?: string) => ({
    name,
    note,
    noteTruncated: false,
    ...(time ? { time } : {}),
  });
  const invitations = [
    invitation(
      'Eva Jansen',
      'Hi Joris, we met at the logistics meetup in Utrecht. Would love to stay in touch!',
    ),
    invitation('Bram Smit', null),
    invitation(
      'Mark de Haan',
      'Hi Joris, we help agencies book 3x more meetings. Do you have 15 minutes this week? calendly.com/mark/15',
      '2 days ago',
    ),
    invitation(
      'Pieter Visser',
      'Hoi Joris, wij helpen dakdekkers aan meer klanten. Zullen we vrijblijvend kennismaken? Plan hier 15 minuten: calendly.com/pieter',
    ),
  ];
  const context: PageContext = {
    surface: 'invitations',
    url: 'https://www.linkedin.com/mynetwork/invitation-manager/',
    invitations: { tab: 'received', markup: 'classic', invitations },
    verdicts: invitations.map((item) => (item.note ? analyze(item.note, { kind: 'connection-note' }) : null)),
  };

  it('offers every note by its sender, the pitches first, so the user can answer the one they look at', () => {
    const targets = replyTargets(context);
    expect(targets.map((target) => [target.name, target.verdict, target.lang])).toEqual([
      ['Mark de Haan', 'pitch', 'en'],
      ['Pieter Visser', 'pitch', 'nl'],
      ['Eva Jansen', 'ok', 'en'],
    ]);
    expect(targets[0]).toMatchObject({
      when: '2 days ago',
      text: expect.stringMatching(/^Hi Joris, we help/),
    });
    expect(new Set(targets.map((target) => target.key)).size).toBe(3);
  });

  it('offers nothing on the sent invitations', () => {
    expect(replyTargets({ ...context, invitations: { ...context.invitations, tab: 'sent' } })).toEqual([]);
  });
});
