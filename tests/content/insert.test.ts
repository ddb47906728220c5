import { describe, expect, it } from 'vitest';
import { boundaryPadding } from '../../src/content/insert';

const join = (before: string, text: string, after = '') => {
  const { lead, trail } = boundaryPadding(before, text, after);
  return `${before}${lead}${text}${trail}${after}`;
};

describe('adding a reply at the cursor', () => {
  it('puts a space between the words before the cursor and the reply', () => {
    expect(join('wat leuk dat je', 'Hoi Casey, dank je!')).toBe('wat leuk dat je Hoi Casey, dank je!');
  });

  it('adds no second space where there is one, and none at the start of a line or after an opening bracket', () => {
    expect(join('wat leuk dat je ', 'Hoi Casey!')).toBe('wat leuk dat je Hoi Casey!');
    expect(join('Eerste regel\n', 'Hoi Casey!')).toBe('Eerste regel\nHoi Casey!');
    expect(join('', 'Hoi Casey!')).toBe('Hoi Casey!');
    expect(join('(', 'zie hieronder')).toBe('(zie hieronder');
  });

  it('keeps the reply apart from a word after the cursor, but not from punctuation', () => {
    expect(join('Dank', 'je wel', 'Casey')).toBe('Dank je wel Casey');
    expect(join('Dank', 'je wel', ', Casey')).toBe('Dank je wel, Casey');
    expect(join('Dank', 'je wel', '!')).toBe('Dank je wel!');
  });

  it('starts a reply of several lines on its own line, as a person would', () => {
    expect(join('Zie je dan.', 'Hoi Casey,\n\nDank je!', 'Groet')).toBe(
      'Zie je dan.\nHoi Casey,\n\nDank je!\nGroet',
    );
  });
});
