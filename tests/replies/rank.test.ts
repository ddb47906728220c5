import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { Family } from '../../src/analyzer/types';
import { detectOffer } from '../../src/replies/offers';
import { rankReplies, type ReplyOccasion } from '../../src/replies/rank';
import { BUILTIN_TEMPLATES } from '../../src/replies/templates';
import type { ReplyLang, ReplyTemplate } from '../../src/replies/types';

const HR_JOKE = /HR department|HR-afdeling/;

function occasion(text: string, situation: ReplyOccasion['situation'] = 'alone'): ReplyOccasion {
  const families = new Set<Family>(
    analyze(text)
      .findings.filter((finding) => finding.weight > 0)
      .map((finding) => finding.family),
  );
  return { text, offer: detectOffer(text), families, situation };
}

function firstHumour(text: string, lang: ReplyLang, situation?: ReplyOccasion['situation']): ReplyTemplate {
  const humour = BUILTIN_TEMPLATES.filter((t) => t.intent === 'humour' && t.lang === lang);
  const first = rankReplies(humour, occasion(text, situation))[0];
  if (!first) throw new Error('no humour reply');
  return first;
}

const PITCHES: Record<string, { lang: ReplyLang; text: string }> = {
  hr: {
    lang: 'nl',
    text: 'Hoi Fleur, onze HR-software ontzorgt je complete HR-afdeling: verzuim en onboarding van je medewerkers. Mag ik je even bellen?',
  },
  leads: {
    lang: 'en',
    text: 'Hi Maya, we help consultants like you book 3x more meetings with our done-for-you lead generation. Interested?',
  },
  logistics: {
    lang: 'en',
    text: 'Hi Joris! We help logistics teams cut planning time by 40%. Do you have 15 minutes this week for a quick call? https://calendly.com/x/15min',
  },
  followUp: {
    lang: 'en',
    text: 'Just following up on my previous message. Did you see it? Last chance this month!',
  },
  recruiter: {
    lang: 'en',
    text: 'URGENT: I am recruiting for a senior developer role at a hot startup. Your profile is a perfect fit!',
  },
  crypto: {
    lang: 'nl',
    text: 'Hoi Daan, ik verdien nu passief inkomen met crypto en zoek mensen die mee willen doen. Interesse?',
  },
};

describe('humour replies ranked by fit with the message', () => {
  it('answers an HR pitch to someone who works alone with the joke about their one-person HR department', () => {
    expect(firstHumour(PITCHES.hr!.text, 'nl').text).toMatch(HR_JOKE);
  });

  it('does not open with the HR joke for lead generation, logistics, a follow-up or crypto', () => {
    for (const name of ['leads', 'logistics', 'followUp', 'crypto'] as const) {
      const pitch = PITCHES[name]!;
      expect(firstHumour(pitch.text, pitch.lang).text, name).not.toMatch(HR_JOKE);
    }
  });

  it('plays on what the message does: a meeting ask gets the calendar joke, a nagging follow-up the pigeon', () => {
    expect(
      firstHumour(
        'Hi Joris! Do you have 15 minutes for a quick call? My calendar: https://calendly.com/x/15min',
        'en',
      ).text,
    ).toMatch(/calendar/);
    expect(firstHumour(PITCHES.followUp!.text, 'en').text).toMatch(/pigeon/);
  });

  it('varies: different pitches open with different jokes', () => {
    const firsts = new Set(
      Object.values(PITCHES).map((pitch) =>
        firstHumour(pitch.text, pitch.lang).id.replace(/-(?:en|nl)-/, '-'),
      ),
    );
    expect(firsts.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps every reply in the list, and the user’s own templates first', () => {
    const own: ReplyTemplate = {
      id: 'custom-1',
      intent: 'humour',
      lang: 'en',
      text: 'Ha!',
      source: 'custom',
    };
    const humour = BUILTIN_TEMPLATES.filter((t) => t.intent === 'humour' && t.lang === 'en');
    const ranked = rankReplies([...humour, own], occasion(PITCHES.leads!.text));
    expect(ranked[0]).toBe(own);
    expect(new Set(ranked)).toEqual(new Set([...humour, own]));
  });
});
