import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { firstNameOf, guessOffer, renderTemplate } from '../../src/replies/render';
import { BUILTIN_TEMPLATES, INTENTS } from '../../src/replies/templates';

describe('built-in reply templates', () => {
  it('has at least 8 per intent per language', () => {
    for (const intent of INTENTS) {
      for (const lang of ['en', 'nl'] as const) {
        expect(
          BUILTIN_TEMPLATES.filter((t) => t.intent === intent && t.lang === lang).length,
          `${intent}/${lang}`,
        ).toBeGreaterThanOrEqual(8);
      }
    }
  });

  const slotSets = [
    {},
    { firstName: 'Sanne', theirOffer: 'lead generation', myName: 'Joris', mySituation: 'alone' as const },
    { firstName: 'Pieter', theirOffer: 'salarisadministratie', mySituation: 'company' as const },
  ];
  const cases = BUILTIN_TEMPLATES.flatMap((template) =>
    slotSets.map((slots, index) => [template.id, index, template, slots] as const),
  );

  it.each(cases)(
    '%s (slots %i) reads as a whole sentence and is rated "ok" by our analyzer',
    (_id, _index, template, slots) => {
      const text = renderTemplate(template, slots);
      expect(text).not.toMatch(/\{|\}|\s,|^,|\(\)|,[.!?]|\s[.!?]/);
      const verdict = analyze(text, {
        kind: 'reply',
        earlier: [{ author: 'them', text: 'We help teams grow. Quick call?' }],
      });
      expect(verdict.verdict, `${text}\n${verdict.findings.map((f) => f.rule).join(', ')}`).toBe('ok');
      expect(verdict.lang).toBe(template.lang);
    },
  );
});

describe('slot filling', () => {
  it('drops a missing name without leaving stray commas', () => {
    expect(renderTemplate({ lang: 'en', text: 'Hi {firstName}, thanks.' }, {})).toBe('Hi, thanks.');
    expect(renderTemplate({ lang: 'en', text: 'Thanks {firstName}! Bye.' }, {})).toBe('Thanks! Bye.');
    expect(renderTemplate({ lang: 'en', text: 'Thanks for the message, {firstName}. Bye.' }, {})).toBe(
      'Thanks for the message. Bye.',
    );
    expect(renderTemplate({ lang: 'nl', text: 'Hoi {firstName}, dank je.' }, { firstName: 'Sanne' })).toBe(
      'Hoi Sanne, dank je.',
    );
  });

  it('takes the first name and guesses the offer', () => {
    expect(firstNameOf('Sanne de Vries')).toBe('Sanne');
    expect(firstNameOf('<script>')).toBeUndefined();
    expect(guessOffer('We help you with lead generation', 'en')).toBe('lead generation');
    expect(guessOffer('Wij regelen de salarisadministratie', 'nl')).toBe('salarisadministratie');
    expect(guessOffer('Hello there', 'en')).toBeUndefined();
  });
});
