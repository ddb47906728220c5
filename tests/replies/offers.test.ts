import { describe, expect, it } from 'vitest';
import { detectOffer } from '../../src/replies/offers';
import { guessOffer } from '../../src/replies/render';

describe('the guessed offer is what the message is about', () => {
  it('an HR pitch that lists payroll among its services is about HR', () => {
    const pitch =
      'Hoi Fleur, onze HR-software ontzorgt je complete HR-afdeling: verzuim, salarisadministratie en onboarding van je medewerkers. Mag ik je even bellen?';
    expect(guessOffer(pitch, 'nl')).toBe('HR-software');
    expect(guessOffer(pitch, 'en')).toBe('HR software');
    expect(
      guessOffer('Hi Tom, we take HR off your plate: payroll, absence and onboarding. Quick call?', 'en'),
    ).toBe('HR services');
  });

  it('weighs what the sender says they offer above a word they mention in passing', () => {
    expect(
      detectOffer(
        'Hi Ben, I saw your post on payroll deadlines. We help agencies get more demos with done-for-you outreach. Open to a chat?',
      ),
    ).toBe('leads');
    expect(
      detectOffer(
        'Hoi Bram, wij helpen bouwbedrijven aan meer klanten via LinkedIn. Vrijblijvend kennismaken?',
      ),
    ).toBe('leads');
  });

  it('does not read an hourly rate or a salary as an HR or payroll offer', () => {
    expect(detectOffer('Paid expert call, one hour, 400 euro/hr. Interested?')).toBeUndefined();
    expect(
      detectOffer('Ik zoek een uitvoerder voor een aannemer, goed salaris. Interesse in deze functie?'),
    ).toBe('recruiting');
  });

  it('names no offer where there is none', () => {
    expect(detectOffer('Hoe gaat het met de verhuizing?')).toBeUndefined();
  });
});
