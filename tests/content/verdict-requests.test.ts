import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { MAX_ANALYZED_CHARS } from '../../src/analyzer/engine';
import type { MessageContext } from '../../src/analyzer/types';
import {
  analysisJob,
  createVerdictCache,
  draftContext,
  fetchVerdicts,
  messageContexts,
  type SendAnalysis,
} from '../../src/content/page-analysis';
import { contextForView } from '../../src/content/state';
import type { PageContext, Thread, ThreadMessage } from '../../src/shared/page-context';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { boundedText, compactVerdict, type AnalysisRequest } from '../../src/shared/wire';
import { MAX_MESSAGE_CHARS } from '../../src/linkedin/dom';

const PITCH = 'We help logistics teams cut planning time by 40%. Do you have 15 minutes this week?';

const hostile: [string, string][] = [
  ['one megabyte of text', `Quick call this week? ${'All work and no play. '.repeat(48_000)}`],
  [
    '100,000 zero-width characters',
    `Free consultation! ${'\u200B'.repeat(100_000)} Book: calendly.com/x/15min`,
  ],
  ['10,000 emoji', `${'🚀'.repeat(10_000)} 10x your pipeline! Quick call?`],
  ['a pitch at both ends of a long text', `${PITCH} ${'blah '.repeat(30_000)} ${PITCH}`],
];

describe('message texts on the wire to the background analyzer', () => {
  it('keeps of a message no more than the analyzer reads whole, so what is shown is what is analysed', () => {
    expect(MAX_MESSAGE_CHARS).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
  });

  it.each(hostile)('sends %s bounded', (_label, text) => {
    const sent = boundedText(text);
    expect(sent.length).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(text.startsWith(sent)).toBe(true);
  });

  it('sends a text the analyzer reads whole as it is', () => {
    expect(boundedText(PITCH)).toBe(PITCH);
  });
});

const message = (direction: 'incoming' | 'own', text: string): ThreadMessage => ({
  kind: 'message',
  sender: direction === 'own' ? 'Joris de Wit' : 'Sanne Verbeek',
  direction,
  text,
  hasAttachment: false,
  firstAfterConnect: false,
});

function longThread(count: number, direction: (index: number) => 'incoming' | 'own'): Thread {
  return {
    variant: 'page',
    participant: { name: 'Sanne Verbeek' },
    items: Array.from({ length: count }, (_, index) =>
      message(direction(index), index % 7 === 3 ? PITCH : `Message ${index}`),
    ),
    draft: 'Hi Sanne',
    fromStart: true,
  };
}

/** What the rules read of the earlier messages: is there one, did the other side write one, who wrote last. */
function shape(context: MessageContext | null) {
  const earlier = context?.earlier ?? [];
  return {
    kind: context?.kind,
    any: earlier.length > 0,
    them: earlier.some((m) => m.author === 'them'),
    allMine: earlier.every((m) => m.author === 'me'),
    last: earlier.at(-1)?.author,
  };
}

/** The whole earlier thread, seen from each message's sender: what a message carried before it was bounded. */
function fullShapes(thread: Thread) {
  const messages = thread.items as ThreadMessage[];
  return messages.map((item, index) => {
    const earlier = messages.slice(0, index).map((m) => ({
      author: m.direction === item.direction ? ('me' as const) : ('them' as const),
      text: m.text,
    }));
    return {
      any: earlier.length > 0,
      them: earlier.some((m) => m.author === 'them'),
      allMine: earlier.every((m) => m.author === 'me'),
      last: earlier.at(-1)?.author,
    };
  });
}

describe('the context a message of a long thread travels with', () => {
  it.each([
    ['alternating senders', (index: number) => (index % 2 ? 'own' : 'incoming')],
    ['one early reply, then 1,999 own messages', (index: number) => (index === 0 ? 'incoming' : 'own')],
    ['long runs by each side', (index: number) => (Math.floor(index / 40) % 2 ? 'own' : 'incoming')],
  ] as const)('with %s: bounded, and the rules read the same thread shape', (_label, direction) => {
    const thread = longThread(2000, direction);
    const contexts = messageContexts(thread, 'Joris de Wit', DEFAULT_SETTINGS);
    const full = fullShapes(thread);
    contexts.forEach((context, index) => {
      expect(context?.earlier?.length ?? 0).toBeLessThanOrEqual(5);
      const { kind: _kind, ...facts } = shape(context);
      expect(facts).toEqual(full[index]);
    });
    const draft = shape(draftContext(thread));
    expect(draftContext(thread).earlier?.length).toBeLessThanOrEqual(5);
    expect(draft.them).toBe(thread.items.some((m) => m.kind === 'message' && m.direction === 'incoming'));
  });
});

/** A background that analyses for real, and can be made to fail like a sleeping service worker. */
function background(failures: number) {
  const requests: AnalysisRequest[] = [];
  let failuresLeft = failures;
  const send: SendAnalysis = async (request) => {
    requests.push(request);
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    return {
      verdicts: request.items.map(({ text, context }) =>
        compactVerdict(analyze(text, context, { strictness: request.strictness })),
      ),
    };
  };
  return { send, requests };
}

describe('verdicts fetched from the background', () => {
  const jobs = [PITCH, 'Thanks, that helps a lot!', PITCH].map((text) =>
    analysisJob(text, { kind: 'first-message' }, 'normal'),
  );

  it('asks once per distinct message, then answers from the cache', async () => {
    const cache = createVerdictCache();
    const { send, requests } = background(0);
    const verdicts = await fetchVerdicts(jobs, 'normal', cache, send);
    expect(verdicts.map((v) => v.verdict)).toEqual(['pitch', 'ok', 'pitch']);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.items).toHaveLength(2);
    await fetchVerdicts(jobs, 'normal', cache, send);
    expect(requests).toHaveLength(1);
  });

  it('tries again once when the service worker was asleep or restarting, and loses no verdict', async () => {
    const { send, requests } = background(1);
    const verdicts = await fetchVerdicts(jobs, 'normal', createVerdictCache(), send);
    expect(verdicts.map((v) => v.verdict)).toEqual(['pitch', 'ok', 'pitch']);
    expect(requests).toHaveLength(2);
  });

  it('says so when the background stays unreachable, caches nothing, and asks again next time', async () => {
    const cache = createVerdictCache();
    const failing = background(2);
    await expect(fetchVerdicts(jobs, 'normal', cache, failing.send)).rejects.toThrow(/Receiving end/);
    const { send, requests } = background(0);
    expect((await fetchVerdicts(jobs, 'normal', cache, send)).map((v) => v.verdict)).toEqual([
      'pitch',
      'ok',
      'pitch',
    ]);
    expect(requests[0]?.items).toHaveLength(2);
  });

  it('takes no answer without verdicts for an answer', async () => {
    const send: SendAnalysis = async () => undefined;
    await expect(fetchVerdicts(jobs, 'normal', createVerdictCache(), send)).rejects.toThrow(
      /without verdicts/,
    );
  });

  it('splits a long thread with hostile messages into bounded requests', async () => {
    const thread = longThread(2000, (index) => (index % 2 ? 'own' : 'incoming'));
    thread.items.push(...hostile.map(([, text]) => message('incoming', text)));
    const contexts = messageContexts(thread, 'Joris de Wit', DEFAULT_SETTINGS);
    const many = thread.items.map((item, index) =>
      analysisJob((item as ThreadMessage).text, contexts[index] as MessageContext, 'normal'),
    );
    const { send, requests } = background(0);
    const verdicts = await fetchVerdicts(many, 'normal', createVerdictCache(), send);
    expect(verdicts).toHaveLength(2004);
    expect(verdicts.at(-1)?.verdict).toBe('pitch');
    for (const request of requests) expect(JSON.stringify(request).length).toBeLessThan(200_000);
    expect(Math.max(...requests.map((r) => r.items.length))).toBeLessThanOrEqual(100);
  });
});

describe('what a view gets of a long thread', () => {
  const thread = longThread(2000, (index) => (index % 2 ? 'own' : 'incoming'));
  const verdicts = thread.items.map((item, index) =>
    item.kind === 'message' && item.direction === 'incoming' && index % 7 === 3
      ? compactVerdict(analyze(PITCH))
      : null,
  );
  const context: PageContext = {
    surface: 'thread',
    url: 'https://www.linkedin.com/messaging/thread/1/',
    threads: [
      {
        key: 'page:Sanne Verbeek',
        thread,
        verdicts,
        draftVerdict: null,
        omitted: 0,
        messageCount: 2000,
        pitchCount: 143,
      },
    ],
  };

  it('gets the latest messages and the counts of the whole thread, a small fraction of its size', () => {
    const view = contextForView(context, 12);
    if (view.surface !== 'thread') throw new Error('not a thread');
    const [entry] = view.threads;
    expect(entry?.thread.items).toEqual(thread.items.slice(-12));
    expect(entry?.verdicts).toEqual(verdicts.slice(-12));
    expect(entry).toMatchObject({ omitted: 1988, messageCount: 2000, pitchCount: 143 });
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify(context).length / 50);
  });

  it('gets the whole thread when it asks for all', () => {
    expect(contextForView(context)).toBe(context);
  });
});
