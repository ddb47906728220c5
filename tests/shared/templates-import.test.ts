import { describe, expect, it } from 'vitest';
import {
  EMPTY_TEMPLATE_STORE,
  checkTemplateText,
  importTemplates,
  parseImportFile,
  type TemplateStore,
} from '../../src/shared/templates-store';
import { describeImportProblem } from '../../src/ui/options/import-messages';

const file = (templates: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'selge-templates', version: 1, templates, ...extra });
const template = (id: string, text: string) => ({ id, intent: 'listen', lang: 'en', text });

describe('a template text, by the editor’s rules', () => {
  it('is trimmed, and refused when nothing is left or it is too long', () => {
    expect(checkTemplateText('  Thanks {firstName}!\n')).toEqual({ ok: true, text: 'Thanks {firstName}!' });
    expect(checkTemplateText(' \n\t ')).toEqual({ ok: false, fault: 'no-text' });
    expect(checkTemplateText('x'.repeat(2001))).toEqual({ ok: false, fault: 'too-long' });
  });
});

describe('importing a templates file', () => {
  it('refuses a template of whitespace only, as the editor does, and names it', () => {
    const parsed = parseImportFile(file([template('a', 'Hello'), template('b', '   \n ')]));
    expect(parsed).toEqual({ ok: false, problem: { kind: 'template', number: 2, fault: 'no-text' } });
  });

  it('stores texts as the editor does: trimmed', () => {
    const parsed = parseImportFile(file([template('a', '  Hello {firstName}  ')]));
    expect(parsed).toMatchObject({ ok: true, templates: [{ id: 'a', text: 'Hello {firstName}' }] });
  });

  it('says what is wrong in words, in English and Dutch, never as a schema path', () => {
    const cases = [
      '',
      '{oops',
      '[]',
      JSON.stringify({ format: 'selge-templates', version: 2, templates: [] }),
      file([{ id: 'x', intent: 'shouting', lang: 'en', text: 'hi' }]),
      file([{ id: 'x', intent: 'listen', lang: 'fr', text: 'salut' }]),
      file([template('x', 'one'), template('x', 'two')]),
      file([template('x', '')]),
      file([template('x', 'x'.repeat(2001))]),
      file(Array.from({ length: 501 }, (_, i) => template(`t${i}`, 'hi'))),
    ];
    for (const text of cases) {
      const parsed = parseImportFile(text);
      expect(parsed.ok, text.slice(0, 60)).toBe(false);
      if (parsed.ok) continue;
      for (const lang of ['en', 'nl'] as const) {
        const words = describeImportProblem(parsed.problem, lang);
        expect(words).not.toMatch(/templates\.\d|\.text|\.intent|\bid\b|JSON\.parse|Unexpected token/);
        expect(words.length).toBeGreaterThan(10);
      }
    }
    expect(describeImportProblem({ kind: 'template', number: 2, fault: 'no-text' }, 'en')).toBe(
      'template 2 in the file has no text',
    );
    expect(describeImportProblem({ kind: 'template', number: 2, fault: 'no-text' }, 'nl')).toBe(
      'sjabloon 2 in het bestand heeft geen tekst',
    );
  });
});

describe('merging imported templates', () => {
  const store: TemplateStore = {
    version: 1,
    items: [
      { id: 'a', intent: 'listen', lang: 'en', text: 'Edited since the export' },
      { id: 'b', intent: 'decline', lang: 'en', text: 'Unchanged' },
    ],
  };

  it('says which stored templates an import replaced with another text, and keeps the rest', () => {
    const result = importTemplates(store, [
      { id: 'a', intent: 'listen', lang: 'en', text: 'As it was at the export' },
      { id: 'b', intent: 'decline', lang: 'en', text: 'Unchanged' },
      { id: 'c', intent: 'humour', lang: 'nl', text: 'Nieuw' },
    ]);
    expect(result.store.items.map((item) => [item.id, item.text])).toEqual([
      ['a', 'As it was at the export'],
      ['b', 'Unchanged'],
      ['c', 'Nieuw'],
    ]);
    expect(result.replaced).toEqual([
      {
        before: { id: 'a', intent: 'listen', lang: 'en', text: 'Edited since the export' },
        after: { id: 'a', intent: 'listen', lang: 'en', text: 'As it was at the export' },
      },
    ]);
  });

  it('counts the templates of the file the user already had as they are (their own export imported again)', () => {
    expect(importTemplates(store, store.items)).toMatchObject({ replaced: [], unchanged: 2 });
    expect(importTemplates(store, [{ ...store.items[0]!, text: 'Other' }]).unchanged).toBe(0);
  });

  it('replaces nothing in an empty store', () => {
    expect(importTemplates(EMPTY_TEMPLATE_STORE, [store.items[0]!]).replaced).toEqual([]);
  });
});
