import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import type { MessageContext } from '../../src/analyzer/types';
import {
  NOTE_MAX_CHARS,
  openersFor,
  roleAndCompany,
  rewriteAsQuestion,
  type OpenerKind,
} from '../../src/replies/openers';

const CONTEXT: Record<OpenerKind, MessageContext> = {
  note: { kind: 'connection-note', recipientName: 'Anna de Vries' },
  'first-message': {
    kind: 'own-draft',
    firstAfterConnect: true,
    earlier: [],
    recipientName: 'Anna de Vries',
  },
};
const SLOTS = [
  {},
  { firstName: 'Anna' },
  { firstName: 'Anna', role: 'Head of Operations', company: 'Kargo Logistics' },
  { firstName: 'Anna', company: 'Bakkerij Jansen' },
  { firstName: 'Anna', role: 'Growth consultant for logistics scale-ups' },
  // As the headline reader hands them over: the role in lower case, the company after a comma or a dash.
  { firstName: 'Anna', ...roleAndCompany('Eigenaar, Jansen Dakkapellen') },
  { firstName: 'Anna', ...roleAndCompany('Founder & CEO, Acme') },
  { firstName: 'Anna', ...roleAndCompany('Product Manager for Google Maps') },
];

describe('openers for a connection note and a first message', () => {
  for (const kind of ['note', 'first-message'] as const)
    for (const lang of ['en', 'nl'] as const)
      it(`every ${lang} ${kind} opener, with and without what the page knows, is rated ok and asks a question`, () => {
        for (const slots of SLOTS) {
          const texts = openersFor(
            kind,
            lang,
            slots,
            (text) => analyze(text, CONTEXT[kind]).verdict === 'ok',
          );
          expect(texts.length).toBeGreaterThan(0);
          // Without role and company every opener passes as written; with them the analyzer may keep fewer.
          if (!('role' in slots) && !('company' in slots))
            expect(texts).toEqual(openersFor(kind, lang, slots));
          for (const text of texts) {
            expect(text).not.toMatch(/[{}]/);
            expect(text).toContain('?');
            if (kind === 'note') expect(text.length).toBeLessThanOrEqual(NOTE_MAX_CHARS);
            const verdict = analyze(text, CONTEXT[kind]);
            expect([text, verdict.verdict]).toEqual([text, 'ok']);
            expect(verdict.lang).toBe(lang);
          }
        }
      });

  it('uses the name, role and company the page knows first', () => {
    const [first] = openersFor('note', 'en', {
      firstName: 'Anna',
      role: 'Head of Operations',
      company: 'Kargo',
    });
    expect(first).toBe(
      'Hi Anna, I came across your work as Head of Operations at Kargo and would like to follow what you share. What are you working on these days?',
    );
    expect(openersFor('note', 'nl', {})[0]).toMatch(/^Hoi, /);
  });

  // The role as running text writes it after "as" / "als": "je werk als eigenaar bij …", not "als Eigenaar".
  it.each([
    ['Head of Operations at Kargo Logistics', { role: 'head of operations', company: 'Kargo Logistics' }],
    ['Inkoper bij Bakkerij Jansen | Brood en banket', { role: 'inkoper', company: 'Bakkerij Jansen' }],
    ['Founder @ Tilt · Speaker', { role: 'founder', company: 'Tilt' }],
    ['Growth consultant for logistics scale-ups', { role: 'growth consultant for logistics scale-ups' }],
    ['Eigenaar, Jansen Dakkapellen', { role: 'eigenaar', company: 'Jansen Dakkapellen' }],
    ['Owner - Jansen Dakkapellen', { role: 'owner', company: 'Jansen Dakkapellen' }],
    [
      'Directeur-eigenaar – Van der Berg Installatietechniek',
      { role: 'directeur-eigenaar', company: 'Van der Berg Installatietechniek' },
    ],
    ['Founder & CEO, Acme', { role: 'founder & CEO', company: 'Acme' }],
    ['Accountmanager, Bakkerij Jansen', { role: 'accountmanager', company: 'Bakkerij Jansen' }],
    [undefined, {}],
  ])('reads role and company from the headline %j', (headline, expected) => {
    expect(roleAndCompany(headline)).toEqual(expected);
  });

  it.each([
    ['Coach, trainer, speaker', { role: 'coach, trainer, speaker' }],
    ['Growth consultant, Speaker', { role: 'growth consultant, speaker' }],
    ['Co-Founder of Yumi, Writer', { role: 'co-founder of Yumi, writer' }],
    ['Forbes 30 Under 30 | MBA Candidate at Columbia Business School', {}],
  ])('takes a list of roles for no company, and a slogan for no role: %j', (headline, expected) => {
    expect(roleAndCompany(headline)).toEqual(expected);
  });

  it.each([
    ['Head of Operations', 'head of operations'],
    ['Product Manager for Google Maps', 'product manager for Google Maps'],
    ['VP Sales at Acme', 'VP sales'],
    ['iOS developer bij Bol', 'iOS developer'],
    ['Senior Consultant at McKinsey', 'senior consultant'],
    ['Owner of Seismic Audio Speakers Inc', 'owner of Seismic Audio Speakers Inc'],
    ['COO & co-founder Green Chef', 'COO & co-founder Green Chef'],
    // Languages and peoples keep their capital in running text, in English and in Dutch.
    ['Portuguese as Additional Language Teacher', 'Portuguese as additional language teacher'],
    ['Docent Engels en Frans', 'docent Engels en Frans'],
    ['International Sales Manager', 'international sales manager'],
  ])('writes the function in %j as running text does, names and acronyms as they are', (headline, role) => {
    expect(roleAndCompany(headline).role).toBe(role);
  });

  // Headlines of the sent invitations saved from LinkedIn (../shared/linkedin/html/sent-invitations.html).
  it.each([
    ['Owner, Recchiuti Confections', { role: 'owner', company: 'Recchiuti Confections' }],
    ['Co-Founder, Grinds Coffee Pouches', { role: 'co-founder', company: 'Grinds Coffee Pouches' }],
    ['Owner, Nutrition53.com', { role: 'owner', company: 'Nutrition53.com' }],
    ['Founder and CEO at Priority Bicycles', { role: 'founder and CEO', company: 'Priority Bicycles' }],
    ['Founder & CEO at Veestro, Inc.', { role: 'founder & CEO', company: 'Veestro, Inc.' }],
    ['Co-Founder at Ollie // Angel Investor', { role: 'co-founder', company: 'Ollie' }],
    [
      'CEO / Co-Founder at Volition. Entrepreneur’s 100 Powerful Women.',
      { role: 'CEO / co-founder', company: 'Volition' },
    ],
    [
      'Founder @ BlocPower, hiring to save the planet through climate tech. Dad/ Board Member @ New York Federal Reserve Bank',
      { role: 'founder', company: 'BlocPower' },
    ],
  ])('reads the real headline %j', (headline, expected) => {
    expect(roleAndCompany(headline)).toEqual(expected);
  });

  it('fills the Dutch opener as a person would write it', () => {
    const [first] = openersFor('note', 'nl', {
      firstName: 'Piet',
      ...roleAndCompany('Eigenaar, Jansen Dakkapellen'),
    });
    expect(first).toContain('ik zag je werk als eigenaar bij Jansen Dakkapellen en');
  });
});

describe('rewrite as a question', () => {
  it('keeps the draft’s reason, drops the offer and the ask, and asks about them instead', () => {
    const draft =
      'Hi Anna, I saw your talk on warehouse robotics in Utrecht. We help logistics companies get 3x more leads. Do you have 15 minutes this week for a quick call?';
    const verdict = analyze(draft, CONTEXT.note);
    expect(verdict.verdict).toBe('pitch');
    const rewrites = rewriteAsQuestion(draft, verdict.findings, 'en', {
      firstName: 'Anna',
      company: 'Kargo',
    });
    expect(rewrites.length).toBeGreaterThan(0);
    for (const text of rewrites) {
      expect(text).toMatch(/^Hi Anna, I saw your talk on warehouse robotics in Utrecht\./);
      expect(text).not.toMatch(/15 minutes|3x|We help/);
      expect(text).toMatch(/\?$/);
      expect(analyze(text, CONTEXT.note).verdict).not.toBe('pitch');
    }
  });

  it('in Dutch, and with nothing kept but a greeting it adds one', () => {
    const draft = 'Wij helpen bedrijven aan meer klanten. Heb je deze week tijd voor een kort belletje?';
    const verdict = analyze(draft, CONTEXT.note);
    const rewrites = rewriteAsQuestion(draft, verdict.findings, 'nl', { firstName: 'Anna' });
    expect(rewrites.length).toBeGreaterThan(0);
    for (const text of rewrites) {
      expect(text).toMatch(/^Hoi Anna, [a-z]/);
      expect(text).not.toMatch(/belletje|Wij helpen/);
      expect(analyze(text, CONTEXT.note).verdict).not.toBe('pitch');
    }
  });

  it('offers nothing for a draft without pitch findings', () => {
    const draft = 'Hi Anna, loved your talk in Utrecht. How did the pilot go?';
    expect(rewriteAsQuestion(draft, analyze(draft, CONTEXT.note).findings, 'en', {})).toEqual([]);
  });
});

describe('the question a pitch is rewritten into', () => {
  // "How do you approach help with planning in your team today?" and "… this role …" read wrong.
  it.each([
    [
      'We help logistics scale-ups cut planning time by 40%.',
      'en',
      'How do you approach planning in your team',
    ],
    [
      'We are recruiting candidates for a Head of Sales position.',
      'en',
      'How do you approach hiring in your team',
    ],
    ['We build a new website that converts.', 'en', 'How do you approach your website in your team'],
    ['Join our webinar on growth next Tuesday.', 'en', 'How do you approach events in your team'],
    ['Our SaaS platform saves you hours.', 'en', 'How do you approach software in your team'],
    ['Wij helpen bedrijven met routeplanning.', 'nl', 'Hoe pakken jullie de planning bij jullie nu aan'],
    ['Wij hebben kandidaten voor jullie vacature.', 'nl', 'Hoe pakken jullie werving bij jullie nu aan'],
  ] as const)('asks about their own way of working: %s', (offer, lang, question) => {
    const draft = `${offer} ${lang === 'nl' ? 'Heb je 15 minuten voor een belletje?' : 'Do you have 15 minutes for a call?'}`;
    const rewrites = rewriteAsQuestion(draft, analyze(draft, CONTEXT.note).findings, lang, {
      firstName: 'Anna',
    });
    expect(rewrites[0]?.toLowerCase()).toContain(question.toLowerCase());
  });

  it('asks the general question where the offer names no topic of theirs (an “opportunity”)', () => {
    const draft =
      'We offer a crypto trading opportunity with passive income. Do you have 15 minutes for a call?';
    const rewrites = rewriteAsQuestion(draft, analyze(draft, CONTEXT.note).findings, 'en', {
      firstName: 'Anna',
    });
    expect(rewrites).toEqual(['Hi Anna, what is taking most of your attention at work these days?']);
  });
});
