import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { firstNameOf, guessOffer, renderTemplate } from '../../src/replies/render';
import { OFFER_PHRASES } from '../../src/replies/offers';
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

describe('the offer slot fits any filling', () => {
  const withOffer = BUILTIN_TEMPLATES.filter((template) => template.text.includes('{theirOffer}'));

  it.each(withOffer.map((template) => [template.id, template] as const))(
    '%s reads as proper sentences with every offer Selge can name, and with none',
    (_id, template) => {
      for (const theirOffer of [...OFFER_PHRASES[template.lang], undefined]) {
        const text = renderTemplate(template, { firstName: 'Sanne', theirOffer });
        // No sentence starts in lower case (". salarisadministratie heb ik …").
        expect(text, text).not.toMatch(/(?:^|[.!?]\s+)\p{Ll}/u);
      }
    },
  );

  it('never makes the offer the subject of a verb, so number and case never clash', () => {
    // "payroll services is not something I need": the filling decided the verb's number.
    for (const template of withOffer)
      expect(template.text, template.id).not.toMatch(
        /(?:^|[.!?]\s+)\{theirOffer\}|\{theirOffer\} (?:is|are|was|has|sounds|klinkt|zijn|lijkt)\b/,
      );
  });

  it('capitalises a filling that opens a sentence in a template of the user’s own', () => {
    expect(
      renderTemplate(
        { lang: 'nl', text: 'Dank je. {theirOffer} is niets voor mij.' },
        { theirOffer: 'leadgeneratie' },
      ),
    ).toBe('Dank je. Leadgeneratie is niets voor mij.');
    expect(renderTemplate({ lang: 'en', text: '{theirOffer}? No, thanks.' }, {})).toBe(
      'Your offer? No, thanks.',
    );
  });
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
    expect(guessOffer('Wij regelen de salarisadministratie', 'en')).toBe('payroll');
    expect(guessOffer('Hello there', 'en')).toBeUndefined();
  });
});
