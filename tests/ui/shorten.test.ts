import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/ui/shorten';

describe('shortened labels and quotes', () => {
  it('leave a short text as it is', () => {
    expect(shorten('Do you have 15 minutes?', 40)).toBe('Do you have 15 minutes?');
  });

  it('cut between words, not in a word', () => {
    const text =
      'Hoi Joris, wij helpen dakdekkers aan meer klanten via LinkedIn. Zullen we eens vrijblijvend kennismaken?';
    const label = shorten(text, 70);
    expect(label).toBe('Hoi Joris, wij helpen dakdekkers aan meer klanten via LinkedIn…');
    expect(label.length).toBeLessThanOrEqual(70);
  });

  it('put no space or comma before the dots', () => {
    expect(
      shorten('Hi Chris, congrats on the new role! We run done-for-you webinars that fill your pipeline', 66),
    ).toBe('Hi Chris, congrats on the new role! We run done-for-you webinars…');
    expect(
      shorten('Hi Robin, I am moving into product design after ten years in teaching. Any tips?', 73),
    ).toBe('Hi Robin, I am moving into product design after ten years in teaching…');
  });

  it('cut one long word (a link) where the room ends', () => {
    const link = `https://www.linkedin.com/feed/update/urn:li:activity:${'1'.repeat(40)}`;
    expect(shorten(link, 30)).toBe(`${link.slice(0, 29)}…`);
  });
});
