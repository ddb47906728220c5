import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Patterns are word lists as data, not one-line alternations thousands of characters long (issue 19): a line
// a person cannot read is a line nobody reviews. Generated files (*.generated.ts) are data tables and exempt.
const ROOT = resolve(import.meta.dirname, '..');
const LONGEST = 200;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|mjs|css|html)$/.test(entry.name) && !entry.name.includes('.generated.')
      ? [path]
      : [];
  });
}

describe('source lines', () => {
  it(`no line in src/ outside generated files is longer than ${LONGEST} characters`, () => {
    const long = sourceFiles(resolve(ROOT, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          line.length > LONGEST ? [`${relative(ROOT, file)}:${index + 1} (${line.length})`] : [],
        ),
    );
    expect(long).toEqual([]);
  });
});
