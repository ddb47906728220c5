import { describe, expect, it } from 'vitest';
import { atWordEnd } from '../../src/content/draft-settle';

describe('a draft is judged where a word ends', () => {
  it.each(['', 'Hi Anna ', 'Hi Anna,', 'a call?', 'pipeline.\n', 'Hoi Anna! ', '3x 🚀'])(
    'at the end of %j',
    (text) => {
      expect(atWordEnd(text)).toBe(true);
    },
  );
  it.each(['Hi An', '3x thei', 'Hoi Ann', 'kennismak'])('not inside %j', (text) => {
    expect(atWordEnd(text)).toBe(false);
  });
});
