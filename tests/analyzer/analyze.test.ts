import { describe, expect, it } from 'vitest';
import {
  THRESHOLDS,
  analyze,
  isWordingRule,
  verdictRules,
  type MessageContext,
  type Verdict,
} from '../../src/analyzer/index';

/** Every finding of a verdict, the folded ones too (they carry their own rule, span and text). */
const everyFinding = (verdict: Verdict) => verdict.findings.flatMap((f) => [f, ...(f.also ?? [])]);
const finding = (text: string, rule: string, context: MessageContext = {}) =>
  everyFinding(analyze(text, context)).find((f) => f.rule === rule);

describe('analyze: verdicts a user would notice', () => {
  it('rates a connect-then-pitch note as a pitch, with an explanation and a suggestion in both languages', () => {
    const verdict = analyze(
      'Thanks for connecting! We help SaaS companies book 3x more demos. Do you have 15 minutes this week?',
      {
        kind: 'first-message',
      },
    );
    expect(verdict.verdict).toBe('pitch');
    expect(verdict.lang).toBe('en');
    expect(verdict.score).toBeGreaterThanOrEqual(50);
    expect(verdictRules(verdict)).toEqual(
      expect.arrayContaining(['CONNECT_THEN_PITCH', 'OFFER_WE_HELP', 'PITCH_SLAP', 'ASK_MINUTES']),
    );
    for (const f of verdict.findings) {
      expect(f.explain.en).not.toBe('');
      expect(f.explain.nl).not.toBe('');
    }
  });

  it('rates a listening message as ok', () => {
    const verdict = analyze(
      'Hi Sanne, I read your post on returns in e-commerce. What made you start measuring them per product?',
      {
        kind: 'first-message',
      },
    );
    expect(verdict.verdict).toBe('ok');
    expect(verdictRules(verdict)).toContain('QUESTION_ABOUT_THEM');
  });

  it('rates a Dutch "vrijblijvend kennismaken" note as a pitch, in Dutch', () => {
    const verdict = analyze(
      'Hoi Sanne, ik help MKB-bedrijven aan meer klanten. Zullen we eens vrijblijvend kennismaken?',
      {
        kind: 'connection-note',
      },
    );
    expect(verdict.lang).toBe('nl');
    expect(verdict.verdict).toBe('pitch');
    expect(finding('Zullen we eens vrijblijvend kennismaken?', 'ASK_KENNISMAKEN')?.text).toBe(
      'Zullen we eens vrijblijvend kennismaken?',
    );
  });

  it('places findings at exact offsets in the original text', () => {
    const text = 'Hi Jan, book a slot: https://calendly.com/kees/15min thanks';
    const link = finding(text, 'CALENDAR_LINK');
    expect(link).toMatchObject({ start: 29, end: 52, text: 'calendly.com/kees/15min' });
    expect(text.slice(link!.start, link!.end)).toBe(link!.text);
  });

  it('reads LinkedIn "bold" letters, zero-width characters and curly quotes, and points back into the original', () => {
    const bold = 'Fancy a 𝗾𝘂𝗶𝗰𝗸 𝗰𝗮𝗹𝗹?';
    const quick = finding(bold, 'ASK_QUICK_CALL');
    // The finding marks the clause that carries the move, mapped back to the original letters.
    expect(quick?.text).toBe('Fancy a 𝗾𝘂𝗶𝗰𝗸 𝗰𝗮𝗹𝗹?');

    const hidden = 'Fancy a q\u200Buick c\u200Ball';
    const call = finding(hidden, 'ASK_QUICK_CALL');
    expect(call?.text).toBe('Fancy a q\u200Buick c\u200Ball');

    const fullWidth = 'ｆｒｅｅ ｃｏｎｓｕｌｔａｔｉｏｎ?';
    expect(finding(fullWidth, 'OFFER_FREE')?.text).toBe('ｆｒｅｅ ｃｏｎｓｕｌｔａｔｉｏｎ?');
  });

  it('folds accents that Dutch writers may or may not type', () => {
    expect(finding('Indrukwekkende carrière!', 'PROFILE_FLATTERY_NL')?.text).toBe('Indrukwekkende carrière!');
    expect(finding('Indrukwekkende carriere!', 'PROFILE_FLATTERY_NL')?.text).toBe('Indrukwekkende carriere!');
  });

  it('matches across a line break in the middle of a sentence', () => {
    expect(finding('Fancy a quick\ncall next week?', 'ASK_QUICK_CALL')?.text).toBe(
      'Fancy a quick\ncall next week?',
    );
  });

  it('says when a message is in another language and still runs the language-free rules', () => {
    const verdict = analyze(
      'Hallo, ich möchte Ihnen unser Produkt vorstellen: https://calendly.com/verkauf/30min',
    );
    expect(verdict.lang).toBe('other');
    expect(verdictRules(verdict)).toContain('CALENDAR_LINK');
  });

  it('uses context when it is there and stays silent without it', () => {
    const offer = 'We help SaaS companies book more demos.';
    expect(verdictRules(analyze(offer, { kind: 'connection-note' }))).toContain('PITCH_SLAP');
    expect(verdictRules(analyze(offer))).not.toContain('PITCH_SLAP');
    expect(verdictRules(analyze(offer, { kind: 'reply' }))).not.toContain('PITCH_SLAP');
  });

  it('flags HR and payroll offers to someone who works alone', () => {
    const text = 'Onze HR-software ontzorgt jullie HR-afdeling volledig.';
    expect(verdictRules(analyze(text, { recipientWorkMode: 'alone' }))).toContain('FIT_TEAM_OFFER_TO_SOLO');
    expect(verdictRules(analyze(text, { recipientAbout: 'Ik ben zzp’er in webdesign' }))).toContain(
      'FIT_TEAM_OFFER_TO_SOLO',
    );
    expect(verdictRules(analyze(text, { recipientWorkMode: 'company' }))).not.toContain(
      'FIT_TEAM_OFFER_TO_SOLO',
    );
  });

  it('notices a greeting name that is not the recipient', () => {
    const wrong = finding('Hi Mark, quick question for you.', 'GREETING_NAME_MISMATCH', {
      recipientName: 'Sanne de Vries',
    });
    expect(wrong?.text).toBe('Mark');
  });

  it('lets strictness move the line between borderline and pitch, never the score', () => {
    const texts = [
      'Hi! Do you have 15 minutes this week?',
      'Happy to share what we are seeing in your market.',
      'Heb je 15 minuutjes deze week?',
      'Happy to share a few thoughts if useful.',
      "I'm always looking to expand my network with amazing professionals like you. Let's connect and see if there's a fit!",
      'Zin om eens bij te praten over jullie groeiplannen?',
      'Always happy to help if you need anything on the sales side.',
    ];
    const label = (score: number, strictness: 'relaxed' | 'normal' | 'strict') =>
      score >= THRESHOLDS[strictness].pitch
        ? 'pitch'
        : score >= THRESHOLDS[strictness].borderline
          ? 'borderline'
          : 'ok';
    let moved = 0;
    for (const text of texts) {
      const normal = analyze(text);
      for (const strictness of ['relaxed', 'normal', 'strict'] as const) {
        const verdict = analyze(text, {}, { strictness });
        expect(verdict.score).toBe(normal.score);
        expect(verdict.verdict).toBe(label(normal.score, strictness));
      }
      if (
        analyze(text, {}, { strictness: 'strict' }).verdict !==
        analyze(text, {}, { strictness: 'relaxed' }).verdict
      )
        moved += 1;
    }
    // A message halfway is a pitch to a strict reader and not to a relaxed one.
    expect(moved).toBeGreaterThan(0);
  });

  it('counts each rule once in the score, however often it matches', () => {
    const once = analyze('Quick call?');
    const many = analyze('Quick call? Quick call? Quick call? Quick call?');
    expect(many.score).toBe(once.score);
    expect(everyFinding(many).filter((f) => f.rule === 'ASK_QUICK_CALL')).toHaveLength(4);
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n']) {
      const verdict = analyze(text);
      expect(verdict.score).toBe(0);
      expect(verdict.verdict).toBe('ok');
    }
  });

  it('reads the end of a huge message and keeps offsets right', () => {
    const filler = 'lorem ipsum dolor sit amet. '.repeat(20_000);
    const text = `${filler}Book a slot: https://calendly.com/x/y`;
    const link = finding(text, 'CALENDAR_LINK');
    expect(link).toBeDefined();
    expect(text.slice(link!.start, link!.end)).toBe('calendly.com/x/y');
  });
});

/** Colleagues who have written to each other for weeks: both sides are in the thread. */
const ONGOING: MessageContext = {
  earlier: [
    { author: 'them', text: 'Here is the first draft of the quarterly report.' },
    { author: 'me', text: 'Thanks, I will read it tonight.' },
    { author: 'them', text: 'I added your comments on the forecast.' },
  ],
};
const LOPEND: MessageContext = {
  earlier: [
    { author: 'them', text: 'Hierbij de nieuwe planning voor het voorjaar.' },
    { author: 'me', text: 'Dank je, ik kijk er vanavond naar.' },
    { author: 'them', text: 'Ik heb jouw opmerkingen verwerkt.' },
  ],
};

describe('analyze: what a new user tried (the moves of outreach, not its phrasings)', () => {
  it('rates "thanks for connecting, open to a quick video call?" as a pitch, not as short and clean', () => {
    const verdict = analyze(
      'Thanks for connecting! Would you be open to a quick 15-minute video call this week?',
      { kind: 'first-message' },
    );
    expect(verdict.verdict).toBe('pitch');
    expect(verdictRules(verdict)).not.toContain('SHORT_AND_CLEAN');
  });

  it.each([
    'Wij helpen bakkerijen aan meer klanten.',
    'Ik help coaches aan meer omzet.',
    'Wij helpen dakdekkers aan een volle agenda.',
    'We help roofers win more jobs.',
    'Wij ontwikkelen planningssoftware voor installateurs.',
    'Bij Dakwerk Plus helpen we aannemers met hun offertes.',
  ])('sees the offer in a connection note in either language: %s', (text) => {
    const verdict = analyze(text, { kind: 'connection-note' });
    expect(verdict.verdict).toBe('pitch');
    expect(verdictRules(verdict).some((rule) => rule.startsWith('OFFER_'))).toBe(true);
  });

  it('sees flattery leading to a call in Dutch', () => {
    const verdict = analyze('Ik ben onder de indruk van je profiel. Wanneer past een belletje?', {
      kind: 'first-message',
    });
    expect(verdict.verdict).toBe('pitch');
    expect(verdictRules(verdict)).toEqual(
      expect.arrayContaining(['PROFILE_FLATTERY_NL', 'FLATTERY_LEAD_IN']),
    );
    expect(finding('Indrukwekkend bedrijf, echt knap.', 'PROFILE_FLATTERY_NL')).toBeDefined();
  });

  it('does not call a call between colleagues a pitch', () => {
    for (const [text, context] of [
      ['Thanks Joris, great work on the report. Can we have a quick call tomorrow?', ONGOING],
      ['Ja, ziet er goed uit. Zullen we donderdag even bellen?', LOPEND],
    ] as const) {
      const verdict = analyze(text, context);
      expect(verdict.verdict, text).toBe('ok');
      expect(
        verdict.findings.filter((f) => f.weight > 0),
        text,
      ).toEqual([]);
    }
    // The same ask to a stranger is still a meeting ask: the rules underline it (on these five words alone the
    // wording model, trained with colleagues' logistics too, holds the verdict back).
    const stranger = analyze('Zullen we donderdag even bellen?', { kind: 'first-message' });
    expect(stranger.findings.filter((f) => f.weight > 0).map((f) => f.rule)).toContain('ASK_KENNISMAKEN');
  });

  it('lets an answer offer something easy to say yes to, and keeps the same offer unasked a pitch step', () => {
    const busy = {
      kind: 'reply',
      earlier: [{ author: 'them', text: 'Interessant, maar ik heb het druk.' }],
    } as const;
    const answer = analyze('Begrijpelijk. Zal ik je één pagina sturen? Dan kijk je zelf of het past.', busy);
    expect(answer.verdict).toBe('ok');
    expect(answer.findings.filter((f) => f.weight > 0)).toEqual([]);
    const unasked = analyze('Hoi Sanne, zal ik je een korte brochure sturen?', { kind: 'first-message' });
    expect(unasked.findings.some((f) => f.weight > 0)).toBe(true);
  });

  it('reads an offer that answers their question as an answer, not a pitch', () => {
    const asked = {
      kind: 'reply',
      earlier: [{ author: 'them', text: 'Is there another edition of the course?' }],
    } as const;
    const answer = analyze(
      'Thanks Lisa! We offer the same course next spring, I will keep you posted.',
      asked,
    );
    expect(answer.verdict).toBe('ok');
    expect(answer.findings.map((f) => f.rule)).toContain('ANSWERS_THEIR_REQUEST');
    // The same offer after a message that asked nothing is not an answer.
    const told = {
      kind: 'reply',
      earlier: [{ author: 'them', text: 'Thanks for the course last week.' }],
    } as const;
    expect(analyze('We offer the same course next spring.', told).findings.map((f) => f.rule)).not.toContain(
      'ANSWERS_THEIR_REQUEST',
    );
  });

  it('hears a question about how they set their own rate as listening, not money talk', () => {
    for (const text of [
      'Hi Priya, your thread on pricing your first consulting project was clear. How did you decide on a day rate?',
      'Hoi Eva, mooi stuk over starten als zzp-er. Hoe ben je destijds op je uurtarief gekomen?',
    ]) {
      const verdict = analyze(text, { kind: 'first-message' });
      // No rule reads it as money talk; the wording model may lean a little, the verdict stays ok.
      expect(
        verdict.findings.filter((f) => f.weight > 0 && !isWordingRule(f.rule)),
        text,
      ).toEqual([]);
      expect(verdict.verdict, text).toBe('ok');
    }
    // The rules read the same words from a recruiter as money talk (the wording model alone may disagree).
    const recruiter = analyze('Our day rate is low and the perks are great. Interested?', {
      kind: 'first-message',
    });
    expect(recruiter.findings.flatMap((f) => [f.rule, ...(f.also ?? []).map((a) => a.rule)])).toContain(
      'MONEY_TALK',
    );
    expect(recruiter.signals.rulesScore).toBeGreaterThanOrEqual(50);
  });

  it('does not read "I work alone" as an offer', () => {
    const verdict = analyze('Hoi Sanne, leadgeneratie klinkt top, maar ik werk alleen.', { kind: 'reply' });
    expect(verdict.verdict).toBe('ok');
    expect(
      analyze('Ik werk met bakkers en slagers aan meer klanten.', { kind: 'first-message' }).verdict,
    ).not.toBe('ok');
  });

  it('does not read "ja, ziet er goed uit" as flattery', () => {
    for (const context of [{}, LOPEND]) {
      const verdict = analyze('Ja, ziet er goed uit', context);
      expect(verdict.verdict).toBe('ok');
      expect(verdict.findings.filter((f) => f.weight > 0)).toEqual([]);
    }
  });

  it('lists one finding per phrase: rules on the same words fold under the strongest, which carries their points', () => {
    const verdict = analyze(
      'Hoi Sanne, zullen we een korte videocall plannen? Dan laat ik je onze tool zien.',
      {
        kind: 'first-message',
      },
    );
    // The wording model's finding stands apart (it may underline the same words); the rules fold.
    const onCall = verdict.findings.filter(
      (f) => f.weight !== 0 && !isWordingRule(f.rule) && f.text.toLowerCase().includes('korte videocall'),
    );
    expect(onCall).toHaveLength(1);
    const folded = onCall[0]!.also ?? [];
    expect(folded.map((f) => f.rule)).toEqual(expect.arrayContaining(['MEETING_ASK_TO_STRANGER']));
    // The points of the folded rules are in the finding that lists them: the list adds up to the score.
    expect(verdict.findings.reduce((sum, f) => sum + f.weight, 0)).toBe(verdict.signals.rawScore);
    expect(verdict.findings.filter((f) => f.weight !== 0).length).toBeLessThanOrEqual(4);
  });

  it("does not count the user's own connection note as a message left unanswered", () => {
    const text = 'Hi Anna, thanks for accepting! How did your team pick the new planning tool?';
    const note = { author: 'me' as const, text: 'Hi Anna, loved your talk on planning.' };
    for (const context of [
      { kind: 'first-message' as const, earlier: [{ ...note, kind: 'connection-note' as const }] },
      { firstAfterConnect: true, earlier: [note] },
      {
        earlier: [
          { ...note, kind: 'connection-note' as const },
          { author: 'them' as const, text: 'Anna accepted your invitation', kind: 'system' as const },
        ],
      },
    ]) {
      expect(verdictRules(analyze(text, context))).not.toContain('UNANSWERED_AGAIN');
    }
    expect(
      verdictRules(analyze(text, { earlier: [note, { author: 'me', text: 'Any thoughts?' }] })),
    ).toContain('UNANSWERED_AGAIN');
  });
});

describe('analyze: evasion and hostile input', () => {
  it('folds look-alike letters from other scripts (Cyrillic, Greek) to the Latin letters they imitate', () => {
    const plain = 'We help SaaS companies book more demos. Interested?';
    // Cyrillic а, е, о, с and Greek ο in place of Latin letters.
    const disguised = 'Wе hеlp SaaS cоmpaniеs bооk mοrе dеmоs. Intеrеstеd?';
    const verdict = analyze(disguised, { kind: 'connection-note' });
    expect(verdict.score).toBe(analyze(plain, { kind: 'connection-note' }).score);
    expect(verdict.verdict).toBe('pitch');
    const offer = finding(disguised, 'OFFER_WE_HELP', { kind: 'connection-note' });
    expect(disguised.slice(offer!.start, offer!.end)).toBe(offer!.text);
  });

  it('finds a pitch in the middle of a message padded past 20 KB on both sides', () => {
    const padding = 'The weather was mild and the trains ran on time. '.repeat(450);
    expect(padding.length).toBeGreaterThan(20_000);
    const pitch = 'We help SaaS companies book more demos. Do you have 15 minutes this week?';
    const text = `${padding}${pitch} ${padding}`;
    const verdict = analyze(text, { kind: 'first-message' });
    expect(verdict.verdict).toBe('pitch');
    const offer = finding(text, 'OFFER_WE_HELP', { kind: 'first-message' });
    expect(offer?.start).toBe(padding.length);
  });

  it('reads samples from every part of a message too long to read whole', () => {
    const padding = 'lorem ipsum dolor sit amet. '.repeat(20_000);
    const text = `${padding}We help SaaS companies book more demos. ${padding}`;
    expect(verdictRules(analyze(text, { kind: 'connection-note' }))).toContain('OFFER_WE_HELP');
  });

  it.each([
    ['an unknown strictness', 'x', {}, { strictness: 'paranoid' }],
    ['earlier that is not an array', 'x', { earlier: 'yesterday' }, {}],
    ['earlier holding null', 'x', { earlier: [null, { author: 'them', text: 'Hi' }, 42] }, {}],
    ['a recipient name that is not a string', 'x', { recipientName: { first: 'Ann' } }, {}],
    ['a context that is not an object', 'x', 'cold', {}],
    ['a kind nobody knows', 'x', { kind: 'telegram' }, {}],
    ['minutes that are not a number', 'x', { minutesSinceConnected: 'soon' }, {}],
  ])('never throws on a malformed context: %s', (_name, text, context, options) => {
    const pitch = 'We help SaaS companies book more demos. Do you have 15 minutes?';
    for (const message of [text, pitch]) {
      const verdict = analyze(message, context as MessageContext, options as object);
      expect(verdict.score).toBeGreaterThanOrEqual(0);
      expect(verdict.score).toBeLessThanOrEqual(100);
    }
    expect(analyze(pitch, context as MessageContext, options as object).verdict).not.toBe('ok');
  });
});
