import { describe, expect, it } from 'vitest';
import { messageKey, threadKeys } from '../../src/shared/reply-address';

describe('which conversation and message a reply answers', () => {
  it('names each conversation by where it is and who it is with, and tells look-alikes apart by order', () => {
    expect(
      threadKeys([
        { variant: 'page', participant: { name: 'Sanne Verbeek' } },
        { variant: 'overlay', participant: { name: 'Sanne Verbeek' } },
        { variant: 'overlay', participant: { name: '' } },
        { variant: 'overlay', participant: { name: '' } },
      ]),
    ).toEqual(['page:Sanne Verbeek', 'overlay:Sanne Verbeek', 'overlay:', 'overlay:#2']);
  });

  it('gives the same message the same key, and another text or sender another one', () => {
    const pitch = { sender: 'Sanne Verbeek', text: 'Quick call this week?' };
    expect(messageKey({ ...pitch })).toBe(messageKey(pitch));
    expect(messageKey({ ...pitch, text: 'Quick call this week!' })).not.toBe(messageKey(pitch));
    expect(messageKey({ ...pitch, sender: 'Eve' })).not.toBe(messageKey(pitch));
    expect(messageKey({ sender: 'a', text: 'b\u0000c' })).not.toBe(
      messageKey({ sender: 'a\u0000b', text: 'c' }),
    );
  });
});
