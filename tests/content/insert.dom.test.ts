import { describe, expect, it } from 'vitest';
import { insertText } from '../../src/content/insert';

// happy-dom has no typing command: the fallback that places the text itself runs, as where a browser refuses it.
document.execCommand = () => false;

const DRAFT = 'Hi Sanne, I read your piece on returns in Venlo and the new sorting line. '.repeat(3).trim();

function noteField(value: string, maxLength = 300): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  field.maxLength = maxLength;
  field.value = value;
  document.body.append(field);
  field.setSelectionRange(value.length, value.length);
  return field;
}

describe('inserting into LinkedIn’s note field, which takes at most its maxlength', () => {
  const opener =
    'How did the team take to the new line? I would love to hear what surprised you most so far.';

  it('adds nothing at the cursor when the note would grow past the limit, and says by how much', () => {
    const field = noteField(DRAFT);
    const reply = insertText(field, opener, 'at-caret', 'connect-note');
    expect(reply).toMatchObject({ ok: false, reason: 'too-long', max: 300 });
    expect(reply.ok === false && reply.reason === 'too-long' && reply.length).toBe(
      DRAFT.length + 1 + opener.length,
    );
    // The user's note stays as it was, not selected (a key typed next would replace it).
    expect(field.value).toBe(DRAFT);
    expect([field.selectionStart, field.selectionEnd]).toEqual([DRAFT.length, DRAFT.length]);
  });

  it('replaces nothing with a text longer than the field takes (200 on some accounts)', () => {
    const field = noteField('Hi Sanne, quick question.', 200);
    const long = `Hi Sanne, ${'what a good read your piece on returns was, '.repeat(5)}how is it going?`;
    expect(insertText(field, long, 'replace', 'connect-note', 'Hi Sanne, quick question.')).toMatchObject({
      ok: false,
      reason: 'too-long',
      max: 200,
    });
    expect(field.value).toBe('Hi Sanne, quick question.');
  });

  it('still adds what fits', () => {
    const field = noteField('Hi Sanne,');
    expect(insertText(field, 'how is Venlo?', 'at-caret', 'connect-note')).toEqual({
      ok: true,
      target: 'connect-note',
    });
    expect(field.value).toBe('Hi Sanne, how is Venlo?');
  });
});
