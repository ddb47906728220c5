// Explanations that fit the message they explain (issue 21, item 5): what a finding says must hold for every
// message the rule fires on, not only for the example it was written from.
import { describe, expect, it } from 'vitest';
import { analyze, RULE_DOCS, WORDING_BUCKETS, WORDING_DOCS } from '../../src/analyzer';
import type { Lang, ThreadMessage } from '../../src/analyzer/types';
import { intentsFor } from '../../src/replies/templates';
import { segmentText } from '../../src/ui/highlight';

const LANGS: readonly Lang[] = ['en', 'nl'];
const ALL_DOCS = {
  ...RULE_DOCS,
  ...Object.fromEntries(WORDING_BUCKETS.map((b) => [b.id, WORDING_DOCS[b.id]])),
};

describe('explanations', () => {
  it('quote no words: the view shows the words of the message itself, and a quoted example may not be in it', () => {
    const quoting = Object.entries(ALL_DOCS).flatMap(([id, docs]) =>
      LANGS.flatMap((lang) =>
        [docs?.explain[lang], docs?.own?.[lang]]
          .filter((text) => text && /["“”„]/.test(text))
          .map(() => `${id} (${lang})`),
      ),
    );
    expect(quoting).toEqual([]);
  });

  it('that speak of the sender have a version for the user’s own draft, which says "you"', () => {
    const sender = /\b(?:sender|afzender)/i;
    const missing = Object.entries(RULE_DOCS).flatMap(([id, docs]) =>
      LANGS.flatMap((lang) => {
        if (!sender.test(docs.explain[lang])) return [];
        const own = docs.own?.[lang] ?? '';
        const secondPerson = lang === 'en' ? /\byou/i : /\b(?:je|jij|jou|jouw)\b/i;
        return sender.test(own) || !secondPerson.test(own) ? [`${id} (${lang})`] : [];
      }),
    );
    expect(missing).toEqual([]);
    expect(RULE_DOCS.OFFER_WE_HELP?.own?.en).toMatch(/^You talk about what you sell/);
  });

  it('of the pitch-slap fit a sixth message in a thread where only the user wrote', () => {
    const earlier: ThreadMessage[] = Array.from({ length: 5 }, (_, i) => ({
      author: 'me',
      text: `Hi Anna, note ${i + 1}.`,
    }));
    const verdict = analyze('We help SaaS companies book more demos.', { kind: 'follow-up', earlier });
    const slap = verdict.findings.find((finding) => finding.rule === 'PITCH_SLAP');
    expect(slap?.weight).toBeGreaterThan(0);
    for (const finding of verdict.findings) {
      expect(finding.explain.en).not.toMatch(/first message after connecting/i);
      expect(finding.explain.nl).not.toMatch(/eerste bericht na het connecten/i);
    }
    expect(slap?.explain.en).toMatch(/follow-up/);
    expect(slap?.explain.nl).toMatch(/vervolg/);
  });
});

describe('a reminder after an unanswered pitch', () => {
  const after = (pitch: string) => ({
    kind: 'follow-up' as const,
    earlier: [{ author: 'me' as const, text: pitch }],
  });
  it('is a pitch in Dutch as in English, by the rule that chases silence', () => {
    const en = analyze(
      'Just a quick reminder, I would love to hear from you!',
      after('Hi Anna, we help SaaS companies 3x their pipeline. Do you have 15 minutes this week?'),
    );
    const nl = analyze(
      'Even een reminder, ik hoor graag van je!',
      after('Hoi Anna, wij helpen MKB-bedrijven aan meer klanten. Zullen we eens vrijblijvend kennismaken?'),
    );
    expect(en.verdict).toBe('pitch');
    expect(nl.verdict).toBe('pitch');
    expect(nl.findings.map((finding) => finding.rule)).toContain('NAG_FOLLOW_UP_NL');
    expect(en.findings.map((finding) => finding.rule)).toContain('NAG_FOLLOW_UP');
    // The reply studio answered the Dutch one with "Listen" first, as if it were a genuine message.
    expect(intentsFor(nl.verdict)[0]).toBe(intentsFor(en.verdict)[0]);
    expect(intentsFor(nl.verdict)[0]).not.toBe('listen');
  });

  it('of a shared memory is no nag', () => {
    const verdict = analyze('Wat een mooie herinnering aan onze reis!', after('Leuk je te zien in Gent.'));
    expect(verdict.findings.map((finding) => finding.rule)).not.toContain('NAG_FOLLOW_UP_NL');
  });
});

describe('"no pitch, promise"', () => {
  const aside = '(And no pitch, promise.)';
  it('is not underlined or counted on a message that only asks about them', () => {
    const text = `Hi Anna, I loved your talk on forecasting at SaaStock. How did you get your team to trust the numbers? ${aside}`;
    const verdict = analyze(text, { kind: 'first-message' });
    const at = text.indexOf(aside);
    const counted = verdict.findings.filter((f) => f.weight > 0 && f.start < at + aside.length && f.end > at);
    expect(counted).toEqual([]);
    const { segments } = segmentText(text, verdict.findings);
    expect(
      segments.filter((segment) => segment.tone === 'bad' && aside.includes(segment.text.trim())),
    ).toEqual([]);
    // The rules do not count it; the wording model may lean on it (such disclaimers precede pitches in real
    // data), but it cannot make the question a pitch.
    expect(verdict.verdict).not.toBe('pitch');
  });

  it('counts beside an offer, where it announces the pitch', () => {
    const verdict = analyze(`Hi Anna, we help SaaS companies book more demos. ${aside}`, {
      kind: 'first-message',
    });
    const disclaimed = verdict.findings.find((finding) => finding.rule === 'DISCLAIMED_PITCH');
    expect(disclaimed?.text).toBe(aside);
    expect(disclaimed?.weight).toBeGreaterThan(0);
  });
});
