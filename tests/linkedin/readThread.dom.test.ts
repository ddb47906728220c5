import { describe, expect, it } from 'vitest';
import { CUT_MARK, MAX_MESSAGE_CHARS, readableText } from '../../src/linkedin/dom';
import { readThreads } from '../../src/linkedin/readThread';
import type { Thread, ThreadMessage } from '../../src/shared/page-context';
import { loadFixture } from './fixtures';

function onlyThread(document: Document): Thread {
  const result = readThreads(document);
  if (!result.found) throw new Error(result.reason);
  expect(result.data).toHaveLength(1);
  return result.data[0]!;
}
const messages = (thread: Thread) =>
  thread.items.filter((item): item is ThreadMessage => item.kind === 'message');

describe('readThreads on the full messaging page (messenger-page.html)', () => {
  const thread = onlyThread(loadFixture('messaging-thread.html'));

  it('reads the other participant from the header', () => {
    expect(thread.variant).toBe('page');
    expect(thread.participant).toEqual({
      name: 'Sanne Verbeek',
      headline: 'Growth consultant for logistics scale-ups',
      // The header's profile link (issue 23: trusted people are keyed by it, hashed).
      profile: 'ACoAATEST0000000000000000000000000000001',
    });
  });

  it('reads every message in order with sender, direction and text', () => {
    expect(messages(thread).map((m) => [m.sender, m.direction, m.text])).toEqual([
      [
        'Sanne Verbeek',
        'incoming',
        'Thought you would like this post on warehouse robotics: https://www.linkedin.com/feed/update/urn:li:activity:1000000000000000001',
      ],
      ['Sanne Verbeek', 'incoming', 'Meet Daan, he runs the data team I told you about.'],
      ['Sanne Verbeek', 'incoming', ''],
      ['Joris de Wit', 'own', 'Wow, thanks!'],
      ['Sanne Verbeek', 'incoming', ''],
      ['Joris de Wit', 'own', '😄'],
      ['Sanne Verbeek', 'incoming', ''],
      [
        'Sanne Verbeek',
        'incoming',
        'Hi Joris! We help logistics teams cut planning time by 40%. Do you have 15 minutes this week for a quick call?',
      ],
      [
        'Sanne Verbeek',
        'incoming',
        'Just following up on my previous message. Here is my calendar: https://calendly.com/sanne-verbeek/15min',
      ],
      ['Joris de Wit', 'own', 'Hoi Sanne!'],
      ['Joris de Wit', 'own', 'Hoe gaat het met de verhuizing?'],
      ['Joris de Wit', 'own', 'Here is the article we talked about: https://example.org/article'],
    ]);
  });

  it('carries day headings and times forward as shown', () => {
    const all = messages(thread);
    expect(all[0]).toMatchObject({ day: 'Aug 23, 2023', time: '3:47 PM' });
    expect(all[3]).toMatchObject({ day: 'Dec 20, 2024', time: '12:31 PM' });
    expect(all.at(-1)).toMatchObject({ day: 'Today', time: '9:09 AM' });
  });

  it('notices shared posts and profiles (attachments)', () => {
    expect(messages(thread).map((m) => m.hasAttachment)).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('reads the draft in the compose box', () => {
    expect(thread.draft).toBe('Thanks Sanne,');
  });

  it('does not claim the conversation start when older messages are not loaded', () => {
    expect(thread.fromStart).toBe(false);
    expect(messages(thread).some((m) => m.firstAfterConnect)).toBe(false);
  });
});

describe('readThreads on a new conversation (messenger-page-3.html)', () => {
  const thread = onlyThread(loadFixture('messaging-thread-new.html'));

  it('reads participant, the one own message and the empty draft', () => {
    expect(thread.participant).toEqual({
      name: 'Pieter Jansen',
      headline: 'Eigenaar, Jansen Dakkapellen',
      profile: 'ACoAATEST0000000000000000000000000000004',
    });
    expect(messages(thread)).toEqual([
      {
        kind: 'message',
        sender: 'Joris de Wit',
        direction: 'own',
        text: 'Leuk dat we nu verbonden zijn, Pieter!',
        time: '11:59 PM',
        day: 'Thursday',
        hasAttachment: false,
        firstAfterConnect: true,
      },
    ]);
    expect(thread.draft).toBe('');
    expect(thread.fromStart).toBe(true);
  });
});

describe('readThreads on chat bubbles (small-chat*.html)', () => {
  it('reads a bubble as an overlay thread', () => {
    const thread = onlyThread(loadFixture('overlay-bubble.html'));
    expect(thread.variant).toBe('overlay');
    expect(thread.participant.name).toBe('Sanne Verbeek');
    expect(thread.participant.profile).toBe('ACoAATEST0000000000000000000000000000001');
    const texts = messages(thread).map((m) => `${m.direction}:${m.text}`);
    expect(texts).toContain(
      'incoming:Hoi Joris, wij helpen MKB-bedrijven aan meer klanten. Zullen we eens vrijblijvend kennismaken?',
    );
    expect(texts.at(-1)).toBe('own:Hoi Lotte!');
    expect(texts).toHaveLength(10);
    expect(thread.draft).toBe('');
  });

  it('reads a new bubble conversation', () => {
    const thread = onlyThread(loadFixture('overlay-bubble-new.html'));
    expect(thread.participant.name).toBe('Lotte Bakker');
    expect(thread.participant.profile).toBe('ACoAATEST0000000000000000000000000000003');
    expect(messages(thread).map((m) => [m.sender, m.direction, m.text, m.firstAfterConnect])).toEqual([
      ['Joris de Wit', 'own', 'Great to be connected, Lotte!', true],
    ]);
  });

  it('reads LinkedIn’s “New message” bubble as a conversation with nobody yet, beside an open one', () => {
    const document = loadFixture('overlay-bubble.html');
    const open = document.querySelector('.msg-overlay-conversation-bubble')!;
    // The "New message" bubble as a public capture shows it: the compose modifier, the title, no messages.
    const compose = loadFixture('overlay-bubble-new.html').querySelector('.msg-overlay-conversation-bubble')!;
    compose.classList.replace(
      'msg-overlay-conversation-bubble--is-active',
      'msg-overlay-conversation-bubble--is-compose',
    );
    compose.querySelector('.msg-overlay-bubble-header__title')!.textContent = 'New message';
    for (const row of compose.querySelectorAll('li.msg-s-message-list__event')) row.remove();
    open.before(document.importNode(compose, true));

    const result = readThreads(document);
    if (!result.found) throw new Error(result.reason);
    expect(
      result.data.map((thread) => [thread.participant.name, messages(thread).length, thread.draft]),
    ).toEqual([
      ['', 0, ''],
      ['Sanne Verbeek', 10, ''],
    ]);
  });

  it('says "not found" for the docked overlay with no conversation open (msg-overlay.html)', () => {
    const result = readThreads(loadFixture('overlay-docked.html'));
    expect(result.found).toBe(false);
  });
});

describe('readThreads when LinkedIn moves things', () => {
  it('looks inside an open shadow root (interop-outlet)', () => {
    const source = loadFixture('messaging-thread-new.html');
    const document = new DOMParser().parseFromString(
      '<!doctype html><body><interop-outlet></interop-outlet></body>',
      'text/html',
    );
    const host = document.querySelector('interop-outlet')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = source.body.innerHTML;
    const thread = onlyThread(document);
    expect(messages(thread).map((m) => m.text)).toEqual(['Leuk dat we nu verbonden zijn, Pieter!']);
  });

  it('reads what it can when the thread wrapper class was renamed', () => {
    const document = loadFixture('messaging-thread.html');
    for (const element of document.querySelectorAll('.msg-convo-wrapper, .msg-thread'))
      element.className = 'renamed-wrapper';
    const thread = onlyThread(document);
    expect(thread.participant.name).toBe('Sanne Verbeek');
    expect(messages(thread)).toHaveLength(12);
    expect(thread.draft).toBe('Thanks Sanne,');
  });

  it('carries the sender forward and decides direction by name when the group markers are gone', () => {
    const document = loadFixture('messaging-thread.html');
    for (const name of document.querySelectorAll('.msg-s-message-group__name')) name.remove();
    for (const heading of document.querySelectorAll('.msg-s-event-listitem--group-a11y-heading'))
      heading.remove();
    const all = messages(onlyThread(document));
    expect(all.every((m) => m.sender === '')).toBe(true);
    expect(all.map((m) => m.direction)).toContain('incoming');
  });

  it('says "not found", without throwing, on an empty or unrelated page', () => {
    for (const html of ['', '<main><h1>Feed</h1></main>', '<div class="msg-convo-wrapper"></div>']) {
      const result = readThreads(new DOMParser().parseFromString(html, 'text/html'));
      expect(result.found).toBe(false);
      if (!result.found) expect(result.reason).not.toBe('');
    }
  });

  it('shows names and messages that contain HTML as text', () => {
    const document = loadFixture('messaging-thread-new.html');
    const body = document.querySelector('.msg-s-event-listitem__body')!;
    body.textContent = '<img src=x onerror=alert(1)> <script>alert(2)</script>';
    const thread = onlyThread(document);
    expect(messages(thread)[0]!.text).toBe('<img src=x onerror=alert(1)> <script>alert(2)</script>');
  });

  it('reads the start of a hostile megabyte-long message, marked as cut, and never splits an emoji', () => {
    const document = loadFixture('messaging-thread-new.html');
    const body = document.querySelector('.msg-s-event-listitem__body')!;
    body.textContent = `Quick call? ${'All work and no play. '.repeat(48_000)}`;
    const text = messages(onlyThread(document))[0]!.text;
    expect(text).toHaveLength(MAX_MESSAGE_CHARS);
    expect(text.startsWith('Quick call? All work and no play. All work')).toBe(true);
    expect(text.endsWith(CUT_MARK)).toBe(true);

    body.textContent = `Hi${' '.repeat(1_000_000)}there`;
    expect(messages(onlyThread(document))[0]!.text).toBe(`Hi${CUT_MARK}`);

    body.textContent = `x${'🚀'.repeat(60_000)}`;
    const emoji = messages(onlyThread(document))[0]!.text;
    expect(emoji.endsWith(`🚀${CUT_MARK}`)).toBe(true);
    expect(emoji.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });
});

describe('readThreads on messages with odd markup', () => {
  it('reads a message body nested 10,000 elements deep, as a page script can build it', () => {
    // happy-dom attaches nodes recursively itself, so the deep body stays detached here; the end-to-end test
    // (odd-markup.e2e.ts) reads one inside LinkedIn's page in Chromium.
    const body = document.createElement('p');
    let innermost: Element = body;
    for (let depth = 0; depth < 10_000; depth++)
      innermost = innermost.appendChild(document.createElement('span'));
    innermost.append('Quick call this week?');
    innermost.parentElement!.append(document.createElement('br'), 'Second line');
    expect(readableText(body)).toBe('Quick call this week?\nSecond line');
  });

  it('leaves out the text of one message it cannot read, and reads every other message', () => {
    const document = loadFixture('messaging-thread.html');
    const odd = [...document.querySelectorAll('.msg-s-event-listitem__body')].find((body) =>
      body.textContent?.includes('We help logistics teams'),
    )!;
    Object.defineProperty(odd, 'childNodes', {
      get() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const all = messages(onlyThread(document));
    expect(all).toHaveLength(12);
    expect(all.map((m) => m.text)).toContain(
      'Just following up on my previous message. Here is my calendar: https://calendly.com/sanne-verbeek/15min',
    );
    expect(all.filter((m) => m.text === '')).toHaveLength(4);
  });
});
