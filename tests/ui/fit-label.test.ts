import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../src/ui/fit-label';

const PITCH = {
  name: 'Mark de Haan',
  marks: ['Pitch'],
  when: '2 days ago',
  text: 'Hi Joris, we help consultants like you book 3x more meetings. Free strategy call this week?',
};
/** Room for so many characters: the browser measures pixels, the rule is the same. */
const room = (chars: number) => (label: string) => label.length <= chars;

describe('an option label that fits the chooser', () => {
  it('says everything where there is room, the quote cut between words', () => {
    expect(fitLabel(PITCH)).toBe(
      'Mark de Haan · Pitch · 2 days ago · “Hi Joris, we help consultants like you book 3x more meetings. Free…”',
    );
  });

  it('shortens the quote between words, then leaves the time out before the first words', () => {
    expect(fitLabel(PITCH, room(60))).toBe('Mark de Haan · Pitch · 2 days ago · “Hi Joris, we help…”');
    expect(fitLabel(PITCH, room(45))).toBe('Mark de Haan · Pitch · “Hi Joris, we help…”');
  });

  it('in a popup 240 px wide keeps the name and the mark whole rather than half a quote', () => {
    expect(fitLabel(PITCH, room(28))).toBe('Mark de Haan · Pitch');
    expect(fitLabel({ ...PITCH, name: 'Anna-Maria van der Berg-Jansen' }, room(28))).toBe(
      'Anna-Maria van der… · Pitch',
    );
  });

  it('without a name (one conversation) keeps the marks and the first words, however narrow', () => {
    const latest = { marks: ['Latest', 'Pitch'], when: 'Today 9:41 AM', text: PITCH.text };
    expect(fitLabel(latest, room(30))).toBe('Latest · Pitch · “Hi Joris…”');
    expect(fitLabel(latest, room(24))).toBe('Latest · Pitch · “Hi…”');
  });
});
