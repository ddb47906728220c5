import { describe, expect, it } from 'vitest';
import { insertStatusOf } from '../../src/ui/components/InsertStatus';
import { insertedHint, STRINGS } from '../../src/ui/i18n';
import type { InsertReply } from '../../src/shared/protocol';

const nl = STRINGS.nl;
const inserted = nl.inserted;

describe('what an insert that did not happen says, in the view’s language', () => {
  it('says in Dutch that there is nowhere to insert, not the content script’s English', () => {
    const reply: InsertReply = {
      ok: false,
      reason: 'no-target',
      message: 'Open a conversation or a connection note on LinkedIn first.',
    };
    expect(insertStatusOf(reply, nl, inserted)).toEqual({ kind: 'error', text: nl.noTarget });
    expect(nl.noTarget).toMatch(/^Open eerst een gesprek/);
  });

  it('says in Dutch that the LinkedIn tab could not be reached', () => {
    const reply: InsertReply = {
      ok: false,
      reason: 'unreachable',
      message: 'Selge could not reach the LinkedIn tab. Reload it and try again.',
    };
    expect(insertStatusOf(reply, nl, inserted).text).toBe(
      'Selge kon het LinkedIn-tabblad niet bereiken. Laad het opnieuw en probeer het nog eens. Er is niets ingevoegd.',
    );
  });

  it('says how long the note would be and what LinkedIn takes, in either language', () => {
    const reply: InsertReply = {
      ok: false,
      reason: 'too-long',
      length: 342,
      max: 300,
      message: 'That would make 342 characters; the field takes 300. Nothing was inserted.',
    };
    expect(insertStatusOf(reply, nl, inserted).text).toBe(
      'Dan wordt de notitie 342 tekens lang, en LinkedIn neemt er hoogstens 300. Er is niets ingevoegd: maak je notitie korter, of vervang hem.',
    );
    expect(insertStatusOf(reply, STRINGS.en, STRINGS.en.inserted)).toEqual({
      kind: 'error',
      text: 'That would make the note 342 characters, and LinkedIn takes at most 300. Nothing was inserted: shorten your note, or replace it.',
    });
  });
});

describe('what an insert that happened says', () => {
  it('names the undo keys the user has: Command-Z on a Mac, Ctrl+Z elsewhere', () => {
    expect(insertedHint(STRINGS.en, 'MacIntel')).toBe(
      'Inserted. Read it over, then press Send on LinkedIn yourself. Changed your mind? ⌘Z in LinkedIn’s field takes it back.',
    );
    expect(insertedHint(nl, 'Linux x86_64')).toBe(
      'Ingevoegd. Lees het na en druk zelf op Verzenden op LinkedIn. Toch niet? Ctrl+Z in het veld van LinkedIn draait het terug.',
    );
    expect(insertedHint(nl, 'Win32')).toContain('Ctrl+Z');
  });
});
