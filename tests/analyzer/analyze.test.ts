import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';

const finding = (text: string, rule: string, context = {}) =>
  analyze(text, context).findings.find((f) => f.rule === rule);

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
    const rules = verdict.findings.map((f) => f.rule);
    expect(rules).toEqual(
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
    expect(verdict.findings.map((f) => f.rule)).toContain('QUESTION_ABOUT_THEM');
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
      'vrijblijvend kennismaken',
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
    expect(quick?.text).toBe('𝗾𝘂𝗶𝗰𝗸 𝗰𝗮𝗹𝗹');

    const hidden = 'Fancy a q\u200Buick c\u200Ball';
    const call = finding(hidden, 'ASK_QUICK_CALL');
    expect(call?.text).toBe('q\u200Buick c\u200Ball');

    const fullWidth = 'ｆｒｅｅ ｃｏｎｓｕｌｔａｔｉｏｎ?';
    expect(finding(fullWidth, 'OFFER_FREE')?.text).toBe('ｆｒｅｅ ｃｏｎｓｕｌｔａｔｉｏｎ');
  });

  it('folds accents that Dutch writers may or may not type', () => {
    expect(finding('Indrukwekkende carrière!', 'PROFILE_FLATTERY_NL')?.text).toBe('Indrukwekkende carrière');
    expect(finding('Indrukwekkende carriere!', 'PROFILE_FLATTERY_NL')?.text).toBe('Indrukwekkende carriere');
  });

  it('matches across a line break in the middle of a sentence', () => {
    expect(finding('Fancy a quick\ncall next week?', 'ASK_QUICK_CALL')?.text).toBe('quick\ncall');
  });

  it('says when a message is in another language and still runs the language-free rules', () => {
    const verdict = analyze(
      'Hallo, ich möchte Ihnen unser Produkt vorstellen: https://calendly.com/verkauf/30min',
    );
    expect(verdict.lang).toBe('other');
    expect(verdict.findings.map((f) => f.rule)).toContain('CALENDAR_LINK');
  });

  it('uses context when it is there and stays silent without it', () => {
    const offer = 'We help SaaS companies book more demos.';
    expect(analyze(offer, { kind: 'connection-note' }).findings.map((f) => f.rule)).toContain('PITCH_SLAP');
    expect(analyze(offer).findings.map((f) => f.rule)).not.toContain('PITCH_SLAP');
    expect(analyze(offer, { kind: 'reply' }).findings.map((f) => f.rule)).not.toContain('PITCH_SLAP');
  });

  it('flags HR and payroll offers to someone who works alone', () => {
    const text = 'Onze HR-software ontzorgt jullie HR-afdeling volledig.';
    expect(analyze(text, { recipientWorkMode: 'alone' }).findings.map((f) => f.rule)).toContain(
      'FIT_TEAM_OFFER_TO_SOLO',
    );
    expect(
      analyze(text, { recipientAbout: 'Ik ben zzp’er in webdesign' }).findings.map((f) => f.rule),
    ).toContain('FIT_TEAM_OFFER_TO_SOLO');
    expect(analyze(text, { recipientWorkMode: 'company' }).findings.map((f) => f.rule)).not.toContain(
      'FIT_TEAM_OFFER_TO_SOLO',
    );
  });

  it('notices a greeting name that is not the recipient', () => {
    const wrong = finding('Hi Mark, quick question for you.', 'GREETING_NAME_MISMATCH', {
      recipientName: 'Sanne de Vries',
    });
    expect(wrong?.text).toBe('Mark');
  });

  it('lets strictness move the line between borderline and pitch', () => {
    const text = 'Hi! Do you have 15 minutes this week?';
    const normal = analyze(text);
    expect(analyze(text, {}, { strictness: 'strict' }).verdict).toBe('pitch');
    expect(analyze(text, {}, { strictness: 'relaxed' }).score).toBe(normal.score);
    expect(['ok', 'borderline']).toContain(analyze(text, {}, { strictness: 'relaxed' }).verdict);
  });

  it('counts each rule once in the score, however often it matches', () => {
    const once = analyze('Quick call?');
    const many = analyze('Quick call? Quick call? Quick call? Quick call?');
    expect(many.score).toBe(once.score);
    expect(many.findings.filter((f) => f.rule === 'ASK_QUICK_CALL')).toHaveLength(4);
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n']) {
      const verdict = analyze(text);
      expect(verdict.score).toBe(0);
      expect(verdict.verdict).toBe('ok');
    }
  });

  it('reads the head and the tail of a huge message and keeps offsets right', () => {
    const filler = 'lorem ipsum dolor sit amet. '.repeat(20_000);
    const text = `${filler}Book a slot: https://calendly.com/x/y`;
    const link = analyze(text).findings.find((f) => f.rule === 'CALENDAR_LINK');
    expect(link).toBeDefined();
    expect(text.slice(link!.start, link!.end)).toBe('calendly.com/x/y');
  });
});
