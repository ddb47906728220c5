import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeTitle, type GetMessage } from '../../src/background/badge-title';

/** getMessage as the browser answers it from public/_locales/<locale>/messages.json. */
function messagesOf(locale: 'en' | 'nl'): GetMessage {
  const path = resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`);
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  return (name, substitutions = []) => {
    if (name === '@@ui_locale') return locale;
    const entry = messages[name];
    if (!entry) throw new Error(`no message ${name}`);
    return entry.message.replace(/\$COUNT\$/g, substitutions[0] ?? '');
  };
}

describe('the toolbar tooltip', () => {
  it('names the pitches on the page and the unread pitch conversations, with Selge said once', () => {
    const en = messagesOf('en');
    expect(badgeTitle(en, 0, 0)).toBe('Selge: check this LinkedIn page');
    expect(badgeTitle(en, 1, 0)).toBe('Selge: 1 pitch on this page (a message or an invitation note)');
    expect(badgeTitle(en, 0, 3)).toBe('Selge: 3 unread conversations look like pitches');
    expect(badgeTitle(en, 2, 1)).toBe(
      'Selge: 2 pitches on this page (messages or invitation notes); 1 unread conversation looks like a pitch',
    );
  });

  it('reads the same in Dutch', () => {
    const nl = messagesOf('nl');
    expect(badgeTitle(nl, 2, 3)).toBe(
      'Selge: 2 pitches op deze pagina (berichten of uitnodigingsnotities); 3 ongelezen gesprekken lijken pitches',
    );
    expect(badgeTitle(nl, 0, 1)).toBe('Selge: 1 ongelezen gesprek lijkt een pitch');
  });
});
