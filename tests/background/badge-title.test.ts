import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLBAR_STRINGS, badgeTitle } from '../../src/background/badge-title';

function localeMessages(locale: 'en' | 'nl'): Record<string, { message: string }> {
  const path = resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
}

describe('the toolbar tooltip', () => {
  it('names the pitches on the page and the unread pitch conversations, with Selge said once', () => {
    expect(badgeTitle('en', 0, 0)).toBe('Selge: check this LinkedIn page');
    expect(badgeTitle('en', 1, 0)).toBe('Selge: 1 pitch on this page (a message or an invitation note)');
    expect(badgeTitle('en', 0, 3)).toBe('Selge: 3 unread conversations look like pitches');
    expect(badgeTitle('en', 2, 1)).toBe(
      'Selge: 2 pitches on this page (messages or invitation notes); 1 unread conversation looks like a pitch',
    );
  });

  it('speaks the language chosen in Selge, whatever the browser speaks', () => {
    expect(badgeTitle('nl', 2, 3)).toBe(
      'Selge: 2 pitches op deze pagina (berichten of uitnodigingsnotities); 3 ongelezen gesprekken lijken pitches',
    );
    expect(badgeTitle('nl', 0, 1)).toBe('Selge: 1 ongelezen gesprek lijkt een pitch');
    expect(badgeTitle('nl', 1, 0)).toBe(
      'Selge: 1 pitch op deze pagina (een bericht of een uitnodigingsnotitie)',
    );
  });

  it('says what the manifest says before the setting is read, so the tooltip does not change its words', () => {
    for (const lang of ['en', 'nl'] as const) {
      const messages = localeMessages(lang);
      expect(TOOLBAR_STRINGS[lang].actionTitle).toBe(messages.actionTitle?.message);
      expect(TOOLBAR_STRINGS[lang].contextMenuCheck).toBe(messages.contextMenuCheck?.message);
    }
  });
});
