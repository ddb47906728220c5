import { describe, expect, it } from 'vitest';
import { analyze, type Verdict } from '../../src/analyzer/index';
import { foldText, toOriginalSpan } from '../../src/analyzer/normalize';

// Issue 19, fault 6: evasions that scored 0 on a pitch that scores 100 written plainly. Each kind: the plain
// pitch is a pitch, the evaded one is too, and a finding's span points at the characters the sender wrote.

const PLAIN = 'We help SaaS companies book more demos. Open to a quick call next week?';
const everyFinding = (verdict: Verdict) => verdict.findings.flatMap((f) => [f, ...(f.also ?? [])]);
const scoreOf = (text: string) => analyze(text, { kind: 'first-message' }).score;
/** The original text under the first finding of a rule. */
const spanOf = (text: string, rule: string) => {
  const found = everyFinding(analyze(text, { kind: 'first-message' })).find((f) => f.rule === rule);
  return found ? text.slice(found.start, found.end) : undefined;
};
/** A tag character (U+E0000 + the letter's code) after every letter: invisible, and every word broken. */
const tagged = (text: string) =>
  [...text].map((c) => (/[a-z]/i.test(c) ? c + String.fromCodePoint(0xe0000 + c.charCodeAt(0)) : c)).join('');

const EVADED: readonly (readonly [string, string])[] = [
  ['leet digits', 'W3 h3lp SaaS c0mpani3s b00k m0r3 d3m0s. Op3n t0 a qu1ck ca11 n3xt w33k?'],
  ['leet symbols', 'We he|p SaaS comp@nies b00k more dem0$. Open to @ qu1ck ca|| next week?'],
  ['an upper-case I for an l', 'We heIp SaaS companies book more demos. Open to a quick caII next week?'],
  [
    'Greek and Cyrillic look-alikes',
    'Wε hεlp SaaS cοmpaniεs bοοκ mοrε dεmοs. Οpεn tο a quicк cаll nεxτ wεεκ?',
  ],
  ['tag characters', tagged(PLAIN)],
  ['U+3164 for a space', PLAIN.replace(/ /g, '\u3164')],
  [
    'letters spaced apart',
    'W e  h e l p  S a a S  c o m p a n i e s  b o o k  m o r e  d e m o s. O p e n  t o  a  q u i c k  c a l l?',
  ],
  [
    'letters dotted apart',
    'We h.e.l.p SaaS c.o.m.p.a.n.i.e.s b.o.o.k m.o.r.e d.e.m.o.s. Open to a q.u.i.c.k c.a.l.l?',
  ],
  [
    'letters dashed apart',
    'We h-e-l-p SaaS c-o-m-p-a-n-i-e-s b-o-o-k m-o-r-e d-e-m-o-s. Open to a q-u-i-c-k c-a-l-l?',
  ],
  [
    'a right-to-left override',
    '\u202E?keew txen llac kciuq a ot nepO .somed erom koob seinapmoc SaaS pleh eW\u202C',
  ],
  [
    'emoji between words',
    'We 🚀 help 🚀 SaaS 🚀 companies 🚀 book 🚀 more 🚀 demos. Open 👉 to 👉 a 👉 quick 👉 call?',
  ],
  ['emoji for spaces', 'We🚀help🚀SaaS🚀companies🚀book🚀more🚀demos. Open👉to👉a👉quick👉call👉next👉week?'],
];

describe('evasions of issue 19 still read as the pitch they are', () => {
  it('the plain pitch is one', () => {
    expect(scoreOf(PLAIN)).toBeGreaterThanOrEqual(50);
  });

  it.each(EVADED)('%s', (_kind, text) => {
    expect(scoreOf(text)).toBeGreaterThanOrEqual(50);
  });

  it('words run together: a bounded set of key phrases gets its spaces back', () => {
    const plain = 'Hi Anna, got time for a quick call? I can show you our tool in a 15 minute call.';
    const joined = 'Hi Anna, got time for a quickcall? I can show you our tool in a 15minutecall.';
    expect(scoreOf(plain)).toBeGreaterThanOrEqual(50);
    expect(scoreOf(joined)).toBeGreaterThanOrEqual(50);
    expect(foldText('Bookademo? Letschat, or a quickcall').folded).toBe(
      'book a demo? lets chat, or a quick call',
    );
    expect(spanOf('Sure. Do you have time for a 15minutecall?', 'ASK_QUICK_CALL')).toBe(
      'Do you have time for a 15minutecall?',
    );
  });
});

describe('evasions: spans point at what the sender wrote', () => {
  /** Where "quick call" is in the folded text, in the original. */
  const quickCall = (text: string) => {
    const folded = foldText(text);
    const at = folded.folded.indexOf('quick call');
    const { start, end } = toOriginalSpan(folded, at, at + 'quick call'.length);
    return text.slice(start, end);
  };

  it.each([
    ['leet digits', 'qu1ck ca11', 'qu1ck ca11'],
    ['leet symbols', 'qu1ck ca||', 'qu1ck ca||'],
    ['an upper-case I for an l', 'quick caII', 'quick caII'],
    ['look-alike letters', 'quicк cаll', 'quicк cаll'],
    ['tag characters', tagged('quick call'), tagged('quick call').slice(0, -2)],
    ['U+3164 for a space', 'quick\u3164call', 'quick\u3164call'],
    ['letters spaced apart', 'q u i c k  c a l l', 'q u i c k  c a l l'],
    ['letters dotted apart', 'q.u.i.c.k c.a.l.l', 'q.u.i.c.k c.a.l.l'],
    ['letters dashed apart', 'q-u-i-c-k c-a-l-l', 'q-u-i-c-k c-a-l-l'],
    ['a right-to-left override', '\u202Ellac kciuq\u202C', 'llac kciuq'],
    ['emoji between words', 'quick 🚀 call', 'quick 🚀 call'],
    ['words run together', 'quickcall', 'quickcall'],
  ])('%s', (_kind, phrase, span) => {
    const text = `Hello there. Fancy a ${phrase}?`;
    // The finding is the clause of the ask, from its first letter to its question mark.
    expect(spanOf(text, 'ASK_QUICK_CALL')).toBe(`Fancy a ${phrase}?`);
    expect(quickCall(text)).toBe(span);
  });
});

describe('evasion folding keeps the meaning of what is not an evasion', () => {
  it.each([
    ['numbers and amounts', 'Meet in 3 minutes? 15 min, 2024, 10x, $50, $100k, b2b, Q3, 1e ronde'],
    [
      'handles, addresses and links',
      '@anna anna@acme.com https://acme.com/a1b3 www.l33t.nl calendly.com/an0n',
    ],
    ['names and versions', 'LinkedIn McIntosh OpenAI iPhone Web3 mp3 F1 Office365 covid-19'],
    ['merge fields and spintax', 'Hi $firstName, note$product {Hi|Hello|Hey} [name]'],
    ['abbreviations and lists', 't.a.v. s.v.p. i.o.v. e.g. a b c'],
  ])('%s', (_kind, text) => {
    expect(foldText(text).folded).toBe(text.toLowerCase());
  });

  it('reads leet only in words that are mostly letters', () => {
    expect(foldText('d3m0 b00k intere$ted gr@tis w33k').folded).toBe('demo book interested gratis week');
    expect(foldText('qu1ck ca11 m1nutes c1ick').folded).toBe('quick call minutes click');
  });

  it('a spaced run that starts with "a" keeps the article apart', () => {
    expect(foldText('open to a q u i c k  c a l l').folded).toBe('open to a quick call');
  });

  it('text under a right-to-left override maps back character by character', () => {
    const text = 'ab \u202Edc\u202C ef';
    const folded = foldText(text);
    expect(folded.folded).toBe('ab cd ef');
    expect(toOriginalSpan(folded, 3, 5)).toEqual({ start: 4, end: 6 });
    expect(toOriginalSpan(folded, 3, 4)).toEqual({ start: 5, end: 6 });
  });

  it('tag characters vanish and emoji at the edges of words stay', () => {
    expect(foldText('hi\u{E0041}\u{E007F} there 👋').folded).toBe('hi there 👋');
  });
});
