import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { anonymise } from '../../src/ui/trainer/anonymise';
import {
  importSummary,
  mergeDecks,
  moved,
  parseDeckFile,
  parsePair,
  readDeckFile,
  titleOf,
  toDeckFile,
  type Deck,
} from '../../src/ui/trainer/deck';
import { isChanged, pairDraft, quizDraft, withDraft } from '../../src/ui/trainer/deck-draft';
import { PAIRS } from '../../src/ui/trainer/pairs';
import { QUIZ_ITEMS } from '../../src/ui/trainer/quiz-items';

const DECK: Deck = { version: 1, pairs: [...PAIRS], quiz: [...QUIZ_ITEMS] };

describe('built-in pairs', () => {
  it('has at least 12 pairs in both languages', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PAIRS.map((pair) => pair.lang))).toEqual(new Set(['en', 'nl']));
  });

  it.each(PAIRS.map((pair) => [pair.id, pair] as const))(
    '%s: the bad one is a pitch, the good one is ok, also with the names hidden',
    (_id, pair) => {
      for (const hidden of [false, true]) {
        const shown = (text: string) => (hidden ? anonymise(text, pair.names, pair.lang, pair.id) : text);
        const bad = analyze(shown(pair.bad), pair.context);
        const good = analyze(shown(pair.good), pair.context);
        expect(bad.verdict, bad.findings.map((f) => f.rule).join(',')).toBe('pitch');
        expect(good.verdict, `${good.score} ${good.findings.map((f) => f.rule).join(',')}`).toBe('ok');
        expect(bad.lang).toBe(pair.lang);
      }
    },
  );

  it('hiding names changes no score', () => {
    for (const pair of PAIRS)
      for (const text of [pair.bad, pair.good])
        expect(analyze(anonymise(text, pair.names, pair.lang, pair.id), pair.context).score, text).toBe(
          analyze(text, pair.context).score,
        );
  });

  it('has a different heading for every pair, in English and in Dutch', () => {
    for (const lang of ['en', 'nl'] as const) {
      const titles = PAIRS.map((pair) => titleOf(pair, lang));
      expect(new Set(titles).size, titles.join(' | ')).toBe(PAIRS.length);
    }
  });
});

describe('built-in quiz', () => {
  it('has messages of its own, none of them a pair’s text', () => {
    const pairTexts = new Set(PAIRS.flatMap((pair) => [pair.bad, pair.good]));
    expect(QUIZ_ITEMS.length).toBeGreaterThanOrEqual(12);
    for (const item of QUIZ_ITEMS) expect(pairTexts.has(item.text), item.id).toBe(false);
  });

  it('mixes pitches and good messages in both languages', () => {
    for (const lang of ['en', 'nl'] as const) {
      const items = QUIZ_ITEMS.filter((item) => item.lang === lang);
      expect(items.filter((item) => item.pitch).length).toBeGreaterThanOrEqual(3);
      expect(items.filter((item) => !item.pitch).length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(QUIZ_ITEMS.map((item) => [item.id, item] as const))(
    '%s: Selge agrees with the answer, in the item’s language, also with names hidden',
    (_id, item) => {
      for (const text of [item.text, anonymise(item.text, item.names, item.lang, item.id)]) {
        const verdict = analyze(text, item.context);
        expect(verdict.verdict === 'pitch', `${verdict.score} ${verdict.findings.map((f) => f.rule)}`).toBe(
          item.pitch,
        );
        expect(verdict.lang).toBe(item.lang);
      }
    },
  );
});

describe('hiding names', () => {
  it('puts a plausible name in the item’s language in place of each name, whole words only', () => {
    const out = anonymise('Hi Ben, Ben here. Bent u er?', ['Ben'], 'en', 'x');
    expect(out).not.toMatch(/\bBen\b/);
    expect(out).toContain('Bent u er?');
    const standIn = /^Hi (\p{Lu}\p{Ll}+), \1 here\./u.exec(out)?.[1];
    expect(standIn).toBeDefined();
    expect(anonymise('Hoi Sanne!', ['Sanne'], 'nl', 'x')).toMatch(/^Hoi \p{Lu}\p{Ll}+!$/u);
    expect(anonymise('Hoi Sanne!', ['Sanne'], 'nl', 'x')).not.toMatch(/\[|naam|name/i);
  });

  it('varies the stand-ins from example to example, and keeps them the same for one example', () => {
    const names = new Set(PAIRS.map((pair) => anonymise('Hi Maya', ['Maya'], 'en', pair.id)));
    expect(names.size).toBeGreaterThanOrEqual(4);
    expect(anonymise('Hi Maya', ['Maya'], 'en', 'a')).toBe(anonymise('Hi Maya', ['Maya'], 'en', 'a'));
  });

  it('never picks a stand-in that is already in the text, and takes names with regex characters as text', () => {
    for (let i = 0; i < 50; i++) {
      const out = anonymise('Hi Tom, Alex says hi.', ['Tom'], 'en', String(i));
      expect(out).not.toMatch(/^Hi Alex/);
    }
    expect(anonymise('Hi J.R. (Bob)!', ['J.R. (Bob)'], 'en', 'x')).not.toContain('J.R.');
  });
});

describe('deck files', () => {
  it('export then import gives the same deck', () => {
    const parsed = parseDeckFile(JSON.stringify(toDeckFile(DECK)), 'en');
    expect(parsed.ok && parsed.value.pairs).toEqual(DECK.pairs);
    expect(parsed.ok && parsed.value.quiz).toEqual(DECK.quiz);
  });

  it('says clearly what is wrong with a bad file, in the trainer’s language', () => {
    const file = toDeckFile(DECK);
    const broken = {
      ...file,
      pairs: file.pairs.map((pair, index) => (index === 1 ? { ...pair, bad: '  ' } : pair)),
    };
    expect(parseDeckFile(JSON.stringify(broken), 'en')).toEqual({
      ok: false,
      problem: 'pair 2, bad: needs text',
    });
    expect(parseDeckFile(JSON.stringify(broken), 'nl')).toEqual({
      ok: false,
      problem: 'paar 2, bad: heeft tekst nodig',
    });
    const badAnswer = { ...file, quiz: [{ ...file.quiz[0], pitch: 'yes' }] };
    expect(parseDeckFile(JSON.stringify(badAnswer), 'en')).toEqual({
      ok: false,
      problem: 'quiz item 1, pitch: must be true or false',
    });
    expect(parseDeckFile('{oops', 'en')).toEqual({
      ok: false,
      problem: 'the file is not valid JSON (line 1, column 2)',
    });
    // The parser's own English sentence stays out of a Dutch one; the place it stopped is kept.
    expect(parseDeckFile('{\n  "format": "selge-trainer-deck",\n  pairs: []\n}', 'nl')).toEqual({
      ok: false,
      problem: 'het bestand is geen geldige JSON (regel 3, kolom 3)',
    });
    expect(parseDeckFile('', 'en')).toEqual({ ok: false, problem: 'the file is empty' });
    expect(parseDeckFile(JSON.stringify({ format: 'selge-templates', version: 1 }), 'en')).toMatchObject({
      problem: /not a Selge trainer deck/,
    });
    const twice = { ...file, quiz: [file.quiz[0], file.quiz[0]] };
    expect(parseDeckFile(JSON.stringify(twice), 'en')).toMatchObject({ problem: /appears twice/ });
    expect(parseDeckFile('x'.repeat(2_000_001), 'en')).toMatchObject({ problem: /larger than 2 MB/ });
  });

  // A deck in Dutch or with emoji holds more bytes than characters: a 2.2 MB file of 1.1 million characters was
  // read cut at 2 MB and then said to be "not valid JSON", not too large.
  it('a file over 2 MB of non-ASCII text is said to be too large, not broken', async () => {
    const big = JSON.stringify({
      ...toDeckFile(DECK),
      pairs: [{ ...DECK.pairs[0], bad: 'é'.repeat(1_100_000) }],
    });
    expect(big.length).toBeLessThan(2_000_000);
    const file = new File([big], 'deck.json', { type: 'application/json' });
    expect(file.size).toBeGreaterThan(2_000_000);
    expect(await readDeckFile(file, 'en')).toEqual({ ok: false, problem: 'the file is larger than 2 MB' });
    expect(await readDeckFile(file, 'nl')).toEqual({ ok: false, problem: 'het bestand is groter dan 2 MB' });
    expect(parseDeckFile(big, 'en')).toEqual({ ok: false, problem: 'the file is larger than 2 MB' });
    const small = new File([JSON.stringify(toDeckFile(DECK))], 'deck.json');
    expect(await readDeckFile(small, 'en')).toMatchObject({ ok: true });
  });

  it('a trainer’s own heading is one string; a pair without one is refused', () => {
    const own = { ...PAIRS[0], id: 'mine', title: 'Mijn voorbeeld' };
    expect(parsePair(own, 'nl')).toMatchObject({ ok: true, value: { title: 'Mijn voorbeeld' } });
    expect(parsePair({ ...own, title: '' }, 'en')).toMatchObject({ ok: false, problem: /title/ });
  });

  it('an import replaces items with the same id where they stand and adds the rest at the end', () => {
    const first = DECK.pairs[0]!;
    const changed = { ...first, good: 'A better example.' };
    const added = { ...first, id: 'new-pair', title: 'New' };
    const merged = mergeDecks(DECK, { pairs: [added, changed], quiz: [] });
    expect(merged.pairs[0]).toEqual(changed);
    expect(merged.pairs.at(-1)).toEqual(added);
    expect(merged.pairs.length).toBe(DECK.pairs.length + 1);
    expect(merged.quiz).toEqual(DECK.quiz);
  });

  it('moves an item up or down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the deck editor’s form', () => {
  it('saves an edited built-in pair in its place, keeping both languages of an untouched heading', () => {
    const nagging = PAIRS.find((pair) => pair.id === 'nagging-en')!;
    const draft = { ...pairDraft(nagging, 'nl'), good: 'Hi Ben, here is the report I mentioned.' };
    const saved = withDraft(DECK, draft, 'nl');
    const index = DECK.pairs.indexOf(nagging);
    expect(saved.ok && saved.value.pairs[index]).toEqual({ ...nagging, good: draft.good });

    const renamed = withDraft(DECK, { ...draft, title: 'Mijn eigen kop' }, 'nl');
    expect(renamed.ok && renamed.value.pairs[index]?.title).toBe('Mijn eigen kop');
  });

  it('adds a new quiz message at the end with the context the form describes', () => {
    const draft = {
      ...quizDraft(null, 'en'),
      lang: 'nl' as const,
      kind: 'reply' as const,
      earlier: 'Wat kost het?',
      text: 'Dat hangt ervan af. Wat wil je bereiken?',
      pitch: false,
      names: ' Anna , ,Bas',
    };
    const saved = withDraft(DECK, draft, 'en');
    expect(saved.ok && saved.value.quiz.at(-1)).toMatchObject({
      lang: 'nl',
      context: { kind: 'reply', earlier: [{ author: 'them', text: 'Wat kost het?' }] },
      pitch: false,
      names: ['Anna', 'Bas'],
    });
    expect(saved.ok && saved.value.quiz.length).toBe(DECK.quiz.length + 1);
  });

  it('refuses a pair without its good message and says which field', () => {
    const draft = { ...pairDraft(null, 'en'), title: 'Half done', bad: 'We help teams grow. Call?' };
    expect(withDraft(DECK, draft, 'en')).toEqual({ ok: false, problem: 'good: needs text' });
  });
});

// An import from another trainer holds the built-in items' ids too: what it replaces of one's own is named.
describe('what an import does to the deck, said before it is done', () => {
  const builtIn = { version: 1 as const, pairs: [...PAIRS], quiz: [...QUIZ_ITEMS] };
  const fileOf = (deck: Pick<Deck, 'pairs' | 'quiz'>) => {
    const parsed = parseDeckFile(JSON.stringify(toDeckFile({ version: 1, ...deck })), 'en');
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.value;
  };

  it('one’s own export again: everything is there already, whatever order the keys are in', () => {
    expect(importSummary(builtIn, fileOf(builtIn), 'en')).toEqual({
      added: 0,
      replaced: [],
      unchanged: PAIRS.length + QUIZ_ITEMS.length,
    });
  });

  it('names the items of the deck the file’s version would replace, in the trainer’s language', () => {
    const [first, ...rest] = PAIRS;
    const theirs = { ...first!, bad: `${first!.bad} Book now!` };
    const extra = { ...first!, id: 'their-own-pair' };
    expect(importSummary(builtIn, fileOf({ pairs: [theirs, ...rest, extra], quiz: [] }), 'nl')).toEqual({
      added: 1,
      replaced: [titleOf(first!, 'nl')],
      unchanged: rest.length,
    });
  });
});

// Edit or Add on another item replaced the open form, and what was typed in it, without a word.
describe('whether the deck form holds something typed', () => {
  it('not as opened, and yes once anything differs', () => {
    const pair = PAIRS[0]!;
    expect(isChanged(pairDraft(pair, 'en'), 'en')).toBe(false);
    expect(isChanged(pairDraft(null, 'nl'), 'nl')).toBe(false);
    expect(isChanged(quizDraft(QUIZ_ITEMS[0]!, 'en'), 'en')).toBe(false);
    expect(isChanged({ ...pairDraft(pair, 'en'), good: `${pair.good}!` }, 'en')).toBe(true);
    expect(isChanged({ ...pairDraft(null, 'en'), title: 'The webinar' }, 'en')).toBe(true);
    expect(isChanged({ ...quizDraft(null, 'en'), pitch: false }, 'en')).toBe(true);
  });
});
