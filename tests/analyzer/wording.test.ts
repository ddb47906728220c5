import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextOf, parseJsonl } from '../../src/analyzer/cli/jsonl';
import { formatMassCheck, massCheck } from '../../src/analyzer/cli/masscheck';
import { analyze, isWordingRule, type Finding, type MessageContext } from '../../src/analyzer/index';
import { foldText } from '../../src/analyzer/normalize';
import { bucketsOf, wordsOf } from '../../src/analyzer/wording/features';
import { quantise, serialiseModel } from '../../src/analyzer/wording/quantise';
import { WORDING_BUCKETS, wordingBucket, wordingPoints } from '../../src/analyzer/wording/rule';
import { trainWording, wordingProbability, type TrainingSample } from '../../src/analyzer/wording/train';
import { compactVerdict, withMatchedText } from '../../src/shared/wire';

const ROOT = resolve(import.meta.dirname, '../..');
const wordingOf = (text: string, context: MessageContext = {}): Finding | undefined =>
  analyze(text, context).findings.find((finding) => isWordingRule(finding.rule));

const sample = (text: string, label: 'pitch' | 'genuine', group: string): TrainingSample => ({
  buckets: bucketsOf(foldText(text).folded),
  label,
  group,
});
const SMALL: TrainingSample[] = [
  sample('We help agencies double their pipeline. Open to a quick call?', 'pitch', 'a'),
  sample('Our platform helps teams automate reporting, happy to connect', 'pitch', 'a'),
  sample('Wij helpen bureaus aan meer leads, zin in een kennismaking?', 'pitch', 'b'),
  sample('Thanks for the talk yesterday, how did the launch go?', 'genuine', 'c'),
  sample('Leuk je gisteren te zien, hoe ging je presentatie?', 'genuine', 'd'),
  sample('Congratulations on the new role, Anna!', 'genuine', 'c'),
];

describe('the wording model', () => {
  it('is trained deterministically: the same messages give the same bytes', () => {
    const first = serialiseModel(quantise(trainWording(SMALL, { iterations: 80 })), ['small']);
    const second = serialiseModel(quantise(trainWording([...SMALL], { iterations: 80 })), ['small']);
    expect(second).toBe(first);
    // And it learned something: a pitch of the same kind scores above a thank-you.
    const model = trainWording(SMALL, { iterations: 80 });
    const pitch = wordingProbability(
      model,
      bucketsOf(foldText('We help teams double their pipeline').folded),
    );
    const thanks = wordingProbability(model, bucketsOf(foldText('Thanks, how did the launch go?').folded));
    expect(pitch).toBeGreaterThan(thanks);
  });

  it.skipIf(!existsSync(resolve(ROOT, '../shared/corpus/dev.jsonl')))(
    'ships the weights that npm run train makes from the corpora (run it after changing data or features)',
    { timeout: 120_000 },
    () => {
      const shipped = readFileSync(join(ROOT, 'src/analyzer/wording/model.generated.ts'), 'utf8');
      const scratch = mkdtempSync(join(tmpdir(), 'selge-train-'));
      const out = join(scratch, 'model.generated.ts');
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/train.ts'), '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(readFileSync(out, 'utf8') === shipped, 'model.generated.ts is stale: run npm run train').toBe(
        true,
      );
    },
  );

  it('reads words with their apostrophes and digits, and every feature lands in a bucket', () => {
    const folded = foldText("We're 100% sure: zo'n 15 min").folded;
    expect(wordsOf(folded).map((word) => folded.slice(word.start, word.end))).toEqual([
      "we're",
      '100',
      'sure',
      "zo'n",
      '15',
      'min',
    ]);
    // Digits hash alike: "15 minutes" and "20 minutes" are the same wording.
    expect([...bucketsOf(foldText('15 minutes').folded)]).toEqual([
      ...bucketsOf(foldText('20 minutes').folded),
    ]);
  });

  it('puts each probability in one bucket whose points grow with it', () => {
    expect(WORDING_BUCKETS).toHaveLength(10);
    expect(wordingBucket(0).id).toBe('WORDING_00');
    expect(wordingBucket(0.55).id).toBe('WORDING_50');
    expect(wordingBucket(1).id).toBe('WORDING_90');
    const points = WORDING_BUCKETS.map((bucket) => bucket.points);
    expect([...points].sort((a, b) => a - b)).toEqual(points);
    expect(points[0]).toBeLessThan(0);
    expect(points[9]).toBeGreaterThan(0);
  });
});

describe('the wording finding', () => {
  it('names the words that read like outreach, with offsets into the original text', () => {
    const text = 'Hi Maya, we help manufacturers cut scrap by 30%. Happy to connect!';
    const finding = wordingOf(text, { kind: 'connection-note' });
    expect(finding?.weight).toBeGreaterThan(0);
    expect(finding?.family).toBe('wording');
    const towards = (finding?.evidence ?? []).filter((span) => span.towards === 'pitch');
    expect(towards.length).toBeGreaterThan(0);
    for (const span of finding?.evidence ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(towards.map((span) => span.text).join(' | ')).toMatch(/help|connect|manufacturers/i);
    // The finding itself underlines the strongest of them.
    expect(finding?.text).toBe(towards[0]?.text);
  });

  it('keeps offsets right through folding (bold letters, look-alikes)', () => {
    const text = 'Hi Maya, 𝘄𝗲 𝗵𝗲𝗹𝗽 manufacturers cut scrap. Happy to connect!';
    const finding = wordingOf(text, { kind: 'connection-note' });
    for (const span of finding?.evidence ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('holds back on a personal message and says what held it back', () => {
    const text = 'Hoi Piet, leuk je gisteren te zien op de borrel. Hoe ging je presentatie bij de klant?';
    const verdict = analyze(text, { kind: 'first-message' });
    const finding = verdict.findings.find((f) => isWordingRule(f.rule));
    expect(verdict.verdict).toBe('ok');
    expect(finding?.weight).toBeLessThan(0);
    expect(finding?.family).toBe('good');
    expect(finding?.evidence?.some((span) => span.towards === 'genuine')).toBe(true);
  });

  it('travels over the wire without text and gets it back', () => {
    const text = 'Hi Maya, we help manufacturers cut scrap by 30%. Happy to connect!';
    const verdict = analyze(text, { kind: 'connection-note' });
    const compact = compactVerdict(verdict);
    expect(compact.findings.flatMap((f) => f.evidence ?? []).every((span) => span.text === '')).toBe(true);
    expect(withMatchedText(compact, text).findings.map((f) => f.evidence)).toEqual(
      verdict.findings.map((f) => f.evidence),
    );
  });

  it('says nothing about a text without words', () => {
    for (const text of ['', '   ', '!!! ???', '\u200b']) expect(wordingOf(text)).toBeUndefined();
  });

  it('is part of the score: rules and wording together', () => {
    const verdict = analyze('We help manufacturers cut scrap - happy to connect', {
      kind: 'connection-note',
    });
    const points = verdict.findings.find((f) => isWordingRule(f.rule))?.weight ?? 0;
    const rulesRaw = verdict.findings
      .filter((f) => !isWordingRule(f.rule))
      .reduce((sum, f) => sum + f.weight, 0);
    expect(verdict.score).toBe(Math.max(0, Math.min(100, Math.round(rulesRaw + points))));
    expect(verdict.signals.wording).toBeGreaterThan(0.5);
  });
});

describe('context keeps the last word', () => {
  const ongoing: MessageContext = {
    kind: 'reply',
    earlier: [
      { author: 'them', text: 'Zullen we het plan nog even doornemen?' },
      { author: 'me', text: 'Goed idee, ik kijk in mijn agenda.' },
    ],
  };
  it('lets the wording alone make no pitch between people who write to each other', () => {
    for (const text of ['Zullen we donderdag even bellen?', 'Shall we have a quick call on Thursday?']) {
      const verdict = analyze(text, ongoing);
      expect(verdict.verdict, text).toBe('ok');
      expect(
        verdict.findings.filter((f) => isWordingRule(f.rule) && f.weight > 0),
        text,
      ).toEqual([]);
    }
  });

  it('still counts the same wording from a stranger', () => {
    const cold = analyze('Zullen we donderdag even bellen? Wij helpen bureaus aan meer leads.', {
      kind: 'first-message',
    });
    expect(cold.verdict).toBe('pitch');
  });
});

describe('thread context from files', () => {
  const lines = [
    {
      id: 'n',
      text: 'Hi Sam, I help SaaS founders grow. Open to connecting?',
      thread: 't1',
      step: 1,
      from: 'them',
      kind: 'connection-note',
      label: 'pitch',
    },
    { id: 'f', text: 'Thanks for connecting, Sam!', thread: 't1', step: 2, from: 'them', label: 'pitch' },
    { id: 'r', text: 'Thanks, but not for me.', thread: 't1', step: 4, from: 'me', label: 'genuine' },
    {
      id: 'b',
      text: 'Just bumping this up, any thoughts?',
      thread: 't1',
      step: 3,
      from: 'them',
      label: 'pitch',
    },
    { id: 'x', text: 'Standalone.', label: 'genuine' },
  ];
  const { messages } = parseJsonl(lines.map((line) => JSON.stringify(line)).join('\n'));
  const byId = new Map(messages.map((message) => [message.id, message]));

  it('builds the earlier steps of the thread as the sender sees them, in step order', () => {
    expect(byId.get('n')?.earlier).toEqual([]);
    expect(byId.get('f')?.kind).toBe('first-message');
    expect(byId.get('f')?.firstAfterConnect).toBe(true);
    expect(byId.get('b')?.kind).toBe('follow-up');
    expect(byId.get('b')?.earlier?.map((m) => m.author)).toEqual(['me', 'me']);
    expect(byId.get('b')?.earlier?.[0]?.kind).toBe('connection-note');
    // The user's own reply: the sequence's messages are the other side's.
    expect(byId.get('r')?.kind).toBe('reply');
    expect(byId.get('r')?.earlier?.map((m) => m.author)).toEqual(['them', 'them', 'them']);
    expect(byId.get('x')?.earlier).toBeUndefined();
  });

  it('scores a sequence step with its context, as the page would', () => {
    const bump = byId.get('b');
    if (!bump) throw new Error('missing line');
    const inThread = analyze(bump.text, contextOf(bump));
    const asOnThePage = analyze(bump.text, {
      kind: 'follow-up',
      earlier: [
        { author: 'me', text: lines[0]!.text, kind: 'connection-note' },
        { author: 'me', text: lines[1]!.text },
      ],
    });
    expect(inThread).toEqual(asOnThePage);
    expect(inThread.verdict).toBe('pitch');
  });

  it('is what analyze --jsonl and the mass-check read', { timeout: 60_000 }, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'selge-thread-')), 'thread.jsonl');
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), '--jsonl', file],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const verdicts = new Map(
      output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; score: number })
        .map((verdict) => [verdict.id, verdict]),
    );
    const bump = byId.get('b');
    expect(verdicts.get('b')?.score).toBe(analyze(bump?.text ?? '', contextOf(bump!)).score);
    const report = formatMassCheck(massCheck(messages));
    expect(report).toMatch(/rules F1/);
    expect(report).toMatch(/model F1/);
    expect(report).toMatch(/combined F1/);
    expect(report).toMatch(/from me/);
  });
});

describe('a sure rule finding keeps the last word', () => {
  const low = WORDING_BUCKETS[0] as (typeof WORDING_BUCKETS)[number];
  const gate = { conversation: 'cold' as const, borderlineAt: 25, pitchAt: 50 };
  it('the model lowers a sure pitch but not below the pitch line', () => {
    const points = wordingPoints(low, { ...gate, rulesRaw: 120 });
    expect(points).toBe(-70);
    expect(120 + points).toBeGreaterThanOrEqual(50);
  });
  it('below the sure line the model may overrule the rules', () => {
    expect(wordingPoints(low, { ...gate, rulesRaw: 70 })).toBe(low.points);
    expect(70 + low.points).toBeLessThan(50);
  });
});
