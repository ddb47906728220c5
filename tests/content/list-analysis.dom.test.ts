import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { createConversationMemory } from '../../src/content/list-analysis';
import { createVerdictCache } from '../../src/content/page-analysis';
import { readPage, type PageRead } from '../../src/content/read-page';
import { analysePage, type VerdictSource } from '../../src/content/state';
import { SELECTORS } from '../../src/linkedin/selectors';
import type { ConversationRowView } from '../../src/shared/page-context';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { compactVerdict, type AnalysisRequest } from '../../src/shared/wire';
import { loadFixture } from '../linkedin/fixtures';

const INBOX = 'https://www.linkedin.com/messaging/';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-sanne/';

function read(document: Document, url: string): PageRead {
  const steps = readPage(document, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The background as it answers: the real analyzer, compact verdicts; every text sent is counted. */
function background() {
  const sent: string[] = [];
  const source: VerdictSource = {
    cache: createVerdictCache(),
    send: (request: AnalysisRequest) => {
      sent.push(...request.items.map((item) => item.text));
      return Promise.resolve({
        verdicts: request.items.map((item) =>
          compactVerdict(analyze(item.text, item.context, { strictness: request.strictness })),
        ),
      });
    },
  };
  return { source, sent };
}

const rowOf = (rows: ConversationRowView[] | undefined, name: string) =>
  rows?.find((entry) => entry.row.names.includes(name));

/** The inbox with the conversation with Sanne open beside the list, as LinkedIn draws /messaging/thread/...: */
function inboxWithSanneOpen(): Document {
  const document = loadFixture('conversation-list.html');
  const thread = loadFixture('messaging-thread.html');
  for (const node of [...thread.body.childNodes]) document.body.append(document.importNode(node, true));
  const sanne = [...document.querySelectorAll('li.msg-conversation-listitem')].find((row) =>
    row.textContent?.includes('Sanne Verbeek'),
  );
  sanne
    ?.querySelector('.msg-conversation-listitem__link')
    ?.classList.add(SELECTORS.conversationList.activeClass);
  return document;
}

describe('the inbox conversation list: verdicts from the previews, nothing opened', () => {
  it('rates the pitch previews (English and Dutch) as pitches and leaves own, attachment and genuine rows alone', async () => {
    const { source } = background();
    const state = await analysePage(
      read(loadFixture('conversation-list.html'), INBOX),
      INBOX,
      DEFAULT_SETTINGS,
      source,
    );
    const rows = state.context.conversations?.rows;
    expect(rows).toHaveLength(10);
    expect(state.context.conversations?.occluded).toBe(10);
    const pitches = rows
      ?.filter((entry) => entry.verdict?.verdict === 'pitch')
      .map((entry) => entry.row.names[0]);
    expect(pitches).toEqual(['Femke Visser', 'Lotte Bakker']);
    expect(rowOf(rows, 'Femke Visser')?.basis).toBe('preview');
    expect(rowOf(rows, 'Hugo Peters')?.verdict?.verdict).toBe('ok');
    // "You: ..." is the user's own words, "Pieter sent an attachment" no words at all: no verdict.
    expect(rowOf(rows, 'Sanne Verbeek')?.verdict).toBeNull();
    expect(rowOf(rows, 'Pieter Jansen')?.verdict).toBeNull();
    // Femke's row is unread, Lotte's read: the badge counts one.
    expect(state.summary.unreadPitchConversations).toBe(1);
    // The inbox with no conversation open is not a changed layout.
    expect(state.context.surface).toBe('none');
    if (state.context.surface === 'none') expect(state.context.reason).not.toMatch(/layout/);
    // Rows are not statistics: a conversation counts once, when it is opened.
    expect(state.summary.items).toEqual([]);
  });

  it('does not analyse a row again when the list re-renders or reorders it', async () => {
    const { source, sent } = background();
    const document = loadFixture('conversation-list.html');
    await analysePage(read(document, INBOX), INBOX, DEFAULT_SETTINGS, source);
    const first = sent.length;
    expect(first).toBe(3);
    const list = document.querySelector('ul.msg-conversations-container__conversations-list')!;
    // A new message moves Lotte's conversation to the top; LinkedIn draws the list anew.
    const lotte = [...list.children].find((row) => row.textContent?.includes('Lotte Bakker'))!;
    list.prepend(lotte);
    const drawnAgain = list.innerHTML;
    list.innerHTML = drawnAgain;
    const again = await analysePage(read(document, INBOX), INBOX, DEFAULT_SETTINGS, source);
    expect(sent.length).toBe(first);
    expect(again.context.conversations?.rows[0]?.row.names).toEqual(['Lotte Bakker']);
    expect(again.context.conversations?.rows[0]?.verdict?.verdict).toBe('pitch');
  });

  it('fills a row LinkedIn draws later (an occluded placeholder) and sends only that row', async () => {
    const { source, sent } = background();
    const document = loadFixture('conversation-list.html');
    await analysePage(read(document, INBOX), INBOX, DEFAULT_SETTINGS, source);
    const drawnRow = document.querySelector(
      'li.msg-conversation-listitem:not(.msg-conversation-card--occluded)',
    )!;
    const placeholder = document.querySelector('li.msg-conversation-card--occluded')!;
    placeholder.innerHTML = drawnRow.innerHTML
      .replaceAll('Pieter Jansen', 'Bram de Groot')
      .replace(
        'Pieter sent an attachment',
        'Bram: Wij helpen installateurs aan 30% meer omzet met onze software. Heb je vrijdag 20 minuten voor een demo?',
      );
    placeholder.querySelector('svg')?.remove();
    placeholder.classList.remove(SELECTORS.conversationList.occludedClass);
    const before = sent.length;
    const state = await analysePage(read(document, INBOX), INBOX, DEFAULT_SETTINGS, source);
    expect(sent.length - before).toBe(1);
    expect(rowOf(state.context.conversations?.rows, 'Bram de Groot')?.verdict?.verdict).toBe('pitch');
    expect(state.context.conversations?.occluded).toBe(9);
  });

  it('replaces the preview verdict by the whole conversation once it is opened, and keeps it while the preview stays', async () => {
    const { source } = background();
    const memory = createConversationMemory();
    // Sanne's preview is the user's own reply ("You: Thanks, I will read it tonight."): nothing to rate...
    const before = await analysePage(
      read(loadFixture('conversation-list.html'), INBOX),
      INBOX,
      DEFAULT_SETTINGS,
      source,
      memory,
    );
    expect(rowOf(before.context.conversations?.rows, 'Sanne Verbeek')?.verdict).toBeNull();
    // ...but the conversation, opened, holds her pitches.
    const open = await analysePage(
      read(inboxWithSanneOpen(), THREAD),
      THREAD,
      DEFAULT_SETTINGS,
      source,
      memory,
    );
    expect(open.context.surface).toBe('thread');
    const threadPitches = open.context.surface === 'thread' ? open.context.threads[0]?.pitchCount : 0;
    expect(threadPitches).toBeGreaterThan(0);
    const sanne = rowOf(open.context.conversations?.rows, 'Sanne Verbeek');
    expect(sanne).toMatchObject({ basis: 'conversation', verdict: { verdict: 'pitch' } });
    // The open conversation's pitches count as messages, not again as an unread conversation.
    expect(open.summary.unreadPitchConversations).toBe(1);
    // Back on the inbox: the row keeps what the whole conversation said.
    const after = await analysePage(
      read(loadFixture('conversation-list.html'), INBOX),
      INBOX,
      DEFAULT_SETTINGS,
      source,
      memory,
    );
    expect(rowOf(after.context.conversations?.rows, 'Sanne Verbeek')?.basis).toBe('conversation');
    // A new message in it (another preview) makes the memory old: the preview speaks again.
    const document = loadFixture('conversation-list.html');
    const row = [...document.querySelectorAll('li.msg-conversation-listitem')].find((li) =>
      li.textContent?.includes('Sanne Verbeek'),
    )!;
    const snippet = row.querySelector('p.msg-conversation-card__message-snippet')!;
    snippet.textContent = 'Sanne: Ha Joris, hoe ging je presentatie gisteren?';
    const newer = await analysePage(read(document, INBOX), INBOX, DEFAULT_SETTINGS, source, memory);
    expect(rowOf(newer.context.conversations?.rows, 'Sanne Verbeek')).toMatchObject({
      basis: 'preview',
      verdict: { verdict: 'ok' },
    });
  });

  it('reads the previews in the user’s strictness, addressed to the user by their own name', async () => {
    const requests: AnalysisRequest[] = [];
    const { source } = background();
    const send = source.send;
    source.send = (request) => {
      requests.push(request);
      return send(request);
    };
    const mine: Settings = {
      ...DEFAULT_SETTINGS,
      strictness: 'strict',
      aboutMe: { ...DEFAULT_SETTINGS.aboutMe, name: 'Joris' },
    };
    await analysePage(read(loadFixture('conversation-list.html'), INBOX), INBOX, mine, source);
    expect(requests.map((request) => request.strictness)).toEqual(['strict']);
    expect(requests[0]?.items.map((item) => item.context.recipientName)).toEqual(['Joris', 'Joris', 'Joris']);
  });

  it('leaves pages without the list as they were: no conversations on a profile', async () => {
    const { source } = background();
    const state = await analysePage(
      read(loadFixture('profile.html'), 'https://www.linkedin.com/in/sanne-verbeek/'),
      'https://www.linkedin.com/in/sanne-verbeek/',
      DEFAULT_SETTINGS,
      source,
    );
    expect(state.context.conversations).toBeUndefined();
  });
});
