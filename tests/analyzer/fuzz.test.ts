import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';

// Characters spammers and broken pages produce: bidi controls, zero-width, combining marks, surrogates,
// math letters, emoji with joiners, full-width forms, control characters.
const hostileChar = fc.constantFrom(
  '\u202E',
  '\u2066',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0301',
  '\uD83D',
  '\uDE00',
  '😀',
  '👩‍💻',
  '𝗾',
  'Ａ',
  '\u0000',
  '\r',
  '\n',
  '\t',
  '{',
  '}',
  '[',
  ']',
  '$',
  '%',
  '|',
  '!',
  '?',
  'İ',
  'ß',
  'ﬃ',
  '…',
  '’',
  'é',
  'q',
  'u',
  'i',
  'c',
  'k',
  ' ',
  'call',
  'calendly.com/',
);
const hostileText = fc.array(hostileChar, { maxLength: 200 }).map((chars) => chars.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  hostileText,
);
const kind = fc.constantFrom(
  'connection-note',
  'first-message',
  'follow-up',
  'reply',
  'own-draft',
  'unknown',
  undefined,
);

describe('analyze never fails on any string', () => {
  it('never throws; score stays in 0-100; findings sit inside the text, on the matched text', () => {
    fc.assert(
      fc.property(anyText, kind, fc.string({ maxLength: 20 }), (text, messageKind, recipientName) => {
        const verdict = analyze(text, { kind: messageKind, recipientName, minutesSinceConnected: 1 });
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(100);
        expect(['ok', 'borderline', 'pitch']).toContain(verdict.verdict);
        for (const finding of verdict.findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.start).toBeLessThanOrEqual(finding.end);
          expect(finding.text).toBe(text.slice(finding.start, finding.end));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('does not throw on values that are not strings at run time', () => {
    for (const value of [undefined, null, 42, {}, []] as unknown[]) {
      expect(() => analyze(value as string)).not.toThrow();
    }
  });
});
